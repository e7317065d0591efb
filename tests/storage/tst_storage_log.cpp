// Log behaviour: offsets, reads via the index, rolls, timestamps, retention,
// reopen. Every test runs on both backends (global data rows).
#include "storage_test_util.h"

#include "storage/fault_injecting_file_system.h"
#include "storage/log_format.h"

#include <QElapsedTimer>
#include <QTest>

#include <atomic>
#include <thread>

using namespace warren::storage;
using namespace warren::storage::test;

class TstStorageLog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase_data() { addBackendRows(); }

    void appendAssignsConsecutiveOffsetsAndReadReturnsTheBatchesVerbatim();
    void appendRejectsMalformedBatchesAndWritesNothing_data();
    void appendRejectsMalformedBatchesAndWritesNothing();
    void readFromTheMiddleOfABatchReturnsTheContainingBatch_data();
    void readFromTheMiddleOfABatchReturnsTheContainingBatch();
    void readFindsItsBatchViaTheIndexWithoutScanningTheSegment();
    void maxBytesSmallerThanOneBatchStillReturnsOneWholeBatch();
    void readStopsAtMaxBytesOnABatchBoundary();
    void readAtNextOffsetIsEmptyAndBeyondItIsOutOfRange();
    void segmentRollsBeforeABatchWouldOverflowIt();
    void segmentRollsWhenItsFirstBatchIsOlderThanSegmentMs();
    void segmentFileNamesAreTwentyDigitBaseOffsets();
    void readsSpanSegmentsOneSegmentPerCall();
    void offsetForTimestampFindsTheFirstBatchAtOrAfterIt_data();
    void offsetForTimestampFindsTheFirstBatchAtOrAfterIt();
    void retentionByAgeDeletesOldSegmentsAndAdvancesLogStart();
    void retentionBySizeKeepsTheNewestSegmentsWithinTheLimit();
    void retentionNeverDeletesTheActiveSegment();
    void deleteSegmentsBeforeDropsOnlyWholeSegmentsBelowTheOffset();
    void setLogStartOffsetSurvivesReopen();
    void reopenRestoresNextOffsetIndexesAndData();
    void syncMakesEverythingDurable();
    void concurrentReadersNeverSeeAPartialBatch();
    void destroyRemovesTheWholeLog();
    void appendThroughputIsReported();
};

void TstStorageLog::appendAssignsConsecutiveOffsetsAndReadReturnsTheBatchesVerbatim()
{
    STORAGE_BACKEND();
    auto log = Log::open(*be->fs, be->dir(), smallConfig());
    VERIFY_OK(log);
    QCOMPARE((*log)->nextOffset(), Offset{0});
    std::vector<std::string> sent;
    std::int64_t expected = 0;
    for (int i = 1; i <= 5; ++i) {
        BatchSpec spec;
        spec.records = i;
        spec.baseOffset = 9999; // producers send anything; the log assigns
        sent.push_back(makeBatch(spec));
        auto r = (*log)->append(bytesOf(sent.back()), 1'700'000'000'000);
        VERIFY_OK(r);
        QCOMPARE(r->firstOffset, Offset{expected});
        QCOMPARE(r->lastOffset, Offset{expected + i - 1});
        QCOMPARE(r->maxTimestamp, spec.baseTimestamp + i - 1);
        expected += i;
    }
    QCOMPARE((*log)->nextOffset(), Offset{15});
    auto rd = (*log)->read(Offset{0}, 1 << 20);
    VERIFY_OK(rd);
    QCOMPARE(rd->batchCount, std::size_t(5));
    QCOMPARE(rd->firstOffset, Offset{0});
    QCOMPARE(rd->lastOffset, Offset{14});
    QCOMPARE(rd->highWatermark, Offset{15});
    // Verbatim except baseOffset and partitionLeaderEpoch (outside the CRC).
    std::size_t p = 0;
    std::int64_t base = 0;
    for (int i = 0; i < 5; ++i) {
        std::string got = rd->bytes.substr(p, sent[i].size());
        QCOMPARE(readI64(got, 0), base);
        QCOMPARE(got.substr(16), sent[i].substr(16));
        QCOMPARE(got.substr(8, 4), sent[i].substr(8, 4));
        QCOMPARE(got.substr(12, 4), std::string(4, '\0'));
        QVERIFY(validateBatch(bytesOf(got)).ok());
        p += sent[i].size();
        base += i + 1;
    }
    QCOMPARE(p, rd->bytes.size());
}

