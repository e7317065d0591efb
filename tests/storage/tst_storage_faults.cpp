// Fault injection: short writes, crash at byte N, fsync failure, ENOSPC.
// Every test runs on both backends, wrapped in a FaultInjectingFileSystem.
#include "storage_test_util.h"

#include "storage/fault_injecting_file_system.h"
#include "storage/group_commit.h"

#include <QTest>

#include <future>

using namespace warren::storage;
using namespace warren::storage::test;
using Fault = FaultInjectingFileSystem::WriteFault;

namespace {

LogConfig faultConfig()
{
    LogConfig c;
    c.indexIntervalBytes = 100;
    c.segmentBytes = 1 << 20;
    c.retentionMs = -1;
    return c;
}

bool everythingReadable(Log &log, std::int64_t expectedNext)
{
    std::int64_t next = log.logStartOffset().value;
    while (next < log.nextOffset().value) {
        auto rd = log.read(Offset{next}, 1 << 20);
        if (!rd.ok() || rd->batchCount == 0)
            return false;
        bool valid = false;
        batchBasesIn(rd->bytes, &valid);
        if (!valid || rd->firstOffset.value != next)
            return false;
        next = rd->lastOffset.value + 1;
    }
    return next == expectedNext;
}

} // namespace

class TstStorageFaults : public QObject {
    Q_OBJECT
private slots:
    void initTestCase_data() { addBackendRows(); }

    void shortWriteReturnsAnErrorAndTheLogStaysConsistent_data();
    void shortWriteReturnsAnErrorAndTheLogStaysConsistent();
    void crashAtByteNKeepsEveryWholeBatchBeforeIt_data();
    void crashAtByteNKeepsEveryWholeBatchBeforeIt();
    void fsyncFailureFailsTheDurabilityRequestAndDurableOffsetStays();
    void noSpaceIsReportedAndAppendsResumeWhenSpaceReturns();
    void noSpaceWhileRollingLeavesTheLogUsable();
    void failedIndexWritesDoNotFailAppendsAndAreRepairedOnReopen();
};

void TstStorageFaults::shortWriteReturnsAnErrorAndTheLogStaysConsistent_data()
{
    QTest::addColumn<int>("written"); // bytes of the batch that reach the file
    const int size = int(makeBatch({.records = 3}).size());
    for (int w : {0, 1, 8, 12, 60, 61, size / 2, size - 1})
        QTest::addRow("%d of %d bytes", w, size) << w;
}

void TstStorageFaults::shortWriteReturnsAnErrorAndTheLogStaysConsistent()
{
    STORAGE_BACKEND();
    QFETCH(int, written);
    FaultInjectingFileSystem faulty(*be->fs);
    const auto cfg = faultConfig();
    auto log = Log::open(faulty, be->dir(), cfg);
    VERIFY_OK(log);
    appendBatches(**log, 5, {.records = 3});
    const auto sizeBefore = (*log)->sizeBytes();
    faulty.failWritesAfter(std::uint64_t(written), Fault::ShortWrite, ".log");
    std::string b = makeBatch({.records = 3});
    auto r = (*log)->append(bytesOf(b), 0);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, StorageError::Kind::Io);
    QCOMPARE((*log)->nextOffset(), Offset{15});
    QCOMPARE((*log)->sizeBytes(), sizeBefore);
    QVERIFY(!(*log)->failed()); // the partial batch was cut back off
    QVERIFY(everythingReadable(**log, 15));
    faulty.clearFaults();
    auto again = (*log)->append(bytesOf(b), 0);
    VERIFY_OK(again);
    QCOMPARE(again->firstOffset, Offset{15});
    VERIFY_OK((*log)->close());
    auto reopened = Log::open(*be->fs, be->dir(), cfg);
    VERIFY_OK(reopened);
    QCOMPARE((*reopened)->nextOffset(), Offset{18});
    QCOMPARE((*reopened)->recoveryReport().truncatedBytes, std::uint64_t(0));
    QVERIFY(everythingReadable(**reopened, 18));
}

void TstStorageFaults::crashAtByteNKeepsEveryWholeBatchBeforeIt_data()
{
    QTest::addColumn<int>("crashAt");
    const int size = int(makeBatch({.records = 2}).size());
    for (int n : {0, 1, size - 1, size, size + 1, 5 * size + size / 2, 10 * size, 19 * size + 3, 100 * size})
        QTest::addRow("byte %d", n) << n;
}

void TstStorageFaults::crashAtByteNKeepsEveryWholeBatchBeforeIt()
{
    STORAGE_BACKEND();
    QFETCH(int, crashAt);
    const int size = int(makeBatch({.records = 2}).size());
    const auto cfg = faultConfig();
    {
        FaultInjectingFileSystem faulty(*be->fs);
        auto log = Log::open(faulty, be->dir(), cfg);
        VERIFY_OK(log);
        faulty.failWritesAfter(std::uint64_t(crashAt), Fault::Crash, ".log");
        QCOMPARE(appendBatches(**log, 20, {.records = 2}).size(), std::size_t(20)); // all "succeed"
        // The process dies here; the Log is never closed.
    }
    const int whole = std::min(20, crashAt / size);
    auto log = Log::open(*be->fs, be->dir(), cfg);
    VERIFY_OK(log);
    QCOMPARE((*log)->nextOffset(), Offset{2 * whole});
    QCOMPARE((*log)->recoveryReport().truncatedBytes, std::uint64_t(std::min(crashAt, 20 * size) - whole * size));
    QVERIFY(everythingReadable(**log, 2 * whole));
    QCOMPARE(appendBatches(**log, 1, {.records = 2}).front().firstOffset, Offset{2 * whole});
}

