#pragma once
// The kinds of broker events in the event log (see event_log.h). A plain
// enum shared by the core (which records events) and the GUI (which filters
// them); no Qt, no protocol.

#include <cstdint>

namespace warren::metrics {

enum class EventKind : std::uint8_t {
    Connection,    ///< a client connection opened or closed
    Exchange,      ///< an exchange was declared or deleted
    Queue,         ///< a queue was declared or deleted
    Binding,       ///< a binding was added or removed
    ConsumerGroup, ///< a Kafka consumer group rebalanced, or a member joined or left
    ProtocolError, ///< the broker closed a channel or connection because of an error
    Management,    ///< a command from the monitor (or another management caller)
    ResourceAlarm, ///< a memory or disk alarm was raised or cleared; a limit refused a client
};

inline constexpr int kEventKindCount = 8;

/// A stable English identifier ("connection", "protocol-error", …), for logs
/// and tests; the GUI shows translated names of its own.
inline const char *eventKindName(EventKind kind)
{
    switch (kind) {
    case EventKind::Connection: return "connection";
    case EventKind::Exchange: return "exchange";
    case EventKind::Queue: return "queue";
    case EventKind::Binding: return "binding";
    case EventKind::ConsumerGroup: return "consumer-group";
    case EventKind::ProtocolError: return "protocol-error";
    case EventKind::Management: return "management";
    case EventKind::ResourceAlarm: return "resource-alarm";
    }
    return "unknown";
}

} // namespace warren::metrics
