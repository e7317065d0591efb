#include "topology_items.h"

#include "models/display_format.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace warren::widgets {

namespace {

using NodeKind = TopologyGraph::NodeKind;
using EdgeKind = TopologyGraph::EdgeKind;

const QColor Ink(0x26, 0x2f, 0x38);
const QColor Muted(0x5f, 0x6b, 0x78);
const QColor IdleEdge(0x9a, 0xa5, 0xb1);
const QColor Selection(0x15, 0x65, 0xc0);
const QColor ConsumerColor(0x3c, 0x8d, 0x40);
const QColor QueueColor(0x4a, 0x5a, 0x6c);

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    t = qBound(0.0, t, 1.0);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t),
                            float(a.alphaF() + (b.alphaF() - a.alphaF()) * t));
}

QFont smallerFont(const QFont &base)
{
    QFont f = base;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.88);
    else
        f.setPixelSize(qMax(8, int(f.pixelSize() * 0.88)));
    return f;
}

QString exchangeName(const QString &name)
{
    return name.isEmpty() ? TopologyNodeItem::tr("(AMQP default)") : name;
}

} // namespace

qreal TopologyGeometry::columnX(int layer, int queueLayer)
{
    if (layer <= queueLayer)
        return layer * (NodeWidth + LabelGap);
    return queueLayer * (NodeWidth + LabelGap) + NodeWidth + ConsumerGap
        + (layer - queueLayer - 1) * (ConsumerWidth + ConsumerGap);
}

// ---------------------------------------------------------------- nodes

TopologyNodeItem::TopologyNodeItem(const TopologyGraph::Node &node)
    : m_node(node)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
    setCacheMode(DeviceCoordinateCache); // text is the costly part; repainted on change only
    m_lines = lines();
    setToolTip(toolTipText());
}

void TopologyNodeItem::setNode(const TopologyGraph::Node &node)
{
    const bool resized = node.kind != m_node.kind;
    if (resized)
        prepareGeometryChange();
    m_node = node;
    const auto shown = lines();
    const QString tip = toolTipText();
    if (tip != toolTip())
        setToolTip(tip);
    if (resized || shown != m_lines) {
        m_lines = shown;
        update();
    } else if (node.kind == NodeKind::Queue) {
        update(); // the depth bar and badge follow counts the lines may not show
    }
}

qreal TopologyNodeItem::width() const
{
    return m_node.kind == NodeKind::Consumer || m_node.kind == NodeKind::MoreConsumers
        ? TopologyGeometry::ConsumerWidth
        : TopologyGeometry::NodeWidth;
}

qreal TopologyNodeItem::height() const
{
    switch (m_node.kind) {
    case NodeKind::Exchange: return TopologyGeometry::ExchangeHeight;
    case NodeKind::Queue: return TopologyGeometry::QueueHeight;
    default: return TopologyGeometry::ConsumerHeight;
    }
}

QRectF TopologyNodeItem::boundingRect() const
{
    // Room for the selection halo and the consumer badge over the corner.
    return QRectF(0, -height() / 2, width(), height()).adjusted(-4, -10, 10, 4);
}

QColor TopologyNodeItem::typeColor(const QString &type)
{
    if (type == QLatin1String("direct"))
        return QColor(0x3b, 0x6f, 0xb6);
    if (type == QLatin1String("fanout"))
        return QColor(0x8e, 0x5a, 0xc8);
    if (type == QLatin1String("topic"))
        return QColor(0x1b, 0x8a, 0x6b);
    if (type == QLatin1String("headers"))
        return QColor(0xa0, 0x52, 0x2d);
    return QColor(0x6b, 0x6b, 0x6b);
}

QString TopologyNodeItem::nameOfId(const QString &id)
{
    const QString rest = id.mid(1);
    switch ((id.isEmpty() ? QChar() : id.at(0)).unicode()) {
    case 'x': return exchangeName(rest.section(QChar(0x1f), 1));
    case 'q': return rest.section(QChar(0x1f), 1);
    case 'c': return rest.section(QChar(0x1f), 4);
    default: return tr("more consumers");
    }
}

