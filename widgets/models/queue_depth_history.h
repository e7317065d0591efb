#pragma once
// QueueDepthHistory: each AMQP queue's ready and unacked counts over the last
// few minutes, one bounded ring buffer per queue (keyed by vhost + name), fed
// from successive snapshots. It stores changes only: a point is added when a
// count changes, at most one per `resolutionMs` (a later change in the same
// interval overwrites the newest point), and the time of the newest snapshot
// is kept apart, so an idle queue costs one point however long it idles. A
// plot draws the points as steps up to lastSeenMs(). Plain class (no
// widgets), owned by QueuesPage and read by its DepthChart on the GUI thread.
// Not thread-safe.

#include <QHash>
#include <QPair>
#include <QString>
#include <QtGlobal>

#include <optional>
#include <vector>

namespace warren::metrics {
struct BrokerSnapshot;
}

namespace warren::widgets {

class QueueDepthHistory
{
public:
    using Key = QPair<QString, QString>; ///< vhost, queue name

    struct Point {
        qint64 atMs = 0; ///< epoch milliseconds the counts took these values
        quint64 ready = 0;
        quint64 unacked = 0;
        bool operator==(const Point &) const = default;
    };

    /// Five minutes, one point per second at most.
    static constexpr int DefaultCapacity = 320;
    static constexpr qint64 DefaultWindowMs = 300'000;
    static constexpr qint64 DefaultResolutionMs = 1000;

    explicit QueueDepthHistory(int capacity = DefaultCapacity, qint64 windowMs = DefaultWindowMs,
                               qint64 resolutionMs = DefaultResolutionMs);

    /// Adds every queue's counts at the snapshot's time and forgets the
    /// queues the snapshot no longer has.
    void update(const metrics::BrokerSnapshot &snapshot);

    /// Adds the counts of one queue at `atMs`. A sample at the newest time is
    /// ignored (a repeated snapshot); one from an earlier time (the wall
    /// clock stepped back) starts the queue over.
    void add(const Key &queue, qint64 atMs, quint64 ready, quint64 unacked);
    void forget(const Key &queue) { m_queues.remove(queue); }
    void clear() { m_queues.clear(); }

    /// The stored points, oldest first; the first may be older than the
    /// window (it holds the counts at the window's start). Empty when unknown.
    std::vector<Point> points(const Key &queue) const;
    int pointCount(const Key &queue) const;
    std::optional<Point> latest(const Key &queue) const;
    /// Time of the newest sample (0 when unknown).
    qint64 lastSeenMs(const Key &queue) const;
    /// Largest ready + unacked held for the queue; 0 when none.
    quint64 peakTotal(const Key &queue) const;

    bool contains(const Key &queue) const { return m_queues.contains(queue); }
    int queueCount() const { return int(m_queues.size()); }
    int capacity() const { return m_capacity; }
    qint64 windowMs() const { return m_windowMs; }

private:
    /// Points in [start, start + count) modulo buf.size(); buf grows up to
    /// the capacity, then the oldest point is overwritten.
    struct Ring {
        std::vector<Point> buf;
        int start = 0;
        int count = 0;
        qint64 lastSeenMs = 0;

        Point &at(int i) { return buf[size_t((start + i) % int(buf.size()))]; }
        const Point &at(int i) const { return buf[size_t((start + i) % int(buf.size()))]; }
        Point &back() { return at(count - 1); }
        const Point &back() const { return at(count - 1); }
        void push(const Point &p, int capacity);
        void popFront();
    };

    int m_capacity;
    qint64 m_windowMs;
    qint64 m_resolutionMs;
    QHash<Key, Ring> m_queues;
};

} // namespace warren::widgets
