#include "topology_page.h"

#include "models/display_format.h"
#include "models/topology_graph.h"
#include "models/topology_layout.h"
#include "topology_items.h"
#include "topology_view.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace warren::widgets {

namespace {

using NodeKind = TopologyGraph::NodeKind;

QToolButton *toolButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setAutoRaise(false);
    return button;
}

} // namespace

TopologyPage::TopologyPage(QWidget *parent)
    : QWidget(parent)
    , m_graph(std::make_unique<TopologyGraph>())
    , m_layout(std::make_unique<TopologyLayout>())
    , m_scene(new QGraphicsScene(this))
    , m_view(new TopologyView(m_scene, this))
    , m_vhostBox(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_defaultBox(new QCheckBox(tr("Default exchange"), this))
    , m_builtInBox(new QCheckBox(tr("Unused amq.* exchanges"), this))
    , m_summary(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_openButton(new QPushButton(this))
{
    m_view->setObjectName(QStringLiteral("topologyView"));
    m_vhostBox->setObjectName(QStringLiteral("topologyVhost"));
    m_filter->setObjectName(QStringLiteral("topologyFilter"));
    m_defaultBox->setObjectName(QStringLiteral("topologyDefaultBindings"));
    m_builtInBox->setObjectName(QStringLiteral("topologyBuiltIns"));
    m_detail->setObjectName(QStringLiteral("topologyDetail"));
    m_openButton->setObjectName(QStringLiteral("topologyOpen"));

    m_vhostBox->addItem(tr("All virtual hosts"), QString());
    m_vhostBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filter->setPlaceholderText(tr("Filter by name…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Shows exchanges, queues and consumer tags containing this text, with their neighbours"));
    m_defaultBox->setToolTip(tr("Show the default exchange and its implicit binding to every queue"));
    m_builtInBox->setToolTip(tr("Show amq.* exchanges that have no bindings and no traffic"));
    m_summary->setTextInteractionFlags(Qt::NoTextInteraction);

    auto *zoomOut = toolButton(tr("−"), tr("Zoom out (Ctrl+wheel)"), this);
    auto *zoomIn = toolButton(tr("+"), tr("Zoom in (Ctrl+wheel)"), this);
    auto *fitButton = toolButton(tr("Fit"), tr("Fit the whole topology into the view"), this);
    auto *tidyButton = toolButton(tr("Tidy"), tr("Lay everything out afresh (positions otherwise stay put)"), this);
    zoomOut->setObjectName(QStringLiteral("topologyZoomOut"));
    zoomIn->setObjectName(QStringLiteral("topologyZoomIn"));
    fitButton->setObjectName(QStringLiteral("topologyFit"));
    tidyButton->setObjectName(QStringLiteral("topologyTidy"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_vhostBox);
    top->addWidget(m_filter, 1);
    top->addWidget(m_defaultBox);
    top->addWidget(m_builtInBox);
    top->addSpacing(8);
    top->addWidget(m_summary);
    top->addSpacing(8);
    top->addWidget(zoomOut);
    top->addWidget(zoomIn);
    top->addWidget(fitButton);
    top->addWidget(tidyButton);

    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setMinimumHeight(fontMetrics().height() * 2 + 4);
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_openButton->setVisible(false);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_detail, 1);
    bottom->addWidget(m_openButton, 0, Qt::AlignVCenter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(FilterDelayMs);
    connect(&m_filterTimer, &QTimer::timeout, this, &TopologyPage::applyOptionsFromControls);
    connect(m_filter, &QLineEdit::textChanged, this, [this] { m_filterTimer.start(); });
    connect(m_vhostBox, &QComboBox::currentIndexChanged, this, &TopologyPage::applyOptionsFromControls);
    connect(m_defaultBox, &QCheckBox::toggled, this, &TopologyPage::applyOptionsFromControls);
    connect(m_builtInBox, &QCheckBox::toggled, this, &TopologyPage::applyOptionsFromControls);
    connect(zoomIn, &QToolButton::clicked, m_view, &TopologyView::zoomIn);
    connect(zoomOut, &QToolButton::clicked, m_view, &TopologyView::zoomOut);
    connect(fitButton, &QToolButton::clicked, this, &TopologyPage::fit);
    connect(tidyButton, &QToolButton::clicked, this, &TopologyPage::tidy);
    connect(m_view, &TopologyView::userMovedView, this, [this] { m_autoFit = false; });
    connect(m_view, &TopologyView::nodeDoubleClicked, this, &TopologyPage::activate);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &TopologyPage::updateDetail);
    connect(m_openButton, &QPushButton::clicked, this, [this] { activate(selectedNode()); });

    m_animation.setInterval(AnimationIntervalMs);
    connect(&m_animation, &QTimer::timeout, this, &TopologyPage::animate);
    m_clock.start();

    updateSummary();
    updateDetail();
}

TopologyPage::~TopologyPage() = default;

void TopologyPage::applySnapshot(const metrics::BrokerSnapshotPtr &snapshot)
{
    if (!snapshot)
        return;
    if (!isVisible()) {
        // Building the graph costs time in proportion to the broker's size
        // (10,000 queues: tens of ms per snapshot); while hidden only the
        // newest snapshot is kept, and taken when the tab is shown. Rates
        // then cover the whole hidden interval until the next snapshot.
        m_hiddenSnapshot = snapshot;
        m_dirty = true;
        return;
    }
    m_hiddenSnapshot.reset();
    m_graph->update(snapshot);
    m_trafficPending = true;
    updateVhostChoices();
    syncScene();
}

void TopologyPage::updateVhostChoices()
{
    const QStringList vhosts = m_graph->vhosts();
    QStringList current;
    for (int i = 1; i < m_vhostBox->count(); ++i)
        current << m_vhostBox->itemData(i).toString();
    if (current == vhosts)
        return;
    const QString chosen = m_vhostBox->currentData().toString();
    const QSignalBlocker block(m_vhostBox);
    while (m_vhostBox->count() > 1)
        m_vhostBox->removeItem(1);
    for (const QString &vhost : vhosts)
        m_vhostBox->addItem(vhost, vhost);
    if (!chosen.isEmpty() && !vhosts.contains(chosen))
        m_vhostBox->addItem(chosen, chosen); // keep a chosen vhost that went away: the user chose it
    m_vhostBox->setCurrentIndex(qMax(0, m_vhostBox->findData(chosen)));
}

void TopologyPage::applyOptionsFromControls()
{
    m_filterTimer.stop();
    TopologyGraph::Options o = m_graph->options();
    o.vhost = m_vhostBox->currentData().toString();
    o.filter = m_filter->text().trimmed();
    o.showDefaultBindings = m_defaultBox->isChecked();
    o.showIdleBuiltIns = m_builtInBox->isChecked();
    if (o == m_graph->options())
        return;
    m_graph->setOptions(o);
    m_freshLayout = true;
    m_autoFit = true;
    if (isVisible())
        syncScene();
    else
        m_dirty = true;
}

void TopologyPage::setVhostFilter(const QString &vhost)
{
    int index = m_vhostBox->findData(vhost);
    if (index < 0) {
        m_vhostBox->addItem(vhost, vhost);
        index = m_vhostBox->count() - 1;
    }
    m_vhostBox->setCurrentIndex(index);
    applyOptionsFromControls();
}

void TopologyPage::setNameFilter(const QString &text)
{
    m_filter->setText(text);
    applyOptionsFromControls();
}

void TopologyPage::setShowDefaultBindings(bool show)
{
    m_defaultBox->setChecked(show);
    applyOptionsFromControls();
}

void TopologyPage::setShowIdleBuiltIns(bool show)
{
    m_builtInBox->setChecked(show);
    applyOptionsFromControls();
}

void TopologyPage::tidy()
{
    m_freshLayout = true;
    m_autoFit = true;
    if (isVisible())
        syncScene();
    else
        m_dirty = true;
}

void TopologyPage::fit()
{
    m_autoFit = true;
    m_view->fitAll();
}

void TopologyPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (metrics::BrokerSnapshotPtr pending = std::exchange(m_hiddenSnapshot, nullptr)) {
        m_graph->update(pending);
        updateVhostChoices();
    }
    if (m_dirty)
        syncScene();
    if (!m_animating.isEmpty())
        m_animation.start();
}

void TopologyPage::hideEvent(QHideEvent *event)
{
    m_animation.stop();
    QWidget::hideEvent(event);
}

void TopologyPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_autoFit && isVisible())
        m_view->fitAll();
}

