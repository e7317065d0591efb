// Record batches v2: header parsing, validation (CRC, magic, lengths,
// counts), splitting record sets, decoding records, building batches with
// every codec, control batches, and in-place patches.

#include "common/crc32c.h"
#include "kafka/codec/record_batch.h"
#include "kafka/codec/wire.h"
#include "kafka_test_util.h"

#include <QTest>

#include <random>

using namespace warren::kafka;
using namespace warren::kafka::test;

namespace {

BatchBuild sampleBuild(Compression c = Compression::None)
{
    BatchBuild b;
    b.baseOffset = 0;
    b.compression = c;
    b.producerId = 4000;
    b.producerEpoch = 2;
    b.baseSequence = 17;
    b.records.push_back({std::string("k1"), std::string("hello"), {{"h", std::string("v")}}, 1700000000000});
    b.records.push_back({std::nullopt, std::string(5000, 'z'), {}, 1700000000500});
    b.records.push_back({std::string(""), std::nullopt, {{"a", std::nullopt}, {"b", std::string()}}, 1699999999000});
    return b;
}

std::string build(const BatchBuild &b)
{
    std::string out;
    const auto st = appendRecordBatch(out, b);
    if (!st.ok())
        qFatal("appendRecordBatch: %s", st.error().message.c_str());
    return out;
}

std::string str(const std::optional<std::span<const std::byte>> &b)
{
    return b ? toStdString(*b) : std::string("<null>");
}

void setCrc(std::string &batch)
{
    const std::uint32_t crc = warren::crc32c(spanOf(batch).subspan(kBatchAttributesOffset));
    for (int i = 0; i < 4; ++i)
        batch[kBatchCrcOffset + std::size_t(i)] = char(crc >> (24 - 8 * i));
}

} // namespace

class TstKafkaRecordBatch : public QObject {
    Q_OBJECT

private slots:
    void builtBatchHasTheDocumentedHeader()
    {
        const std::string b = build(sampleBuild());
        QVERIFY(validateBatch(spanOf(b)).ok());
        auto h = parseBatchHeader(spanOf(b));
        QVERIFY(h);
        QCOMPARE(h->baseOffset, 0);
        QCOMPARE(h->totalSize(), std::int64_t(b.size()));
        QCOMPARE(h->magic, std::int8_t(2));
        QCOMPARE(h->lastOffsetDelta, 2);
        QCOMPARE(h->recordsCount, 3);
        QCOMPARE(h->baseTimestamp, 1700000000000);
        QCOMPARE(h->maxTimestamp, 1700000000500);
        QCOMPARE(h->producerId, 4000);
        QCOMPARE(h->producerEpoch, std::int16_t(2));
        QCOMPARE(h->baseSequence, 17);
        QCOMPARE(h->partitionLeaderEpoch, -1);
        QCOMPARE(h->compression(), Compression::None);
        QVERIFY(!h->isControl());
        QVERIFY(!h->isTransactional());
        QCOMPARE(h->timestampType(), TimestampType::CreateTime);
        // The CRC is CRC-32C of attributes..end, stored big-endian at 17.
        QCOMPARE(h->crc, warren::crc32c(spanOf(b).subspan(21)));
    }