void TstStorageLog::appendRejectsMalformedBatchesAndWritesNothing_data()
{
    QTest::addColumn<int>("mutation");
    QTest::newRow("bad magic") << 0;
    QTest::newRow("flipped record byte (CRC)") << 1;
    QTest::newRow("batchLength too large") << 2;
    QTest::newRow("cut short") << 3;
    QTest::newRow("shorter than a header") << 4;
    QTest::newRow("negative lastOffsetDelta") << 5;
}

void TstStorageLog::appendRejectsMalformedBatchesAndWritesNothing()
{
    STORAGE_BACKEND();
    QFETCH(int, mutation);
    auto log = Log::open(*be->fs, be->dir(), smallConfig());
    VERIFY_OK(log);
    std::string b = makeBatch({.records = 3});
    switch (mutation) {
    case 0: b[format::kMagicPos] = 1; break;
    case 1: b[b.size() - 3] ^= 0x40; break;
    case 2: b[format::kBatchLengthPos + 3] += 1; break;
    case 3: b.resize(b.size() - 1); break;
    case 4: b.resize(40); break;
    case 5: b[format::kLastOffsetDeltaPos] = char(0xff); break;
    }
    auto r = (*log)->append(bytesOf(b), 0);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, StorageError::Kind::Invalid);
    QCOMPARE((*log)->nextOffset(), Offset{0});
    QCOMPARE((*log)->sizeBytes(), std::uint64_t(0));
    QVERIFY(!(*log)->failed());
}

void TstStorageLog::readFromTheMiddleOfABatchReturnsTheContainingBatch_data()
{
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("expectedBase");
    // batches of 4 records: [0..3] [4..7] [8..11] ... ; index every 256 bytes
    QTest::newRow("first record") << 0 << 0;
    QTest::newRow("inside first batch") << 2 << 0;
    QTest::newRow("last record of a batch") << 7 << 4;
    QTest::newRow("deep in the segment") << 41 << 40;
    QTest::newRow("last batch") << 79 << 76;
}

void TstStorageLog::readFromTheMiddleOfABatchReturnsTheContainingBatch()
{
    STORAGE_BACKEND();
    QFETCH(int, offset);
    QFETCH(int, expectedBase);
    auto cfg = smallConfig();
    cfg.segmentBytes = 1 << 20;
    auto log = Log::open(*be->fs, be->dir(), cfg);
    VERIFY_OK(log);
    appendBatches(**log, 20, {.records = 4});
    QVERIFY((*log)->segments().front().offsetIndexEntries > 2);
    auto rd = (*log)->read(Offset{offset}, 1);
    VERIFY_OK(rd);
    QCOMPARE(rd->batchCount, std::size_t(1));
    QCOMPARE(rd->firstOffset, Offset{expectedBase});
    QCOMPARE(rd->lastOffset, Offset{expectedBase + 3});
    QCOMPARE(batchBasesIn(rd->bytes), std::vector<std::int64_t>{expectedBase});
}

