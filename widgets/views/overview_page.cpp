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
    , m_kafkaChart(new RateChart(this))
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
    // Message counts can be large; the other totals are small counts.
    const QString widestCount = QStringLiteral("00,000");
    m_connections = addValue(totals, 0, 0, tr("Connections"), widestCount);
    m_channels = addValue(totals, 1, 0, tr("Channels"), widestCount);
    m_consumers = addValue(totals, 2, 0, tr("Consumers"), widestCount);
    m_exchanges = addValue(totals, 0, 2, tr("Exchanges"), widestCount);
    m_queues = addValue(totals, 1, 2, tr("Queues"), widestCount);
    m_ready = addValue(totals, 0, 4, tr("Ready"));
    m_unacked = addValue(totals, 1, 4, tr("Unacked"));
    // The Kafka side on its own row.
    m_topics = addValue(totals, 3, 0, tr("Topics"), widestCount);
    m_partitions = addValue(totals, 3, 2, tr("Partitions"), widestCount);
    m_groups = addValue(totals, 3, 4, tr("Consumer groups"));
    // Memory and storage on a row of their own.
    const QString widestBytes = QStringLiteral("000.0 MiB");
    m_processMemory = addValue(totals, 4, 0, tr("Memory (process)"), widestBytes);
    m_queueMemory = addValue(totals, 4, 2, tr("In queues"), widestBytes);
    m_pagedOut = addValue(totals, 5, 0, tr("Paged out"), widestCount);
    m_queueDisk = addValue(totals, 5, 2, tr("Queue logs"), widestBytes);
    m_pagedOut->setToolTip(tr("Ready messages beyond their queue's memory budget, kept only on disk"));
    totals->setColumnMinimumWidth(2, 16);
    totals->setColumnMinimumWidth(4, 16);
    totals->setRowStretch(6, 1);

    auto *ratesBox = new QGroupBox(tr("Message rates"), this);
    auto *rates = new QGridLayout(ratesBox);
    auto *msgHeader = new QLabel(tr("msg/s"), this);
    auto *byteHeader = new QLabel(tr("bytes/s"), this);
    msgHeader->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    byteHeader->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    rates->addWidget(msgHeader, 0, 1);
    rates->addWidget(byteHeader, 0, 3);
    const QString widestRate = QStringLiteral("00,000.0");
    const QString widestByteRate = QStringLiteral("000.0 KiB/s");
    m_publishRate = addValue(rates, 1, 0, tr("Published"), widestRate);
    m_deliverRate = addValue(rates, 2, 0, tr("Delivered"), widestRate);
    m_ackRate = addValue(rates, 3, 0, tr("Acknowledged"), widestRate);
    m_redeliverRate = addValue(rates, 4, 0, tr("Redelivered"), widestRate);
    m_redeliverRate->setToolTip(tr("Deliveries of messages that were delivered before (requeued or recovered)"));
    m_produceRate = addValue(rates, 5, 0, tr("Kafka produced"), widestRate);
    m_fetchRate = addValue(rates, 6, 0, tr("Kafka fetched"), widestRate);
    m_produceByteRate = addValue(rates, 5, 2, QString(), widestByteRate);
    m_fetchByteRate = addValue(rates, 6, 2, QString(), widestByteRate);
    rates->setRowStretch(7, 1);

    m_chart->setObjectName(QStringLiteral("rateChart"));
    m_kafkaChart->setObjectName(QStringLiteral("kafkaRateChart"));
    m_kafkaChart->setSeries(tr("Produced"), QColor(0xff, 0x7f, 0x0e), tr("Fetched"), QColor(0x94, 0x67, 0xbd));
    m_chart->addSeries(tr("Acknowledged"), QColor(0x8c, 0x56, 0x4b));
    m_chart->addSeries(tr("Redelivered"), QColor(0xd6, 0x27, 0x28));
    auto *chartBox = new QGroupBox(tr("AMQP message rates, last 5 minutes"), this);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->addWidget(m_chart);
    m_chart->setMinimumHeight(180);
    auto *kafkaBox = new QGroupBox(tr("Kafka produced and fetched, last 5 minutes"), this);
    auto *kafkaLayout = new QVBoxLayout(kafkaBox);
    kafkaLayout->addWidget(m_kafkaChart);
    m_kafkaChart->setMinimumHeight(180);

    auto *top = new QHBoxLayout;
    top->addWidget(listenersBox, 2);
    top->addWidget(totalsBox, 3);
    top->addWidget(ratesBox, 2);
    auto *charts = new QHBoxLayout;
    charts->addWidget(chartBox, 1);
    charts->addWidget(kafkaBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addLayout(charts, 1);
}

QLabel *OverviewPage::addValue(QGridLayout *grid, int row, int column, const QString &caption,
                               const QString &widest)
{
    if (!caption.isEmpty())
        grid->addWidget(new QLabel(tr("%1:").arg(caption), this), row, column);
    auto *value = new QLabel(QStringLiteral("0"), this);
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont bold = value->font();
    bold.setBold(true);
    value->setFont(bold);
    value->setMinimumWidth(value->fontMetrics().horizontalAdvance(widest));
    grid->addWidget(value, row, column + 1);
    return value;
}

QString OverviewPage::addressText(const metrics::ListenerSnapshot &listener)
{
    const QString host = listener.address.contains(QLatin1Char(':'))
        ? QLatin1Char('[') + listener.address + QLatin1Char(']') // IPv6
        : listener.address;
    return QStringLiteral("%1:%2").arg(host).arg(listener.port);
}

QString OverviewPage::listenerText(const metrics::ListenerSnapshot &listener)
{
    return tr("%1 on %2").arg(listener.protocol, addressText(listener));
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
    setTextIfChanged(m_redeliverRate, DisplayFormat::rate(stats.redeliverRate()));
    setTextIfChanged(m_topics, DisplayFormat::count(quint64(t.topics)));
    setTextIfChanged(m_partitions, DisplayFormat::count(quint64(t.partitions)));
    setTextIfChanged(m_groups, DisplayFormat::count(quint64(t.consumerGroups)));
    setTextIfChanged(m_processMemory, DisplayFormat::bytes(t.processMemory));
    setTextIfChanged(m_queueMemory, DisplayFormat::bytes(t.queueMemory));
    setTextIfChanged(m_pagedOut, DisplayFormat::count(t.pagedOut));
    setTextIfChanged(m_queueDisk, DisplayFormat::bytes(t.queueDisk));
    setTextIfChanged(m_produceRate, DisplayFormat::rate(stats.kafkaProduceRate()));
    setTextIfChanged(m_fetchRate, DisplayFormat::rate(stats.kafkaFetchRate()));
    setTextIfChanged(m_produceByteRate, DisplayFormat::byteRate(stats.kafkaProduceByteRate()));
    setTextIfChanged(m_fetchByteRate, DisplayFormat::byteRate(stats.kafkaFetchByteRate()));
    if (stats.hasRates()) {
        m_chart->addPoint(stats.takenAtMs(), {stats.publishRate(), stats.deliverRate(), stats.ackRate(),
                                              stats.redeliverRate()});
        m_kafkaChart->addPoint(stats.takenAtMs(), stats.kafkaProduceRate(), stats.kafkaFetchRate());
    }
}

} // namespace warren::widgets
