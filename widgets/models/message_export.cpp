#include "message_export.h"

#include "payload_format.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace warren::widgets {

namespace {

/// A header's display value back as a JSON value of its type where JSON has one.
QJsonValue headerValue(const api::AmqpHeaderField &h)
{
    static const QStringList integers{QStringLiteral("int8"),  QStringLiteral("uint8"),  QStringLiteral("int16"),
                                      QStringLiteral("uint16"), QStringLiteral("int32"), QStringLiteral("uint32"),
                                      QStringLiteral("int64")};
    if (integers.contains(h.type)) {
        bool ok = false;
        const qint64 v = h.value.toLongLong(&ok);
        if (ok)
            return QJsonValue(v);
    } else if (h.type == QLatin1String("float") || h.type == QLatin1String("double")) {
        bool ok = false;
        const double v = h.value.toDouble(&ok);
        if (ok)
            return QJsonValue(v);
    } else if (h.type == QLatin1String("boolean")) {
        return QJsonValue(h.value == QLatin1String("true"));
    } else if (h.type == QLatin1String("void")) {
        return QJsonValue(QJsonValue::Null);
    }
    return QJsonValue(h.value);
}

QJsonObject headersObject(const api::BrowsedMessage &m)
{
    QJsonObject headers;
    for (const api::AmqpHeaderField &h : m.headers)
        headers.insert(h.name, headerValue(h));
    return headers;
}

QJsonObject propertiesObject(const api::BrowsedMessage &m)
{
    QJsonObject p;
    const auto text = [&p](const char *key, const QString &value) {
        if (!value.isEmpty())
            p.insert(QLatin1String(key), value);
    };
    text("content_type", m.contentType);
    text("content_encoding", m.contentEncoding);
    if (m.deliveryMode > 0)
        p.insert(QStringLiteral("delivery_mode"), m.deliveryMode);
    if (m.priority >= 0)
        p.insert(QStringLiteral("priority"), m.priority);
    text("correlation_id", m.correlationId);
    text("reply_to", m.replyTo);
    text("expiration", m.expiration);
    text("message_id", m.messageId);
    if (m.timestamp >= 0)
        p.insert(QStringLiteral("timestamp"), m.timestamp);
    text("type", m.type);
    text("user_id", m.userId);
    text("app_id", m.appId);
    text("cluster_id", m.clusterId);
    if (!m.headers.isEmpty())
        p.insert(QStringLiteral("headers"), headersObject(m));
    return p;
}

bool bodyIsText(const api::BrowsedMessage &m)
{
    return PayloadFormat::isText(m.body);
}

QString payloadText(const api::BrowsedMessage &m)
{
    return bodyIsText(m) ? QString::fromUtf8(m.body) : QString::fromLatin1(m.body.toBase64());
}

QString csvCell(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')) &&
        !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString flag(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

QByteArray MessageExport::toJson(const QList<api::BrowsedMessage> &messages, const QString &vhost,
                                 const QString &queue)
{
    QJsonArray list;
    for (const api::BrowsedMessage &m : messages) {
        QJsonObject o;
        o.insert(QStringLiteral("position"), qint64(m.position));
        o.insert(QStringLiteral("exchange"), m.exchange);
        o.insert(QStringLiteral("routing_key"), m.routingKey);
        o.insert(QStringLiteral("redelivered"), m.redelivered);
        o.insert(QStringLiteral("delivery_count"), qint64(m.deliveryCount));
        o.insert(QStringLiteral("persistent"), m.persistent);
        o.insert(QStringLiteral("properties"), propertiesObject(m));
        o.insert(QStringLiteral("properties_raw"), QString::fromLatin1(m.encodedProperties.toBase64()));
        o.insert(QStringLiteral("payload"), payloadText(m));
        o.insert(QStringLiteral("payload_encoding"), bodyIsText(m) ? QStringLiteral("string") : QStringLiteral("base64"));
        o.insert(QStringLiteral("payload_bytes"), m.bodySize);
        o.insert(QStringLiteral("payload_truncated"), m.bodyTruncated);
        list.append(o);
    }
    QJsonObject doc;
    doc.insert(QStringLiteral("vhost"), vhost);
    doc.insert(QStringLiteral("queue"), queue);
    doc.insert(QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    doc.insert(QStringLiteral("messages"), list);
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

QByteArray MessageExport::toCsv(const QList<api::BrowsedMessage> &messages)
{
    static const QStringList columns{
        QStringLiteral("position"),       QStringLiteral("exchange"),         QStringLiteral("routing_key"),
        QStringLiteral("redelivered"),    QStringLiteral("delivery_count"),   QStringLiteral("persistent"),
        QStringLiteral("content_type"),   QStringLiteral("content_encoding"), QStringLiteral("delivery_mode"),
        QStringLiteral("priority"),       QStringLiteral("correlation_id"),   QStringLiteral("reply_to"),
        QStringLiteral("expiration"),     QStringLiteral("message_id"),       QStringLiteral("timestamp"),
        QStringLiteral("type"),           QStringLiteral("user_id"),          QStringLiteral("app_id"),
        QStringLiteral("headers"),        QStringLiteral("payload_encoding"), QStringLiteral("payload"),
        QStringLiteral("payload_bytes"),  QStringLiteral("payload_truncated")};
    QString out = columns.join(QLatin1Char(',')) + QLatin1String("\r\n");
    for (const api::BrowsedMessage &m : messages) {
        const QString headers = m.headers.isEmpty()
            ? QString()
            : QString::fromUtf8(QJsonDocument(headersObject(m)).toJson(QJsonDocument::Compact));
        const QStringList row{QString::number(m.position),
                              m.exchange,
                              m.routingKey,
                              flag(m.redelivered),
                              QString::number(m.deliveryCount),
                              flag(m.persistent),
                              m.contentType,
                              m.contentEncoding,
                              m.deliveryMode > 0 ? QString::number(m.deliveryMode) : QString(),
                              m.priority >= 0 ? QString::number(m.priority) : QString(),
                              m.correlationId,
                              m.replyTo,
                              m.expiration,
                              m.messageId,
                              m.timestamp >= 0 ? QString::number(m.timestamp) : QString(),
                              m.type,
                              m.userId,
                              m.appId,
                              headers,
                              bodyIsText(m) ? QStringLiteral("string") : QStringLiteral("base64"),
                              payloadText(m),
                              QString::number(m.bodySize),
                              flag(m.bodyTruncated)};
        QStringList cells;
        cells.reserve(row.size());
        for (const QString &cell : row)
            cells << csvCell(cell);
        out += cells.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return out.toUtf8();
}

bool MessageExport::write(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace warren::widgets
