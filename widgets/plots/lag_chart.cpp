#include "lag_chart.h"

#include "time_axis.h"

#include "models/lag_history.h"

#include <QDateTime>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace warren::widgets {

LagChart::LagChart(const LagHistory *history, QWidget *parent)
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
    m_plot->yAxis->setLabel(tr("records behind"));
    m_plot->yAxis->setRange(0, 1);
    m_plot->yAxis->ticker()->setTickCount(5);

    const QColor color(0xd6, 0x27, 0x28);
    m_lag = m_plot->addGraph();
    m_lag->setName(tr("Total lag"));
    m_lag->setPen(QPen(color, 1));
    m_lag->setBrush(QColor(color.red(), color.green(), color.blue(), 36));
    m_lag->setAntialiased(false);
    m_lag->setAntialiasedFill(false);
    m_lag->setAdaptiveSampling(true);

    // One series, named by the box around the chart: no legend.
    m_plot->legend->setVisible(false);

    const double now = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    m_plot->xAxis->setRange(now - double(m_history->windowMs()) / 1000.0, now);

    m_replotTimer.setSingleShot(true);
    m_replotTimer.setInterval(ReplotDelayMs);
    connect(&m_replotTimer, &QTimer::timeout, this, &LagChart::replotNow);
}

void LagChart::setGroup(const QString &groupId)
{
    if (groupId == m_group)
        return;
    m_group = groupId;
    scheduleReplot();
}

void LagChart::historyChanged()
{
    scheduleReplot();
}

int LagChart::pointCount() const
{
    return m_lag->dataCount();
}

void LagChart::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    scheduleReplot();
}

void LagChart::hideEvent(QHideEvent *event)
{
    m_replotTimer.stop();
    QWidget::hideEvent(event);
}

void LagChart::scheduleReplot()
{
    if (isVisible() && !m_replotTimer.isActive())
        m_replotTimer.start();
}

void LagChart::replotNow()
{
    const std::vector<LagHistory::Point> points = m_history->points(m_group);
    QVector<QCPGraphData> data;
    data.reserve(qsizetype(points.size()));
    qint64 top = 0;
    for (const LagHistory::Point &p : points) {
        data.append(QCPGraphData(double(p.atMs) / 1000.0, double(p.lag)));
        top = qMax(top, p.lag);
    }
    m_lag->data()->set(data, true);
    m_lag->setName(m_group.isEmpty() ? tr("Total lag") : tr("Total lag of %1").arg(m_group));
    m_lag->setVisible(!m_group.isEmpty());

    const double window = double(m_history->windowMs()) / 1000.0;
    const double newest = points.empty() ? double(QDateTime::currentMSecsSinceEpoch()) / 1000.0
                                         : double(points.back().atMs) / 1000.0;
    const TimeAxisRange range =
        timeAxisRange(points.empty() ? newest - window : double(points.front().atMs) / 1000.0, newest, window);
    m_plot->xAxis->setRange(range.lower, range.upper);
    m_plot->yAxis->setRange(0, top > 0 ? double(top) * 1.15 : 1.0);
    m_plot->replot(QCustomPlot::rpQueuedRefresh);
    ++m_replots;
}

} // namespace warren::widgets
