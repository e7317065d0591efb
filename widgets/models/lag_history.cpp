#include "lag_history.h"

#include <QMetaType> // broker_snapshot.h uses Q_DECLARE_METATYPE without including it
#include <QSet>
#include <metrics/broker_snapshot.h>

#include <algorithm>

namespace warren::widgets {

void LagHistory::Ring::push(const Point &p, int capacity)
{
    const int n = int(buf.size());
    if (count < n) {
        buf[size_t((start + count) % n)] = p;
        ++count;
    } else if (n < capacity) {
        std::rotate(buf.begin(), buf.begin() + start, buf.end()); // make it contiguous, then grow
        start = 0;
        buf.push_back(p);
        ++count;
    } else { // full: overwrite the oldest
        buf[size_t(start)] = p;
        start = (start + 1) % n;
    }
}

void LagHistory::Ring::popFront()
{
    start = (start + 1) % int(buf.size());
    --count;
}

LagHistory::LagHistory(int capacity, qint64 windowMs)
    : m_capacity(qMax(1, capacity))
    , m_windowMs(qMax<qint64>(1, windowMs))
{
}

void LagHistory::update(const metrics::BrokerSnapshot &snapshot)
{
    QSet<QString> present;
    present.reserve(qsizetype(snapshot.groups.size()));
    for (const auto &g : snapshot.groups) {
        add(g.groupId, snapshot.takenAtMs, g.totalLag);
        present.insert(g.groupId);
    }
    for (auto it = m_groups.begin(); it != m_groups.end();) {
        if (present.contains(it.key()))
            ++it;
        else
            it = m_groups.erase(it);
    }
}

void LagHistory::add(const QString &group, qint64 atMs, qint64 lag)
{
    Ring &ring = m_groups[group];
    if (ring.count > 0) {
        const qint64 newest = ring.back().atMs;
        if (atMs == newest)
            return;
        if (atMs < newest)
            ring = Ring{};
    }
    ring.push({atMs, qMax<qint64>(0, lag)}, m_capacity);
    while (ring.count > 1 && ring.front().atMs < atMs - m_windowMs)
        ring.popFront();
}

std::vector<LagHistory::Point> LagHistory::points(const QString &group) const
{
    std::vector<Point> out;
    const auto it = m_groups.constFind(group);
    if (it == m_groups.cend())
        return out;
    out.reserve(size_t(it->count));
    for (int i = 0; i < it->count; ++i)
        out.push_back(it->at(i));
    return out;
}

int LagHistory::pointCount(const QString &group) const
{
    const auto it = m_groups.constFind(group);
    return it == m_groups.cend() ? 0 : it->count;
}

std::optional<LagHistory::Point> LagHistory::latest(const QString &group) const
{
    const auto it = m_groups.constFind(group);
    if (it == m_groups.cend() || it->count == 0)
        return std::nullopt;
    return it->back();
}

qint64 LagHistory::peak(const QString &group) const
{
    const auto it = m_groups.constFind(group);
    qint64 top = 0;
    if (it != m_groups.cend()) {
        for (int i = 0; i < it->count; ++i)
            top = qMax(top, it->at(i).lag);
    }
    return top;
}

double LagHistory::trendPerSecond(const QString &group) const
{
    const auto it = m_groups.constFind(group);
    if (it == m_groups.cend() || it->count < 2)
        return 0.0;
    const Point &first = it->front();
    const Point &last = it->back();
    return double(last.lag - first.lag) * 1000.0 / double(last.atMs - first.atMs);
}

} // namespace warren::widgets
