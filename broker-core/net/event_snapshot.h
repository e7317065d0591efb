#pragma once
// Copies the newest entries of the broker's event log into a snapshot.
// Runs on the control thread (any thread: the event log locks itself).

#include "metrics/broker_snapshot.h"
#include "metrics/event_log.h"

namespace warren::net {

/// How many events each snapshot carries at most (the GUI merges by seq).
inline constexpr std::size_t kSnapshotEvents = 256;

void addRecentEvents(metrics::BrokerSnapshot &snap, const metrics::EventLog &log,
                     std::size_t max = kSnapshotEvents);

} // namespace warren::net
