#pragma once
// RecordExport: the topic message browser's records as a JSON document or a
// CSV table, and writing them to a file (the queue browser's counterpart is
// MessageExport).
//
// JSON (one document): {"topic", "exported_at", "records": [...]}, each
// record with partition, offset, timestamp (epoch ms), timestamp_iso (UTC),
// timestamp_type ("create_time" / "log_append_time"), key and value with
// key_encoding / value_encoding — "string" when the bytes are text
// (PayloadFormat::isText), "base64" otherwise, "null" for a null key or
// value (then the field is JSON null) — headers as an array of {key, value,
// value_encoding} (Kafka allows repeated keys), compression, producer_id and
// size.
//
// CSV (RFC 4180, UTF-8, CRLF): one header row, one row per record, the same
// fields; headers as their JSON array in one cell.
//
// Stateless; any thread.

#include <api/command_api.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace warren::widgets {

class RecordExport
{
    Q_DECLARE_TR_FUNCTIONS(RecordExport)
public:
    static QByteArray toJson(const QList<api::BrowsedRecord> &records, const QString &topic);
    static QByteArray toCsv(const QList<api::BrowsedRecord> &records);
    /// Writes `bytes` to `path` all or nothing (QSaveFile); on failure
    /// returns false and says why in `error`.
    static bool write(const QString &path, const QByteArray &bytes, QString *error);
};

} // namespace warren::widgets