void TstStorageFaults::fsyncFailureFailsTheDurabilityRequestAndDurableOffsetStays()
{
    STORAGE_BACKEND();
    FaultInjectingFileSystem faulty(*be->fs);
    const auto cfg = faultConfig();
    auto log = Log::open(faulty, be->dir(), cfg);
    VERIFY_OK(log);
    Flusher flusher({DurabilityPolicy::Always});
    auto first = appendBatches(**log, 2);
    std::promise<StorageStatus> ok;
    flusher.requestDurable(**log, first.back().nextOffset(), [&](StorageStatus st) { ok.set_value(st); });
    QVERIFY(ok.get_future().get().ok());
    QCOMPARE((*log)->durableOffset(), Offset{2});

    faulty.failSyncs(1, ".log");
    auto more = appendBatches(**log, 3);
    std::promise<StorageStatus> failed;
    flusher.requestDurable(**log, more.back().nextOffset(), [&](StorageStatus st) { failed.set_value(st); });
    auto st = failed.get_future().get();
    QVERIFY(!st.ok());
    QCOMPARE(st.error().kind, StorageError::Kind::Io);
    QCOMPARE((*log)->durableOffset(), Offset{2});
    QVERIFY((*log)->failed());
    // Never acknowledged, never again: later syncs and appends fail too.
    std::promise<StorageStatus> later;
    flusher.requestDurable(**log, more.back().nextOffset(), [&](StorageStatus s) { later.set_value(s); });
    QVERIFY(!later.get_future().get().ok());
    QVERIFY(!(*log)->append(bytesOf(makeBatch()), 0).ok());
    QCOMPARE((*log)->durableOffset(), Offset{2});
    flusher.forget(**log);
    // Reopening recovers what the file holds.
    auto reopened = Log::open(*be->fs, be->dir(), cfg);
    VERIFY_OK(reopened);
    QVERIFY((*reopened)->nextOffset() >= Offset{2});
    QVERIFY(everythingReadable(**reopened, (*reopened)->nextOffset().value));
}

void TstStorageFaults::noSpaceIsReportedAndAppendsResumeWhenSpaceReturns()
{
    STORAGE_BACKEND();
    FaultInjectingFileSystem faulty(*be->fs);
    auto log = Log::open(faulty, be->dir(), faultConfig());
    VERIFY_OK(log);
    appendBatches(**log, 3);
    faulty.failWritesAfter(30, Fault::NoSpace);
    for (int i = 0; i < 3; ++i) {
        auto r = (*log)->append(bytesOf(makeBatch()), 0);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, StorageError::Kind::NoSpace);
    }
    QCOMPARE((*log)->nextOffset(), Offset{3});
    QVERIFY(!(*log)->failed());
    faulty.clearFaults();
    QCOMPARE(appendBatches(**log, 1).front().firstOffset, Offset{3});
    QVERIFY(everythingReadable(**log, 4));
}

void TstStorageFaults::noSpaceWhileRollingLeavesTheLogUsable()
{
    STORAGE_BACKEND();
    FaultInjectingFileSystem faulty(*be->fs);
    auto cfg = faultConfig();
    cfg.segmentBytes = 2 * makeBatch().size();
    auto log = Log::open(faulty, be->dir(), cfg);
    VERIFY_OK(log);
    appendBatches(**log, 2);
    faulty.failWritesAfter(0, Fault::NoSpace);
    auto r = (*log)->append(bytesOf(makeBatch()), 0); // needs a roll
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, StorageError::Kind::NoSpace);
    faulty.clearFaults();
    appendBatches(**log, 3);
    QCOMPARE((*log)->nextOffset(), Offset{5});
    QVERIFY(everythingReadable(**log, 5));
    VERIFY_OK((*log)->close());
    auto reopened = Log::open(*be->fs, be->dir(), cfg);
    VERIFY_OK(reopened);
    QCOMPARE((*reopened)->nextOffset(), Offset{5});
    QVERIFY(everythingReadable(**reopened, 5));
}

void TstStorageFaults::failedIndexWritesDoNotFailAppendsAndAreRepairedOnReopen()
{
    STORAGE_BACKEND();
    FaultInjectingFileSystem faulty(*be->fs);
    const auto cfg = faultConfig();
    auto log = Log::open(faulty, be->dir(), cfg);
    VERIFY_OK(log);
    appendBatches(**log, 5, {.records = 2});
    faulty.failWritesAfter(3, Fault::ShortWrite, "index"); // .index and .timeindex
    QCOMPARE(appendBatches(**log, 20, {.records = 2}).size(), std::size_t(20));
    QVERIFY(everythingReadable(**log, 50));
    faulty.clearFaults();
    VERIFY_OK((*log)->close());
    auto reopened = Log::open(*be->fs, be->dir(), cfg);
    VERIFY_OK(reopened);
    QCOMPARE((*reopened)->nextOffset(), Offset{50});
    QCOMPARE((*reopened)->segments().front().offsetIndexEntries, (*log)->segments().front().offsetIndexEntries);
    QVERIFY(everythingReadable(**reopened, 50));
}

QTEST_GUILESS_MAIN(TstStorageFaults)
#include "tst_storage_faults.moc"