    void recordsDecodeWithKeysValuesHeadersAndNulls_data()
    {
        QTest::addColumn<int>("codec");
        QTest::newRow("none") << int(Compression::None);
        QTest::newRow("gzip") << int(Compression::Gzip);
        QTest::newRow("snappy") << int(Compression::Snappy);
        QTest::newRow("lz4") << int(Compression::Lz4);
        QTest::newRow("zstd") << int(Compression::Zstd);
    }
    void recordsDecodeWithKeysValuesHeadersAndNulls()
    {
        QFETCH(int, codec);
        BatchBuild bb = sampleBuild(Compression(codec));
        bb.baseOffset = 1000;
        const std::string b = build(bb);
        QVERIFY(validateBatch(spanOf(b)).ok());
        if (codec != 0)
            QVERIFY(b.size() < 1000); // 5000 'z's compress
        auto it = RecordIterator::open(spanOf(b));
        QVERIFY(it);
        QCOMPARE(it->header().compression(), Compression(codec));
        RecordView r;
        QVERIFY(it->next(r));
        QCOMPARE(str(r.key), std::string("k1"));
        QCOMPARE(str(r.value), std::string("hello"));
        QCOMPARE(r.headers.size(), std::size_t(1));
        QCOMPARE(toStdString(r.headers[0].key), std::string("h"));
        QCOMPARE(str(r.headers[0].value), std::string("v"));
        QCOMPARE(it->offsetOf(r), 1000);
        QCOMPARE(it->timestampOf(r), 1700000000000);
        QVERIFY(it->next(r));
        QVERIFY(!r.key);
        QCOMPARE(str(r.value), std::string(5000, 'z'));
        QCOMPARE(it->offsetOf(r), 1001);
        QCOMPARE(it->timestampOf(r), 1700000000500);
        // Moving the iterator keeps decompressed records valid.
        RecordIterator moved = std::move(*it);
        QVERIFY(moved.next(r));
        QCOMPARE(str(r.key), std::string());
        QVERIFY(!r.value);
        QCOMPARE(r.headers.size(), std::size_t(2));
        QVERIFY(!r.headers[0].value);
        QCOMPARE(str(r.headers[1].value), std::string());
        QCOMPARE(moved.timestampOf(r), 1699999999000); // negative delta
        QVERIFY(!moved.next(r));
        QVERIFY(!moved.error());
    }