void TstStorageLog::readFindsItsBatchViaTheIndexWithoutScanningTheSegment()
{
    STORAGE_BACKEND();
    FaultInjectingFileSystem counting(*be->fs);
    LogConfig cfg;
    cfg.indexIntervalBytes = 4096;
    auto log = Log::open(counting, be->dir(), cfg);
    VERIFY_OK(log);
    // ~2000 batches of ~1 KiB: a 2 MiB segment.
    auto results = appendBatches(**log, 2000, {.records = 10, .valueBytes = 90});
    QCOMPARE(results.size(), std::size_t(2000));
    QCOMPARE((*log)->segmentCount(), std::size_t(1));
    const std::uint64_t segmentSize = (*log)->sizeBytes();
    QVERIFY(segmentSize > 2'000'000);
    for (std::int64_t target : {5ll, 7777ll, 15'003ll, 19'999ll}) {
        counting.resetCounters();
        auto rd = (*log)->read(Offset{target}, 100);
        VERIFY_OK(rd);
        QCOMPARE(rd->batchCount, std::size_t(1));
        QVERIFY(rd->firstOffset.value <= target && target <= rd->lastOffset.value);
        // At most: one scan window (index interval + a batch, read in 8 KiB
        // chunks) plus the returned batch. A scan from the start would read MiBs.
        QVERIFY2(counting.bytesRead() <= 3 * 8192 + 2048,
                 qPrintable(QString("read %1 bytes to find offset %2").arg(counting.bytesRead()).arg(target)));
    }
}

void TstStorageLog::maxBytesSmallerThanOneBatchStillReturnsOneWholeBatch()
{
    STORAGE_BACKEND();
    auto log = Log::open(*be->fs, be->dir(), smallConfig());
    VERIFY_OK(log);
    appendBatches(**log, 3, {.records = 2, .valueBytes = 300});
    for (std::size_t maxBytes : {std::size_t(0), std::size_t(1), std::size_t(60), std::size_t(61), std::size_t(500)}) {
        auto rd = (*log)->read(Offset{2}, maxBytes);
        VERIFY_OK(rd);
        QCOMPARE(rd->batchCount, std::size_t(1));
        QCOMPARE(rd->firstOffset, Offset{2});
        bool valid = false;
        QCOMPARE(batchBasesIn(rd->bytes, &valid), std::vector<std::int64_t>{2});
        QVERIFY(valid);
    }
}

void TstStorageLog::readStopsAtMaxBytesOnABatchBoundary()
{
    STORAGE_BACKEND();
    auto log = Log::open(*be->fs, be->dir(), smallConfig());
    VERIFY_OK(log);
    appendBatches(**log, 10, {.records = 1, .valueBytes = 40});
    const std::size_t one = makeBatch({.records = 1, .valueBytes = 40}).size();
    auto rd = (*log)->read(Offset{0}, 3 * one + one / 2);
    VERIFY_OK(rd);
    QCOMPARE(rd->batchCount, std::size_t(3));
    QCOMPARE(rd->bytes.size(), 3 * one);
    QCOMPARE(rd->lastOffset, Offset{2});
}

void TstStorageLog::readAtNextOffsetIsEmptyAndBeyondItIsOutOfRange()
{
    STORAGE_BACKEND();
    auto log = Log::open(*be->fs, be->dir(), smallConfig());
    VERIFY_OK(log);
    auto empty = (*log)->read(Offset{0}, 100);
    VERIFY_OK(empty);
    QCOMPARE(empty->batchCount, std::size_t(0));
    QVERIFY(empty->bytes.empty());
    appendBatches(**log, 2, {.records = 3});
    auto atEnd = (*log)->read(Offset{6}, 100);
    VERIFY_OK(atEnd);
    QCOMPARE(atEnd->batchCount, std::size_t(0));
    QCOMPARE(atEnd->highWatermark, Offset{6});
    auto beyond = (*log)->read(Offset{7}, 100);
    QVERIFY(!beyond.ok());
    QCOMPARE(beyond.error().kind, StorageError::Kind::OutOfRange);
    auto negative = (*log)->read(Offset{-1}, 100);
    QVERIFY(!negative.ok());
    QCOMPARE(negative.error().kind, StorageError::Kind::OutOfRange);
}

