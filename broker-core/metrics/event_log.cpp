#include "metrics/event_log.h"

#include <algorithm>
#include <chrono>

namespace warren::metrics {

EventLog::EventLog(std::size_t capacity) : m_capacity(std::max<std::size_t>(1, capacity)) {}

void EventLog::append(EventKind kind, std::string text)
{
    const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count();
    appendAt(now, kind, std::move(text));
}

void EventLog::appendAt(std::int64_t timeMs, EventKind kind, std::string text)
{
    std::lock_guard lock(m_mutex);
    const std::uint64_t seq = ++m_lastSeq;
    Event e{seq, timeMs, kind, std::move(text)};
    if (m_ring.size() < m_capacity)
        m_ring.push_back(std::move(e));
    else
        m_ring[std::size_t((seq - 1) % m_capacity)] = std::move(e);
}

std::vector<Event> EventLog::since(std::uint64_t afterSeq, std::size_t max) const
{
    std::lock_guard lock(m_mutex);
    std::vector<Event> out;
    if (m_lastSeq == 0 || afterSeq >= m_lastSeq || max == 0)
        return out;
    const std::uint64_t oldestHeld = m_lastSeq - m_ring.size() + 1;
    std::uint64_t first = std::max(oldestHeld, afterSeq + 1);
    if (m_lastSeq - first + 1 > max)
        first = m_lastSeq - max + 1;
    out.reserve(std::size_t(m_lastSeq - first + 1));
    for (std::uint64_t s = first; s <= m_lastSeq; ++s)
        out.push_back(m_ring[std::size_t((s - 1) % m_capacity)]);
    return out;
}

std::uint64_t EventLog::lastSeq() const
{
    std::lock_guard lock(m_mutex);
    return m_lastSeq;
}

std::size_t EventLog::size() const
{
    std::lock_guard lock(m_mutex);
    return m_ring.size();
}

} // namespace warren::metrics