    void crcMismatchIsCorruptMessage()
    {
        std::string b = build(sampleBuild());
        b[b.size() - 1] ^= 0x01;
        const auto st = validateBatch(spanOf(b));
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, errc::CORRUPT_MESSAGE);
    }

    void oldMessageFormatsAreUnsupported_data()
    {
        QTest::addColumn<int>("magic");
        QTest::newRow("magic 0") << 0;
        QTest::newRow("magic 1") << 1;
    }
    void oldMessageFormatsAreUnsupported()
    {
        QFETCH(int, magic);
        // offset i64, size i32, crc u32, magic, attributes, [timestamp], key -1, value "v"
        std::string m = fromHex("0000000000000000 00000000 00000000") + char(magic) + fromHex("00");
        if (magic == 1)
            m += fromHex("0000018bcfe56800");
        m += fromHex("ffffffff 00000001 76");
        QCOMPARE(recordSetMagic(spanOf(m)), magic);
        const auto st = validateBatch(spanOf(m));
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, errc::UNSUPPORTED_FOR_MESSAGE_FORMAT);
        QCOMPARE(parseBatchHeader(spanOf(m)).error().code, errc::UNSUPPORTED_FOR_MESSAGE_FORMAT);
    }

    void unknownMagicIsCorrupt()
    {
        std::string b = build(sampleBuild());
        b[16] = 3;
        QCOMPARE(validateBatch(spanOf(b)).error().code, errc::CORRUPT_MESSAGE);
    }

    void batchLengthMustMatchTheBytes()
    {
        std::string b = build(sampleBuild());
        std::string longer = b + "x";
        QCOMPARE(validateBatch(spanOf(longer)).error().code, errc::CORRUPT_MESSAGE);
        b[11] = char(b[11] + 1); // batchLength one too big (not covered by the CRC)
        QCOMPARE(validateBatch(spanOf(b)).error().code, errc::CORRUPT_MESSAGE);
    }

    void truncatedBatchIsAnErrorAtEveryLength()
    {
        const std::string b = build(sampleBuild(Compression::Gzip));
        for (std::size_t n = 0; n < b.size(); ++n) {
            const auto cut = spanOf(b).first(n);
            QVERIFY(!validateBatch(cut).ok());
            auto it = RecordIterator::open(cut);
            QVERIFY(!it.ok());
        }
    }

    void truncatedRecordsInsideAValidLookingBatchFailCleanly()
    {
        // Cut the records section and fix length + CRC so only the records are wrong.
        const std::string full = build(sampleBuild());
        for (std::size_t cut = 1; cut < full.size() - kBatchHeaderSize; cut += 7) {
            std::string b = full.substr(0, full.size() - cut);
            const auto len = std::uint32_t(b.size() - 12);
            for (int i = 0; i < 4; ++i)
                b[8 + std::size_t(i)] = char(len >> (24 - 8 * i));
            setCrc(b);
            auto it = RecordIterator::open(spanOf(b));
            QVERIFY(it);
            RecordView r;
            int n = 0;
            while (it->next(r))
                ++n;
            QVERIFY(n < 3);
            QVERIFY(it->error().has_value());
        }
    }

    void recordCountMustMatchLastOffsetDelta()
    {
        std::string b = build(sampleBuild());
        b[60] = 4; // recordsCount 3 -> 4
        setCrc(b);
        QCOMPARE(validateBatch(spanOf(b)).error().code, errc::INVALID_RECORD);
        b[60] = 0;
        setCrc(b);
        QCOMPARE(validateBatch(spanOf(b)).error().code, errc::INVALID_RECORD);
    }

    void insaneRecordCountIsRejectedWithoutAllocating()
    {
        std::string b = build(sampleBuild());
        // recordsCount = lastOffsetDelta + 1 = 0x7fffffff: consistent but impossible.
        for (std::size_t i : {23u, 57u}) {
            b[i] = char(0x7f);
            b[i + 1] = b[i + 2] = char(0xff);
            b[i + 3] = char(i == 23 ? 0xfe : 0xff);
        }
        setCrc(b);
        QCOMPARE(validateBatch(spanOf(b)).error().code, errc::CORRUPT_MESSAGE);
        auto it = RecordIterator::open(spanOf(b));
        QVERIFY(it);
        RecordView r;
        int n = 0;
        while (it->next(r))
            ++n;
        QCOMPARE(n, 3);
        QVERIFY(it->error().has_value());
    }

    void controlBatchCarriesTransactionalAndControlFlags()
    {
        std::string b;
        QVERIFY(appendEndTxnMarker(b, 42, 4000, 3, true, 7, 1700000000000).ok());
        QVERIFY(validateBatch(spanOf(b)).ok());
        auto h = parseBatchHeader(spanOf(b));
        QVERIFY(h);
        QVERIFY(h->isControl());
        QVERIFY(h->isTransactional());
        QCOMPARE(h->attributes, std::int16_t(0x30));
        QCOMPARE(h->baseOffset, 42);
        QCOMPARE(h->producerId, 4000);
        QCOMPARE(h->producerEpoch, std::int16_t(3));
        auto it = RecordIterator::open(spanOf(b));
        RecordView r;
        QVERIFY(it->next(r));
        QCOMPARE(toHex(str(r.key)), QStringLiteral("00 00 00 01"));        // version 0, COMMIT
        QCOMPARE(toHex(str(r.value)), QStringLiteral("00 00 00 00 00 07")); // version 0, coordinator epoch 7
        std::string abort;
        QVERIFY(appendEndTxnMarker(abort, 0, 1, 0, false, 0, 0).ok());
        auto ia = RecordIterator::open(spanOf(abort));
        QVERIFY(ia->next(r));
        QCOMPARE(toHex(str(r.key)), QStringLiteral("00 00 00 00"));
    }

    void patchBaseOffsetKeepsTheBatchValid()
    {
        std::string b = build(sampleBuild(Compression::Lz4));
        const std::string before = b.substr(kBatchCrcOffset);
        patchBaseOffset(mutableSpanOf(b), 0x0102030405060708LL);
        patchPartitionLeaderEpoch(mutableSpanOf(b), 9);
        QVERIFY(validateBatch(spanOf(b)).ok());
        QCOMPARE(b.substr(kBatchCrcOffset), before); // CRC untouched
        auto h = parseBatchHeader(spanOf(b));
        QCOMPARE(h->baseOffset, 0x0102030405060708LL);
        QCOMPARE(h->partitionLeaderEpoch, 9);
    }

    void patchLogAppendTimeRecomputesTheCrc()
    {
        std::string b = build(sampleBuild());
        patchLogAppendTime(mutableSpanOf(b), 1800000000000);
        QVERIFY(validateBatch(spanOf(b)).ok());
        auto it = RecordIterator::open(spanOf(b));
        QCOMPARE(it->header().timestampType(), TimestampType::LogAppendTime);
        RecordView r;
        QVERIFY(it->next(r));
        QCOMPARE(it->timestampOf(r), 1800000000000);
    }

    void splitBatchesHandlesAPartialTrailingBatch()
    {
        BatchBuild one = sampleBuild();
        std::string set = build(one);
        one.baseOffset = 3;
        set += build(one);
        const std::size_t firstTwo = set.size();
        one.baseOffset = 6;
        const std::string third = build(one);
        for (std::size_t keep = 0; keep <= third.size(); ++keep) {
            const std::string s = set + third.substr(0, keep);
            const BatchSplit split = splitBatches(spanOf(s));
            QVERIFY(!split.malformed);
            if (keep == third.size()) {
                QCOMPARE(split.batches.size(), std::size_t(3));
                QVERIFY(split.partialTail.empty());
            } else {
                QCOMPARE(split.batches.size(), std::size_t(2));
                QCOMPARE(split.partialTail.size(), keep);
            }
            QCOMPARE(split.batches[0].size() + split.batches[1].size(), firstTwo);
            for (const auto &b : split.batches)
                QVERIFY(validateBatch(b).ok());
        }
        QCOMPARE(parseBatchHeader(splitBatches(spanOf(set)).batches[1])->baseOffset, 3);
    }

    void splitBatchesFlagsImpossibleLengths()
    {
        const std::string s = fromHex("0000000000000000 00000005 0000000000");
        const BatchSplit split = splitBatches(spanOf(s));
        QVERIFY(split.malformed);
        QVERIFY(split.batches.empty());
        const std::string neg = fromHex("0000000000000000 ffffffff");
        QVERIFY(splitBatches(spanOf(neg)).malformed);
    }

    void mutatedBatchesNeverCrashTheRecordIterator_data()
    {
        QTest::addColumn<int>("codec");
        for (int c = 0; c <= 4; ++c)
            QTest::newRow(qPrintable(QString::number(c))) << c;
    }
    void mutatedBatchesNeverCrashTheRecordIterator()
    {
        QFETCH(int, codec);
        BatchBuild bb = sampleBuild(Compression(codec));
        bb.records[1].value = std::string(300, 'q');
        const std::string good = build(bb);
        std::mt19937 rng(unsigned(codec) + 11);
        for (int i = 0; i < 300; ++i) {
            std::string b = good;
            const int flips = 1 + int(rng() % 3);
            for (int f = 0; f < flips; ++f) {
                // Mostly hit the records section, sometimes the header.
                const std::size_t at = rng() % 4 == 0 ? rng() % kBatchHeaderSize
                                                      : kBatchHeaderSize + rng() % (b.size() - kBatchHeaderSize);
                b[at] = char(rng());
            }
            (void)validateBatch(spanOf(b));
            (void)splitBatches(spanOf(b));
            auto it = RecordIterator::open(spanOf(b), 1024 * 1024);
            if (!it)
                continue;
            RecordView r;
            int n = 0;
            while (it->next(r) && n < 10)
                ++n;
        }
    }

    void emptyBatchBuildIsRefused()
    {
        std::string out;
        QVERIFY(!appendRecordBatch(out, BatchBuild{}).ok());
        QVERIFY(out.empty());
    }

    void unknownCompressionCodecIsRejected()
    {
        std::string b = build(sampleBuild());
        b[22] = char(b[22] | 0x07);
        setCrc(b);
        QCOMPARE(validateBatch(spanOf(b)).error().code, errc::UNSUPPORTED_COMPRESSION_TYPE);
        QCOMPARE(RecordIterator::open(spanOf(b)).error().code, errc::UNSUPPORTED_COMPRESSION_TYPE);
    }
};

QTEST_MAIN(TstKafkaRecordBatch)
#include "tst_kafka_record_batch.moc"