void TstStorageLog::segmentRollsBeforeABatchWouldOverflowIt()
{
    STORAGE_BACKEND();
    auto cfg = smallConfig();
    const std::size_t one = makeBatch({.records = 1, .valueBytes = 200}).size();
    cfg.segmentBytes = 3 * one + 10; // three batches fit, the fourth does not
    auto log = Log::open(*be->fs, be->dir(), cfg);
    VERIFY_OK(log);
    appendBatches(**log, 7, {.records = 1, .valueBytes = 200});
    auto segs = (*log)->segments();
    QCOMPARE(segs.size(), std::size_t(3));
    QCOMPARE(segs[0].baseOffset, Offset{0});
    QCOMPARE(segs[1].baseOffset, Offset{3});
    QCOMPARE(segs[2].baseOffset, Offset{6});
    QCOMPARE(segs[0].sizeBytes, 3 * one);
    // A batch larger than segmentBytes still goes in, alone in its segment.
    std::string big = makeBatch({.records = 1, .valueBytes = 2000});
    VERIFY_OK((*log)->append(bytesOf(big), 1'700'000'000'000));
    QCOMPARE((*log)->segmentCount(), std::size_t(4));
}

void TstStorageLog::segmentRollsWhenItsFirstBatchIsOlderThanSegmentMs()
{
    STORAGE_BACKEND();
    auto cfg = smallConfig();
    cfg.segmentBytes = 1 << 20;
    cfg.segmentMs = 1000;
    auto log = Log::open(*be->fs, be->dir(), cfg);
    VERIFY_OK(log);
    const std::int64_t t0 = 1'700'000'000'000;
    appendBatches(**log, 2, {.baseTimestamp = t0}, t0);
    appendBatches(**log, 1, {.baseTimestamp = t0 + 1000}, t0 + 1000); // not older than 1000 ms yet
    QCOMPARE((*log)->segmentCount(), std::size_t(1));
    appendBatches(**log, 1, {.baseTimestamp = t0 + 1001}, t0 + 1001);
    QCOMPARE((*log)->segmentCount(), std::size_t(2));
    QCOMPARE((*log)->segments().back().baseOffset, Offset{3});
}

void TstStorageLog::segmentFileNamesAreTwentyDigitBaseOffsets()
{
    STORAGE_BACKEND();
    auto cfg = smallConfig();
    cfg.segmentBytes = 300;
    auto log = Log::open(*be->fs, be->dir(), cfg);
    VERIFY_OK(log);
    appendBatches(**log, 3, {.records = 5, .valueBytes = 40});
    auto names = be->fs->list(be->dir());
    VERIFY_OK(names);
    std::sort(names->begin(), names->end());
    const std::vector<std::string> expected = {
        "00000000000000000000.index", "00000000000000000000.log", "00000000000000000000.timeindex",
        "00000000000000000005.index", "00000000000000000005.log", "00000000000000000005.timeindex",
        "00000000000000000010.index", "00000000000000000010.log", "00000000000000000010.timeindex",
    };
    QCOMPARE(*names, expected);
}

void TstStorageLog::readsSpanSegmentsOneSegmentPerCall()
{
    STORAGE_BACKEND();
    auto cfg = smallConfig();
    cfg.segmentBytes = 1000;
    auto log = Log::open(*be->fs, be->dir(), cfg);
    VERIFY_OK(log);
    appendBatches(**log, 40, {.records = 2, .valueBytes = 30});
    QVERIFY((*log)->segmentCount() > 3);
    std::int64_t next = 0;
    int calls = 0;
    while (next < (*log)->nextOffset().value) {
        auto rd = (*log)->read(Offset{next}, 1 << 20);
        VERIFY_OK(rd);
        QVERIFY(rd->batchCount > 0);
        QCOMPARE(rd->firstOffset, Offset{next});
        bool valid = false;
        batchBasesIn(rd->bytes, &valid);
        QVERIFY(valid);
        next = rd->lastOffset.value + 1;
        ++calls;
    }
    QCOMPARE(next, std::int64_t(80));
    QCOMPARE(std::size_t(calls), (*log)->segmentCount());
}

void TstStorageLog::offsetForTimestampFindsTheFirstBatchAtOrAfterIt_data()
{
    QTest::addColumn<qint64>("ts");
    QTest::addColumn<qint64>("expected"); // -1: none
    // 60 batches of 2 records; batch i has timestamps T+10i, T+10i+1 and
    // offsets 2i, 2i+1; ~4 segments with time index entries.
    const qint64 T = 1'700'000'000'000;
    QTest::newRow("before everything") << T - 5000 << qint64(0);
    QTest::newRow("exactly the first") << T << qint64(0);
    QTest::newRow("between batches") << T + 15 << qint64(4);
    QTest::newRow("a batch's max timestamp") << T + 101 << qint64(20);
    QTest::newRow("second segment onwards") << T + 255 << qint64(52);
    QTest::newRow("last batch") << T + 590 << qint64(118);
    QTest::newRow("after everything") << T + 592 << qint64(-1);
}

