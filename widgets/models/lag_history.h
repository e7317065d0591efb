#pragma once
// LagHistory: the total lag of each Kafka consumer group over the last few
// minutes, one bounded ring buffer per group, fed from successive snapshots.
// Plain class (no widgets) so the maths is testable alone; owned by the
// Consumer groups page and read by its LagChart, on the GUI thread. Not
// thread-safe.

#include <QHash>
#include <QString>
#include <QtGlobal>

#include <optional>
#include <vector>

namespace warren::metrics {
struct BrokerSnapshot;
}

namespace warren::widgets {

class LagHistory
{
public:
    struct Point {
        qint64 atMs = 0; ///< epoch milliseconds
        qint64 lag = 0;  ///< records behind, never negative
        bool operator==(const Point &) const = default;
    };

    /// Five minutes of snapshots at up to 4 per second.
    static constexpr int DefaultCapacity = 1200;
    static constexpr qint64 DefaultWindowMs = 300'000;

    /// Each group keeps at most `capacity` points (the oldest are overwritten)
    /// and none older than `windowMs` before its newest point.
    explicit LagHistory(int capacity = DefaultCapacity, qint64 windowMs = DefaultWindowMs);

    /// Adds every group's total lag at the snapshot's time and forgets the
    /// groups the snapshot no longer has.
    void update(const metrics::BrokerSnapshot &snapshot);

    /// Adds one point for `group`. Negative lag counts as 0. A point at the
    /// same time as the group's newest is ignored (a repeated snapshot); one
    /// from an earlier time (the wall clock stepped back) starts it over.
    void add(const QString &group, qint64 atMs, qint64 lag);
    void forget(const QString &group) { m_groups.remove(group); }
    void clear() { m_groups.clear(); }

    /// The group's points, oldest first; empty for an unknown group.
    std::vector<Point> points(const QString &group) const;
    int pointCount(const QString &group) const;
    std::optional<Point> latest(const QString &group) const;
    /// Largest lag held for the group; 0 when it has none.
    qint64 peak(const QString &group) const;
    /// Lag change per second from the oldest to the newest point (positive:
    /// the group falls behind); 0 with fewer than two points.
    double trendPerSecond(const QString &group) const;

    bool contains(const QString &group) const { return m_groups.contains(group); }
    int groupCount() const { return int(m_groups.size()); }
    int capacity() const { return m_capacity; }
    qint64 windowMs() const { return m_windowMs; }

private:
    /// Points in [start, start + count) modulo buf.size(); buf grows up to
    /// the capacity, then the oldest point is overwritten.
    struct Ring {
        std::vector<Point> buf;
        int start = 0;
        int count = 0;

        const Point &at(int i) const { return buf[size_t((start + i) % int(buf.size()))]; }
        const Point &back() const { return at(count - 1); }
        const Point &front() const { return at(0); }
        void push(const Point &p, int capacity);
        void popFront();
    };

    int m_capacity;
    qint64 m_windowMs;
    QHash<QString, Ring> m_groups;
};

} // namespace warren::widgets
