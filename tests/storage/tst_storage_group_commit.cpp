// Group commit: many requesters on several logs share fsyncs; policies;
// errors reach every waiter. Every test runs on both backends.
#include "storage_test_util.h"

#include "storage/fault_injecting_file_system.h"
#include "storage/group_commit.h"

#include <QTest>

#include <atomic>
#include <condition_variable>
#include <future>
#include <thread>

using namespace warren::storage;
using namespace warren::storage::test;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(warren::storage::DurabilityPolicy)

namespace {

/// Counts down; wait() returns false on timeout.
class Latch {
public:
    explicit Latch(int n) : m_n(n) {}
    void countDown()
    {
        std::lock_guard l(m_m);
        if (--m_n == 0)
            m_cv.notify_all();
    }
    bool wait(std::chrono::milliseconds timeout)
    {
        std::unique_lock l(m_m);
        return m_cv.wait_for(l, timeout, [&] { return m_n <= 0; });
    }

private:
    std::mutex m_m;
    std::condition_variable m_cv;
    int m_n;
};

} // namespace

class TstStorageGroupCommit : public QObject {
    Q_OBJECT
private slots:
    void initTestCase_data() { addBackendRows(); }

    void concurrentRequestersOnSeveralLogsShareFlushes_data();
    void concurrentRequestersOnSeveralLogsShareFlushes();
    void neverPolicyAcknowledgesWithoutSyncing();
    void intervalPolicyBatchesRequestsWithinOneInterval();
    void fsyncFailureReachesEveryWaiterOfThatLogOnly();
    void requestBeyondTheLogEndIsOutOfRange();
    void forgetFailsPendingRequestsOfThatLog();
    void stopCompletesPendingRequestsAndRefusesNewOnes();
};

void TstStorageGroupCommit::concurrentRequestersOnSeveralLogsShareFlushes_data()
{
    QTest::addColumn<DurabilityPolicy>("policy");
    QTest::newRow("always") << DurabilityPolicy::Always;
    QTest::newRow("interval 5 ms") << DurabilityPolicy::Interval;
}

void TstStorageGroupCommit::concurrentRequestersOnSeveralLogsShareFlushes()
{
    STORAGE_BACKEND();
    QFETCH(DurabilityPolicy, policy);
    FaultInjectingFileSystem counting(*be->fs);
    counting.setSyncDelay(1ms); // a disk whose fsync costs something
    constexpr int kLogs = 3, kThreads = 8, kPerThread = 40;
    std::vector<std::unique_ptr<Log>> logs;
    for (int i = 0; i < kLogs; ++i) {
        auto log = Log::open(counting, be->dir("log" + std::to_string(i)), smallConfig());
        VERIFY_OK(log);
        logs.push_back(std::move(log.value()));
    }
    counting.resetCounters();
    Flusher flusher({policy, 5ms});
    std::atomic<int> errors{0}, notYetDurable{0}, completed{0};
    auto producer = [&](int t) {
        Log &log = *logs[std::size_t(t % kLogs)];
        for (int i = 0; i < kPerThread; ++i) {
            auto r = log.append(bytesOf(makeBatch({.records = 2})), 0);
            if (!r.ok()) {
                ++errors;
                continue;
            }
            // Like a producer with acks: wait for this batch before the next.
            std::promise<void> acked;
            const Offset upTo = r->nextOffset();
            flusher.requestDurable(log, upTo, [&, upTo](StorageStatus st) {
                if (!st.ok())
                    ++errors;
                if (log.durableOffset() < upTo)
                    ++notYetDurable;
                ++completed;
                acked.set_value();
            });
            acked.get_future().wait();
        }
    };
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
        threads.emplace_back(producer, t);
    for (auto &t : threads)
        t.join();
    QCOMPARE(errors.load(), 0);
    QCOMPARE(notYetDurable.load(), 0);
    QCOMPARE(completed.load(), kThreads * kPerThread);
    for (auto &log : logs)
        QCOMPARE(log->durableOffset(), log->nextOffset());
    const auto requests = std::uint64_t(kThreads * kPerThread);
    qDebug("%s: %llu requests, %llu passes, %llu log syncs, %llu file fsyncs", qPrintable(backend),
           (unsigned long long)requests, (unsigned long long)flusher.passes(), (unsigned long long)flusher.logSyncs(),
           (unsigned long long)counting.syncCalls());
    // Each pass serves every waiting producer: far fewer syncs than requests.
    QVERIFY(flusher.logSyncs() <= requests / 2);
    QVERIFY(flusher.passes() < requests / 2);
}

void TstStorageGroupCommit::neverPolicyAcknowledgesWithoutSyncing()
{
    STORAGE_BACKEND();
    FaultInjectingFileSystem counting(*be->fs);
    auto log = Log::open(counting, be->dir(), smallConfig());
    VERIFY_OK(log);
    counting.resetCounters();
    Flusher flusher({DurabilityPolicy::Never});
    Latch latch(50);
    std::atomic<int> errors{0};
    for (int i = 0; i < 50; ++i) {
        auto r = appendBatches(**log, 1);
        flusher.requestDurable(**log, r.front().nextOffset(), [&](StorageStatus st) {
            if (!st.ok())
                ++errors;
            latch.countDown();
        });
    }
    QVERIFY(latch.wait(10s));
    QCOMPARE(errors.load(), 0);
    QCOMPARE(counting.syncCalls(), std::uint64_t(0));
    QCOMPARE((*log)->durableOffset(), Offset{0});
}