void TstStorageLog::offsetForTimestampFindsTheFirstBatchAtOrAfterIt()
{
    STORAGE_BACKEND();
    QFETCH(qint64, ts);
    QFETCH(qint64, expected);
    auto cfg = smallConfig();
    cfg.segmentBytes = 2000;
    cfg.indexIntervalBytes = 100;
    auto log = Log::open(*be->fs, be->dir(), cfg);
    VERIFY_OK(log);
    const qint64 T = 1'700'000'000'000;
    for (int i = 0; i < 60; ++i)
        QCOMPARE(appendBatches(**log, 1, {.records = 2, .baseTimestamp = T + 10 * i, .valueBytes = 20}, T).size(),
                 std::size_t(1));
    QVERIFY((*log)->segmentCount() >= 3);
    QVERIFY((*log)->segments().front().timeIndexEntries > 1);
    auto found = (*log)->offsetForTimestamp(ts);
    if (expected < 0) {
        QVERIFY(!found.has_value());
    } else {
        QVERIFY(found.has_value());
        QCOMPARE(found->value, expected);
    }
    // The same answer after a reopen (indexes from disk).
    QVERIFY((*log)->close().ok());
    log = Log::open(*be->fs, be->dir(), cfg);
    VERIFY_OK(log);
    auto again = (*log)->offsetForTimestamp(ts);
    QCOMPARE(again.has_value(), expected >= 0);
    if (again)
        QCOMPARE(again->value, expected);
}

void TstStorageLog::retentionByAgeDeletesOldSegmentsAndAdvancesLogStart()
{
    STORAGE_BACKEND();
    auto cfg = smallConfig();
    cfg.segmentBytes = 500;
    cfg.retentionMs = 60'000;
    auto log = Log::open(*be->fs, be->dir(), cfg);
    VERIFY_OK(log);
    const std::int64_t T = 1'700'000'000'000;
    for (int i = 0; i < 12; ++i) // one minute apart; ~3 batches per segment
        appendBatches(**log, 1, {.records = 1, .baseTimestamp = T + i * 60'000, .valueBytes = 100}, T + i * 60'000);
    const auto before = (*log)->segments();
    QVERIFY(before.size() >= 4);
    const std::int64_t now = T + 11 * 60'000;
    std::size_t expectedRemoved = 0;
    for (std::size_t i = 0; i + 1 < before.size() && now - before[i].maxTimestamp > cfg.retentionMs; ++i)
        ++expectedRemoved;
    QVERIFY(expectedRemoved >= 2);
    QCOMPARE((*log)->applyRetention(now), expectedRemoved);
    QCOMPARE((*log)->segmentCount(), before.size() - expectedRemoved);
    QCOMPARE((*log)->logStartOffset(), before[expectedRemoved].baseOffset);
    auto gone = (*log)->read(Offset{0}, 100);
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().kind, StorageError::Kind::OutOfRange);
    QVERIFY(!be->fs->exists(joinPath(be->dir(), "00000000000000000000.log")));
    QVERIFY(!be->fs->exists(joinPath(be->dir(), "00000000000000000000.index")));
    QCOMPARE((*log)->applyRetention(now), std::size_t(0));
    // Far in the future everything but the active segment goes.
    QCOMPARE((*log)->applyRetention(now + 3'600'000), before.size() - expectedRemoved - 1);
    QCOMPARE((*log)->segmentCount(), std::size_t(1));
    QCOMPARE((*log)->nextOffset(), Offset{12});
}

