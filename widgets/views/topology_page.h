#pragma once
// TopologyPage: the Topology tab. A live graph of exchanges → bindings →
// queues → consumers (TopologyGraph), laid out left to right with stable
// positions (TopologyLayout), drawn in a QGraphicsScene: edges light up and
// carry moving dots for the messages they route. Above it: virtual host and
// name filters, toggles for the default exchange's implicit bindings and for
// unused amq.* exchanges, zoom, fit and tidy. Below it: the selected node's
// details and a button that opens it in its tab (so does a double-click).
// The graph takes every snapshot; the scene is only synchronised, and the
// animation only runs, while the page is visible. Owned by its parent; GUI
// thread.

#include <QMetaType> // broker_snapshot.h uses Q_DECLARE_METATYPE without including it
#include <metrics/broker_snapshot.h>

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QGraphicsScene;
class QGraphicsSimpleTextItem;
class QLabel;
class QLineEdit;
class QPushButton;

namespace warren::widgets {

class TopologyEdgeItem;
class TopologyGraph;
class TopologyLayout;
class TopologyNodeItem;
class TopologyView;

class TopologyPage : public QWidget
{
    Q_OBJECT
public:
    /// Frame interval of the message animation.
    static constexpr int AnimationIntervalMs = 33;
    /// Typing in the filter box applies after this pause.
    static constexpr int FilterDelayMs = 250;

    explicit TopologyPage(QWidget *parent = nullptr);
    ~TopologyPage() override;

    void applySnapshot(const metrics::BrokerSnapshotPtr &snapshot);

    const TopologyGraph &graph() const { return *m_graph; }
    const TopologyLayout &layout() const { return *m_layout; }
    TopologyView *view() const { return m_view; }
    QGraphicsScene *scene() const { return m_scene; }
    TopologyNodeItem *nodeItem(const QString &id) const { return m_nodeItems.value(id); }
    TopologyEdgeItem *edgeItem(const QString &id) const { return m_edgeItems.value(id); }
    /// Times the scene was brought in line with the graph (tests: not while hidden).
    int sceneSyncCount() const { return m_syncs; }
    bool animationRunning() const { return m_animation.isActive(); }

    /// Selects a node as a click does ("" clears the selection).
    void selectNode(const QString &nodeId);
    QString selectedNode() const;
    /// Filters applied at once (the controls follow).
    void setVhostFilter(const QString &vhost);
    void setNameFilter(const QString &text);
    void setShowDefaultBindings(bool show);
    void setShowIdleBuiltIns(bool show);
    /// Lays the graph out afresh (the Tidy button).
    void tidy();
    /// Fits the picture into the view and keeps fitting it until the user zooms.
    void fit();

signals:
    /// The user asked to open a node in its tab (double-click or the button).
    void exchangeActivated(const QString &vhost, const QString &name);
    void queueActivated(const QString &vhost, const QString &name);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyOptionsFromControls();
    void syncScene();
    void spreadLabels();
    void updateCaptions();
    void updateVhostChoices();
    void updateSummary();
    void updateDetail();
    void animate();
    void activate(const QString &nodeId);

    std::unique_ptr<TopologyGraph> m_graph;
    std::unique_ptr<TopologyLayout> m_layout;
    QGraphicsScene *m_scene;
    TopologyView *m_view;
    QComboBox *m_vhostBox;
    QLineEdit *m_filter;
    QCheckBox *m_defaultBox;
    QCheckBox *m_builtInBox;
    QLabel *m_summary;
    QLabel *m_detail;
    QPushButton *m_openButton;
    QTimer m_filterTimer;
    QTimer m_animation;
    QElapsedTimer m_clock;
    QHash<QString, TopologyNodeItem *> m_nodeItems;
    QHash<QString, TopologyEdgeItem *> m_edgeItems;
    QSet<TopologyEdgeItem *> m_animating;
    QHash<QString, QGraphicsSimpleTextItem *> m_captions; ///< by vhost
    bool m_dirty = false;          ///< the graph changed while hidden
    metrics::BrokerSnapshotPtr m_hiddenSnapshot; ///< the newest snapshot that arrived while hidden
    bool m_freshLayout = true;     ///< next sync lays out afresh (options changed)
    bool m_trafficPending = false; ///< the graph holds messages not yet animated
    bool m_autoFit = true;
    int m_syncs = 0;
};

} // namespace warren::widgets