QString TopologyNodeItem::title(const TopologyGraph::Node &n)
{
    switch (n.kind) {
    case NodeKind::Exchange: return exchangeName(n.name);
    case NodeKind::Queue: return n.name;
    case NodeKind::Consumer: return n.name;
    case NodeKind::MoreConsumers: return tr("+%n more consumer(s)", nullptr, n.hiddenConsumers);
    }
    return {};
}

std::pair<QString, QString> TopologyNodeItem::lines() const
{
    const TopologyGraph::Node &n = m_node;
    switch (n.kind) {
    case NodeKind::Exchange: {
        QString second = n.exchange.type;
        if (n.exchange.internal)
            second += tr(" · internal");
        if (n.inRate > 0.0 || n.outRate > 0.0)
            second += tr(" · %1 msg/s").arg(DisplayFormat::rate(n.inRate > 0.0 ? n.inRate : n.outRate));
        return {title(n), second};
    }
    case NodeKind::Queue:
        return {n.name, tr("%1 ready · %2 unacked")
                            .arg(DisplayFormat::count(n.queueInfo.ready), DisplayFormat::count(n.queueInfo.unacked))};
    case NodeKind::Consumer:
        return {n.name, tr("#%1 ch %2").arg(n.consumer.connectionId).arg(n.consumer.channel)};
    case NodeKind::MoreConsumers:
        return {title(n), QString()};
    }
    return {};
}

QString TopologyNodeItem::details(const TopologyGraph::Node &n)
{
    switch (n.kind) {
    case NodeKind::Exchange: {
        const auto &x = n.exchange;
        QStringList flags;
        flags << (x.durable ? tr("durable") : tr("transient"));
        if (x.autoDelete)
            flags << tr("auto-delete");
        if (x.internal)
            flags << tr("internal");
        QString text = tr("%1 exchange in vhost %2 (%3) · %n binding(s) out", nullptr, x.bindingsOut)
                           .arg(x.type, x.vhost, flags.join(QLatin1String(", ")));
        text += tr(" · published %1 msg/s · routed %2 msg/s")
                    .arg(DisplayFormat::rate(n.inRate), DisplayFormat::rate(n.outRate));
        if (!x.arguments.isEmpty() && x.arguments != QLatin1String("{}"))
            text += tr(" · arguments %1").arg(x.arguments);
        return text;
    }
    case NodeKind::Queue: {
        const auto &q = n.queueInfo;
        QStringList flags;
        flags << (q.durable ? tr("durable") : tr("transient"));
        if (q.exclusive)
            flags << tr("exclusive");
        if (q.autoDelete)
            flags << tr("auto-delete");
        QString text = tr("Queue in vhost %1 (%2) · %3 ready, %4 unacked · %n consumer(s)", nullptr, q.consumers)
                           .arg(q.vhost, flags.join(QLatin1String(", ")), DisplayFormat::count(q.ready),
                                DisplayFormat::count(q.unacked));
        text += tr(" · in %1 msg/s · out %2 msg/s").arg(DisplayFormat::rate(n.inRate), DisplayFormat::rate(n.outRate));
        if (!q.arguments.isEmpty() && q.arguments != QLatin1String("{}"))
            text += tr(" · arguments %1").arg(q.arguments);
        return text;
    }
    case NodeKind::Consumer: {
        const auto &c = n.consumer;
        const QString connection = n.connectionPeer.isEmpty()
            ? tr("#%1").arg(c.connectionId)
            : tr("#%1 (%2)").arg(c.connectionId).arg(n.connectionPeer);
        return tr("Consumer on queue %1 · connection %2, channel %3 · %4 ack · prefetch %5 · %6 unacked")
            .arg(n.queue, connection)
            .arg(c.channel)
            .arg(c.ackRequired ? tr("manual") : tr("auto"),
                 c.prefetch <= 0 ? tr("unlimited") : QString::number(c.prefetch),
                 DisplayFormat::count(c.unacked));
    }
    case NodeKind::MoreConsumers:
        return tr("%n more consumer(s) on queue %1, listed in the Queues tab", nullptr, n.hiddenConsumers)
            .arg(n.queue);
    }
    return {};
}

QString TopologyNodeItem::toolTipText() const
{
    return title(m_node).toHtmlEscaped() + QLatin1String("<br>") + details(m_node).toHtmlEscaped();
}

void TopologyNodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hover = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void TopologyNodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hover = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

void TopologyNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    const qreal w = width();
    const qreal h = height();
    const QRectF box(0.5, -h / 2 + 0.5, w - 1, h - 1);
    const QFont base = widget ? widget->font() : QApplication::font();
    QFont bold = base;
    bold.setBold(true);
    const QFont small = smallerFont(base);
    const bool selected = option->state & QStyle::State_Selected;

    QColor accent;
    QColor fill;
    qreal radius = 5;
    Qt::PenStyle border = Qt::SolidLine;
    switch (m_node.kind) {
    case NodeKind::Exchange:
        accent = typeColor(m_node.exchange.type);
        fill = mix(Qt::white, accent, 0.07);
        if (m_node.exchange.internal)
            border = Qt::DashLine;
        break;
    case NodeKind::Queue:
        accent = QueueColor;
        fill = QColor(0xf3, 0xf5, 0xf8);
        radius = 3;
        break;
    case NodeKind::Consumer:
        accent = ConsumerColor;
        fill = mix(Qt::white, accent, 0.08);
        radius = h / 2;
        break;
    case NodeKind::MoreConsumers:
        accent = ConsumerColor;
        fill = Qt::white;
        radius = h / 2;
        border = Qt::DashLine;
        break;
    }

    if (selected) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(Selection.red(), Selection.green(), Selection.blue(), 50));
        painter->drawRoundedRect(box.adjusted(-3.5, -3.5, 3.5, 3.5), radius + 3, radius + 3);
    }
    QPen pen(selected ? Selection : (m_hover ? accent.darker(130) : accent), selected ? 2 : 1, border);
    painter->setPen(pen);
    painter->setBrush(fill);
    painter->drawRoundedRect(box, radius, radius);

    qreal textLeft = 10;
    qreal textRight = w - 8;
    if (m_node.kind == NodeKind::Exchange) {
        // A band in the type's colour along the left edge.
        painter->setPen(Qt::NoPen);
        painter->setBrush(accent);
        painter->drawRoundedRect(QRectF(box.left(), box.top(), 6, box.height()), 2, 2);
        textLeft = 14;
    }

    if (m_node.kind == NodeKind::Queue) {
        // Depth bar along the bottom: log scale, 1 → 10^6 messages.
        const quint64 total = m_node.queueInfo.ready + m_node.queueInfo.unacked;
        if (total > 0) {
            const qreal share = qMin(1.0, std::log10(1.0 + double(total)) / 6.0);
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(0x1f, 0x77, 0xb4, 150));
            painter->drawRect(QRectF(box.left() + 1, box.bottom() - 3, (box.width() - 2) * share, 3));
        }
        // Consumer count badge on the top-right corner.
        const int consumers = m_node.queueInfo.consumers;
        const QString count = QString::number(consumers);
        QFontMetricsF fm(small);
        const qreal bw = qMax<qreal>(18, fm.horizontalAdvance(count) + 10);
        const QRectF badge(w - bw + 6, -h / 2 - 8, bw, 16);
        painter->setPen(QPen(consumers > 0 ? ConsumerColor.darker(115) : Muted, 1));
        painter->setBrush(consumers > 0 ? ConsumerColor : QColor(0xe4, 0xe7, 0xeb));
        painter->drawRoundedRect(badge, 8, 8);
        painter->setFont(small);
        painter->setPen(consumers > 0 ? Qt::white : Muted);
        painter->drawText(badge, Qt::AlignCenter, count);
        textRight = w - 14;
    }

    if (m_node.kind == NodeKind::Consumer || m_node.kind == NodeKind::MoreConsumers) {
        QFontMetricsF fm(small);
        const QString right = m_lines.second;
        const qreal rightWidth = right.isEmpty() ? 0 : fm.horizontalAdvance(right) + 8;
        painter->setFont(base);
        painter->setPen(m_node.kind == NodeKind::MoreConsumers ? Muted : Ink);
        const QRectF textBox(12, -h / 2, w - 24 - rightWidth, h);
        painter->drawText(textBox, Qt::AlignVCenter | Qt::AlignLeft,
                          QFontMetricsF(base).elidedText(m_lines.first, Qt::ElideMiddle, textBox.width()));
        if (!right.isEmpty()) {
            painter->setFont(small);
            painter->setPen(Muted);
            painter->drawText(QRectF(w - 12 - rightWidth, -h / 2, rightWidth, h), Qt::AlignVCenter | Qt::AlignRight,
                              right);
        }
        return;
    }

    const qreal textWidth = textRight - textLeft;
    QFontMetricsF boldMetrics(bold);
    QFontMetricsF smallMetrics(small);
    const qreal gap = 1;
    const qreal blockHeight = boldMetrics.height() + gap + smallMetrics.height();
    const qreal top = -blockHeight / 2;
    painter->setFont(bold);
    painter->setPen(Ink);
    if (m_node.kind == NodeKind::Exchange && m_node.name.isEmpty()) {
        QFont italic = bold;
        italic.setItalic(true);
        painter->setFont(italic);
    }
    painter->drawText(QRectF(textLeft, top, textWidth, boldMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(m_lines.first, Qt::ElideMiddle, textWidth));
    painter->setFont(small);
    painter->setPen(Muted);
    painter->drawText(QRectF(textLeft, top + boldMetrics.height() + gap, textWidth, smallMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(m_lines.second, Qt::ElideRight, textWidth));
}

// ---------------------------------------------------------------- edges

TopologyEdgeItem::TopologyEdgeItem(const TopologyGraph::Edge &edge)
    : m_edge(edge)
{
    setZValue(-2);
    setAcceptHoverEvents(false);
    m_label = labelText();
}

TopologyEdgeItem::~TopologyEdgeItem()
{
    if (m_labelItem) {
        m_labelItem->m_edge = nullptr;
        delete m_labelItem;
    }
}

QVariant TopologyEdgeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSceneHasChanged && scene() && !m_label.isEmpty()) {
        if (!m_labelItem)
            m_labelItem = new TopologyLabelItem(this);
        if (m_labelItem->scene() != scene())
            scene()->addItem(m_labelItem);
    }
    return QGraphicsItem::itemChange(change, value);
}

