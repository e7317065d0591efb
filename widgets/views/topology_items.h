#pragma once
// Scene items of the Topology view: TopologyNodeItem draws one exchange,
// queue or consumer; TopologyEdgeItem draws one binding or queue → consumer
// link as a curve whose colour and width follow its traffic, with dots that
// travel along it for the messages it carried. Both hold plain copies of the
// TopologyGraph data they show (no pointers into the broker). Owned by the
// TopologyPage's scene; GUI thread. Not QObjects.

#include "models/topology_graph.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QPainterPath>

#include <deque>

namespace warren::widgets {

/// Sizes of the picture, in scene pixels at 100 %.
namespace TopologyGeometry {
inline constexpr qreal NodeWidth = 184;      ///< exchanges and queues
inline constexpr qreal ConsumerWidth = 176;
inline constexpr qreal ExchangeHeight = 38;
inline constexpr qreal QueueHeight = 40;
inline constexpr qreal ConsumerHeight = 22;  ///< two consumers fit beside one queue
inline constexpr qreal RowPitch = 52;
inline constexpr qreal LabelGap = 200;      ///< between exchange columns and before the queues: room for keys
inline constexpr qreal ConsumerGap = 96;    ///< between queues and consumers
/// Left edge of a layer's column.
qreal columnX(int layer, int queueLayer);
} // namespace TopologyGeometry

class TopologyNodeItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(TopologyNodeItem)
public:
    enum { Type = UserType + 701 };

    explicit TopologyNodeItem(const TopologyGraph::Node &node);

    /// Takes new data; repaints only when something shown changed.
    void setNode(const TopologyGraph::Node &node);
    const TopologyGraph::Node &node() const { return m_node; }

    qreal width() const;
    qreal height() const;
    /// Where edges attach, in scene coordinates.
    QPointF inAnchor() const { return pos(); }
    QPointF outAnchor() const { return pos() + QPointF(width(), 0); }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /// Title and details as the detail strip and tooltip show them.
    static QString title(const TopologyGraph::Node &node);
    static QString details(const TopologyGraph::Node &node);
    /// The colour of an exchange type (direct, fanout, topic, headers).
    static QColor typeColor(const QString &type);
    /// The name a node id stands for ("(AMQP default)" for the default exchange).
    static QString nameOfId(const QString &id);

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    /// The text lines drawn: first (bold) and second.
    std::pair<QString, QString> lines() const;
    QString toolTipText() const;

    TopologyGraph::Node m_node;
    std::pair<QString, QString> m_lines;
    bool m_hover = false;
};

class TopologyLabelItem;

class TopologyEdgeItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(TopologyEdgeItem)
public:
    enum { Type = UserType + 702 };
    /// How long a dot takes from one end to the other.
    static constexpr qint64 TravelMs = 900;
    /// A message-carrying edge fades back to idle over this long.
    static constexpr qint64 FadeMs = 2000;
    static constexpr int MaxDotsInFlight = 10;
    /// Dots launched per snapshot: one for any traffic, two from this many messages.
    static constexpr int BusySnapshot = 20;

    explicit TopologyEdgeItem(const TopologyGraph::Edge &edge);
    ~TopologyEdgeItem() override;

    void setEdge(const TopologyGraph::Edge &edge);
    const TopologyGraph::Edge &edge() const { return m_edge; }
    /// The curve from `from` to `to`; `passes` are points the edge must go
    /// through, one per column it skips (in a gap between that column's nodes),
    /// so a long edge is not hidden behind nodes it does not touch.
    void setRoute(const QPointF &from, const QPointF &to, const QList<QPointF> &passes = {});
    QPainterPath path() const { return m_path; }
    /// Where the label sits before any shift (empty without a label): in the
    /// gap just before the destination's column, on the curve.
    QRectF naturalLabelRect() const { return m_labelRect; }
    /// Moves the label down by `dy` so labels sharing a gap do not overlap.
    void setLabelShift(qreal dy);
    QRectF labelRect() const { return m_labelRect.translated(0, m_labelShift); }
    QString label() const { return m_label; }

    /// Animation clock (ms, monotonic). `messages` arrived over the last
    /// `overMs`: launches one dot (two when busy) spread over that time; the
    /// edge's width, not the number of dots, tells the rate.
    void addTraffic(int messages, qint64 nowMs, qint64 overMs);
    /// The edge carried traffic (maybe less than one whole message): it glows.
    void touch(qint64 nowMs);
    /// Advances the animation to `nowMs`; returns whether it still moves or fades.
    bool advance(qint64 nowMs);
    bool animating() const { return !m_dots.empty() || m_fade > 0.0; }
    int dotsInFlight() const { return int(m_dots.size()); }
    /// 0 idle .. 1 just carried messages.
    qreal glow() const { return m_fade; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    static QColor flowColor();

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    friend class TopologyLabelItem;

    void rebuildPath();
    QString labelText() const;
    qreal penWidth() const;

    TopologyGraph::Edge m_edge;
    QPointF m_from;
    QPointF m_to;
    QList<QPointF> m_passes;
    QPainterPath m_path;
    QRectF m_labelRect;
    qreal m_labelShift = 0;
    QString m_label;
    TopologyLabelItem *m_labelItem = nullptr; ///< drawn above all edges; deleted with the edge
    std::deque<qint64> m_dots; ///< launch times, oldest first
    qint64 m_lastTrafficMs = -1;
    qint64 m_nowMs = 0;
    qreal m_fade = 0.0;
};

/// The routing-key label of one TopologyEdgeItem, a separate scene item so
/// that labels lie above every edge (and below the nodes). Created and
/// deleted by its edge (either may go first); GUI thread.
class TopologyLabelItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 703 };

    explicit TopologyLabelItem(TopologyEdgeItem *edge);
    ~TopologyLabelItem() override;

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    friend class TopologyEdgeItem;
    void changed();

    TopologyEdgeItem *m_edge;
};

} // namespace warren::widgets
