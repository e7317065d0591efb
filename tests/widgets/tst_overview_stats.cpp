// OverviewStats: totals summed from a snapshot, broker-wide rates.

#include "snapshot_script.h"

#include <models/overview_stats.h>

#include <QtTest>

using namespace warren::widgets;
using namespace warren::widgets::test;

class TestOverviewStats : public QObject
{
    Q_OBJECT

private slots:
    void totalsSumQueuesAndConnections()
    {
        BrokerSnapshot s = snapshotAt(1000);
        s.queues = {queue("/", "a", 10, 2, 1), queue("/", "b", 5, 3, 2)};
        s.exchanges = {exchange("/", ""), exchange("/", "x")};
        s.connections = {connection(1, "a:1"), connection(2, "b:2")};
        s.connections[1].channels = 3;
        const OverviewTotals t = OverviewStats::totalsOf(s);
        QCOMPARE(t.queues, 2);
        QCOMPARE(t.exchanges, 2);
        QCOMPARE(t.connections, 2);
        QCOMPARE(t.channels, 4);
        QCOMPARE(t.consumers, 3);
        QCOMPARE(t.ready, 15u);
        QCOMPARE(t.unacked, 5u);
    }

    void ratesNeedTwoSnapshots()
    {
        OverviewStats stats;
        BrokerSnapshot s = snapshotAt(1000);
        s.published = 1000;
        s.delivered = 500;
        s.acked = 400;
        stats.update(s);
        QVERIFY(!stats.hasRates());
        QCOMPARE(stats.publishRate(), 0.0);
        s.takenAtMs = 1500;
        s.published = 1100;
        s.delivered = 550;
        s.acked = 420;
        stats.update(s);
        QVERIFY(stats.hasRates());
        QCOMPARE(stats.publishRate(), 200.0);
        QCOMPARE(stats.deliverRate(), 100.0);
        QCOMPARE(stats.ackRate(), 40.0);
        QCOMPARE(stats.takenAtMs(), 1500);
    }

    void kafkaTotalsAndRates()
    {
        OverviewStats stats;
        BrokerSnapshot s = snapshotAt(1000);
        addTopic(s, "a", {1, 2, 3});
        addTopic(s, "b", {4});
        s.groups = {group("g1"), group("g2")};
        s.kafkaProduced = 1000;
        s.kafkaProducedBytes = 100'000;
        s.kafkaFetched = 10;
        s.kafkaFetchedBytes = 1000;
        stats.update(s);
        QCOMPARE(stats.totals().topics, 2);
        QCOMPARE(stats.totals().partitions, 4);
        QCOMPARE(stats.totals().consumerGroups, 2);
        QCOMPARE(stats.kafkaProduceRate(), 0.0);
        s.takenAtMs = 3000;
        s.kafkaProduced = 3000;
        s.kafkaProducedBytes = 300'000;
        s.kafkaFetched = 410;
        s.kafkaFetchedBytes = 41'000;
        stats.update(s);
        QCOMPARE(stats.kafkaProduceRate(), 1000.0);
        QCOMPARE(stats.kafkaProduceByteRate(), 100'000.0);
        QCOMPARE(stats.kafkaFetchRate(), 200.0);
        QCOMPARE(stats.kafkaFetchByteRate(), 20'000.0);
    }

    void ackAndRedeliverRatesComeFromCumulativeCounters()
    {
        // Issue 5: the Overview charts published, delivered, acknowledged
        // and redelivered msg/s.
        OverviewStats stats;
        BrokerSnapshot s = snapshotAt(1000);
        s.published = 100;
        s.delivered = 100;
        s.acked = 90;
        s.redelivered = 5;
        stats.update(s);
        QCOMPARE(stats.redeliverRate(), 0.0);
        s.takenAtMs = 3000;
        s.published = 500;
        s.delivered = 480;
        s.acked = 450;
        s.redelivered = 25;
        stats.update(s);
        QCOMPARE(stats.ackRate(), 180.0);
        QCOMPARE(stats.redeliverRate(), 10.0);
        // A restarted broker's counters start again from zero.
        s.takenAtMs = 4000;
        s.acked = 30;
        s.redelivered = 2;
        stats.update(s);
        QCOMPARE(stats.ackRate(), 30.0);
        QCOMPARE(stats.redeliverRate(), 2.0);
    }
};

QTEST_APPLESS_MAIN(TestOverviewStats)
#include "tst_overview_stats.moc"
