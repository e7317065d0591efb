#include "queue_depth_history.h"

#include <QMetaType> // broker_snapshot.h uses Q_DECLARE_METATYPE without including it
#include <QSet>
#include <metrics/broker_snapshot.h>

#include <algorithm>

namespace warren::widgets {

void QueueDepthHistory::Ring::push(const Point &p, int capacity)
{
    const int n = int(buf.size());
    if (count < n) {
        buf[size_t((start + count) % n)] = p;
        ++count;
    } else if (n < capacity) {
        std::rotate(buf.begin(), buf.begin() + start, buf.end()); // contiguous, then grow
        start = 0;
        buf.push_back(p);
        ++count;
    } else { // full: overwrite the oldest
        buf[size_t(start)] = p;
        start = (start + 1) % n;
    }
}

void QueueDepthHistory::Ring::popFront()
{
    start = (start + 1) % int(buf.size());
    --count;
}

QueueDepthHistory::QueueDepthHistory(int capacity, qint64 windowMs, qint64 resolutionMs)
    : m_capacity(qMax(2, capacity))
    , m_windowMs(qMax<qint64>(1, windowMs))
    , m_resolutionMs(qMax<qint64>(0, resolutionMs))
{
}

void QueueDepthHistory::update(const metrics::BrokerSnapshot &snapshot)
{
    QSet<Key> present;
    present.reserve(qsizetype(snapshot.queues.size()));
    for (const auto &q : snapshot.queues) {
        const Key key{q.vhost, q.name};
        add(key, snapshot.takenAtMs, q.ready, q.unacked);
        present.insert(key);
    }
    for (auto it = m_queues.begin(); it != m_queues.end();) {
        if (present.contains(it.key()))
            ++it;
        else
            it = m_queues.erase(it);
    }
}

void QueueDepthHistory::add(const Key &queue, qint64 atMs, quint64 ready, quint64 unacked)
{
    Ring &ring = m_queues[queue];
    if (ring.count > 0) {
        if (atMs == ring.lastSeenMs)
            return;
        if (atMs < ring.lastSeenMs)
            ring = Ring{};
    }
    ring.lastSeenMs = atMs;
    if (ring.count > 0) {
        Point &newest = ring.back();
        if (newest.ready == ready && newest.unacked == unacked)
            return; // unchanged: the newest point still holds
        // A change soon after the previous one replaces it (the first point
        // stays: it anchors the window's start).
        if (ring.count > 1 && atMs - newest.atMs < m_resolutionMs) {
            newest.ready = ready;
            newest.unacked = unacked;
            return;
        }
    }
    ring.push({atMs, ready, unacked}, m_capacity);
    // Drop points wholly before the window: keep the last one at or before
    // its start, which gives the counts there.
    while (ring.count > 1 && ring.at(1).atMs <= atMs - m_windowMs)
        ring.popFront();
}

std::vector<QueueDepthHistory::Point> QueueDepthHistory::points(const Key &queue) const
{
    std::vector<Point> out;
    const auto it = m_queues.constFind(queue);
    if (it == m_queues.cend())
        return out;
    out.reserve(size_t(it->count));
    for (int i = 0; i < it->count; ++i)
        out.push_back(it->at(i));
    return out;
}

int QueueDepthHistory::pointCount(const Key &queue) const
{
    const auto it = m_queues.constFind(queue);
    return it == m_queues.cend() ? 0 : it->count;
}

std::optional<QueueDepthHistory::Point> QueueDepthHistory::latest(const Key &queue) const
{
    const auto it = m_queues.constFind(queue);
    if (it == m_queues.cend() || it->count == 0)
        return std::nullopt;
    return it->back();
}

qint64 QueueDepthHistory::lastSeenMs(const Key &queue) const
{
    const auto it = m_queues.constFind(queue);
    return it == m_queues.cend() ? 0 : it->lastSeenMs;
}

quint64 QueueDepthHistory::peakTotal(const Key &queue) const
{
    const auto it = m_queues.constFind(queue);
    quint64 top = 0;
    if (it != m_queues.cend()) {
        for (int i = 0; i < it->count; ++i)
            top = qMax(top, it->at(i).ready + it->at(i).unacked);
    }
    return top;
}

} // namespace warren::widgets
