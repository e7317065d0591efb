#include "main_window.h"

#include "connection_actions.h"
#include "consumer_groups_page.h"
#include "event_log_page.h"
#include "management_actions.h"
#include "publish_panel.h"
#include "settings_page.h"
#include "users_page.h"
#include "exchanges_page.h"

#include "models/connection_table_model.h"
#include "models/consumer_group_table_model.h"
#include "models/display_format.h"
#include "models/exchange_table_model.h"
#include "models/overview_stats.h"
#include "models/queue_table_model.h"
#include "models/topic_table_model.h"
#include "overview_page.h"
#include "queue_message_browser.h"
#include "queues_page.h"
#include "table_page.h"
#include "topics_page.h"
#include "topic_message_browser.h"
#include "topology_page.h"

#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

namespace warren::widgets {

namespace {
enum Tab { OverviewTab, ExchangesTab, QueuesTab, ConnectionsTab, TopicsTab, GroupsTab, TopologyTab };
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_exchangeModel(new ExchangeTableModel(this))
    , m_queueModel(new QueueTableModel(this))
    , m_connectionModel(new ConnectionTableModel(this))
    , m_stats(std::make_unique<OverviewStats>())
    , m_tabs(new QTabWidget(this))
    , m_overviewPage(new OverviewPage(m_tabs))
    , m_exchangesPage(new ExchangesPage(m_exchangeModel, m_tabs))
    , m_queuesPage(new QueuesPage(m_queueModel, m_tabs))
    , m_connectionsPage(new TablePage(m_connectionModel, tr("connections"), ConnectionTableModel::Peer, m_tabs))
    , m_topicsPage(new TopicsPage(m_tabs))
    , m_groupsPage(new ConsumerGroupsPage(m_tabs))
    , m_topologyPage(new TopologyPage(m_tabs))
    , m_listenersStatus(new QLabel(this))
    , m_ratesStatus(new QLabel(this))
    , m_eventLogPage(new EventLogPage(m_tabs))
    , m_settingsPage(new SettingsPage(m_tabs))
    , m_usersPage(new UsersPage(m_tabs))
    , m_connectionActions(new ConnectionActions(m_connectionsPage, this))
{
    qRegisterMetaType<metrics::BrokerSnapshotPtr>();
    setWindowTitle(tr("Warren"));

    m_exchangesPage->view()->setObjectName(QStringLiteral("exchangeTable"));
    m_queuesPage->view()->setObjectName(QStringLiteral("queueTable"));
    m_connectionsPage->view()->setObjectName(QStringLiteral("connectionTable"));
    m_exchangesPage->filterEdit()->setObjectName(QStringLiteral("exchangeFilter"));
    m_queuesPage->filterEdit()->setObjectName(QStringLiteral("queueFilter"));
    m_connectionsPage->filterEdit()->setObjectName(QStringLiteral("connectionFilter"));
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->insertTab(OverviewTab, m_overviewPage, tr("Overview"));
    m_tabs->insertTab(ExchangesTab, m_exchangesPage, QString());
    m_tabs->insertTab(QueuesTab, m_queuesPage, QString());
    m_tabs->insertTab(ConnectionsTab, m_connectionsPage, QString());
    m_tabs->insertTab(TopicsTab, m_topicsPage, QString());
    m_tabs->insertTab(GroupsTab, m_groupsPage, QString());
    m_tabs->insertTab(TopologyTab, m_topologyPage, tr("Topology"));
    connect(m_topologyPage, &TopologyPage::exchangeActivated, this, &MainWindow::showExchange);
    connect(m_topologyPage, &TopologyPage::queueActivated, this, &MainWindow::showQueue);
    connect(m_topicsPage->messageBrowser(), &TopicMessageBrowser::produceRequested, this,
            &MainWindow::showProduceDialog);
    setCentralWidget(m_tabs);
    updateTabTitles();

    // The event log, settings and the publish window (commands need a broker: setCommands()).
    m_tabs->addTab(m_eventLogPage, tr("Event log"));
    connect(m_usersPage, &UsersPage::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    m_tabs->addTab(m_settingsPage, tr("Settings"));
    m_tabs->addTab(m_usersPage, tr("Users"));
    auto *publish = new QPushButton(tr("Publish test messages…"), m_tabs);
    publish->setObjectName(QStringLiteral("publishButton"));
    publish->setToolTip(tr("Send AMQP messages or Kafka records through the broker"));
    publish->setFlat(true);
    m_tabs->setCornerWidget(publish, Qt::TopRightCorner);
    connect(publish, &QPushButton::clicked, this, &MainWindow::showPublishDialog);
    publish->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));