QColor TopologyEdgeItem::flowColor()
{
    return QColor(0xf0, 0x7a, 0x0a);
}

void TopologyEdgeItem::setEdge(const TopologyGraph::Edge &edge)
{
    m_edge = edge;
    const QString label = labelText();
    if (label != m_label) {
        m_label = label;
        if (!m_label.isEmpty() && !m_labelItem && scene()) {
            m_labelItem = new TopologyLabelItem(this);
            scene()->addItem(m_labelItem);
        }
        rebuildPath();
    }
    QString tip = tr("%1 → %2").arg(TopologyNodeItem::nameOfId(m_edge.from), TopologyNodeItem::nameOfId(m_edge.to));
    if (m_edge.kind == EdgeKind::DefaultBinding)
        tip = tr("Default exchange → queue %1 (implicit binding, routing key = queue name)").arg(m_edge.routingKey);
    else if (m_edge.kind == EdgeKind::DeadLetter)
        tip = tr("Dead letters of queue %1 go to exchange %2").arg(TopologyNodeItem::nameOfId(m_edge.from),
                                                                  TopologyNodeItem::nameOfId(m_edge.to)) +
              QLatin1Char('\n') +
              (m_edge.keyIgnored ? tr("with their own routing keys")
                                 : tr("with routing key %1").arg(m_edge.routingKey));
    else if (m_edge.kind != EdgeKind::Consumer) {
        if (!m_edge.keyIgnored)
            tip += QLatin1Char('\n') + tr("Routing key: %1").arg(m_edge.routingKey.isEmpty() ? tr("(empty)") : m_edge.routingKey);
        if (!m_edge.arguments.isEmpty())
            tip += QLatin1Char('\n') + tr("Arguments: %1").arg(m_edge.arguments);
    }
    tip += QLatin1Char('\n') + tr("≈ %1 msg/s").arg(DisplayFormat::rate(m_edge.rate));
    if (tip != toolTip()) {
        setToolTip(tip);
        if (m_labelItem)
            m_labelItem->setToolTip(tip);
    }
    update();
}