void TopologyPage::syncScene()
{
    m_dirty = false;
    ++m_syncs;
    if (m_freshLayout) {
        m_layout->relayout(*m_graph);
        m_freshLayout = false;
    } else {
        m_layout->update(*m_graph);
    }
    const int queueLayer = m_graph->queueLayer();

    // Nodes: keep the items of nodes that remain, add and remove the rest.
    QSet<QString> alive;
    for (const TopologyGraph::Node &node : m_graph->nodes()) {
        alive.insert(node.id);
        TopologyNodeItem *item = m_nodeItems.value(node.id);
        if (!item) {
            item = new TopologyNodeItem(node);
            m_scene->addItem(item);
            m_nodeItems.insert(node.id, item);
        } else {
            item->setNode(node);
        }
        if (const auto slot = m_layout->slot(node.id)) {
            const QPointF pos(TopologyGeometry::columnX(slot->layer, queueLayer),
                              m_layout->rowPosition(*slot) * TopologyGeometry::RowPitch);
            if (item->pos() != pos)
                item->setPos(pos);
        }
    }
    for (auto it = m_nodeItems.begin(); it != m_nodeItems.end();) {
        if (alive.contains(it.key())) {
            ++it;
        } else {
            delete it.value();
            it = m_nodeItems.erase(it);
        }
    }

    // Edges, and the messages they carried since the last snapshot. An edge
    // that skips columns passes each one in a free row or between two nodes.
    QHash<int, QSet<int>> rowsUsed; // exchange and queue columns: whole rows
    for (const TopologyGraph::Node &node : m_graph->nodes()) {
        if (const auto slot = m_layout->slot(node.id); slot && slot->layer <= queueLayer)
            rowsUsed[slot->layer].insert(slot->row);
    }
    const qreal pitch = TopologyGeometry::RowPitch;
    const auto passesFor = [&](const TopologyGraph::Edge &edge, const QPointF &from, const QPointF &to) {
        QList<QPointF> passes;
        const auto a = m_layout->slot(edge.from);
        const auto b = m_layout->slot(edge.to);
        if (!a || !b || b->layer - a->layer < 2 || b->layer > queueLayer)
            return passes;
        for (int layer = a->layer + 1; layer < b->layer; ++layer) {
            const qreal x = TopologyGeometry::columnX(layer, queueLayer);
            const qreal t = (x + TopologyGeometry::NodeWidth / 2 - from.x()) / (to.x() - from.x());
            const qreal y = from.y() + t * (to.y() - from.y());
            const int row = qRound(y / pitch);
            if (!rowsUsed.value(layer).contains(row))
                passes << QPointF(x, y);
            else
                passes << QPointF(x, (y < row * pitch ? row - 0.5 : row + 0.5) * pitch);
        }
        return passes;
    };
    const qint64 now = m_clock.elapsed();
    const qint64 interval = m_graph->flows().intervalMs();
    alive.clear();
    for (const TopologyGraph::Edge &edge : m_graph->edges()) {
        const TopologyNodeItem *from = m_nodeItems.value(edge.from);
        const TopologyNodeItem *to = m_nodeItems.value(edge.to);
        if (!from || !to)
            continue;
        alive.insert(edge.id);
        TopologyEdgeItem *item = m_edgeItems.value(edge.id);
        if (!item) {
            item = new TopologyEdgeItem(edge);
            m_scene->addItem(item);
            m_edgeItems.insert(edge.id, item);
        }
        item->setEdge(edge);
        item->setRoute(from->outAnchor(), to->inAnchor(), passesFor(edge, from->outAnchor(), to->inAnchor()));
        if (m_trafficPending && edge.rate > 0.0) {
            // Lit by any share of traffic; dots for whole messages.
            item->touch(now);
            item->addTraffic(edge.newMessages, now, interval);
            m_animating.insert(item);
        }
    }
    m_trafficPending = false;
    for (auto it = m_edgeItems.begin(); it != m_edgeItems.end();) {
        if (alive.contains(it.key())) {
            ++it;
        } else {
            m_animating.remove(it.value());
            delete it.value();
            it = m_edgeItems.erase(it);
        }
    }
    spreadLabels();
    updateCaptions();

    m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-24, -24, 24, 24));
    if (m_autoFit)
        m_view->fitAll();
    if (!m_animating.isEmpty() && !m_animation.isActive() && isVisible())
        m_animation.start();
    updateSummary();
    updateDetail();
}

