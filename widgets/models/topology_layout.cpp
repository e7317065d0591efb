#include "topology_layout.h"

#include "topology_graph.h"

#include <QSet>

#include <algorithm>
#include <climits>
#include <cmath>
#include <iterator>
#include <map>
#include <vector>

namespace warren::widgets {

namespace {

using Node = TopologyGraph::Node;
using NodeKind = TopologyGraph::NodeKind;

/// Neighbours of every node, by id.
QHash<QString, QStringList> adjacency(const TopologyGraph &graph)
{
    QHash<QString, QStringList> adj;
    for (const auto &e : graph.edges()) {
        if (e.kind == TopologyGraph::EdgeKind::DeadLetter)
            continue; // drawn back across the graph; not a placement hint
        adj[e.from] << e.to;
        adj[e.to] << e.from;
    }
    return adj;
}

/// Placing order for new nodes: queues, then exchanges from the deepest
/// layer, then consumers, so each tends to find a placed neighbour.
int priority(const Node &n)
{
    switch (n.kind) {
    case NodeKind::Queue: return 0;
    case NodeKind::Exchange: return 1000 - n.layer;
    default: return 2000;
    }
}

class Occupancy
{
public:
    bool isFree(int layer, int row) const { return row >= 0 && !m_used.value(layer).contains(row); }
    void take(int layer, int row) { m_used[layer].insert(row); }
    void release(int layer, int row) { m_used[layer].remove(row); }
    int lastRow(int layer) const
    {
        int last = -1;
        for (int r : m_used.value(layer))
            last = qMax(last, r);
        return last;
    }
    /// The free row nearest `desired` (ties go down).
    int nearestFree(int layer, int desired) const
    {
        desired = qMax(0, desired);
        if (isFree(layer, desired))
            return desired;
        for (int d = 1;; ++d) {
            if (isFree(layer, desired + d))
                return desired + d;
            if (isFree(layer, desired - d))
                return desired - d;
        }
    }

private:
    QHash<int, QSet<int>> m_used;
};

} // namespace

std::optional<TopologyLayout::Slot> TopologyLayout::slot(const QString &nodeId) const
{
    const auto it = m_slots.constFind(nodeId);
    if (it == m_slots.cend())
        return std::nullopt;
    return *it;
}

double TopologyLayout::rowPosition(const Slot &slot) const
{
    return slot.layer == m_consumerLayer ? slot.row / 2.0 : double(slot.row);
}

double TopologyLayout::rowPosition(const QString &nodeId) const
{
    const auto it = m_slots.constFind(nodeId);
    return it == m_slots.cend() ? -1.0 : rowPosition(*it);
}

int TopologyLayout::rowCount() const
{
    double rows = 0;
    for (const Slot &s : m_slots)
        rows = qMax(rows, rowPosition(s) + 1.0);
    return int(std::ceil(rows));
}

void TopologyLayout::update(const TopologyGraph &graph)
{
    m_consumerLayer = graph.queueLayer() + 1;
    // Forget what is gone; with nothing left, start afresh.
    QHash<QString, const Node *> present;
    for (const Node &n : graph.nodes())
        present.insert(n.id, &n);
    for (auto it = m_slots.begin(); it != m_slots.end();)
        it = present.contains(it.key()) ? std::next(it) : m_slots.erase(it);
    if (m_slots.isEmpty()) {
        relayout(graph);
        return;
    }
    // Release the slots of nodes that changed layer; they try their old row first.
    QHash<QString, int> preferredRow;
    for (auto it = m_slots.begin(); it != m_slots.end();) {
        if (present.value(it.key())->layer != it->layer) {
            preferredRow.insert(it.key(), it->row);
            it = m_slots.erase(it);
        } else {
            ++it;
        }
    }

    Occupancy used;
    for (const Slot &s : std::as_const(m_slots))
        used.take(s.layer, s.row);

    std::vector<const Node *> pending;
    for (const Node &n : graph.nodes()) {
        if (!m_slots.contains(n.id))
            pending.push_back(&n);
    }
    if (pending.empty())
        return;
    std::stable_sort(pending.begin(), pending.end(),
                     [](const Node *a, const Node *b) { return priority(*a) < priority(*b); });

    // Moved nodes first take their old row when it is free in the new layer.
    for (auto it = pending.begin(); it != pending.end();) {
        const Node *n = *it;
        const int row = preferredRow.value(n->id, -1);
        if (row >= 0 && used.isFree(n->layer, row)) {
            m_slots.insert(n->id, {n->layer, row});
            used.take(n->layer, row);
            it = pending.erase(it);
        } else {
            ++it;
        }
    }

    const QHash<QString, QStringList> adj = adjacency(graph);
    QHash<QString, int> consumerCount; // consumer nodes beside each queue
    for (const Node &n : graph.nodes()) {
        if (n.kind == NodeKind::Consumer || n.kind == NodeKind::MoreConsumers)
            ++consumerCount[TopologyGraph::queueId(n.vhost, n.queue)];
    }
    /// `desired` is in row units; slots of the consumer layer are half rows.
    const auto place = [&](const Node *n, double desired) {
        const bool half = n->layer == m_consumerLayer;
        const int want = qMax(0, int(std::lround(half ? desired * 2.0 : desired)));
        int row = -1;
        const int block = consumerCount.value(n->id);
        if (n->kind == NodeKind::Queue && block > 0) {
            // A new queue looks for a row whose consumer half rows beside it are free too.
            const auto fits = [&](int r) {
                if (!used.isFree(n->layer, r))
                    return false;
                for (int i = 0; i < block; ++i) {
                    if (!used.isFree(m_consumerLayer, 2 * r - (block - 1) / 2 + i))
                        return false;
                }
                return true;
            };
            for (int d = 0; d < 4096 && row < 0; ++d) {
                if (fits(want + d))
                    row = want + d;
                else if (d > 0 && fits(want - d))
                    row = want - d;
            }
        }
        if (row < 0)
            row = used.nearestFree(n->layer, want);
        m_slots.insert(n->id, {n->layer, row});
        used.take(n->layer, row);
    };
    while (!pending.empty()) {
        // Place every node that has a placed neighbour, near their median row;
        // repeat, as each placed node may anchor others.
        bool progress = true;
        while (progress) {
            progress = false;
            for (auto it = pending.begin(); it != pending.end();) {
                std::vector<double> rows;
                for (const QString &m : adj.value((*it)->id)) {
                    if (const auto s = m_slots.constFind(m); s != m_slots.cend())
                        rows.push_back(rowPosition(*s));
                }
                if (rows.empty()) {
                    ++it;
                    continue;
                }
                std::sort(rows.begin(), rows.end());
                const double median = rows[(rows.size() - 1) / 2];
                place(*it, median);
                it = pending.erase(it);
                progress = true;
            }
        }
        if (pending.empty())
            break;
        // A node with no placed neighbour: its old row, or below its layer.
        const Node *n = pending.front();
        pending.erase(pending.begin());
        const int below = used.lastRow(n->layer) + 1;
        const int row = preferredRow.value(n->id, below);
        place(n, n->layer == m_consumerLayer ? row / 2.0 : double(row));
    }
}

void TopologyLayout::relayout(const TopologyGraph &graph)
{
    ++m_freshLayouts;
    m_slots.clear();
    m_consumerLayer = graph.queueLayer() + 1;
    if (graph.nodes().empty())
        return;
    const QHash<QString, QStringList> adj = adjacency(graph);

    // Layers in the graph's order (virtual host, kind, name).
    std::map<int, std::vector<const Node *>> layers;
    for (const Node &n : graph.nodes())
        layers[n.layer].push_back(&n);

    // Barycentre sweeps: sort each layer by the mean position of its
    // neighbours, keeping virtual hosts together.
    QHash<QString, double> pos;
    const auto index = [&pos](const std::vector<const Node *> &layer) {
        for (int i = 0; i < int(layer.size()); ++i)
            pos.insert(layer[size_t(i)]->id, double(i) / double(qMax<size_t>(1, layer.size() - 1)));
    };
    for (auto &[layer, nodes] : layers)
        index(nodes);
    const auto sweep = [&](std::vector<const Node *> &nodes) {
        QHash<QString, double> bary;
        for (const Node *n : nodes) {
            double sum = 0.0;
            int count = 0;
            for (const QString &m : adj.value(n->id)) {
                if (pos.contains(m)) {
                    sum += pos.value(m);
                    ++count;
                }
            }
            bary.insert(n->id, count ? sum / count : pos.value(n->id));
        }
        std::stable_sort(nodes.begin(), nodes.end(), [&bary](const Node *a, const Node *b) {
            if (a->vhost != b->vhost)
                return a->vhost < b->vhost;
            return bary.value(a->id) < bary.value(b->id);
        });
        index(nodes);
    };
    for (int pass = 0; pass < 4; ++pass) {
        for (auto &[layer, nodes] : layers)
            sweep(nodes);
        for (auto it = layers.rbegin(); it != layers.rend(); ++it)
            sweep(it->second);
    }

    // Rows. Queues first, one after another with a blank row between virtual
    // hosts; each queue's consumers beside it on half rows (two per row),
    // centred on it, the queue moved down when its consumers need the room.
    const int queueLayer = graph.queueLayer();
    Occupancy used;
    const auto put = [&](const Node *n, int row) {
        m_slots.insert(n->id, {n->layer, row});
        used.take(n->layer, row);
    };
    int nextRow = 0;  // next free queue row
    int nextHalf = 0; // next free consumer half row
    QString vhost;
    bool first = true;
    QHash<QString, std::vector<const Node *>> consumersOf;
    if (auto c = layers.find(m_consumerLayer); c != layers.end()) {
        for (const Node *n : c->second)
            consumersOf[TopologyGraph::queueId(n->vhost, n->queue)].push_back(n);
    }
    if (auto q = layers.find(queueLayer); q != layers.end()) {
        for (const Node *n : q->second) {
            if (n->kind != NodeKind::Queue)
                continue;
            if (!first && n->vhost != vhost) {
                ++nextRow;
                nextHalf = qMax(nextHalf, 2 * nextRow);
            }
            first = false;
            vhost = n->vhost;
            const auto &consumers = consumersOf.value(n->id);
            const int k = int(consumers.size());
            const int above = k > 0 ? (k - 1) / 2 : 0; // consumer half rows above the queue's
            int row = nextRow;
            if (k > 0)
                row = qMax(row, (nextHalf + above + 1) / 2);
            put(n, row);
            for (int i = 0; i < k; ++i)
                put(consumers[size_t(i)], 2 * row - above + i);
            nextRow = row + 1;
            if (k > 0)
                nextHalf = 2 * row - above + k;
        }
    }

    // Exchanges from the deepest layer back: each centred on the rows of what
    // it feeds, in an order that keeps the sweep's order where it can.
    for (int layer = queueLayer - 1; layer >= 0; --layer) {
        auto it = layers.find(layer);
        if (it == layers.end())
            continue;
        struct Want {
            const Node *node;
            double row;
        };
        std::vector<Want> fed, unfed;
        for (const Node *n : it->second) {
            double lo = 1e9, hi = -1e9;
            for (const QString &m : adj.value(n->id)) {
                const auto s = m_slots.constFind(m);
                if (s != m_slots.cend() && s->layer > layer) {
                    lo = qMin(lo, rowPosition(*s));
                    hi = qMax(hi, rowPosition(*s));
                }
            }
            if (lo <= hi)
                fed.push_back({n, (lo + hi) / 2.0});
            else
                unfed.push_back({n, 0.0});
        }
        std::stable_sort(fed.begin(), fed.end(), [](const Want &a, const Want &b) {
            if (a.node->vhost != b.node->vhost)
                return a.node->vhost < b.node->vhost;
            return a.row < b.row;
        });
        int prev = -1;
        for (const Want &w : fed) {
            const int row = qMax(prev + 1, int(std::lround(w.row)));
            put(w.node, row);
            prev = row;
        }
        for (const Want &w : unfed) {
            // Feeds nothing placed (idle, or only fed from upstream): below the
            // exchanges that do.
            const int row = qMax(prev + 1, used.lastRow(layer) + 1);
            put(w.node, row);
            prev = row;
        }
    }

    // Anything left (e.g. a layer with no queues): below, in order.
    for (const auto &[layer, nodes] : layers) {
        for (const Node *n : nodes) {
            if (!m_slots.contains(n->id))
                put(n, used.lastRow(layer) + 1);
        }
    }
}

} // namespace warren::widgets
