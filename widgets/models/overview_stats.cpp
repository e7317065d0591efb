#include "overview_stats.h"

namespace warren::widgets {

OverviewTotals OverviewStats::totalsOf(const metrics::BrokerSnapshot &snapshot)
{
    OverviewTotals t;
    t.connections = int(snapshot.connections.size());
    t.exchanges = int(snapshot.exchanges.size());
    t.queues = int(snapshot.queues.size());
    t.topics = int(snapshot.topics.size());
    t.consumerGroups = int(snapshot.groups.size());
    for (const auto &topic : snapshot.topics)
        t.partitions += topic.partitions;
    t.processMemory = snapshot.processMemoryBytes;
    t.queueMemory = snapshot.queueMemoryBytes;
    t.pagedOut = snapshot.pagedOutMessages;
    t.queueDisk = snapshot.queueDiskBytes;
    for (const auto &c : snapshot.connections)
        t.channels += c.channels;
    for (const auto &q : snapshot.queues) {
        t.ready += q.ready;
        t.unacked += q.unacked;
        t.consumers += q.consumers; // as the Queues tab counts them
    }
    return t;
}

void OverviewStats::update(const metrics::BrokerSnapshot &snapshot)
{
    m_totals = totalsOf(snapshot);
    m_published.addSample(snapshot.published, snapshot.takenAtMs);
    m_delivered.addSample(snapshot.delivered, snapshot.takenAtMs);
    m_acked.addSample(snapshot.acked, snapshot.takenAtMs);
    m_redelivered.addSample(snapshot.redelivered, snapshot.takenAtMs);
    m_kafkaProduced.addSample(snapshot.kafkaProduced, snapshot.takenAtMs);
    m_kafkaProducedBytes.addSample(snapshot.kafkaProducedBytes, snapshot.takenAtMs);
    m_kafkaFetched.addSample(snapshot.kafkaFetched, snapshot.takenAtMs);
    m_kafkaFetchedBytes.addSample(snapshot.kafkaFetchedBytes, snapshot.takenAtMs);
    m_takenAtMs = snapshot.takenAtMs;
}

} // namespace warren::widgets