void TopologyEdgeItem::setRoute(const QPointF &from, const QPointF &to, const QList<QPointF> &passes)
{
    if (from == m_from && to == m_to && passes == m_passes && !m_path.isEmpty())
        return;
    m_from = from;
    m_to = to;
    m_passes = passes;
    rebuildPath();
}

QString TopologyEdgeItem::labelText() const
{
    switch (m_edge.kind) {
    case EdgeKind::Consumer:
    case EdgeKind::DefaultBinding:
        return {};
    case EdgeKind::DeadLetter:
        return tr("dead letters");
    default:
        break;
    }
    QStringList parts;
    if (!m_edge.keyIgnored)
        parts << (m_edge.routingKey.isEmpty() ? QStringLiteral("\"\"") : m_edge.routingKey);
    if (!m_edge.arguments.isEmpty())
        parts << m_edge.arguments;
    return parts.join(QLatin1Char(' '));
}

void TopologyEdgeItem::rebuildPath()
{
    prepareGeometryChange();
    // Smooth S-curves between the ends and through each pass: a pass crosses
    // its column horizontally, in the gap between two nodes.
    QPainterPath path(m_from);
    QPointF at = m_from;
    const auto curveTo = [&path, &at](const QPointF &p) {
        const qreal dx = qMax<qreal>(50.0, std::abs(p.x() - at.x()) * 0.5);
        path.cubicTo(at + QPointF(dx, 0), p - QPointF(dx, 0), p);
        at = p;
    };
    for (const QPointF &pass : std::as_const(m_passes)) {
        curveTo(pass);
        const QPointF out = pass + QPointF(TopologyGeometry::NodeWidth, 0);
        path.lineTo(out);
        at = out;
    }
    curveTo(m_to);
    m_path = path;

    m_labelRect = QRectF();
    if (!m_label.isEmpty()) {
        const QFont font = smallerFont(QApplication::font());
        QFontMetricsF fm(font);
        const qreal maxWidth = TopologyGeometry::LabelGap - 24;
        const qreal w = qMin(maxWidth, fm.horizontalAdvance(m_label)) + 8;
        const qreal h = fm.height() + 2;
        // In the gap before the destination's column: find the curve's point
        // there by bisection (x grows along a forward edge).
        const qreal targetX = m_to.x() - TopologyGeometry::LabelGap / 2;
        QPointF point = m_path.pointAtPercent(0.5);
        if (m_to.x() > m_from.x() && targetX > m_from.x()) {
            qreal lo = 0.0, hi = 1.0;
            for (int i = 0; i < 30; ++i) {
                const qreal mid = (lo + hi) / 2;
                (m_path.pointAtPercent(mid).x() < targetX ? lo : hi) = mid;
            }
            point = m_path.pointAtPercent((lo + hi) / 2);
        }
        m_labelRect = QRectF(point.x() - w / 2, point.y() - h / 2, w, h);
    }
    if (m_labelItem)
        m_labelItem->changed();
    update();
}

void TopologyEdgeItem::setLabelShift(qreal dy)
{
    if (qFuzzyCompare(dy + 1.0, m_labelShift + 1.0))
        return;
    m_labelShift = dy;
    if (m_labelItem)
        m_labelItem->changed();
}

qreal TopologyEdgeItem::penWidth() const
{
    // 1 msg/s ≈ 2 px, 100 ≈ 4, 10 000 ≈ 6.5 (capped).
    return qMin(6.5, 1.6 + 1.2 * std::log10(1.0 + qMax(0.0, m_edge.rate)));
}

QRectF TopologyEdgeItem::boundingRect() const
{
    return m_path.boundingRect().adjusted(-8, -8, 8, 8);
}

QPainterPath TopologyEdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    return stroker.createStroke(m_path);
}

void TopologyEdgeItem::touch(qint64 nowMs)
{
    m_lastTrafficMs = nowMs;
    m_nowMs = nowMs;
    if (m_fade != 1.0) {
        m_fade = 1.0;
        update();
        if (m_labelItem)
            m_labelItem->update();
    }
}