void TopologyPage::updateCaptions()
{
    // With more than one virtual host shown, each group is captioned above
    // its first row (the layout leaves a blank row between groups).
    QMap<QString, double> firstRow;
    for (const TopologyGraph::Node &node : m_graph->nodes()) {
        const double row = m_layout->rowPosition(node.id);
        if (row < 0)
            continue;
        const auto it = firstRow.find(node.vhost);
        if (it == firstRow.end())
            firstRow.insert(node.vhost, row);
        else
            *it = qMin(*it, row);
    }
    if (firstRow.size() < 2)
        firstRow.clear();
    for (auto it = m_captions.begin(); it != m_captions.end();) {
        if (firstRow.contains(it.key())) {
            ++it;
        } else {
            delete it.value();
            it = m_captions.erase(it);
        }
    }
    for (auto it = firstRow.cbegin(); it != firstRow.cend(); ++it) {
        QGraphicsSimpleTextItem *caption = m_captions.value(it.key());
        if (!caption) {
            caption = m_scene->addSimpleText(tr("Virtual host %1").arg(it.key()));
            QFont font = caption->font();
            font.setBold(true);
            caption->setFont(font);
            caption->setBrush(QColor(0x5f, 0x6b, 0x78));
            caption->setZValue(-3);
            m_captions.insert(it.key(), caption);
        }
        const qreal y = (it.value() - 0.5) * TopologyGeometry::RowPitch - caption->boundingRect().height();
        caption->setPos(0, y);
    }
}

