#include "net/event_snapshot.h"

namespace warren::net {

void addRecentEvents(metrics::BrokerSnapshot &snap, const metrics::EventLog &log, std::size_t max)
{
    const std::vector<metrics::Event> events = log.newest(max);
    snap.events.reserve(events.size());
    for (const metrics::Event &e : events)
        snap.events.push_back(metrics::EventSnapshot{e.seq, e.timeMs, e.kind, QString::fromStdString(e.text)});
}

} // namespace warren::net
