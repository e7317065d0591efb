// Record batch v2 header checks and segment file names (pure functions).
#include "storage_test_util.h"

#include "storage/log_format.h"
#include "storage/segment.h"

#include <QTest>

using namespace warren::storage;
using namespace warren::storage::test;

class TstStorageBatch : public QObject {
    Q_OBJECT
private slots:
    void wellFormedBatchesValidate_data();
    void wellFormedBatchesValidate();
    void malformedBatchesAreRejectedWithAReason_data();
    void malformedBatchesAreRejectedWithAReason();
    void headerLayoutMatchesKafkaRecordBatchV2();
    void segmentFileNamesRoundTripAtFixedWidth_data();
    void segmentFileNamesRoundTripAtFixedWidth();
    void foreignFileNamesAreNotSegments_data();
    void foreignFileNamesAreNotSegments();
};

void TstStorageBatch::wellFormedBatchesValidate_data()
{
    QTest::addColumn<int>("records");
    QTest::addColumn<int>("valueBytes");
    QTest::newRow("one tiny record") << 1 << 0;
    QTest::newRow("ten records") << 10 << 20;
    QTest::newRow("one large record") << 1 << 100'000;
    QTest::newRow("five hundred records") << 500 << 8;
}

void TstStorageBatch::wellFormedBatchesValidate()
{
    QFETCH(int, records);
    QFETCH(int, valueBytes);
    std::string b = makeBatch({.records = records, .valueBytes = std::size_t(valueBytes)});
    auto h = validateBatch(bytesOf(b));
    QVERIFY2(h.ok(), h.ok() ? "" : h.error().text.c_str());
    QCOMPARE(h->recordsCount, records);
    QCOMPARE(h->lastOffsetDelta, records - 1);
    QCOMPARE(h->totalSize(), std::uint64_t(b.size()));
    QCOMPARE(h->magic, std::int8_t(2));
}

void TstStorageBatch::malformedBatchesAreRejectedWithAReason_data()
{
    QTest::addColumn<int>("pos");
    QTest::addColumn<int>("value");   // byte to write at pos (-1: cut the batch to pos bytes)
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << 0 << -1 << "shorter";
    QTest::newRow("only 60 bytes") << 60 << -1 << "shorter";
    QTest::newRow("magic 1") << int(format::kMagicPos) << 1 << "magic";
    QTest::newRow("magic 0") << int(format::kMagicPos) << 0 << "magic";
    QTest::newRow("crc byte") << int(format::kCrcPos) << 0x55 << "CRC";
    QTest::newRow("attributes (covered by CRC)") << int(format::kAttributesPos + 1) << 1 << "CRC";
    QTest::newRow("record byte") << 70 << 0x7f << "CRC";
    QTest::newRow("batchLength huge") << int(format::kBatchLengthPos) << 0x10 << "batchLength";
    QTest::newRow("batchLength negative") << int(format::kBatchLengthPos) << 0x80 << "batchLength";
    QTest::newRow("lastOffsetDelta negative") << int(format::kLastOffsetDeltaPos) << 0x80 << "lastOffsetDelta";
    QTest::newRow("recordsCount negative") << int(format::kRecordsCountPos) << 0x80 << "recordsCount";
    QTest::newRow("cut before the end") << 100 << -1 << "batchLength";
}

void TstStorageBatch::malformedBatchesAreRejectedWithAReason()
{
    QFETCH(int, pos);
    QFETCH(int, value);
    QFETCH(QString, reason);
    std::string b = makeBatch({.records = 3, .valueBytes = 20});
    if (value < 0)
        b.resize(std::size_t(pos));
    else
        b[std::size_t(pos)] = char(value);
    auto h = validateBatch(bytesOf(b));
    QVERIFY(!h.ok());
    QCOMPARE(h.error().kind, StorageError::Kind::Invalid);
    QVERIFY2(QString::fromStdString(h.error().text).contains(reason), h.error().text.c_str());
}

void TstStorageBatch::headerLayoutMatchesKafkaRecordBatchV2()
{
    QCOMPARE(format::kBatchHeaderSize, std::size_t(61));
    QCOMPARE(format::kRecordsCountPos + 4, format::kBatchHeaderSize);
    QCOMPARE(format::kMinBatchLength, 49);
    QCOMPARE(format::kOffsetIndexEntrySize, std::size_t(8));
    QCOMPARE(format::kTimeIndexEntrySize, std::size_t(12));
    std::string b = makeBatch({.records = 2, .baseTimestamp = 1000, .timestampStep = 5});
    auto h = parseBatchHeader(bytesOf(b));
    QVERIFY(h);
    QCOMPARE(h->baseTimestamp, std::int64_t(1000));
    QCOMPARE(h->maxTimestamp, std::int64_t(1005));
    QCOMPARE(h->producerId, std::int64_t(-1));
    QCOMPARE(h->baseSequence, -1);
    QCOMPARE(computeBatchCrc(bytesOf(b)), h->crc);
}

void TstStorageBatch::segmentFileNamesRoundTripAtFixedWidth_data()
{
    QTest::addColumn<qint64>("base");
    QTest::addColumn<QString>("name");
    QTest::newRow("zero") << qint64(0) << "00000000000000000000.log";
    QTest::newRow("1234") << qint64(1234) << "00000000000000001234.log";
    QTest::newRow("max") << qint64(9223372036854775807) << "09223372036854775807.log";
}

void TstStorageBatch::segmentFileNamesRoundTripAtFixedWidth()
{
    QFETCH(qint64, base);
    QFETCH(QString, name);
    QCOMPARE(QString::fromStdString(segmentFileName(Offset{base}, ".log")), name);
    QCOMPARE(parseSegmentFileName(name.toStdString(), ".log"), std::optional(Offset{base}));
    QCOMPARE(segmentFileName(Offset{base}, ".index").size(), std::size_t(26));
}

void TstStorageBatch::foreignFileNamesAreNotSegments_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("short") << "1234.log";
    QTest::newRow("other suffix") << "00000000000000001234.index";
    QTest::newRow("letters") << "0000000000000000123a.log";
    QTest::newRow("past int64") << "99999999999999999999.log";
    QTest::newRow("meta") << "meta";
    QTest::newRow("kafka deleted") << "00000000000000001234.log.deleted";
}

void TstStorageBatch::foreignFileNamesAreNotSegments()
{
    QFETCH(QString, name);
    QVERIFY(!parseSegmentFileName(name.toStdString(), ".log").has_value());
}

QTEST_GUILESS_MAIN(TstStorageBatch)
#include "tst_storage_batch.moc"
