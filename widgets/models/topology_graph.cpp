#include "topology_graph.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace warren::widgets {

namespace {

constexpr QChar Sep(0x1f);
/// Below this an estimated share is noise from the apportioning, not traffic.
constexpr double ActiveRate = 0.01;

using Key = QPair<QString, QString>;

} // namespace

QString TopologyGraph::exchangeId(const QString &vhost, const QString &name)
{
    return QLatin1Char('x') + vhost + Sep + name;
}

QString TopologyGraph::queueId(const QString &vhost, const QString &name)
{
    return QLatin1Char('q') + vhost + Sep + name;
}

QString TopologyGraph::consumerId(const metrics::ConsumerSnapshot &c)
{
    return QLatin1Char('c') + c.vhost + Sep + c.queue + Sep + QString::number(c.connectionId) + Sep
        + QString::number(c.channel) + Sep + c.consumerTag;
}

QString TopologyGraph::moreConsumersId(const QString &vhost, const QString &queue)
{
    return QLatin1Char('m') + vhost + Sep + queue;
}

bool TopologyGraph::isBuiltIn(const QString &exchangeName)
{
    return exchangeName.startsWith(QLatin1String("amq."));
}

void TopologyGraph::update(const metrics::BrokerSnapshotPtr &snapshot)
{
    if (!snapshot)
        return;
    m_last = snapshot;
    m_flows.update(*snapshot);

    const qint64 now = snapshot->takenAtMs;
    const qint64 interval = m_flows.intervalMs();
    m_messagesThisUpdate.clear();
    QSet<QString> present;
    for (const Edge &e : allEdges()) {
        present.insert(e.id);
        Activity &a = m_activity[e.id];
        if (e.rate >= ActiveRate) {
            a.lastActiveMs = now;
            if (interval > 0) {
                a.pending += e.rate * double(interval) / 1000.0;
                const double whole = std::floor(a.pending);
                a.pending -= whole;
                m_messagesThisUpdate.insert(e.id, int(qMin(whole, 1e6)));
            }
        } else {
            a.pending = 0.0;
        }
    }
    for (auto it = m_activity.begin(); it != m_activity.end();)
        it = present.contains(it.key()) ? std::next(it) : m_activity.erase(it);
    rebuild();
}

void TopologyGraph::setOptions(const Options &options)
{
    if (options == m_options)
        return;
    m_options = options;
    m_messagesThisUpdate.clear(); // what was animated belongs to the old picture
    rebuild();
}

const TopologyGraph::Node *TopologyGraph::node(const QString &id) const
{
    const int i = m_nodeIndex.value(id, -1);
    return i < 0 ? nullptr : &m_nodes[size_t(i)];
}

const TopologyGraph::Edge *TopologyGraph::edge(const QString &id) const
{
    const int i = m_edgeIndex.value(id, -1);
    return i < 0 ? nullptr : &m_edges[size_t(i)];
}

QStringList TopologyGraph::neighbours(const QString &id) const
{
    QStringList out;
    for (const Edge &e : m_edges) {
        if (e.from == id)
            out << e.to;
        else if (e.to == id)
            out << e.from;
    }
    return out;
}

int TopologyGraph::count(NodeKind kind) const
{
    return int(std::count_if(m_nodes.begin(), m_nodes.end(), [kind](const Node &n) { return n.kind == kind; }));
}

