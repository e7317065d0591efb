#pragma once
// OverviewStats: broker-wide totals and message rates derived from successive
// snapshots — what the Overview page and the status bar show. Plain class
// (no widgets), fed on the GUI thread.

#include "rate_tracker.h"

#include <QMetaType> // broker_snapshot.h uses Q_DECLARE_METATYPE without including it
#include <metrics/broker_snapshot.h>

namespace warren::widgets {

struct OverviewTotals {
    int connections = 0;
    int channels = 0;
    int exchanges = 0;
    int queues = 0;
    int consumers = 0;
    quint64 ready = 0;
    quint64 unacked = 0;
    int topics = 0;
    int partitions = 0;
    int consumerGroups = 0;
    quint64 processMemory = 0;  ///< broker process RSS
    quint64 queueMemory = 0;    ///< ready messages held in memory
    quint64 pagedOut = 0;       ///< ready messages kept only on disk
    quint64 queueDisk = 0;      ///< queue logs on disk
};

class OverviewStats
{
public:
    void update(const metrics::BrokerSnapshot &snapshot);

    const OverviewTotals &totals() const { return m_totals; }
    double publishRate() const { return m_published.perSecond(); }
    double deliverRate() const { return m_delivered.perSecond(); }
    double ackRate() const { return m_acked.perSecond(); }
    /// Deliveries carrying the redelivered flag (requeued or recovered), per second.
    double redeliverRate() const { return m_redelivered.perSecond(); }
    /// Kafka records produced / fetched per second and their bytes per second.
    double kafkaProduceRate() const { return m_kafkaProduced.perSecond(); }
    double kafkaFetchRate() const { return m_kafkaFetched.perSecond(); }
    double kafkaProduceByteRate() const { return m_kafkaProducedBytes.perSecond(); }
    double kafkaFetchByteRate() const { return m_kafkaFetchedBytes.perSecond(); }
    /// True once two snapshots have given rates.
    bool hasRates() const { return m_published.hasRate(); }
    qint64 takenAtMs() const { return m_takenAtMs; }

    static OverviewTotals totalsOf(const metrics::BrokerSnapshot &snapshot);

private:
    OverviewTotals m_totals;
    RateTracker m_published;
    RateTracker m_delivered;
    RateTracker m_acked;
    RateTracker m_redelivered;
    RateTracker m_kafkaProduced;
    RateTracker m_kafkaProducedBytes;
    RateTracker m_kafkaFetched;
    RateTracker m_kafkaFetchedBytes;
    qint64 m_takenAtMs = 0;
};

} // namespace warren::widgets