void TopologyPage::spreadLabels()
{
    // Labels in the same gap (same centre x) are stacked top to bottom in
    // the order of their natural places, each just below the one above.
    QMap<int, std::vector<std::pair<QRectF, TopologyEdgeItem *>>> columns;
    for (TopologyEdgeItem *edge : std::as_const(m_edgeItems)) {
        const QRectF rect = edge->naturalLabelRect();
        if (rect.isEmpty())
            edge->setLabelShift(0);
        else
            columns[qRound(rect.center().x() / 8.0)].push_back({rect, edge});
    }
    for (auto &labels : columns) {
        std::sort(labels.begin(), labels.end(), [](const auto &a, const auto &b) {
            return a.first.top() < b.first.top();
        });
        std::vector<QRectF> placed;
        for (auto &[rect, edge] : labels) {
            qreal top = rect.top();
            for (bool moved = true; moved;) {
                moved = false;
                for (const QRectF &other : placed) {
                    const bool overlaps = other.left() < rect.right() && rect.left() < other.right()
                        && top < other.bottom() + 1 && top + rect.height() > other.top() - 1;
                    if (overlaps) {
                        top = other.bottom() + 1;
                        moved = true;
                    }
                }
            }
            edge->setLabelShift(top - rect.top());
            placed.push_back(rect.translated(0, top - rect.top()));
        }
    }
}

void TopologyPage::animate()
{
    if (!isVisible()) {
        m_animation.stop();
        return;
    }
    const qint64 now = m_clock.elapsed();
    for (auto it = m_animating.begin(); it != m_animating.end();) {
        if ((*it)->advance(now))
            ++it;
        else
            it = m_animating.erase(it);
    }
    if (m_animating.isEmpty())
        m_animation.stop();
}

void TopologyPage::updateSummary()
{
    const int active = int(std::count_if(m_graph->edges().begin(), m_graph->edges().end(),
                                         [](const TopologyGraph::Edge &e) { return e.active; }));
    int consumers = 0;
    for (const TopologyGraph::Node &node : m_graph->nodes())
        consumers += node.kind == NodeKind::Queue ? node.queueInfo.consumers : 0;
    const QString text = tr("%1 exchanges · %2 queues · %3 consumers · %4 active links")
                             .arg(m_graph->count(NodeKind::Exchange))
                             .arg(m_graph->count(NodeKind::Queue))
                             .arg(consumers)
                             .arg(active);
    if (m_summary->text() != text)
        m_summary->setText(text);
}

void TopologyPage::selectNode(const QString &nodeId)
{
    m_scene->clearSelection();
    if (TopologyNodeItem *item = m_nodeItems.value(nodeId)) {
        item->setSelected(true);
        m_view->ensureVisible(item);
    }
    updateDetail();
}

QString TopologyPage::selectedNode() const
{
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        if (item->type() == TopologyNodeItem::Type)
            return static_cast<TopologyNodeItem *>(item)->node().id;
    }
    return {};
}

void TopologyPage::updateDetail()
{
    const QString id = selectedNode();
    const TopologyGraph::Node *node = id.isEmpty() ? nullptr : m_graph->node(id);
    QString text;
    QString button;
    if (!node) {
        text = tr("Click a node for its details; double-click opens it in its tab. Moving dots are messages, "
                  "thicker lines carry more (per binding, estimated from exchange and queue counters).");
        text = QStringLiteral("<span style=\"color:#5f6b78\">%1</span>").arg(text.toHtmlEscaped());
    } else {
        text = QStringLiteral("<b>%1</b><br>%2")
                   .arg(TopologyNodeItem::title(*node).toHtmlEscaped(), TopologyNodeItem::details(*node).toHtmlEscaped());
        button = node->kind == NodeKind::Exchange ? tr("Open in Exchanges tab")
            : node->kind == NodeKind::Queue       ? tr("Open in Queues tab")
                                                  : tr("Open queue in Queues tab");
    }
    if (m_detail->text() != text)
        m_detail->setText(text);
    if (m_openButton->text() != button)
        m_openButton->setText(button);
    m_openButton->setVisible(!button.isEmpty());
}

void TopologyPage::activate(const QString &nodeId)
{
    const TopologyGraph::Node *node = m_graph->node(nodeId);
    if (!node)
        return;
    switch (node->kind) {
    case NodeKind::Exchange:
        emit exchangeActivated(node->vhost, node->name);
        break;
    case NodeKind::Queue:
        emit queueActivated(node->vhost, node->name);
        break;
    case NodeKind::Consumer:
    case NodeKind::MoreConsumers:
        emit queueActivated(node->vhost, node->queue);
        break;
    }
}

} // namespace warren::widgets
