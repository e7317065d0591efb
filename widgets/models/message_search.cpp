#include "message_search.h"

namespace warren::widgets {

namespace {

bool has(const QString &haystack, const QString &needle)
{
    return haystack.contains(needle, Qt::CaseInsensitive);
}

bool payloadHas(const QByteArray &body, const QString &needle)
{
    const QByteArray utf8 = needle.toUtf8();
    // ASCII folds byte-wise without decoding a (possibly large) body;
    // anything else compares as decoded text.
    bool ascii = true;
    for (char c : utf8)
        ascii = ascii && (static_cast<unsigned char>(c) < 0x80);
    if (ascii)
        return body.toLower().contains(utf8.toLower());
    return has(QString::fromUtf8(body), needle);
}

bool headersHave(const api::BrowsedMessage &m, const QString &needle)
{
    for (const api::AmqpHeaderField &h : m.headers)
        if (has(h.name, needle) || has(h.value, needle))
            return true;
    return false;
}

bool propertiesHave(const api::BrowsedMessage &m, const QString &needle)
{
    for (const QString *p : {&m.exchange, &m.contentType, &m.contentEncoding, &m.correlationId, &m.replyTo,
                             &m.expiration, &m.messageId, &m.type, &m.userId, &m.appId, &m.clusterId})
        if (has(*p, needle))
            return true;
    return false;
}

} // namespace

bool MessageSearch::matches(const api::BrowsedMessage &message, const QString &text, Scope scope)
{
    if (text.isEmpty())
        return true;
    switch (scope) {
    case Scope::Payload: return payloadHas(message.body, text);
    case Scope::Headers: return headersHave(message, text);
    case Scope::RoutingKey: return has(message.routingKey, text);
    case Scope::Anywhere:
        return has(message.routingKey, text) || headersHave(message, text) || propertiesHave(message, text) ||
               payloadHas(message.body, text);
    }
    return false;
}

QString MessageSearch::scopeName(Scope scope)
{
    switch (scope) {
    case Scope::Anywhere: return tr("Anywhere");
    case Scope::Payload: return tr("Payload");
    case Scope::Headers: return tr("Headers");
    case Scope::RoutingKey: return tr("Routing key");
    }
    return {};
}

} // namespace warren::widgets
