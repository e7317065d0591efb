// LagHistory: per-group ring buffers of total lag, bounded by count and by
// time, fed from snapshots.

#include "snapshot_script.h"

#include <models/lag_history.h>

#include <QtTest>

using namespace warren::widgets;
using namespace warren::widgets::test;
using Point = LagHistory::Point;

class TestLagHistory : public QObject
{
    Q_OBJECT

private:
    static std::vector<qint64> lags(const LagHistory &h, const QString &group)
    {
        std::vector<qint64> out;
        for (const Point &p : h.points(group))
            out.push_back(p.lag);
        return out;
    }

private slots:
    void unknownGroupIsEmpty()
    {
        LagHistory h;
        QVERIFY(h.points("nope").empty());
        QCOMPARE(h.pointCount("nope"), 0);
        QVERIFY(!h.latest("nope"));
        QCOMPARE(h.peak("nope"), 0);
        QCOMPARE(h.trendPerSecond("nope"), 0.0);
        QCOMPARE(h.groupCount(), 0);
    }

    void pointsComeBackOldestFirst()
    {
        LagHistory h;
        h.add("g", 1000, 5);
        h.add("g", 2000, 7);
        h.add("g", 3000, 4);
        const std::vector<Point> expected{{1000, 5}, {2000, 7}, {3000, 4}};
        QCOMPARE(h.points("g"), expected);
        QCOMPARE(h.latest("g")->lag, 4);
        QCOMPARE(h.peak("g"), 7);
    }

    void capacityOverwritesTheOldest()
    {
        LagHistory h(4, 1'000'000);
        for (int i = 0; i < 11; ++i)
            h.add("g", 1000 + i * 100, i);
        QCOMPARE(h.pointCount("g"), 4);
        QCOMPARE(lags(h, "g"), (std::vector<qint64>{7, 8, 9, 10}));
        QCOMPARE(h.peak("g"), 10);
    }

    void windowDropsOldPoints()
    {
        LagHistory h(100, 10'000);
        for (int i = 0; i <= 30; ++i)
            h.add("g", qint64(i) * 1000, i);
        // Newest at 30 s: points from 20 s on remain (11 of them).
        QCOMPARE(h.pointCount("g"), 11);
        QCOMPARE(h.points("g").front().atMs, 20'000);
        // A gap longer than the window leaves only the new point.
        h.add("g", 100'000, 3);
        QCOMPARE(lags(h, "g"), (std::vector<qint64>{3}));
    }

    void trimmingAndWrappingTogether()
    {
        // Capacity and window both bite, with the ring wrapped: check order.
        LagHistory h(5, 3000);
        for (qint64 t = 0; t <= 7000; t += 1000)
            h.add("g", t, t);
        QCOMPARE(lags(h, "g"), (std::vector<qint64>{4000, 5000, 6000, 7000}));
        for (qint64 t : {7250, 7500, 7750})
            h.add("g", t, t);
        // 7750 trims nothing (4750 is the oldest allowed) and overwrites 5000.
        QCOMPARE(lags(h, "g"), (std::vector<qint64>{6000, 7000, 7250, 7500, 7750}));
        h.add("g", 9500, 9500); // trims below 6500
        QCOMPARE(lags(h, "g"), (std::vector<qint64>{7000, 7250, 7500, 7750, 9500}));
    }

    void repeatedTimeIsIgnoredEarlierTimeStartsOver()
    {
        LagHistory h;
        h.add("g", 1000, 5);
        h.add("g", 2000, 6);
        h.add("g", 2000, 99); // a repeated snapshot
        QCOMPARE(lags(h, "g"), (std::vector<qint64>{5, 6}));
        h.add("g", 500, 1); // the clock stepped back
        QCOMPARE(h.points("g"), (std::vector<Point>{{500, 1}}));
    }

    void negativeLagCountsAsZero()
    {
        LagHistory h;
        h.add("g", 1000, -1);
        QCOMPARE(h.latest("g")->lag, 0);
    }

    void trendIsChangePerSecondAcrossTheWindow()
    {
        LagHistory h;
        h.add("g", 10'000, 100);
        QCOMPARE(h.trendPerSecond("g"), 0.0);
        h.add("g", 12'000, 150);
        h.add("g", 14'000, 300);
        QCOMPARE(h.trendPerSecond("g"), 50.0); // +200 in 4 s
        h.add("g", 18'000, 0);
        QCOMPARE(h.trendPerSecond("g"), -12.5); // −100 in 8 s
    }

    void updateFollowsTheSnapshotsGroups()
    {
        LagHistory h;
        BrokerSnapshot s = snapshotAt(1000);
        s.groups = {group("a", {}, {offset("t", 0, 5, 10)}), group("b", {}, {offset("t", 0, 1, 10)})};
        h.update(s);
        QCOMPARE(h.groupCount(), 2);
        QCOMPARE(h.latest("a")->lag, 5);
        QCOMPARE(h.latest("b")->lag, 9);
        QCOMPARE(h.latest("b")->atMs, 1000);

        s.takenAtMs = 1250;
        s.groups = {group("a", {}, {offset("t", 0, 8, 10)}), group("c")};
        h.update(s);
        QCOMPARE(h.groupCount(), 2); // b forgotten, c added
        QVERIFY(!h.contains("b"));
        QCOMPARE(lags(h, "a"), (std::vector<qint64>{5, 2}));
        QCOMPARE(lags(h, "c"), (std::vector<qint64>{0}));
    }

    void defaultHoldsFiveMinutesAtFourPerSecond()
    {
        LagHistory h;
        QCOMPARE(h.windowMs(), 300'000);
        for (int i = 0; i < 2000; ++i)
            h.add("g", qint64(i) * 250, i);
        QCOMPARE(h.pointCount("g"), LagHistory::DefaultCapacity);
        const std::vector<Point> points = h.points("g");
        QCOMPARE(points.back().atMs - points.front().atMs, 300'000 - 250);
        for (size_t i = 1; i < points.size(); ++i)
            QVERIFY(points[i].atMs > points[i - 1].atMs);
    }
};

QTEST_APPLESS_MAIN(TestLagHistory)
#include "tst_lag_history.moc"
