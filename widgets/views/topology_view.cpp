#include "topology_view.h"

#include "topology_items.h"

#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace warren::widgets {

TopologyView::TopologyView(QGraphicsScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setBackgroundBrush(QColor(0xfb, 0xfc, 0xfd));
    setFrameShape(QFrame::StyledPanel);
    setAlignment(Qt::AlignHCenter | Qt::AlignTop); // a small picture starts at the top
    for (QScrollBar *bar : {horizontalScrollBar(), verticalScrollBar()})
        connect(bar, &QAbstractSlider::actionTriggered, this, &TopologyView::userMovedView);
}

void TopologyView::setZoom(qreal scale)
{
    scale = qBound(MinScale, scale, MaxScale);
    setTransform(QTransform::fromScale(scale, scale));
}

void TopologyView::zoomIn()
{
    setZoom(zoom() * 1.25);
    emit userMovedView();
}

void TopologyView::zoomOut()
{
    setZoom(zoom() / 1.25);
    emit userMovedView();
}

void TopologyView::fitAll()
{
    if (!scene())
        return;
    const QRectF rect = scene()->sceneRect();
    if (rect.isEmpty())
        return;
    const QRectF view = viewport()->rect().adjusted(4, 4, -4, -4);
    const qreal scale = qBound(MinScale, qMin(view.width() / rect.width(), view.height() / rect.height()), 1.0);
    setTransform(QTransform::fromScale(scale, scale));
    centerOn(rect.center());
}

void TopologyView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal steps = event->angleDelta().y() / 120.0;
        if (steps != 0.0) {
            setZoom(zoom() * std::pow(1.15, steps));
            emit userMovedView();
        }
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
    emit userMovedView();
}

void TopologyView::mouseMoveEvent(QMouseEvent *event)
{
    QGraphicsView::mouseMoveEvent(event);
    if (event->buttons() & Qt::LeftButton)
        emit userMovedView(); // dragging pans
}

void TopologyView::mouseDoubleClickEvent(QMouseEvent *event)
{
    for (QGraphicsItem *item : items(event->position().toPoint())) {
        if (item->type() == TopologyNodeItem::Type) {
            emit nodeDoubleClicked(static_cast<TopologyNodeItem *>(item)->node().id);
            event->accept();
            return;
        }
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

} // namespace warren::widgets
