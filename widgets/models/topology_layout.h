#pragma once
// TopologyLayout: where each node of a TopologyGraph sits, as a (layer, row)
// slot on a grid: layers are the graph's (exchanges by depth, queues,
// consumers) and become columns; rows are shared by all columns, except that
// the consumer column counts in half rows (consumer nodes are half as tall,
// two fit beside one queue). The first layout orders each layer to cut
// crossings (barycentre sweeps), centres each queue's consumers on it (moving
// the queue down when they need room) and centres exchanges on what they
// feed. Later updates are incremental: a node that remains keeps its slot (a
// node whose layer changed keeps its row when free), and a new node takes the
// free row nearest the median row of its placed neighbours, so the picture
// never jumps on a declare or delete. relayout() starts over (the "Tidy"
// button; a changed filter). Plain class, owned by TopologyPage; GUI thread.

#include <QHash>
#include <QString>

#include <optional>

namespace warren::widgets {

class TopologyGraph;

class TopologyLayout
{
public:
    struct Slot {
        int layer = 0;
        int row = 0; ///< in half rows in the consumer layer, else in rows
        bool operator==(const Slot &) const = default;
    };

    /// Places the graph's nodes, keeping the slots of nodes placed before.
    /// With nothing placed yet it lays out afresh.
    void update(const TopologyGraph &graph);
    /// Forgets every slot and lays the graph out afresh.
    void relayout(const TopologyGraph &graph);
    void clear() { m_slots.clear(); }

    std::optional<Slot> slot(const QString &nodeId) const;
    /// Vertical position in rows (x.5 for a consumer on a half row); -1 when unplaced.
    double rowPosition(const QString &nodeId) const;
    double rowPosition(const Slot &slot) const;
    /// One past the largest row used (0 when empty).
    int rowCount() const;
    int nodeCount() const { return int(m_slots.size()); }
    /// How many fresh layouts were made (tests: updates stay incremental).
    int freshLayouts() const { return m_freshLayouts; }

private:
    QHash<QString, Slot> m_slots;
    int m_consumerLayer = 1; ///< the layer counted in half rows
    int m_freshLayouts = 0;
};

} // namespace warren::widgets
