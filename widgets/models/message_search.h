#pragma once
// MessageSearch: does a browsed AMQP message match the message browser's
// search box? A case-insensitive substring test in one of four scopes: the
// payload (its bytes, so text inside a binary body is found too), the
// headers (names and values), the routing key, or anywhere (those plus the
// exchange and the text properties: message id, correlation id, type, …).
// Stateless; any thread.

#include <api/command_api.h>

#include <QCoreApplication>
#include <QString>

namespace warren::widgets {

class MessageSearch
{
    Q_DECLARE_TR_FUNCTIONS(MessageSearch)
public:
    enum class Scope { Anywhere, Payload, Headers, RoutingKey };

    /// An empty `text` matches every message.
    static bool matches(const api::BrowsedMessage &message, const QString &text, Scope scope);
    /// "Anywhere", "Payload", … for the scope combo box, in enum order.
    static QString scopeName(Scope scope);
};

} // namespace warren::widgets