void TstStorageLog::retentionBySizeKeepsTheNewestSegmentsWithinTheLimit()
{
    STORAGE_BACKEND();
    auto cfg = smallConfig();
    const std::size_t one = makeBatch({.records = 1, .valueBytes = 100}).size();
    cfg.segmentBytes = 2 * one; // two batches per segment
    cfg.retentionBytes = std::int64_t(5 * one);
    auto log = Log::open(*be->fs, be->dir(), cfg);
    VERIFY_OK(log);
    appendBatches(**log, 10, {.records = 1, .valueBytes = 100});
    QCOMPARE((*log)->segmentCount(), std::size_t(5));
    QCOMPARE((*log)->sizeBytes(), 10 * one);
    // Deleting a 2-batch segment is allowed while what remains is >= 5 batches.
    QCOMPARE((*log)->applyRetention(0), std::size_t(2));
    QCOMPARE((*log)->sizeBytes(), 6 * one);
    QCOMPARE((*log)->logStartOffset(), Offset{4});
    auto rd = (*log)->read(Offset{4}, 1);
    VERIFY_OK(rd);
    QCOMPARE(rd->firstOffset, Offset{4});
}

void TstStorageLog::retentionNeverDeletesTheActiveSegment()
{
    STORAGE_BACKEND();
    auto cfg = smallConfig();
    cfg.segmentBytes = 1 << 20;
    cfg.retentionMs = 1;
    cfg.retentionBytes = 0;
    auto log = Log::open(*be->fs, be->dir(), cfg);
    VERIFY_OK(log);
    appendBatches(**log, 5);
    QCOMPARE((*log)->applyRetention(std::int64_t(1) << 50), std::size_t(0));
    QCOMPARE((*log)->segmentCount(), std::size_t(1));
    QCOMPARE((*log)->logStartOffset(), Offset{0});
}

void TstStorageLog::deleteSegmentsBeforeDropsOnlyWholeSegmentsBelowTheOffset()
{
    STORAGE_BACKEND();
    auto cfg = smallConfig();
    const std::size_t one = makeBatch({.records = 3}).size();
    cfg.segmentBytes = 2 * one; // segments hold offsets [0,6) [6,12) [12,18) [18,24) [24,30)
    auto log = Log::open(*be->fs, be->dir(), cfg);
    VERIFY_OK(log);
    appendBatches(**log, 10, {.records = 3});
    QCOMPARE((*log)->segmentCount(), std::size_t(5));
    VERIFY_OK((*log)->deleteSegmentsBefore(Offset{11})); // [6,12) still holds 11
    QCOMPARE((*log)->segmentCount(), std::size_t(4));
    QCOMPARE((*log)->logStartOffset(), Offset{6});
    VERIFY_OK((*log)->deleteSegmentsBefore(Offset{12}));
    QCOMPARE((*log)->logStartOffset(), Offset{12});
    VERIFY_OK((*log)->deleteSegmentsBefore(Offset{1000})); // never the active one
    QCOMPARE((*log)->segmentCount(), std::size_t(1));
    QCOMPARE((*log)->logStartOffset(), Offset{24});
    // Reopen agrees.
    QVERIFY((*log)->close().ok());
    log = Log::open(*be->fs, be->dir(), cfg);
    VERIFY_OK(log);
    QCOMPARE((*log)->logStartOffset(), Offset{24});
    QCOMPARE((*log)->nextOffset(), Offset{30});
}

void TstStorageLog::setLogStartOffsetSurvivesReopen()
{
    STORAGE_BACKEND();
    auto cfg = smallConfig();
    auto log = Log::open(*be->fs, be->dir(), cfg);
    VERIFY_OK(log);
    appendBatches(**log, 4, {.records = 3});
    VERIFY_OK((*log)->setLogStartOffset(Offset{7}));
    QCOMPARE((*log)->logStartOffset(), Offset{7});
    VERIFY_OK((*log)->setLogStartOffset(Offset{2})); // backwards: no-op
    QCOMPARE((*log)->logStartOffset(), Offset{7});
    auto beyond = (*log)->setLogStartOffset(Offset{13});
    QVERIFY(!beyond.ok());
    QCOMPARE(beyond.error().kind, StorageError::Kind::OutOfRange);
    auto rd = (*log)->read(Offset{7}, 1);
    VERIFY_OK(rd);
    QCOMPARE(rd->firstOffset, Offset{6}); // the containing batch
    QCOMPARE((*log)->offsetForTimestamp(0)->value, 7);
    QVERIFY(!(*log)->read(Offset{6}, 1).ok());
    QVERIFY((*log)->close().ok());
    log = Log::open(*be->fs, be->dir(), cfg);
    VERIFY_OK(log);
    QCOMPARE((*log)->logStartOffset(), Offset{7});
}

