#include "rate_tracker.h"

namespace warren::widgets {

std::optional<double> RateTracker::rateBetween(quint64 previous, qint64 previousMs,
                                               quint64 current, qint64 currentMs)
{
    if (currentMs <= previousMs)
        return std::nullopt;
    const quint64 increase = current >= previous ? current - previous : current;
    return double(increase) * 1000.0 / double(currentMs - previousMs);
}

void RateTracker::addSample(quint64 value, qint64 atMs)
{
    if (m_hasSample) {
        if (atMs == m_lastMs)
            return;
        if (const auto rate = rateBetween(m_lastValue, m_lastMs, value, atMs)) {
            m_rate = *rate;
            m_hasRate = true;
        }
    }
    m_lastValue = value;
    m_lastMs = atMs;
    m_hasSample = true;
}

} // namespace warren::widgets