void TstStorageGroupCommit::intervalPolicyBatchesRequestsWithinOneInterval()
{
    STORAGE_BACKEND();
    auto log = Log::open(*be->fs, be->dir(), smallConfig());
    VERIFY_OK(log);
    Flusher flusher({DurabilityPolicy::Interval, 200ms});
    std::this_thread::sleep_for(10ms);
    Latch latch(30);
    for (int i = 0; i < 30; ++i) { // well inside one 200 ms interval
        auto r = appendBatches(**log, 1);
        flusher.requestDurable(**log, r.front().nextOffset(), [&](StorageStatus) { latch.countDown(); });
    }
    QVERIFY(latch.wait(10s));
    QVERIFY(flusher.passes() <= 2);
    QVERIFY(flusher.logSyncs() <= 2);
    QCOMPARE((*log)->durableOffset(), Offset{30});
}

void TstStorageGroupCommit::fsyncFailureReachesEveryWaiterOfThatLogOnly()
{
    STORAGE_BACKEND();
    FaultInjectingFileSystem faulty(*be->fs);
    auto bad = Log::open(faulty, be->dir("bad"), smallConfig());
    auto good = Log::open(faulty, be->dir("good"), smallConfig());
    VERIFY_OK(bad);
    VERIFY_OK(good);
    faulty.failSyncs(-1, "/bad/");
    Flusher flusher({DurabilityPolicy::Interval, 100ms});
    std::atomic<int> badErrors{0}, goodOk{0};
    Latch latch(20);
    for (int i = 0; i < 10; ++i) {
        auto b = appendBatches(**bad, 1);
        flusher.requestDurable(**bad, b.front().nextOffset(), [&](StorageStatus st) {
            badErrors += st.ok() ? 0 : 1;
            latch.countDown();
        });
        auto g = appendBatches(**good, 1);
        flusher.requestDurable(**good, g.front().nextOffset(), [&](StorageStatus st) {
            goodOk += st.ok() ? 1 : 0;
            latch.countDown();
        });
    }
    QVERIFY(latch.wait(10s));
    QCOMPARE(badErrors.load(), 10);
    QCOMPARE(goodOk.load(), 10);
    QCOMPARE((*bad)->durableOffset(), Offset{0});
    QCOMPARE((*good)->durableOffset(), Offset{10});
    flusher.forget(**bad);
}

void TstStorageGroupCommit::requestBeyondTheLogEndIsOutOfRange()
{
    STORAGE_BACKEND();
    auto log = Log::open(*be->fs, be->dir(), smallConfig());
    VERIFY_OK(log);
    appendBatches(**log, 2);
    Flusher flusher({DurabilityPolicy::Always});
    std::promise<StorageStatus> p;
    flusher.requestDurable(**log, Offset{10}, [&](StorageStatus st) { p.set_value(st); });
    auto st = p.get_future().get();
    QVERIFY(!st.ok());
    QCOMPARE(st.error().kind, StorageError::Kind::OutOfRange);
    QCOMPARE((*log)->durableOffset(), Offset{2});
}

void TstStorageGroupCommit::forgetFailsPendingRequestsOfThatLog()
{
    STORAGE_BACKEND();
    auto log = Log::open(*be->fs, be->dir(), smallConfig());
    VERIFY_OK(log);
    Flusher flusher({DurabilityPolicy::Interval, std::chrono::milliseconds(60'000)});
    // The flusher waits for its first interval... but a pass may already be
    // due; either way forget() leaves no request behind.
    auto r = appendBatches(**log, 1);
    std::promise<StorageStatus> p;
    std::this_thread::sleep_for(20ms);
    flusher.requestDurable(**log, r.front().nextOffset(), [&](StorageStatus st) { p.set_value(st); });
    flusher.forget(**log);
    auto f = p.get_future();
    QCOMPARE(f.wait_for(0s), std::future_status::ready);
    QVERIFY(!f.get().ok());
}

void TstStorageGroupCommit::stopCompletesPendingRequestsAndRefusesNewOnes()
{
    STORAGE_BACKEND();
    auto log = Log::open(*be->fs, be->dir(), smallConfig());
    VERIFY_OK(log);
    Flusher flusher({DurabilityPolicy::Interval, std::chrono::milliseconds(60'000)});
    std::this_thread::sleep_for(20ms);
    auto r = appendBatches(**log, 3);
    std::atomic<int> ok{0};
    for (const auto &a : r)
        flusher.requestDurable(**log, a.nextOffset(), [&](StorageStatus st) { ok += st.ok(); });
    flusher.stop(); // does not wait a minute: stopping flushes at once
    QCOMPARE(ok.load(), 3);
    QCOMPARE((*log)->durableOffset(), Offset{3});
    bool refused = false;
    flusher.requestDurable(**log, Offset{3}, [&](StorageStatus st) { refused = !st.ok(); });
    QVERIFY(refused);
}

QTEST_GUILESS_MAIN(TstStorageGroupCommit)
#include "tst_storage_group_commit.moc"