void TstStorageLog::reopenRestoresNextOffsetIndexesAndData()
{
    STORAGE_BACKEND();
    auto cfg = smallConfig();
    cfg.segmentBytes = 3000;
    std::string before;
    std::vector<SegmentInfo> segsBefore;
    std::map<std::string, std::string> files;
    {
        auto log = Log::open(*be->fs, be->dir(), cfg);
        VERIFY_OK(log);
        appendBatches(**log, 50, {.records = 2, .valueBytes = 30});
        segsBefore = (*log)->segments();
        auto rd = (*log)->read(Offset{0}, 1 << 20);
        VERIFY_OK(rd);
        before = rd->bytes;
        VERIFY_OK((*log)->close());
        auto names = be->fs->list(be->dir());
        for (const auto &n : *names)
            files[n] = be->contents(joinPath(be->dir(), n));
    }
    auto log = Log::open(*be->fs, be->dir(), cfg);
    VERIFY_OK(log);
    QCOMPARE((*log)->nextOffset(), Offset{100});
    QCOMPARE((*log)->durableOffset(), Offset{100});
    QCOMPARE((*log)->recoveryReport().truncatedBytes, std::uint64_t(0));
    QCOMPARE((*log)->recoveryReport().indexesRebuilt, std::size_t(0));
    auto segsAfter = (*log)->segments();
    QCOMPARE(segsAfter.size(), segsBefore.size());
    for (std::size_t i = 0; i < segsAfter.size(); ++i) {
        QCOMPARE(segsAfter[i].baseOffset, segsBefore[i].baseOffset);
        QCOMPARE(segsAfter[i].sizeBytes, segsBefore[i].sizeBytes);
        QCOMPARE(segsAfter[i].maxTimestamp, segsBefore[i].maxTimestamp);
        QCOMPARE(segsAfter[i].offsetIndexEntries, segsBefore[i].offsetIndexEntries);
    }
    for (const auto &[n, bytes] : files)
        QVERIFY2(be->contents(joinPath(be->dir(), n)) == bytes, n.c_str());
    auto rd = (*log)->read(Offset{0}, 1 << 20);
    VERIFY_OK(rd);
    QCOMPARE(rd->bytes, before.substr(0, rd->bytes.size()));
    auto r = appendBatches(**log, 1);
    QCOMPARE(r.front().firstOffset, Offset{100});
}

void TstStorageLog::syncMakesEverythingDurable()
{
    STORAGE_BACKEND();
    FaultInjectingFileSystem counting(*be->fs);
    auto cfg = smallConfig();
    cfg.segmentBytes = 600;
    auto log = Log::open(counting, be->dir(), cfg);
    VERIFY_OK(log);
    appendBatches(**log, 10, {.records = 2, .valueBytes = 50});
    QCOMPARE((*log)->durableOffset(), Offset{0});
    counting.resetCounters();
    VERIFY_OK((*log)->sync());
    QCOMPARE((*log)->durableOffset(), Offset{20});
    QVERIFY(counting.syncCalls() >= (*log)->segmentCount()); // rolled segments too
    counting.resetCounters();
    VERIFY_OK((*log)->sync()); // nothing new: no fsync
    QCOMPARE(counting.syncCalls(), std::uint64_t(0));
    if (be->memory) {
        appendBatches(**log, 3);
        be->memory->simulateCrash();
        log = Log::open(*be->fs, be->dir(), cfg);
        VERIFY_OK(log);
        QCOMPARE((*log)->nextOffset(), Offset{20}); // unsynced appends lost, synced kept
    }
}

