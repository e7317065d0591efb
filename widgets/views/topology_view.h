#pragma once
// TopologyView: the QGraphicsView of the Topology page. Adds zooming (Ctrl +
// wheel, zoomIn/zoomOut, fit) around a remembered scale, panning by dragging
// the background, and reports a double-click on a node. Knows nothing of the
// broker. Owned by TopologyPage; GUI thread.

#include <QGraphicsView>

namespace warren::widgets {

class TopologyView : public QGraphicsView
{
    Q_OBJECT
public:
    static constexpr qreal MinScale = 0.2;
    static constexpr qreal MaxScale = 3.0;

    explicit TopologyView(QGraphicsScene *scene, QWidget *parent = nullptr);

    qreal zoom() const { return transform().m11(); }
    void setZoom(qreal scale);
    void zoomIn();
    void zoomOut();
    /// Fits the scene, never enlarging beyond 100 % (text stays its size).
    void fitAll();

signals:
    /// A node item (TopologyNodeItem) was double-clicked.
    void nodeDoubleClicked(const QString &nodeId);
    /// The user zoomed or scrolled: automatic fitting stops.
    void userMovedView();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
};

} // namespace warren::widgets
