#pragma once
// EventLog: a bounded ring buffer of broker events (connections opened and
// closed, definitions declared and deleted, consumer-group rebalances,
// protocol errors, management commands), for the monitor's event log page.
//
// Owns: the newest `capacity` events; older ones are overwritten. Each event
// gets a sequence number (1, 2, …) so that a reader can ask for what came
// after the last one it saw.
//
// Thread-safety: append() and every reader may be called from any thread.
// One mutex guards the ring; it is a leaf (nothing else is taken while it is
// held), so callers may append while holding their own locks (a vhost's, the
// group coordinator's). An append is a move of the text into a slot: cheap,
// but not free, so events are recorded only for rare things — never per
// message or per Kafka request. Plain C++ (no Qt), so every part of the core
// can record events.

#include "metrics/event_kind.h"

#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

namespace warren::metrics {

struct Event {
    std::uint64_t seq = 0;    ///< 1 for the first event ever appended
    std::int64_t timeMs = 0;  ///< wall clock, epoch milliseconds
    EventKind kind = EventKind::Connection;
    std::string text;         ///< one line, English, e.g. "queue 'jobs' declared in vhost '/'"
};

class EventLog {
public:
    static constexpr std::size_t kDefaultCapacity = 4096;

    explicit EventLog(std::size_t capacity = kDefaultCapacity);
    EventLog(const EventLog &) = delete;
    EventLog &operator=(const EventLog &) = delete;

    /// Records an event stamped with the current wall-clock time.
    void append(EventKind kind, std::string text);
    /// The same with a given time (tests).
    void appendAt(std::int64_t timeMs, EventKind kind, std::string text);

    /// Events with seq > afterSeq still in the ring, oldest first; at most
    /// `max` of them (the newest ones when there are more).
    std::vector<Event> since(std::uint64_t afterSeq, std::size_t max = SIZE_MAX) const;
    /// The newest `max` events, oldest first.
    std::vector<Event> newest(std::size_t max) const { return since(0, max); }
    /// Sequence number of the newest event (0 if none yet).
    std::uint64_t lastSeq() const;
    /// Events currently held (at most capacity()).
    std::size_t size() const;
    std::size_t capacity() const { return m_capacity; }

private:
    const std::size_t m_capacity;
    mutable std::mutex m_mutex;
    std::vector<Event> m_ring;  // guarded by m_mutex; grows to m_capacity, then wraps
    std::uint64_t m_lastSeq = 0; // guarded by m_mutex; slot of seq s is (s - 1) % capacity
};

} // namespace warren::metrics
