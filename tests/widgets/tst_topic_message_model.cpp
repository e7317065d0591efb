// The topic message browser's plain parts: TopicMessageModel (append, cap
// from the top without a reset, previews, null keys) and RecordExport (valid
// JSON with text as strings, binary as base64 and nulls as null; RFC 4180
// CSV with the same fields), and PayloadFormat's text test and previews.

#include "models/payload_format.h"
#include "models/record_export.h"
#include "models/topic_message_model.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace warren;
using namespace warren::widgets;

namespace {

api::BrowsedRecord record(int offset, std::optional<QByteArray> key, std::optional<QByteArray> value)
{
    api::BrowsedRecord r;
    r.partition = offset % 2;
    r.offset = offset;
    r.timestamp = 1'700'000'000'000 + offset;
    r.key = std::move(key);
    r.value = std::move(value);
    r.sizeBytes = int((r.key ? r.key->size() : 0) + (r.value ? r.value->size() : 0));
    return r;
}

/// Splits RFC 4180 CSV into rows of cells (quoted cells may hold commas,
/// quotes and line breaks).
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << cell;
            cell.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    return rows;
}

} // namespace

class TestTopicMessageModel : public QObject
{
    Q_OBJECT

private slots:
    void textIsValidUtf8WithoutControlCharacters()
    {
        QVERIFY(PayloadFormat::isText("hello\tworld\n"));
        QVERIFY(PayloadFormat::isText(QStringLiteral("äpfel ✓").toUtf8()));
        QVERIFY(PayloadFormat::isText(QByteArray()));
        QVERIFY(!PayloadFormat::isText(QByteArray("a\0b", 3)));
        QVERIFY(!PayloadFormat::isText(QByteArray("\xff\xfe", 2)));
        QCOMPARE(PayloadFormat::preview("line1\nline2"), QStringLiteral("line1 line2"));
        QCOMPARE(PayloadFormat::preview(QByteArray("\x01\x02", 2)), QStringLiteral("0x0102"));
        QCOMPARE(PayloadFormat::preview(QByteArray(500, 'x'), 10).size(), 10);
        QCOMPARE(PayloadFormat::prettyJson("{\"a\":1}"), QStringLiteral("{\n    \"a\": 1\n}"));
        QVERIFY(PayloadFormat::prettyJson("not json").isNull());
        QVERIFY(PayloadFormat::hexDump("ABC").startsWith(QStringLiteral("00000000  41 42 43")));
    }

