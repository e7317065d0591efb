#pragma once
// TopologyGraph: what the Topology view draws, derived from broker snapshots —
// exchanges, queues and consumers as nodes; bindings (exchange → queue,
// exchange → exchange, optionally the default exchange's implicit ones) and
// queue → consumer links as edges, each with an estimated message rate (see
// FlowEstimator) and an activity state that holds for a moment after traffic
// so a single message is visible. Applies the view's options (virtual host,
// name filter, default exchange, idle amq.* exchanges) and puts every node in
// a layer: exchanges by exchange-to-exchange depth, then queues, then
// consumers. Plain class (no widgets), owned by TopologyPage; GUI thread.
// Not thread-safe.

#include "flow_estimator.h"

#include <QHash>
#include <QMetaType> // broker_snapshot.h uses Q_DECLARE_METATYPE without including it
#include <QString>
#include <QStringList>
#include <metrics/broker_snapshot.h>

#include <vector>

namespace warren::widgets {

class TopologyGraph
{
public:
    enum class NodeKind { Exchange, Queue, Consumer, MoreConsumers };
    /// DeadLetter: a queue's x-dead-letter-exchange (drawn back, queue → exchange).
    enum class EdgeKind { Binding, ExchangeBinding, DefaultBinding, Consumer, DeadLetter };

    struct Node {
        QString id;        ///< unique and stable: kind, vhost and name
        NodeKind kind = NodeKind::Exchange;
        QString vhost;
        QString name;      ///< exchange or queue name; consumer tag
        QString queue;     ///< consumers: their queue
        int layer = 0;
        double inRate = 0.0;  ///< msg/s published to an exchange / enqueued
        double outRate = 0.0; ///< msg/s routed by an exchange / delivered
        metrics::ExchangeSnapshot exchange; ///< kind Exchange
        metrics::QueueSnapshot queueInfo;   ///< kind Queue
        metrics::ConsumerSnapshot consumer; ///< kind Consumer
        QString connectionPeer;             ///< kind Consumer: host:port of its connection
        int hiddenConsumers = 0;            ///< kind MoreConsumers
    };

    struct Edge {
        QString id;
        EdgeKind kind = EdgeKind::Binding;
        QString from;      ///< node id
        QString to;        ///< node id
        QString routingKey;
        QString arguments;
        bool keyIgnored = false; ///< the source is a fanout or headers exchange
        double rate = 0.0;     ///< estimated msg/s in the last interval
        bool active = false;   ///< carried messages within the last ActiveHoldMs
        double activity = 0.0; ///< 1 just after traffic, falling to 0 over ActiveHoldMs
        int newMessages = 0;   ///< messages (estimated) since the previous snapshot
    };

    struct Options {
        QString vhost;                   ///< "" = every virtual host
        QString filter;                  ///< name substring, case-insensitive ("" = all)
        bool showDefaultBindings = false; ///< the default exchange and its implicit bindings
        bool showIdleBuiltIns = false;   ///< amq.* exchanges without bindings or traffic
        int maxConsumersPerQueue = 4;    ///< beyond it: maxConsumersPerQueue-1 nodes and a "+N more" node
        bool operator==(const Options &) const = default;
    };

    /// An edge stays active this long after its last traffic.
    static constexpr qint64 ActiveHoldMs = 2000;

    /// Takes a new snapshot: rates, activity, then the node and edge lists.
    void update(const metrics::BrokerSnapshotPtr &snapshot);
    /// Changes the options and rebuilds the lists from the newest snapshot
    /// (rates and activity are kept).
    void setOptions(const Options &options);
    const Options &options() const { return m_options; }

    const std::vector<Node> &nodes() const { return m_nodes; }
    const std::vector<Edge> &edges() const { return m_edges; }
    const Node *node(const QString &id) const;
    const Edge *edge(const QString &id) const;
    /// Ids of the nodes an edge joins to `id` (either direction).
    QStringList neighbours(const QString &id) const;

    /// Layer of the queues (exchanges are in 0 .. queueLayer-1, consumers in queueLayer+1).
    int queueLayer() const { return m_queueLayer; }
    /// Every virtual host of the newest snapshot, sorted.
    QStringList vhosts() const { return m_vhosts; }
    const FlowEstimator &flows() const { return m_flows; }
    metrics::BrokerSnapshotPtr snapshot() const { return m_last; }
    /// Counts by kind, for a summary line.
    int count(NodeKind kind) const;

    static QString exchangeId(const QString &vhost, const QString &name);
    static QString queueId(const QString &vhost, const QString &name);
    static QString consumerId(const metrics::ConsumerSnapshot &consumer);
    static QString moreConsumersId(const QString &vhost, const QString &queue);
    /// True for the broker's own amq.* exchanges.
    static bool isBuiltIn(const QString &exchangeName);

private:
    struct Activity {
        qint64 lastActiveMs = 0;
        double pending = 0.0; ///< fractional messages not yet animated
    };

    void rebuild();
    /// All edges of the snapshot (before options), with rates.
    std::vector<Edge> allEdges() const;

    Options m_options;
    metrics::BrokerSnapshotPtr m_last;
    FlowEstimator m_flows;
    QHash<QString, Activity> m_activity;       ///< by edge id
    QHash<QString, int> m_messagesThisUpdate;  ///< by edge id, from the latest update()
    std::vector<Node> m_nodes;
    std::vector<Edge> m_edges;
    QHash<QString, int> m_nodeIndex;
    QHash<QString, int> m_edgeIndex;
    QStringList m_vhosts;
    int m_queueLayer = 0;
};

} // namespace warren::widgets