void TopologyEdgeItem::addTraffic(int messages, qint64 nowMs, qint64 overMs)
{
    if (messages <= 0)
        return;
    touch(nowMs);
    const int launch = messages >= BusySnapshot ? 2 : 1;
    const qint64 spread = qBound(qint64(0), overMs, qint64(1000));
    for (int i = 0; i < launch; ++i) {
        if (int(m_dots.size()) >= MaxDotsInFlight)
            break;
        m_dots.push_back(nowMs + spread * i / launch);
    }
    update();
}

bool TopologyEdgeItem::advance(qint64 nowMs)
{
    m_nowMs = nowMs;
    while (!m_dots.empty() && nowMs - m_dots.front() > TravelMs)
        m_dots.pop_front();
    const qreal fade = m_lastTrafficMs < 0 ? 0.0 : 1.0 - qreal(nowMs - m_lastTrafficMs) / qreal(FadeMs);
    const qreal clamped = qMax<qreal>(0.0, fade);
    const bool faded = clamped != m_fade;
    const bool changed = faded || !m_dots.empty();
    m_fade = clamped;
    if (changed)
        update();
    if (faded && m_labelItem)
        m_labelItem->update();
    return animating();
}

void TopologyEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QColor flow = flowColor();
    QColor base = IdleEdge;
    Qt::PenStyle style = Qt::SolidLine;
    if (m_edge.kind == EdgeKind::DefaultBinding) {
        base = QColor(0xc0, 0xc6, 0xcd);
        style = Qt::DotLine;
    } else if (m_edge.kind == EdgeKind::ExchangeBinding) {
        style = Qt::DashLine;
    } else if (m_edge.kind == EdgeKind::DeadLetter) {
        base = QColor(0xb0, 0x3a, 0x8c); // a path messages take only when they die
        style = Qt::DashDotLine;
    }
    const QColor color = mix(base, flow, m_fade);
    const qreal width = 1.0 + (penWidth() - 1.0) * m_fade;
    QPen pen(color, width, m_fade > 0.5 ? Qt::SolidLine : style, Qt::RoundCap);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);

    // Arrowhead at the destination.
    const qreal size = 5.0 + width;
    QPolygonF head;
    head << m_to << m_to + QPointF(-size, -size * 0.55) << m_to + QPointF(-size, size * 0.55);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(head);

    // Messages in flight.
    if (!m_dots.empty()) {
        painter->setPen(QPen(flow.darker(140), 1));
        painter->setBrush(QColor(0xff, 0xb3, 0x47));
        const qreal r = 3.2 + width * 0.25;
        for (qint64 launched : m_dots) {
            const qreal t = qreal(m_nowMs - launched) / qreal(TravelMs);
            if (t < 0.0 || t > 1.0)
                continue;
            painter->drawEllipse(m_path.pointAtPercent(t), r, r);
        }
    }
}

// ---------------------------------------------------------------- labels

TopologyLabelItem::TopologyLabelItem(TopologyEdgeItem *edge)
    : m_edge(edge)
{
    setZValue(-1);
    setToolTip(edge->toolTip());
    setCacheMode(DeviceCoordinateCache);
}

TopologyLabelItem::~TopologyLabelItem()
{
    if (m_edge)
        m_edge->m_labelItem = nullptr;
}

void TopologyLabelItem::changed()
{
    prepareGeometryChange();
    update();
}

QRectF TopologyLabelItem::boundingRect() const
{
    if (!m_edge || m_edge->m_label.isEmpty())
        return {};
    return m_edge->labelRect().adjusted(-1, -1, 1, 1);
}

void TopologyLabelItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (!m_edge || m_edge->m_label.isEmpty())
        return;
    const qreal fade = m_edge->m_fade;
    const QFont font = smallerFont(QApplication::font());
    QFontMetricsF fm(font);
    const QRectF rect = m_edge->labelRect();
    painter->setPen(QPen(mix(QColor(0xd5, 0xda, 0xe0), TopologyEdgeItem::flowColor(), fade), 1));
    painter->setBrush(QColor(255, 255, 255, 240));
    painter->drawRoundedRect(rect, 3, 3);
    painter->setFont(font);
    painter->setPen(fade > 0.0 ? Ink : Muted);
    painter->drawText(rect, Qt::AlignCenter, fm.elidedText(m_edge->m_label, Qt::ElideMiddle, rect.width() - 6));
}

} // namespace warren::widgets
