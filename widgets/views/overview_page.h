#pragma once
// OverviewPage: listeners, broker-wide totals, AMQP and Kafka message rates
// and two rate charts (AMQP published/delivered, Kafka produced/fetched). Fed by MainWindow from OverviewStats on each snapshot. Owned by its
// parent; GUI thread.

#include <QWidget>

#include <vector>

class QGridLayout;
class QLabel;

namespace warren::metrics {
struct ListenerSnapshot;
}

namespace warren::widgets {

class OverviewStats;
class RateChart;

class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget *parent = nullptr);

    void setListeners(const std::vector<metrics::ListenerSnapshot> &listeners);
    void setStats(const OverviewStats &stats);

    RateChart *chart() const { return m_chart; }
    RateChart *kafkaChart() const { return m_kafkaChart; }
    /// "AMQP 0-9-1 on 0.0.0.0:5672" — shared with the status bar.
    static QString listenerText(const metrics::ListenerSnapshot &listener);
    /// "0.0.0.0:5672", "[::]:5672".
    static QString addressText(const metrics::ListenerSnapshot &listener);

private:
    /// A "caption: value" pair; the value is at least as wide as `widest`.
    QLabel *addValue(QGridLayout *grid, int row, int column, const QString &caption,
                     const QString &widest = QStringLiteral("000,000,000"));

    QLabel *m_listeners;
    QLabel *m_connections;
    QLabel *m_channels;
    QLabel *m_exchanges;
    QLabel *m_queues;
    QLabel *m_consumers;
    QLabel *m_ready;
    QLabel *m_unacked;
    QLabel *m_topics;
    QLabel *m_partitions;
    QLabel *m_groups;
    QLabel *m_processMemory = nullptr;
    QLabel *m_queueMemory = nullptr;
    QLabel *m_pagedOut = nullptr;
    QLabel *m_queueDisk = nullptr;
    QLabel *m_publishRate;
    QLabel *m_deliverRate;
    QLabel *m_ackRate;
    QLabel *m_redeliverRate = nullptr;
    QLabel *m_produceRate;
    QLabel *m_fetchRate;
    QLabel *m_produceByteRate;
    QLabel *m_fetchByteRate;
    RateChart *m_chart;
    RateChart *m_kafkaChart;
};

} // namespace warren::widgets
