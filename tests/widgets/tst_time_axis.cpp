// The charts' time axis: a young chart fills from the left, an old one
// shows the last window.

#include <plots/time_axis.h>

#include <QtTest>

using namespace warren::widgets;

class TestTimeAxis : public QObject
{
    Q_OBJECT

private slots:
    void youngDataStartsAtTheLeftEdgeWithAMinuteOfRoom()
    {
        const TimeAxisRange r = timeAxisRange(1000.0, 1012.0, 300.0);
        QCOMPARE(r.lower, 1000.0);
        QCOMPARE(r.upper, 1060.0);
    }

    void dataOlderThanAMinuteStretchesToTheNewestPoint()
    {
        const TimeAxisRange r = timeAxisRange(1000.0, 1200.0, 300.0);
        QCOMPARE(r.lower, 1000.0);
        QCOMPARE(r.upper, 1200.0);
    }

    void dataOlderThanTheWindowShowsTheLastWindow()
    {
        const TimeAxisRange r = timeAxisRange(1000.0, 1500.0, 300.0);
        QCOMPARE(r.lower, 1200.0);
        QCOMPARE(r.upper, 1500.0);
    }

    void aMinimumAsLongAsTheWindowMeansAFixedWindow()
    {
        const TimeAxisRange r = timeAxisRange(1000.0, 1010.0, 60.0, 60.0);
        QCOMPARE(r.lower, 950.0);
        QCOMPARE(r.upper, 1010.0);
    }
};

QTEST_APPLESS_MAIN(TestTimeAxis)
#include "tst_time_axis.moc"
