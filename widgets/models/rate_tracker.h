#pragma once
// RateTracker: per-second rate of one cumulative counter, derived from
// consecutive samples (value, time). Plain value type with no Qt objects, so
// the maths is testable alone; owned by whoever samples it (in the GUI: the
// table models and OverviewStats, on the GUI thread). Not thread-safe.

#include <QtGlobal>

#include <optional>

namespace warren::widgets {

class RateTracker
{
public:
    /// Rate in units per second between two cumulative samples. A counter that
    /// went down was reset (queue re-declared, broker restarted): the current
    /// value is then taken as counted from zero since the previous sample.
    /// No rate when the time did not advance.
    static std::optional<double> rateBetween(quint64 previous, qint64 previousMs,
                                             quint64 current, qint64 currentMs);

    /// Feeds a sample taken at atMs (epoch milliseconds). The first sample only
    /// sets the baseline. A sample at the same time as the last is ignored (a
    /// repeated snapshot); one from an earlier time (the wall clock stepped
    /// back) becomes the new baseline and keeps the last rate.
    void addSample(quint64 value, qint64 atMs);

    /// The latest rate per second; 0 until two samples have been seen.
    double perSecond() const { return m_rate; }
    bool hasRate() const { return m_hasRate; }
    bool hasSample() const { return m_hasSample; }
    void reset() { *this = RateTracker(); }

private:
    quint64 m_lastValue = 0;
    qint64 m_lastMs = 0;
    double m_rate = 0.0;
    bool m_hasSample = false;
    bool m_hasRate = false;
};

} // namespace warren::widgets
