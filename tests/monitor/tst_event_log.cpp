// EventLog: the bounded ring buffer of broker events — bounds, sequence
// numbers, "since" reads across the wrap, and appends from many threads.

#include "metrics/event_log.h"

#include <QtTest>

#include <thread>
#include <vector>

using warren::metrics::Event;
using warren::metrics::EventKind;
using warren::metrics::EventLog;

class TestEventLog : public QObject {
    Q_OBJECT

private slots:
    void emptyLogHasNothing()
    {
        EventLog log(4);
        QCOMPARE(log.lastSeq(), quint64(0));
        QCOMPARE(log.size(), size_t(0));
        QVERIFY(log.since(0).empty());
        QVERIFY(log.newest(10).empty());
    }

    void keepsTheNewestCapacityEvents()
    {
        EventLog log(4);
        for (int i = 1; i <= 10; ++i)
            log.appendAt(1000 + i, EventKind::Queue, "event " + std::to_string(i));
        QCOMPARE(log.size(), size_t(4));
        QCOMPARE(log.lastSeq(), quint64(10));
        const auto all = log.since(0);
        QCOMPARE(all.size(), size_t(4));
        for (std::size_t i = 0; i < all.size(); ++i) {
            QCOMPARE(all[i].seq, quint64(7 + i));
            QCOMPARE(all[i].text, "event " + std::to_string(7 + i));
            QCOMPARE(all[i].timeMs, std::int64_t(1007 + i));
        }
    }

    void sinceReturnsOnlyNewerEventsOldestFirst()
    {
        EventLog log(8);
        for (int i = 1; i <= 13; ++i) // wraps once
            log.appendAt(i, EventKind::Connection, std::to_string(i));
        auto after10 = log.since(10);
        QCOMPARE(after10.size(), size_t(3));
        QCOMPARE(after10.front().seq, quint64(11));
        QCOMPARE(after10.back().seq, quint64(13));
        QVERIFY(log.since(13).empty());
        QVERIFY(log.since(99).empty());
        // Asking for what fell out of the ring gives what is still there.
        auto after2 = log.since(2);
        QCOMPARE(after2.size(), size_t(8));
        QCOMPARE(after2.front().seq, quint64(6));
    }

    void maxKeepsTheNewest()
    {
        EventLog log(100);
        for (int i = 1; i <= 50; ++i)
            log.append(EventKind::Binding, std::to_string(i));
        const auto three = log.newest(3);
        QCOMPARE(three.size(), size_t(3));
        QCOMPARE(three[0].seq, quint64(48));
        QCOMPARE(three[2].seq, quint64(50));
        QCOMPARE(three[2].kind, EventKind::Binding);
        QVERIFY(three[2].timeMs > 1600000000000); // wall clock, epoch ms
        QCOMPARE(log.since(45, 2).front().seq, quint64(49));
    }

    void appendsFromManyThreadsAreAllNumbered()
    {
        EventLog log(1000);
        std::vector<std::thread> threads;
        for (int t = 0; t < 8; ++t)
            threads.emplace_back([&log, t] {
                for (int i = 0; i < 500; ++i)
                    log.append(EventKind::Connection, std::to_string(t) + ":" + std::to_string(i));
            });
        for (auto &th : threads)
            th.join();
        QCOMPARE(log.lastSeq(), quint64(4000));
        QCOMPARE(log.size(), size_t(1000));
        const auto held = log.since(0);
        for (std::size_t i = 1; i < held.size(); ++i)
            QCOMPARE(held[i].seq, held[i - 1].seq + 1);
    }

    void kindNamesAreStable()
    {
        QCOMPARE(QByteArray(warren::metrics::eventKindName(EventKind::ProtocolError)), QByteArray("protocol-error"));
        QCOMPARE(QByteArray(warren::metrics::eventKindName(EventKind::ConsumerGroup)), QByteArray("consumer-group"));
    }
};

QTEST_GUILESS_MAIN(TestEventLog)
#include "tst_event_log.moc"