std::vector<TopologyGraph::Edge> TopologyGraph::allEdges() const
{
    std::vector<Edge> edges;
    if (!m_last)
        return edges;
    const metrics::BrokerSnapshot &s = *m_last;
    edges.reserve(s.bindings.size() + s.queues.size() + s.consumers.size());
    QHash<Key, QString> types;
    for (const auto &x : s.exchanges)
        types.insert({x.vhost, x.name}, x.type);
    for (const auto &b : s.bindings) {
        Edge e;
        e.id = QLatin1Char('b') + FlowEstimator::bindingKey(b);
        e.kind = b.destinationIsQueue ? EdgeKind::Binding : EdgeKind::ExchangeBinding;
        e.from = exchangeId(b.vhost, b.source);
        e.to = b.destinationIsQueue ? queueId(b.vhost, b.destination) : exchangeId(b.vhost, b.destination);
        e.routingKey = b.routingKey;
        e.arguments = b.arguments == QLatin1String("{}") ? QString() : b.arguments;
        const QString type = types.value({b.vhost, b.source});
        e.keyIgnored = type == QLatin1String("fanout") || type == QLatin1String("headers");
        e.rate = m_flows.bindingRate(b);
        edges.push_back(std::move(e));
    }
    QSet<QString> vhostsWithDefault;
    for (const auto &x : s.exchanges) {
        if (x.name.isEmpty())
            vhostsWithDefault.insert(x.vhost);
    }
    for (const auto &q : s.queues) {
        if (!vhostsWithDefault.contains(q.vhost))
            continue;
        Edge e;
        e.id = QLatin1Char('d') + q.vhost + Sep + q.name;
        e.kind = EdgeKind::DefaultBinding;
        e.from = exchangeId(q.vhost, QString());
        e.to = queueId(q.vhost, q.name);
        e.routingKey = q.name;
        e.rate = m_flows.defaultBindingRate(q.vhost, q.name);
        edges.push_back(std::move(e));
    }
    // Dead-letter paths: from a queue back to its dead-letter exchange.
    for (const auto &q : s.queues) {
        if (q.deadLetterExchange.isEmpty())
            continue;
        Edge e;
        e.id = QLatin1Char('x') + q.vhost + Sep + q.name;
        e.kind = EdgeKind::DeadLetter;
        e.from = queueId(q.vhost, q.name);
        const bool toDefault = q.deadLetterExchange == QLatin1String("(default)");
        e.to = exchangeId(q.vhost, toDefault ? QString() : q.deadLetterExchange);
        e.routingKey = q.deadLetterRoutingKey;
        e.keyIgnored = q.deadLetterRoutingKey.isEmpty();
        edges.push_back(std::move(e));
    }
    QHash<Key, int> consumersPerQueue;
    for (const auto &c : s.consumers)
        ++consumersPerQueue[{c.vhost, c.queue}];
    for (const auto &c : s.consumers) {
        Edge e;
        e.kind = EdgeKind::Consumer;
        e.from = queueId(c.vhost, c.queue);
        e.to = consumerId(c);
        e.id = QLatin1Char('c') + e.to;
        // Deliveries are shared round-robin; credit and prefetch skew it.
        e.rate = m_flows.queueOut(c.vhost, c.queue) / double(qMax(1, consumersPerQueue.value({c.vhost, c.queue})));
        edges.push_back(std::move(e));
    }
    return edges;
}

