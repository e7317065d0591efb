#include "depth_chart.h"

#include "time_axis.h"

#include "models/queue_depth_history.h"

#include <QDateTime>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace warren::widgets {

namespace {

QCPGraph *stepGraph(QCustomPlot *plot, const QColor &color, const QString &name, int fillAlpha)
{
    QCPGraph *graph = plot->addGraph();
    graph->setName(name);
    graph->setPen(QPen(color, 1));
    if (fillAlpha > 0)
        graph->setBrush(QColor(color.red(), color.green(), color.blue(), fillAlpha));
    graph->setLineStyle(QCPGraph::lsStepLeft);
    graph->setAntialiased(false);
    graph->setAntialiasedFill(false);
    graph->setAdaptiveSampling(true);
    return graph;
}

} // namespace

DepthChart::DepthChart(const QueueDepthHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_history(history)
    , m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);

    m_plot->setNotAntialiasedElements(QCP::aeAll);
    m_plot->setAntialiasedElements(QCP::aeNone);
    m_plot->setNoAntialiasingOnDrag(true);

    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeFormat(QStringLiteral("HH:mm:ss"));
    ticker->setDateTimeSpec(Qt::LocalTime);
    ticker->setTickCount(4);
    m_plot->xAxis->setTicker(ticker);
    m_plot->yAxis->setLabel(tr("messages"));
    // Counts are whole messages: integer ticks, digits rather than 1.8e+07.
    auto counts = QSharedPointer<QCPAxisTickerFixed>::create();
    counts->setTickStep(1.0);
    counts->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    counts->setTickCount(5);
    m_plot->yAxis->setTicker(counts);
    m_plot->yAxis->setNumberFormat(QStringLiteral("f"));
    m_plot->yAxis->setNumberPrecision(0);
    m_plot->yAxis->setRange(0, 1);

    m_ready = stepGraph(m_plot, QColor(0x1f, 0x77, 0xb4), tr("Ready"), 40);
    m_unacked = stepGraph(m_plot, QColor(0xff, 0x7f, 0x0e), tr("Unacked"), 0);

    // The legend goes in a row of its own above the plot, so it never hides data.
    m_plot->legend->setVisible(true);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setBrush(Qt::NoBrush);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    m_plot->plotLayout()->insertRow(0);
    auto *legendRow = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(0, 0, legendRow);
    legendRow->setMargins(QMargins(0, 0, 0, 0));
    legendRow->addElement(0, 0, m_plot->legend);
    legendRow->addElement(0, 1, new QCPLayoutElement(m_plot)); // pushes the legend to the left
    legendRow->setColumnStretchFactor(0, 0.001);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);
    m_plot->axisRect()->insetLayout()->simplify();

    const double now = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    m_plot->xAxis->setRange(now - double(m_history->windowMs()) / 1000.0, now);

    m_replotTimer.setSingleShot(true);
    m_replotTimer.setInterval(ReplotDelayMs);
    connect(&m_replotTimer, &QTimer::timeout, this, &DepthChart::replotNow);
}

void DepthChart::setQueue(const QString &vhost, const QString &name)
{
    if (vhost == m_vhost && name == m_name)
        return;
    m_vhost = vhost;
    m_name = name;
    scheduleReplot();
}

void DepthChart::historyChanged()
{
    scheduleReplot();
}

int DepthChart::pointCount() const
{
    return m_ready->dataCount();
}

void DepthChart::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    scheduleReplot();
}

void DepthChart::hideEvent(QHideEvent *event)
{
    m_replotTimer.stop();
    QWidget::hideEvent(event);
}

void DepthChart::scheduleReplot()
{
    if (isVisible() && !m_replotTimer.isActive())
        m_replotTimer.start();
}

void DepthChart::replotNow()
{
    const QueueDepthHistory::Key key{m_vhost, m_name};
    const std::vector<QueueDepthHistory::Point> points =
        m_name.isEmpty() ? std::vector<QueueDepthHistory::Point>{} : m_history->points(key);
    const double window = double(m_history->windowMs()) / 1000.0;
    const qint64 lastSeen = m_history->lastSeenMs(key);
    const double newest = points.empty() ? double(QDateTime::currentMSecsSinceEpoch()) / 1000.0
                                         : double(qMax(lastSeen, points.back().atMs)) / 1000.0;
    const double oldest = newest - window;

    QVector<QCPGraphData> ready, unacked;
    ready.reserve(qsizetype(points.size()) + 1);
    unacked.reserve(qsizetype(points.size()) + 1);
    quint64 top = 0;
    for (const QueueDepthHistory::Point &p : points) {
        // The first point may predate the window: it holds the counts at its start.
        const double at = qMax(oldest, double(p.atMs) / 1000.0);
        ready.append(QCPGraphData(at, double(p.ready)));
        unacked.append(QCPGraphData(at, double(p.unacked)));
        top = qMax(top, qMax(p.ready, p.unacked));
    }
    if (!points.empty()) { // the newest counts hold until the newest snapshot
        ready.append(QCPGraphData(newest, double(points.back().ready)));
        unacked.append(QCPGraphData(newest, double(points.back().unacked)));
    }
    m_ready->data()->set(ready, true);
    m_unacked->data()->set(unacked, true);
    m_ready->setVisible(!m_name.isEmpty());
    m_unacked->setVisible(!m_name.isEmpty());

    const TimeAxisRange range =
        timeAxisRange(points.empty() ? oldest : double(points.front().atMs) / 1000.0, newest, window);
    m_plot->xAxis->setRange(range.lower, range.upper);
    m_plot->yAxis->setRange(0, top > 0 ? double(top) * 1.15 : 1.0);
    m_plot->replot(QCustomPlot::rpQueuedRefresh);
    ++m_replots;
}

} // namespace warren::widgets
