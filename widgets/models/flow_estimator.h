#pragma once
// FlowEstimator: message rates of exchanges, queues and — estimated — of each
// binding, from two successive broker snapshots. Plain class (no widgets),
// owned by whoever shows bindings (TopologyGraph, BindingTableModel) and used
// on the GUI thread only. Not thread-safe.
//
// The broker counts per exchange (publishedIn, routedOut) and per queue
// (published), not per binding. The estimate: an exchange's upstream rate U is
// what is published to it plus what reaches it through exchange-to-exchange
// bindings; a queue's published rate is shared among the exchanges bound to it
// (the default exchange included: every queue is implicitly bound to it) in
// proportion to their U; an exchange's outflow is shared back among the
// bindings that feed it the same way. So a topic exchange whose messages only
// reach one of its queues lights only that binding, and a queue bound to two
// busy exchanges gets half from each. Two bindings between the same exchange
// and destination (two routing keys) share their flow equally: which key
// matched is not counted.

#include <QHash>
#include <QPair>
#include <QString>
#include <QtGlobal>

#include "rate_tracker.h"

namespace warren::metrics {
struct BindingSnapshot;
struct BrokerSnapshot;
} // namespace warren::metrics

namespace warren::widgets {

class FlowEstimator
{
public:
    using Key = QPair<QString, QString>; ///< vhost, name

    /// Feeds a snapshot: samples every counter and recomputes binding flows.
    /// Exchanges and queues the snapshot no longer has are forgotten.
    void update(const metrics::BrokerSnapshot &snapshot);

    /// Messages per second published to the exchange.
    double exchangeIn(const QString &vhost, const QString &name) const;
    /// Queue deliveries per second the exchange's routing produced.
    double exchangeOut(const QString &vhost, const QString &name) const;
    /// Unroutable messages per second.
    double exchangeUnroutable(const QString &vhost, const QString &name) const;
    /// Messages enqueued per second.
    double queueIn(const QString &vhost, const QString &name) const;
    /// Messages delivered per second (to consumers and basic.get).
    double queueOut(const QString &vhost, const QString &name) const;

    /// Estimated messages per second through a binding of the last snapshot.
    double bindingRate(const metrics::BindingSnapshot &binding) const;
    /// Estimated messages per second through the default exchange's implicit
    /// binding to `queue`.
    double defaultBindingRate(const QString &vhost, const QString &queue) const;

    /// Milliseconds between the last two snapshots (0 before the second).
    qint64 intervalMs() const { return m_intervalMs; }
    qint64 lastSnapshotMs() const { return m_lastMs; }

    /// Identity of a binding: vhost, source, destination kind and name,
    /// routing key and arguments.
    static QString bindingKey(const metrics::BindingSnapshot &binding);

private:
    struct ExchangeRates {
        RateTracker in;
        RateTracker out;
        RateTracker unroutable;
    };
    struct QueueRates {
        RateTracker in;
        RateTracker out;
    };

    void estimate(const metrics::BrokerSnapshot &snapshot);

    QHash<Key, ExchangeRates> m_exchanges;
    QHash<Key, QueueRates> m_queues;
    QHash<QString, double> m_bindingRates;  ///< by bindingKey()
    QHash<Key, double> m_defaultRates;      ///< by vhost, queue
    qint64 m_lastMs = 0;
    qint64 m_intervalMs = 0;
};

} // namespace warren::widgets
