#include "overview_page.h"

#include "models/display_format.h"
#include "models/overview_stats.h"
#include "plots/rate_chart.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace warren::widgets {

namespace {

void setTextIfChanged(QLabel *label, const QString &text)
{
    if (label->text() != text) // avoids relayouts on every tick
        label->setText(text);
}

} // namespace

OverviewPage::OverviewPage(QWidget *parent)
    : QWidget(parent)
    , m_listeners(new QLabel(this))
    , m_chart(new RateChart(this))
{
    auto *listenersBox = new QGroupBox(tr("Listeners"), this);
    auto *listenersLayout = new QVBoxLayout(listenersBox);
    m_listeners->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_listeners->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_listeners->setText(tr("none"));
    listenersLayout->addWidget(m_listeners);
    listenersLayout->addStretch();

    auto *totalsBox = new QGroupBox(tr("Totals"), this);
    auto *totals = new QGridLayout(totalsBox);
    m_connections = addValue(totals, 0, 0, tr("Connections"));
    m_channels = addValue(totals, 1, 0, tr("Channels"));
    m_consumers = addValue(totals, 2, 0, tr("Consumers"));
    m_exchanges = addValue(totals, 0, 2, tr("Exchanges"));
    m_queues = addValue(totals, 1, 2, tr("Queues"));
    m_ready = addValue(totals, 0, 4, tr("Ready"));
    m_unacked = addValue(totals, 1, 4, tr("Unacked"));
    totals->setColumnMinimumWidth(2, 16);
    totals->setRowStretch(3, 1);

    auto *ratesBox = new QGroupBox(tr("Message rates (msg/s)"), this);
    auto *rates = new QGridLayout(ratesBox);
    m_publishRate = addValue(rates, 0, 0, tr("Published"));
    m_deliverRate = addValue(rates, 1, 0, tr("Delivered"));
    m_ackRate = addValue(rates, 2, 0, tr("Acknowledged"));
    rates->setRowStretch(3, 1);

    auto *chartBox = new QGroupBox(tr("Published and delivered, last 5 minutes"), this);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->addWidget(m_chart);
    m_chart->setMinimumHeight(180);

    auto *top = new QHBoxLayout;
    top->addWidget(listenersBox, 2);
    top->addWidget(totalsBox, 3);
    top->addWidget(ratesBox, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(chartBox, 1);
}

QLabel *OverviewPage::addValue(QGridLayout *grid, int row, int column, const QString &caption)
{
    auto *name = new QLabel(tr("%1:").arg(caption), this);
    auto *value = new QLabel(QStringLiteral("0"), this);
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont bold = value->font();
    bold.setBold(true);
    value->setFont(bold);
    value->setMinimumWidth(value->fontMetrics().horizontalAdvance(QStringLiteral("000,000,000")));
    grid->addWidget(name, row, column);
    grid->addWidget(value, row, column + 1);
    return value;
}

QString OverviewPage::listenerText(const metrics::ListenerSnapshot &listener)
{
    const QString host = listener.address.contains(QLatin1Char(':'))
        ? QLatin1Char('[') + listener.address + QLatin1Char(']') // IPv6
        : listener.address;
    return tr("%1 on %2:%3").arg(listener.protocol, host).arg(listener.port);
}

void OverviewPage::setListeners(const std::vector<metrics::ListenerSnapshot> &listeners)
{
    QStringList lines;
    for (const auto &listener : listeners)
        lines << listenerText(listener);
    setTextIfChanged(m_listeners, lines.isEmpty() ? tr("none") : lines.join(QLatin1Char('\n')));
}

void OverviewPage::setStats(const OverviewStats &stats)
{
    const OverviewTotals &t = stats.totals();
    setTextIfChanged(m_connections, DisplayFormat::count(quint64(t.connections)));
    setTextIfChanged(m_channels, DisplayFormat::count(quint64(t.channels)));
    setTextIfChanged(m_consumers, DisplayFormat::count(quint64(t.consumers)));
    setTextIfChanged(m_exchanges, DisplayFormat::count(quint64(t.exchanges)));
    setTextIfChanged(m_queues, DisplayFormat::count(quint64(t.queues)));
    setTextIfChanged(m_ready, DisplayFormat::count(t.ready));
    setTextIfChanged(m_unacked, DisplayFormat::count(t.unacked));
    setTextIfChanged(m_publishRate, DisplayFormat::rate(stats.publishRate()));
    setTextIfChanged(m_deliverRate, DisplayFormat::rate(stats.deliverRate()));
    setTextIfChanged(m_ackRate, DisplayFormat::rate(stats.ackRate()));
    if (stats.hasRates())
        m_chart->addPoint(stats.takenAtMs(), stats.publishRate(), stats.deliverRate());
}

} // namespace warren::widgets