void TopologyGraph::rebuild()
{
    m_nodes.clear();
    m_edges.clear();
    m_nodeIndex.clear();
    m_edgeIndex.clear();
    m_vhosts.clear();
    m_queueLayer = 0;
    if (!m_last)
        return;
    const metrics::BrokerSnapshot &s = *m_last;
    const Options &o = m_options;

    QSet<QString> vhosts;
    for (const auto &x : s.exchanges)
        vhosts.insert(x.vhost);
    for (const auto &q : s.queues)
        vhosts.insert(q.vhost);
    m_vhosts = QStringList(vhosts.begin(), vhosts.end());
    m_vhosts.sort();
    const auto inVhost = [&o](const QString &vhost) { return o.vhost.isEmpty() || vhost == o.vhost; };

    // 1. Candidate exchanges and queues (virtual host, default, idle built-ins).
    QSet<Key> boundExchanges;
    for (const auto &b : s.bindings) {
        boundExchanges.insert({b.vhost, b.source});
        if (!b.destinationIsQueue)
            boundExchanges.insert({b.vhost, b.destination});
    }
    QHash<QString, Node> candidates;
    for (const auto &x : s.exchanges) {
        if (!inVhost(x.vhost))
            continue;
        if (x.name.isEmpty() && !o.showDefaultBindings)
            continue;
        Node n;
        n.kind = NodeKind::Exchange;
        n.id = exchangeId(x.vhost, x.name);
        n.vhost = x.vhost;
        n.name = x.name;
        n.exchange = x;
        n.inRate = m_flows.exchangeIn(x.vhost, x.name);
        n.outRate = m_flows.exchangeOut(x.vhost, x.name);
        if (isBuiltIn(x.name) && !o.showIdleBuiltIns && !boundExchanges.contains({x.vhost, x.name})
            && n.inRate <= 0.0 && n.outRate <= 0.0)
            continue;
        candidates.insert(n.id, n);
    }
    for (const auto &q : s.queues) {
        if (!inVhost(q.vhost))
            continue;
        Node n;
        n.kind = NodeKind::Queue;
        n.id = queueId(q.vhost, q.name);
        n.vhost = q.vhost;
        n.name = q.name;
        n.queueInfo = q;
        n.inRate = m_flows.queueIn(q.vhost, q.name);
        n.outRate = m_flows.queueOut(q.vhost, q.name);
        candidates.insert(n.id, n);
    }

    // 2. Edges between candidates (consumers come later).
    std::vector<Edge> edges;
    for (Edge &e : allEdges()) {
        if (e.kind == EdgeKind::Consumer)
            continue;
        if (e.kind == EdgeKind::DefaultBinding && !o.showDefaultBindings)
            continue;
        if (!candidates.contains(e.from) || !candidates.contains(e.to))
            continue;
        edges.push_back(std::move(e));
    }

    // 3. The name filter keeps matches and their direct neighbours.
    QSet<QString> shown;
    if (o.filter.isEmpty()) {
        for (auto it = candidates.cbegin(); it != candidates.cend(); ++it)
            shown.insert(it.key());
    } else {
        QSet<QString> matched;
        for (auto it = candidates.cbegin(); it != candidates.cend(); ++it) {
            if (it->name.contains(o.filter, Qt::CaseInsensitive))
                matched.insert(it.key());
        }
        for (const auto &c : s.consumers) {
            const QString queue = queueId(c.vhost, c.queue);
            if (candidates.contains(queue) && c.consumerTag.contains(o.filter, Qt::CaseInsensitive))
                matched.insert(queue);
        }
        shown = matched;
        for (const Edge &e : edges) {
            if (matched.contains(e.from))
                shown.insert(e.to);
            if (matched.contains(e.to))
                shown.insert(e.from);
        }
    }
    std::erase_if(edges, [&shown](const Edge &e) { return !shown.contains(e.from) || !shown.contains(e.to); });

    // 4. Exchange layers by exchange-to-exchange depth, counted back from the
    //    queues: an exchange's height is its longest chain of exchange
    //    bindings downstream (Kahn's order from the sinks; one on a cycle goes
    //    one past its ordered successors). Exchanges that only feed queues sit
    //    next to them; exchanges feeding those sit one column further left.
    QHash<QString, int> height;
    QHash<QString, int> outdegree;
    QHash<QString, QStringList> predecessors;
    for (const QString &id : std::as_const(shown)) {
        if (candidates[id].kind == NodeKind::Exchange) {
            height.insert(id, 0);
            outdegree.insert(id, 0);
        }
    }
    for (const Edge &e : edges) {
        if (e.kind == EdgeKind::ExchangeBinding && e.from != e.to) {
            ++outdegree[e.from];
            predecessors[e.to] << e.from;
        }
    }
    QStringList ready;
    for (auto it = outdegree.cbegin(); it != outdegree.cend(); ++it) {
        if (it.value() == 0)
            ready << it.key();
    }
    QSet<QString> placed;
    while (!ready.isEmpty()) {
        const QString x = ready.takeLast();
        placed.insert(x);
        for (const QString &w : predecessors.value(x)) {
            height[w] = qMax(height[w], height[x] + 1);
            if (--outdegree[w] == 0)
                ready << w;
        }
    }
    for (auto it = height.begin(); it != height.end(); ++it) {
        if (placed.contains(it.key()))
            continue;
        int h = 0;
        for (const Edge &e : edges) {
            if (e.kind == EdgeKind::ExchangeBinding && e.from == it.key() && placed.contains(e.to))
                h = qMax(h, height[e.to] + 1);
        }
        it.value() = h;
    }
    int maxHeight = -1;
    for (int h : std::as_const(height))
        maxHeight = qMax(maxHeight, h);
    m_queueLayer = maxHeight + 1;
    QHash<QString, int> depth;
    for (auto it = height.cbegin(); it != height.cend(); ++it)
        depth.insert(it.key(), maxHeight - it.value());

    // 5. Nodes in a fixed order: virtual host, kind, name.
    for (const QString &id : std::as_const(shown)) {
        Node n = candidates.value(id);
        n.layer = n.kind == NodeKind::Exchange ? depth.value(id) : m_queueLayer;
        m_nodes.push_back(std::move(n));
    }

    // 6. Consumers of the shown queues, a few per queue at most.
    QHash<QString, QString> peers;
    for (const auto &c : s.connections)
        peers.insert(QString::number(c.id), c.peer);
    QHash<QString, std::vector<const metrics::ConsumerSnapshot *>> byQueue;
    for (const auto &c : s.consumers) {
        const QString queue = queueId(c.vhost, c.queue);
        if (shown.contains(queue))
            byQueue[queue].push_back(&c);
    }
    const std::vector<Edge> every = allEdges();
    QHash<QString, const Edge *> consumerEdges;
    for (const Edge &e : every) {
        if (e.kind == EdgeKind::Consumer)
            consumerEdges.insert(e.to, &e);
    }
    for (auto it = byQueue.begin(); it != byQueue.end(); ++it) {
        auto &list = it.value();
        std::sort(list.begin(), list.end(), [](const auto *a, const auto *b) {
            return std::tie(a->connectionId, a->channel, a->consumerTag)
                < std::tie(b->connectionId, b->channel, b->consumerTag);
        });
        const int cap = qMax(1, o.maxConsumersPerQueue);
        const int individual = int(list.size()) <= cap ? int(list.size()) : cap - 1;
        double hiddenRate = 0.0;
        for (int i = 0; i < int(list.size()); ++i) {
            const metrics::ConsumerSnapshot &c = *list[size_t(i)];
            const QString id = consumerId(c);
            const Edge *edge = consumerEdges.value(id);
            if (i >= individual) {
                hiddenRate += edge ? edge->rate : 0.0;
                continue;
            }
            Node n;
            n.kind = NodeKind::Consumer;
            n.id = id;
            n.vhost = c.vhost;
            n.name = c.consumerTag;
            n.queue = c.queue;
            n.layer = m_queueLayer + 1;
            n.consumer = c;
            n.connectionPeer = peers.value(QString::number(c.connectionId));
            n.outRate = edge ? edge->rate : 0.0;
            m_nodes.push_back(std::move(n));
            if (edge)
                edges.push_back(*edge);
        }
        const int hidden = int(list.size()) - individual;
        if (hidden > 0) {
            const metrics::ConsumerSnapshot &first = *list.front();
            Node n;
            n.kind = NodeKind::MoreConsumers;
            n.id = moreConsumersId(first.vhost, first.queue);
            n.vhost = first.vhost;
            n.queue = first.queue;
            n.layer = m_queueLayer + 1;
            n.hiddenConsumers = hidden;
            n.outRate = hiddenRate;
            Edge e;
            e.kind = EdgeKind::Consumer;
            e.from = it.key();
            e.to = n.id;
            e.id = QLatin1Char('c') + n.id;
            e.rate = hiddenRate;
            m_nodes.push_back(std::move(n));
            edges.push_back(std::move(e));
        }
    }

    std::sort(m_nodes.begin(), m_nodes.end(), [](const Node &a, const Node &b) {
        return std::tie(a.vhost, a.kind, a.queue, a.name, a.id) < std::tie(b.vhost, b.kind, b.queue, b.name, b.id);
    });
    for (int i = 0; i < int(m_nodes.size()); ++i)
        m_nodeIndex.insert(m_nodes[size_t(i)].id, i);

    // 7. Activity, and the messages to animate from the latest update.
    const qint64 now = s.takenAtMs;
    m_edges = std::move(edges);
    for (int i = 0; i < int(m_edges.size()); ++i) {
        Edge &e = m_edges[size_t(i)];
        qint64 last = m_activity.value(e.id).lastActiveMs;
        if (e.kind == EdgeKind::Consumer && e.to.startsWith(QLatin1Char('m'))) {
            // The summary edge is active when any hidden consumer's is.
            last = e.rate >= ActiveRate ? now : 0;
            e.newMessages = e.rate >= ActiveRate && m_flows.intervalMs() > 0
                ? qMax(1, int(e.rate * double(m_flows.intervalMs()) / 1000.0))
                : 0;
        } else {
            e.newMessages = m_messagesThisUpdate.value(e.id, 0);
        }
        const qint64 age = now - last;
        e.active = last > 0 && age < ActiveHoldMs;
        e.activity = e.active ? 1.0 - double(age) / double(ActiveHoldMs) : 0.0;
        m_edgeIndex.insert(e.id, i);
    }
}

} // namespace warren::widgets