    // Keyboard: Alt+1 … Alt+9 and Alt+0 pick a tab (Ctrl+Tab / Ctrl+PgDown
    // step through them, as QTabWidget does); Ctrl+F goes to the current
    // tab's filter box.
    for (int i = 0; i < 10; ++i) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + (i + 1) % 10)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] {
            if (i < m_tabs->count())
                m_tabs->setCurrentIndex(i);
        });
    }
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        if (QWidget *page = m_tabs->currentWidget())
            for (QLineEdit *edit : page->findChildren<QLineEdit *>())
                if (edit->isVisible() && edit->isEnabled() && !edit->isReadOnly()) {
                    edit->setFocus(Qt::ShortcutFocusReason);
                    edit->selectAll();
                    return;
                }
    });
    connect(m_connectionActions, &ConnectionActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    m_queueActions = new QueueActions(m_queuesPage->table(), this);
    m_topicActions = new TopicActions(m_topicsPage->topicTable(), this);
    m_groupActions = new GroupActions(m_groupsPage->groupTable(), this);
    for (TableActions *actions : std::initializer_list<TableActions *>{m_queueActions, m_topicActions, m_groupActions})
        connect(actions, &TableActions::message, this, [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_queuesPage->messageBrowser(), &QueueMessageBrowser::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });

    m_listenersStatus->setText(tr("Not listening"));
    m_ratesStatus->setText(tr("Waiting for the broker…"));
    m_listenersStatus->setMinimumWidth(1); // clipped, not widening the window, when long
    statusBar()->addWidget(m_listenersStatus, 1);
    m_alarmStatus = new QLabel(this);
    m_alarmStatus->setObjectName(QStringLiteral("alarmStatus"));
    m_alarmStatus->setStyleSheet(QStringLiteral("QLabel { background: #c62828; color: white; padding: 1px 6px; "
                                                "font-weight: bold; }"));
    m_alarmStatus->hide();
    statusBar()->addPermanentWidget(m_alarmStatus);
    statusBar()->addPermanentWidget(m_ratesStatus);

    resize(1024, 640);
}

MainWindow::~MainWindow() = default;

void MainWindow::applySnapshot(warren::metrics::BrokerSnapshotPtr snapshot)
{
    if (!snapshot)
        return;
    m_lastSnapshot = snapshot;
    m_exchangeModel->applySnapshot(*snapshot);
    m_exchangesPage->applySnapshot(snapshot);
    m_queueModel->applySnapshot(*snapshot);
    m_queuesPage->applySnapshot(snapshot);
    m_topologyPage->applySnapshot(snapshot);
    m_connectionModel->applySnapshot(*snapshot);
    m_eventLogPage->applySnapshot(*snapshot);
    m_usersPage->applySnapshot(*snapshot);
    m_groupActions->applySnapshot(*snapshot);
    if (m_publishDialog)
        m_publishDialog->panel()->applySnapshot(*snapshot);
    m_topicsPage->applySnapshot(snapshot);
    m_groupsPage->applySnapshot(snapshot);
    m_stats->update(*snapshot);
    m_overviewPage->setListeners(snapshot->listeners);
    m_overviewPage->setStats(*m_stats);
    updateStatusBar(*snapshot);
    updateTabTitles();
}

void MainWindow::showExchange(const QString &vhost, const QString &name)
{
    m_tabs->setCurrentWidget(m_exchangesPage);
    m_exchangesPage->selectExchange(vhost, name);
}

void MainWindow::showQueue(const QString &vhost, const QString &name)
{
    m_tabs->setCurrentWidget(m_queuesPage);
    m_queuesPage->selectQueue(vhost, name);
}

void MainWindow::setCommands(api::CommandApi *commands)
{
    m_commands = commands;
    m_connectionActions->setCommands(commands);
    m_queueActions->setCommands(commands);
    m_queuesPage->messageBrowser()->setCommands(commands);
    m_exchangesPage->setCommands(commands);
    m_topicActions->setCommands(commands);
    m_topicsPage->setCommands(commands);
    m_usersPage->setCommands(commands);
    m_groupActions->setCommands(commands);
    if (m_publishDialog)
        m_publishDialog->panel()->setCommands(commands);
}

