#pragma once
// MainWindow: Warren's monitor window. It shows the broker only through the
// immutable snapshots handed to applySnapshot() (never locking broker
// internals): Overview, Exchanges, Queues, Connections, Topics and Consumer
// groups tabs plus a status bar with the listeners and live rates. Lives on the GUI thread; the app
// connects the broker's snapshot signal (queued) to applySnapshot().

#include <QMetaType> // broker_snapshot.h uses Q_DECLARE_METATYPE without including it
#include <metrics/broker_snapshot.h>

#include <QMainWindow>

class QLabel;
class QTabWidget;

namespace warren::widgets {

class ConnectionTableModel;
class ConsumerGroupsPage;
class ExchangeTableModel;
class OverviewPage;
class OverviewStats;
class QueueTableModel;
class TablePage;
class TopicsPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ExchangeTableModel *exchangeModel() const { return m_exchangeModel; }
    QueueTableModel *queueModel() const { return m_queueModel; }
    ConnectionTableModel *connectionModel() const { return m_connectionModel; }
    TopicsPage *topicsPage() const { return m_topicsPage; }
    ConsumerGroupsPage *groupsPage() const { return m_groupsPage; }
    /// The newest snapshot applied, or null before the first.
    metrics::BrokerSnapshotPtr lastSnapshot() const { return m_lastSnapshot; }

public slots:
    void applySnapshot(warren::metrics::BrokerSnapshotPtr snapshot);

private:
    void updateStatusBar(const metrics::BrokerSnapshot &snapshot);
    void updateTabTitles();

    ExchangeTableModel *m_exchangeModel;
    QueueTableModel *m_queueModel;
    ConnectionTableModel *m_connectionModel;
    std::unique_ptr<OverviewStats> m_stats;

    QTabWidget *m_tabs;
    OverviewPage *m_overviewPage;
    TablePage *m_exchangesPage;
    TablePage *m_queuesPage;
    TablePage *m_connectionsPage;
    TopicsPage *m_topicsPage;
    ConsumerGroupsPage *m_groupsPage;
    QLabel *m_listenersStatus;
    QLabel *m_ratesStatus;

    metrics::BrokerSnapshotPtr m_lastSnapshot;
};

} // namespace warren::widgets
