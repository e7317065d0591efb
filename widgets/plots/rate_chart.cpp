#include "rate_chart.h"

#include <QVBoxLayout>
#include <qcustomplot.h>

namespace warren::widgets {

namespace {

QCPGraph *addSeries(QCustomPlot *plot, const QString &name, const QColor &color)
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

    m_published = addSeries(m_plot, tr("Published"), QColor(0x1f, 0x77, 0xb4));
    m_delivered = addSeries(m_plot, tr("Delivered"), QColor(0x2c, 0xa0, 0x2c));

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
    m_published->setName(firstName);
    m_published->setPen(QPen(firstColor, 1));
    m_delivered->setName(secondName);
    m_delivered->setPen(QPen(secondColor, 1));
    scheduleReplot();
}

void RateChart::addPoint(qint64 atMs, double first, double second)
{
    const double key = double(atMs) / 1000.0;
    if (key <= m_lastKey && m_published->dataCount() > 0) {
        if (key < m_lastKey - WindowSeconds) { // the clock stepped back: start over
            m_published->data()->clear();
            m_delivered->data()->clear();
        } else {
            return; // keys must grow; a repeated or late point adds nothing
        }
    }
    m_lastKey = key;
    m_published->addData(key, first);
    m_delivered->addData(key, second);
    const double oldest = key - WindowSeconds;
    m_published->data()->removeBefore(oldest);
    m_delivered->data()->removeBefore(oldest);
    scheduleReplot();
}

int RateChart::pointCount() const
{
    return m_published->dataCount();
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
    if (m_published->dataCount() > 0)
        m_plot->xAxis->setRange(m_lastKey - WindowSeconds, m_lastKey);
    double top = 0.0;
    for (QCPGraph *graph : {m_published, m_delivered}) {
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