PublishDialog *MainWindow::publishDialog()
{
    if (!m_publishDialog) {
        m_publishDialog = new PublishDialog(this);
        m_publishDialog->panel()->setCommands(m_commands);
        if (m_lastSnapshot)
            m_publishDialog->panel()->applySnapshot(*m_lastSnapshot);
    }
    return m_publishDialog;
}

void MainWindow::showProduceDialog(const QString &topic)
{
    showPublishDialog();
    m_publishDialog->panel()->showKafka(topic);
}

void MainWindow::showPublishDialog()
{
    PublishDialog *dialog = publishDialog();
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::updateStatusBar(const metrics::BrokerSnapshot &snapshot)
{
    // One entry per protocol, so AMQP on two addresses and Kafka still fit:
    // "AMQP 0-9-1 on 0.0.0.0:5672, [::]:5672 · Kafka on 0.0.0.0:9092".
    QStringList listeners;
    QStringList protocols;
    QHash<QString, QStringList> addresses;
    for (const auto &listener : snapshot.listeners) {
        listeners << OverviewPage::listenerText(listener);
        if (!addresses.contains(listener.protocol))
            protocols << listener.protocol;
        addresses[listener.protocol] << OverviewPage::addressText(listener);
    }
    QStringList perProtocol;
    for (const QString &protocol : std::as_const(protocols))
        perProtocol << tr("%1 on %2").arg(protocol, addresses.value(protocol).join(QLatin1String(", ")));
    const QString listenersText = perProtocol.isEmpty()
        ? tr("Not listening")
        : tr("Listening: %1").arg(perProtocol.join(QStringLiteral(" · ")));
    if (m_listenersStatus->text() != listenersText) {
        m_listenersStatus->setText(listenersText);
        m_listenersStatus->setToolTip(listeners.join(QLatin1Char('\n')));
    }

    const QString rates = tr("Connections: %1   Publish: %2   Deliver: %3   "
                             "Kafka produce: %4   Kafka fetch: %5 msg/s")
                              .arg(m_stats->totals().connections)
                              .arg(DisplayFormat::rate(m_stats->publishRate()),
                                   DisplayFormat::rate(m_stats->deliverRate()),
                                   DisplayFormat::rate(m_stats->kafkaProduceRate()),
                                   DisplayFormat::rate(m_stats->kafkaFetchRate()));
    if (m_ratesStatus->text() != rates)
        m_ratesStatus->setText(rates);

    // Resource alarms (RabbitMQ's flow control): a red label while publishers are blocked.
    const metrics::AlarmSnapshot &a = snapshot.alarms;
    QStringList alarms;
    const auto mib = [](quint64 bytes) { return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1); };
    if (a.memoryAlarm)
        alarms << tr("memory alarm (%1 MiB used, watermark %2 MiB)").arg(mib(a.memoryUsedBytes), mib(a.memoryHighWatermarkBytes));
    if (a.diskAlarm)
        alarms << tr("disk alarm (%1 MiB free, limit %2 MiB)").arg(mib(a.diskFreeBytes), mib(a.diskFreeLimitBytes));
    const QString alarmText = alarms.isEmpty() ? QString() : tr("Publishers blocked: %1").arg(alarms.join(QStringLiteral("; ")));
    if (m_alarmStatus->text() != alarmText) {
        m_alarmStatus->setText(alarmText);
        m_alarmStatus->setToolTip(tr("%n connection(s) blocked", nullptr, a.blockedConnections));
        m_alarmStatus->setVisible(!alarmText.isEmpty());
    }
}

void MainWindow::updateTabTitles()
{
    const auto setTitle = [this](int tab, const QString &title) {
        if (m_tabs->tabText(tab) != title)
            m_tabs->setTabText(tab, title);
    };
    setTitle(ExchangesTab, tr("Exchanges (%1)").arg(m_exchangeModel->rowCount()));
    setTitle(QueuesTab, tr("Queues (%1)").arg(m_queueModel->rowCount()));
    setTitle(ConnectionsTab, tr("Connections (%1)").arg(m_connectionModel->rowCount()));
    setTitle(TopicsTab, tr("Topics (%1)").arg(m_topicsPage->topicModel()->rowCount()));
    setTitle(GroupsTab, tr("Consumer groups (%1)").arg(m_groupsPage->groupModel()->rowCount()));
}

} // namespace warren::widgets
