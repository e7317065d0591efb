#pragma once
// OverviewPage: listeners, broker-wide totals, message rates and the rate
// chart. Fed by MainWindow from OverviewStats on each snapshot. Owned by its
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
    /// "AMQP 0-9-1 on 0.0.0.0:5672" — shared with the status bar.
    static QString listenerText(const metrics::ListenerSnapshot &listener);

private:
    QLabel *addValue(QGridLayout *grid, int row, int column, const QString &caption);

    QLabel *m_listeners;
    QLabel *m_connections;
    QLabel *m_channels;
    QLabel *m_exchanges;
    QLabel *m_queues;
    QLabel *m_consumers;
    QLabel *m_ready;
    QLabel *m_unacked;
    QLabel *m_publishRate;
    QLabel *m_deliverRate;
    QLabel *m_ackRate;
    RateChart *m_chart;
};

} // namespace warren::widgets
