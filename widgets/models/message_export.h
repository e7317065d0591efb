#pragma once
// MessageExport: the message browser's messages as a JSON document or a CSV
// table, and writing them to a file.
//
// JSON (one document): {"vhost", "queue", "exported_at", "messages": [...]},
// each message with position, exchange, routing_key, redelivered,
// delivery_count, persistent, the set basic properties under "properties"
// (as RabbitMQ's management API names them; headers as a JSON object, numbers
// and booleans typed), "properties_raw" (the AMQP-encoded properties, base64:
// lossless), and the body as "payload" with "payload_encoding" "string" when
// it is text (PayloadFormat::isText), "base64" otherwise, plus payload_bytes
// and payload_truncated (the browser fetched only part of it).
//
// CSV (RFC 4180, UTF-8, CRLF): one header row, one row per message, the same
// fields flattened; headers as a JSON object in one cell.
//
// Stateless; any thread.

#include <api/command_api.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace warren::widgets {

class MessageExport
{
    Q_DECLARE_TR_FUNCTIONS(MessageExport)
public:
    static QByteArray toJson(const QList<api::BrowsedMessage> &messages, const QString &vhost, const QString &queue);
    static QByteArray toCsv(const QList<api::BrowsedMessage> &messages);
    /// Writes `bytes` to `path` all or nothing (QSaveFile); on failure
    /// returns false and says why in `error`.
    static bool write(const QString &path, const QByteArray &bytes, QString *error);
};

} // namespace warren::widgets