    void appendsRowsAndCapsFromTheTopWithoutReset()
    {
        TopicMessageModel model;
        model.setRowCap(5);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QList<api::BrowsedRecord> batch;
        for (int i = 0; i < 3; ++i)
            batch << record(i, "k" + QByteArray::number(i), "v" + QByteArray::number(i));
        model.append(batch);
        QCOMPARE(model.rowCount(), 3);
        batch.clear();
        for (int i = 3; i < 7; ++i)
            batch << record(i, std::nullopt, "v" + QByteArray::number(i));
        model.append(batch);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.record(0).offset, 2);
        QCOMPARE(model.record(4).offset, 6);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.index(4, TopicMessageModel::Key).data().toString(), TopicMessageModel::tr("(null)"));
        QCOMPARE(model.index(0, TopicMessageModel::Value).data().toString(), QStringLiteral("v2"));
        QCOMPARE(model.index(0, TopicMessageModel::Offset).data(TopicMessageModel::SortRole).toLongLong(), 2);

        // More new records than the cap: only the newest stay.
        batch.clear();
        for (int i = 10; i < 20; ++i)
            batch << record(i, {}, {});
        model.append(batch);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.record(0).offset, 15);
    }

    void jsonExportIsValidWithBinaryAsBase64()
    {
        QList<api::BrowsedRecord> records;
        records << record(0, "key-0", "{\"text\":\"äpfel\"}");
        records << record(1, std::nullopt, QByteArray("\x00\x01\xff", 3));
        records[1].headers.push_back({QStringLiteral("trace"), QByteArray("abc")});
        records[1].headers.push_back({QStringLiteral("bin"), QByteArray("\x00", 1)});
        records[1].headers.push_back({QStringLiteral("nothing"), std::nullopt});
        records[1].compression = api::BatchCompression::Zstd;
        records[1].timestampType = api::TimestampKind::LogAppendTime;

        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(RecordExport::toJson(records, QStringLiteral("orders")), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject root = doc.object();
        QCOMPARE(root.value(QStringLiteral("topic")).toString(), QStringLiteral("orders"));
        const QJsonArray list = root.value(QStringLiteral("records")).toArray();
        QCOMPARE(list.size(), 2);
        const QJsonObject first = list.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("key")).toString(), QStringLiteral("key-0"));
        QCOMPARE(first.value(QStringLiteral("key_encoding")).toString(), QStringLiteral("string"));
        QCOMPARE(first.value(QStringLiteral("value")).toString(), QStringLiteral("{\"text\":\"äpfel\"}"));
        QCOMPARE(first.value(QStringLiteral("timestamp")).toInteger(), 1'700'000'000'000);
        QCOMPARE(first.value(QStringLiteral("timestamp_type")).toString(), QStringLiteral("create_time"));
        QCOMPARE(first.value(QStringLiteral("compression")).toString(), QStringLiteral("none"));
        const QJsonObject second = list.at(1).toObject();
        QVERIFY(second.value(QStringLiteral("key")).isNull());
        QCOMPARE(second.value(QStringLiteral("key_encoding")).toString(), QStringLiteral("null"));
        QCOMPARE(second.value(QStringLiteral("value_encoding")).toString(), QStringLiteral("base64"));
        QCOMPARE(QByteArray::fromBase64(second.value(QStringLiteral("value")).toString().toLatin1()),
                 QByteArray("\x00\x01\xff", 3));
        QCOMPARE(second.value(QStringLiteral("timestamp_type")).toString(), QStringLiteral("log_append_time"));
        QCOMPARE(second.value(QStringLiteral("compression")).toString(), QStringLiteral("zstd"));
        const QJsonArray headers = second.value(QStringLiteral("headers")).toArray();
        QCOMPARE(headers.size(), 3);
        QCOMPARE(headers.at(0).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("abc"));
        QCOMPARE(headers.at(1).toObject().value(QStringLiteral("value_encoding")).toString(), QStringLiteral("base64"));
        QVERIFY(headers.at(2).toObject().value(QStringLiteral("value")).isNull());
    }

    void csvExportQuotesAndKeepsTheSameFields()
    {
        QList<api::BrowsedRecord> records;
        records << record(0, "a,b", "say \"hi\"\nbye");
        records << record(1, std::nullopt, QByteArray("\xff", 1));
        records[1].headers.push_back({QStringLiteral("h"), QByteArray("v")});
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(RecordExport::toCsv(records)));
        QCOMPARE(rows.size(), 3);
        const QStringList header = rows.at(0);
        QCOMPARE(header.first(), QStringLiteral("partition"));
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), header.size());
        auto cell = [&](int row, const char *name) { return rows.at(row).at(header.indexOf(QLatin1String(name))); };
        QCOMPARE(cell(1, "key"), QStringLiteral("a,b"));
        QCOMPARE(cell(1, "value"), QStringLiteral("say \"hi\"\nbye"));
        QCOMPARE(cell(1, "value_encoding"), QStringLiteral("string"));
        QCOMPARE(cell(2, "key"), QString());
        QCOMPARE(cell(2, "key_encoding"), QStringLiteral("null"));
        QCOMPARE(cell(2, "value"), QString::fromLatin1(QByteArray("\xff", 1).toBase64()));
        QCOMPARE(cell(2, "value_encoding"), QStringLiteral("base64"));
        QCOMPARE(cell(2, "offset"), QStringLiteral("1"));
        const QJsonDocument headers = QJsonDocument::fromJson(cell(2, "headers").toUtf8());
        QCOMPARE(headers.array().at(0).toObject().value(QStringLiteral("key")).toString(), QStringLiteral("h"));
    }

    void writeIsAllOrNothing()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(RecordExport::write(dir.filePath(QStringLiteral("out.json")), "{}", &error));
        QVERIFY(!RecordExport::write(dir.filePath(QStringLiteral("missing/out.json")), "{}", &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestTopicMessageModel)
#include "tst_topic_message_model.moc"
