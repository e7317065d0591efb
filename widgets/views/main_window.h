#pragma once
// MainWindow: Warren's monitor window. It shows the broker only through the
// immutable snapshots handed to applySnapshot() (never locking broker
// internals): Overview, Exchanges, Queues, Connections, Topics, Consumer
// groups and Topology tabs plus a status bar with the listeners and live rates. Lives on the GUI thread; the app
// connects the broker's snapshot signal (queued) to applySnapshot().

#include <QMetaType> // broker_snapshot.h uses Q_DECLARE_METATYPE without including it
#include <metrics/broker_snapshot.h>

#include <QMainWindow>

namespace warren::api {
class CommandApi;
}

class QLabel;
class QTabWidget;

namespace warren::widgets {

class ConnectionActions;
class ConnectionTableModel;
class EventLogPage;
class GroupActions;
class QueueActions;
class TopicActions;
class PublishDialog;
class SettingsPage;
class UsersPage;
class ConsumerGroupsPage;
class ExchangeTableModel;
class ExchangesPage;
class OverviewPage;
class OverviewStats;
class QueueTableModel;
class QueuesPage;
class TablePage;
class TopicsPage;
class TopologyPage;

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
    ExchangesPage *exchangesPage() const { return m_exchangesPage; }
    QueuesPage *queuesPage() const { return m_queuesPage; }
    TopologyPage *topologyPage() const { return m_topologyPage; }
    /// Switches to the Exchanges (Queues) tab with that row selected.
    void showExchange(const QString &vhost, const QString &name);
    void showQueue(const QString &vhost, const QString &name);
    /// The newest snapshot applied, or null before the first.
    metrics::BrokerSnapshotPtr lastSnapshot() const { return m_lastSnapshot; }

    /// The broker's command API (publish, close connection, …); nullptr
    /// while no broker runs. Not owned.
    void setCommands(api::CommandApi *commands);
    api::CommandApi *commands() const { return m_commands; }
    EventLogPage *eventLogPage() const { return m_eventLogPage; }
    SettingsPage *settingsPage() const { return m_settingsPage; }
    UsersPage *usersPage() const { return m_usersPage; }
    ConnectionActions *connectionActions() const { return m_connectionActions; }
    QueueActions *queueActions() const { return m_queueActions; }
    TopicActions *topicActions() const { return m_topicActions; }
    GroupActions *groupActions() const { return m_groupActions; }
    /// The "Publish test messages" window (created on first use).
    PublishDialog *publishDialog();
    /// Shows (and raises) the publish window.
    void showPublishDialog();
    /// Shows the publish window's Kafka tab for `topic`.
    void showProduceDialog(const QString &topic);

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
    ExchangesPage *m_exchangesPage;
    QueuesPage *m_queuesPage;
    TablePage *m_connectionsPage;
    TopicsPage *m_topicsPage;
    ConsumerGroupsPage *m_groupsPage;
    TopologyPage *m_topologyPage;
    QLabel *m_listenersStatus;
    QLabel *m_ratesStatus;
    QLabel *m_alarmStatus = nullptr; ///< red, shown while publishers are blocked by a resource alarm
    EventLogPage *m_eventLogPage;
    SettingsPage *m_settingsPage;
    UsersPage *m_usersPage;
    ConnectionActions *m_connectionActions;
    QueueActions *m_queueActions = nullptr;
    TopicActions *m_topicActions = nullptr;
    GroupActions *m_groupActions = nullptr;
    PublishDialog *m_publishDialog = nullptr;
    api::CommandApi *m_commands = nullptr;

    metrics::BrokerSnapshotPtr m_lastSnapshot;
};

} // namespace warren::widgets
