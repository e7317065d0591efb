#include "record_export.h"

#include "payload_format.h"
#include "topic_message_model.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimeZone>

namespace warren::widgets {

namespace {

/// "string" + the text, "base64" + the bytes in base64, or "null" + null.
std::pair<QString, QJsonValue> encoded(const std::optional<QByteArray> &bytes)
{
    if (!bytes)
        return {QStringLiteral("null"), QJsonValue::Null};
    if (PayloadFormat::isText(*bytes))
        return {QStringLiteral("string"), QString::fromUtf8(*bytes)};
    return {QStringLiteral("base64"), QString::fromLatin1(bytes->toBase64())};
}

QJsonArray headersJson(const api::BrowsedRecord &r)
{
    QJsonArray headers;
    for (const api::BrowsedHeader &h : r.headers) {
        const auto [encoding, value] = encoded(h.value);
        headers.append(QJsonObject{{QStringLiteral("key"), h.key},
                                   {QStringLiteral("value"), value},
                                   {QStringLiteral("value_encoding"), encoding}});
    }
    return headers;
}

QString timestampType(api::TimestampKind kind)
{
    return kind == api::TimestampKind::LogAppendTime ? QStringLiteral("log_append_time")
                                                     : QStringLiteral("create_time");
}

QString isoUtc(qint64 ms)
{
    return ms < 0 ? QString() : QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

QString compression(api::BatchCompression c)
{
    return c == api::BatchCompression::None ? QStringLiteral("none") : TopicMessageModel::compressionName(c);
}

/// RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled.
QString csvCell(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

QByteArray RecordExport::toJson(const QList<api::BrowsedRecord> &records, const QString &topic)
{
    QJsonArray list;
    for (const api::BrowsedRecord &r : records) {
        const auto [keyEncoding, key] = encoded(r.key);
        const auto [valueEncoding, value] = encoded(r.value);
        list.append(QJsonObject{
            {QStringLiteral("partition"), r.partition},
            {QStringLiteral("offset"), r.offset},
            {QStringLiteral("timestamp"), r.timestamp},
            {QStringLiteral("timestamp_iso"), isoUtc(r.timestamp)},
            {QStringLiteral("timestamp_type"), timestampType(r.timestampType)},
            {QStringLiteral("key"), key},
            {QStringLiteral("key_encoding"), keyEncoding},
            {QStringLiteral("value"), value},
            {QStringLiteral("value_encoding"), valueEncoding},
            {QStringLiteral("headers"), headersJson(r)},
            {QStringLiteral("compression"), compression(r.compression)},
            {QStringLiteral("producer_id"), r.producerId},
            {QStringLiteral("size"), r.sizeBytes},
        });
    }
    const QJsonObject doc{
        {QStringLiteral("topic"), topic},
        {QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("records"), list},
    };
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

QByteArray RecordExport::toCsv(const QList<api::BrowsedRecord> &records)
{
    QString out = QStringLiteral("partition,offset,timestamp,timestamp_iso,timestamp_type,key,key_encoding,value,"
                                 "value_encoding,headers,compression,producer_id,size\r\n");
    for (const api::BrowsedRecord &r : records) {
        const auto [keyEncoding, key] = encoded(r.key);
        const auto [valueEncoding, value] = encoded(r.value);
        const QString headers = r.headers.isEmpty()
            ? QString()
            : QString::fromUtf8(QJsonDocument(headersJson(r)).toJson(QJsonDocument::Compact));
        const QStringList cells{QString::number(r.partition),
                                QString::number(r.offset),
                                QString::number(r.timestamp),
                                isoUtc(r.timestamp),
                                timestampType(r.timestampType),
                                key.toString(),
                                keyEncoding,
                                value.toString(),
                                valueEncoding,
                                headers,
                                compression(r.compression),
                                QString::number(r.producerId),
                                QString::number(r.sizeBytes)};
        QStringList quoted;
        for (const QString &cell : cells)
            quoted << csvCell(cell);
        out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

bool RecordExport::write(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace warren::widgets