void TstStorageLog::concurrentReadersNeverSeeAPartialBatch()
{
    STORAGE_BACKEND();
    auto cfg = smallConfig();
    cfg.segmentBytes = 20'000;
    cfg.retentionBytes = 60'000;
    auto log = Log::open(*be->fs, be->dir(), cfg);
    VERIFY_OK(log);
    Log &l = **log;
    std::atomic<bool> done{false};
    std::atomic<int> problems{0};
    std::atomic<long> batchesRead{0};
    auto reader = [&] {
        std::int64_t next = 0;
        while (!done.load() || next < l.nextOffset().value) {
            if (next < l.logStartOffset().value)
                next = l.logStartOffset().value;
            auto rd = l.read(Offset{next}, 5000);
            if (!rd.ok()) {
                if (rd.error().kind != StorageError::Kind::OutOfRange) // retention raced us
                    ++problems;
                continue;
            }
            bool valid = false;
            auto bases = batchBasesIn(rd->bytes, &valid);
            if (!valid || bases.size() != rd->batchCount)
                ++problems;
            if (rd->batchCount) {
                next = rd->lastOffset.value + 1;
                batchesRead += long(rd->batchCount);
            }
        }
    };
    std::thread r1(reader), r2(reader);
    for (int i = 0; i < 3000; ++i) {
        appendBatches(l, 1, {.records = 1 + i % 5, .valueBytes = std::size_t(10 + i % 200)});
        if (i % 500 == 0)
            l.applyRetention(0);
    }
    done = true;
    r1.join();
    r2.join();
    QCOMPARE(problems.load(), 0);
    QVERIFY(batchesRead.load() > 0);
}

void TstStorageLog::destroyRemovesTheWholeLog()
{
    STORAGE_BACKEND();
    auto cfg = smallConfig();
    cfg.segmentBytes = 300;
    {
        auto log = Log::open(*be->fs, be->dir(), cfg);
        VERIFY_OK(log);
        appendBatches(**log, 5, {.records = 1, .valueBytes = 100});
        VERIFY_OK((*log)->setLogStartOffset(Offset{1}));
        VERIFY_OK((*log)->close());
    }
    VERIFY_OK(Log::destroy(*be->fs, be->dir()));
    QVERIFY(!be->fs->exists(be->dir()));
    VERIFY_OK(Log::destroy(*be->fs, be->dir())); // already gone: fine
}

void TstStorageLog::appendThroughputIsReported()
{
    STORAGE_BACKEND();
    LogConfig cfg;
    cfg.segmentBytes = 64 << 20;
    auto log = Log::open(*be->fs, be->dir(), cfg);
    VERIFY_OK(log);
    const std::string batch = makeBatch({.records = 100, .valueBytes = 100}); // ~11 KiB, like a producer batch
    const int batches = 2000;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < batches; ++i)
        QVERIFY((*log)->append(bytesOf(batch), 0).ok());
    VERIFY_OK((*log)->sync());
    const double s = std::max<qint64>(t.nsecsElapsed(), 1) / 1e9;
    qDebug("append (%s): %.0f batches/s, %.2f M msg/s, %.0f MB/s (100-record 100-byte batches, one sync at the end)",
           qPrintable(backend), batches / s, batches * 100 / s / 1e6, double(batches) * batch.size() / s / 1e6);
    // Reading it back, as Fetch would (1 MiB per call).
    t.restart();
    std::int64_t next = 0;
    std::size_t records = 0;
    while (next < (*log)->nextOffset().value) {
        auto rd = (*log)->read(Offset{next}, 1 << 20);
        QVERIFY(rd.ok() && rd->batchCount > 0);
        records += std::size_t(rd->lastOffset.value + 1 - next);
        next = rd->lastOffset.value + 1;
    }
    const double rs = std::max<qint64>(t.nsecsElapsed(), 1) / 1e9;
    qDebug("read (%s): %.2f M msg/s", qPrintable(backend), records / rs / 1e6);
}

QTEST_GUILESS_MAIN(TstStorageLog)
#include "tst_storage_log.moc"
