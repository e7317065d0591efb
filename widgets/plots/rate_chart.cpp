#include "rate_chart.h"

#include "time_axis.h"

#include <QVBoxLayout>
#include <qcustomplot.h>

namespace warren::widgets {

namespace {

QCPGraph *addGraph(QCustomPlot *plot, const QString &name, const QColor &color)
{
    QCPGraph *graph = plot->addGraph();
    graph->setName(name);
    graph->setPen(QPen(color, 1));
    graph->setAntialiased(false);
    graph->setAdaptiveSampling(true);
    return graph;
}

} // namespace

RateChart::RateChart(QWidget *parent)
    : QWidget(parent)
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
    ticker->setTickCount(6);
    m_plot->xAxis->setTicker(ticker);
    m_plot->yAxis->setLabel(tr("msg/s"));
    m_plot->yAxis->setRange(0, 1);

    m_series << addGraph(m_plot, tr("Published"), QColor(0x1f, 0x77, 0xb4))
             << addGraph(m_plot, tr("Delivered"), QColor(0x2c, 0xa0, 0x2c));

    m_plot->legend->setVisible(true);
    m_plot->legend->setBrush(QColor(255, 255, 255, 220));
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);

    const double now = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    m_plot->xAxis->setRange(now - WindowSeconds, now);

    m_replotTimer.setSingleShot(true);
    m_replotTimer.setInterval(ReplotDelayMs);
    connect(&m_replotTimer, &QTimer::timeout, this, &RateChart::replotNow);
}

void RateChart::setSeries(const QString &firstName, const QColor &firstColor, const QString &secondName,
                          const QColor &secondColor)
{
    m_series[0]->setName(firstName);
    m_series[0]->setPen(QPen(firstColor, 1));
    m_series[1]->setName(secondName);
    m_series[1]->setPen(QPen(secondColor, 1));
    scheduleReplot();
}

int RateChart::addSeries(const QString &name, const QColor &color)
{
    QCPGraph *graph = addGraph(m_plot, name, color);
    // Start where the others are, so all series cover the same times.
    if (!m_series.isEmpty()) {
        for (auto it = m_series[0]->data()->constBegin(); it != m_series[0]->data()->constEnd(); ++it)
            graph->addData(it->key, 0.0);
    }
    m_series << graph;
    scheduleReplot();
    return int(m_series.size()) - 1;
}

void RateChart::addPoint(qint64 atMs, double first, double second)
{
    addPoint(atMs, QList<double>{first, second});
}

void RateChart::addPoint(qint64 atMs, const QList<double> &values)
{
    const double key = double(atMs) / 1000.0;
    if (key <= m_lastKey && m_series[0]->dataCount() > 0) {
        if (key < m_lastKey - WindowSeconds) { // the clock stepped back: start over
            for (QCPGraph *graph : std::as_const(m_series))
                graph->data()->clear();
        } else {
            return; // keys must grow; a repeated or late point adds nothing
        }
    }
    m_lastKey = key;
    const double oldest = key - WindowSeconds;
    for (int i = 0; i < m_series.size(); ++i) {
        m_series[i]->addData(key, i < values.size() ? values[i] : 0.0);
        m_series[i]->data()->removeBefore(oldest);
    }
    scheduleReplot();
}

int RateChart::pointCount() const
{
    return m_series[0]->dataCount();
}

void RateChart::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    scheduleReplot();
}

void RateChart::hideEvent(QHideEvent *event)
{
    m_replotTimer.stop();
    QWidget::hideEvent(event);
}

void RateChart::scheduleReplot()
{
    if (isVisible() && !m_replotTimer.isActive())
        m_replotTimer.start();
}

void RateChart::replotNow()
{
    if (m_series[0]->dataCount() > 0) {
        const TimeAxisRange range = timeAxisRange(m_series[0]->data()->constBegin()->key, m_lastKey, WindowSeconds);
        m_plot->xAxis->setRange(range.lower, range.upper);
    }
    double top = 0.0;
    for (QCPGraph *graph : std::as_const(m_series)) {
        bool found = false;
        const QCPRange range = graph->getValueRange(found, QCP::sdBoth, m_plot->xAxis->range());
        if (found)
            top = qMax(top, range.upper);
    }
    m_plot->yAxis->setRange(0, top > 0 ? top * 1.15 : 1.0);
    m_plot->replot(QCustomPlot::rpQueuedRefresh);
    ++m_replots;
}

} // namespace warren::widgets
