// RateTracker: per-second rates from cumulative samples.

#include <models/rate_tracker.h>

#include <QtTest>

using warren::widgets::RateTracker;

class TestRateTracker : public QObject
{
    Q_OBJECT

private slots:
    void rateBetweenTwoSamples_data()
    {
        QTest::addColumn<quint64>("previous");
        QTest::addColumn<qint64>("previousMs");
        QTest::addColumn<quint64>("current");
        QTest::addColumn<qint64>("currentMs");
        QTest::addColumn<double>("expected");
        QTest::newRow("steady") << quint64(100) << qint64(1000) << quint64(200) << qint64(2000) << 100.0;
        QTest::newRow("half second") << quint64(0) << qint64(0) << quint64(50) << qint64(500) << 100.0;
        QTest::newRow("idle") << quint64(7) << qint64(0) << quint64(7) << qint64(250) << 0.0;
        QTest::newRow("fractional") << quint64(0) << qint64(0) << quint64(1) << qint64(3000) << 1.0 / 3.0;
        QTest::newRow("reset counts from zero") << quint64(900) << qint64(0) << quint64(30) << qint64(1000) << 30.0;
        QTest::newRow("reset to zero") << quint64(900) << qint64(0) << quint64(0) << qint64(1000) << 0.0;
        QTest::newRow("huge counters")
            << quint64(0xFFFF'FFFF'0000'0000ull) << qint64(0) << quint64(0xFFFF'FFFF'0000'1000ull)
            << qint64(1000) << 4096.0;
    }

    void rateBetweenTwoSamples()
    {
        QFETCH(quint64, previous);
        QFETCH(qint64, previousMs);
        QFETCH(quint64, current);
        QFETCH(qint64, currentMs);
        QFETCH(double, expected);
        const auto rate = RateTracker::rateBetween(previous, previousMs, current, currentMs);
        QVERIFY(rate.has_value());
        QCOMPARE(*rate, expected);
    }

    void noRateWhenTimeDoesNotAdvance()
    {
        QVERIFY(!RateTracker::rateBetween(0, 1000, 10, 1000).has_value());
        QVERIFY(!RateTracker::rateBetween(0, 1000, 10, 900).has_value());
    }

    void firstSampleGivesNoRate()
    {
        RateTracker t;
        QVERIFY(!t.hasSample());
        t.addSample(5000, 1000);
        QVERIFY(t.hasSample());
        QVERIFY(!t.hasRate());
        QCOMPARE(t.perSecond(), 0.0);
    }

    void secondSampleGivesRate()
    {
        RateTracker t;
        t.addSample(5000, 1000);
        t.addSample(5250, 1250);
        QVERIFY(t.hasRate());
        QCOMPARE(t.perSecond(), 1000.0);
        t.addSample(5250, 1500);
        QCOMPARE(t.perSecond(), 0.0);
    }

    void counterResetIsNotANegativeRate()
    {
        RateTracker t;
        t.addSample(1'000'000, 0);
        t.addSample(20, 1000); // the queue was re-declared
        QCOMPARE(t.perSecond(), 20.0);
        t.addSample(120, 2000);
        QCOMPARE(t.perSecond(), 100.0);
    }

    void repeatedSnapshotIsIgnored()
    {
        RateTracker t;
        t.addSample(0, 0);
        t.addSample(100, 1000);
        t.addSample(150, 1000); // same time: ignored, rate and baseline kept
        QCOMPARE(t.perSecond(), 100.0);
        t.addSample(200, 2000);
        QCOMPARE(t.perSecond(), 100.0);
    }

    void clockSteppingBackRebasesAndKeepsRate()
    {
        RateTracker t;
        t.addSample(0, 10'000);
        t.addSample(100, 11'000);
        t.addSample(150, 5'000); // wall clock stepped back
        QCOMPARE(t.perSecond(), 100.0);
        t.addSample(250, 6'000);
        QCOMPARE(t.perSecond(), 100.0);
    }

    void resetForgetsEverything()
    {
        RateTracker t;
        t.addSample(0, 0);
        t.addSample(10, 1000);
        t.reset();
        QVERIFY(!t.hasSample());
        QVERIFY(!t.hasRate());
        QCOMPARE(t.perSecond(), 0.0);
    }
};

QTEST_APPLESS_MAIN(TestRateTracker)
#include "tst_rate_tracker.moc"
