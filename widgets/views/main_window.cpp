#include "main_window.h"

#include "consumer_groups_page.h"

#include "models/connection_table_model.h"
#include "models/consumer_group_table_model.h"
#include "models/display_format.h"
#include "models/exchange_table_model.h"
#include "models/overview_stats.h"
#include "models/queue_table_model.h"
#include "models/topic_table_model.h"
#include "overview_page.h"
#include "table_page.h"
#include "topics_page.h"

#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

namespace warren::widgets {

namespace {
enum Tab { OverviewTab, ExchangesTab, QueuesTab, ConnectionsTab, TopicsTab, GroupsTab };
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_exchangeModel(new ExchangeTableModel(this))
    , m_queueModel(new QueueTableModel(this))
    , m_connectionModel(new ConnectionTableModel(this))
    , m_stats(std::make_unique<OverviewStats>())
    , m_tabs(new QTabWidget(this))
    , m_overviewPage(new OverviewPage(m_tabs))
    , m_exchangesPage(new TablePage(m_exchangeModel, tr("exchanges"), ExchangeTableModel::Name, m_tabs))
    , m_queuesPage(new TablePage(m_queueModel, tr("queues"), QueueTableModel::Name, m_tabs))
    , m_connectionsPage(new TablePage(m_connectionModel, tr("connections"), ConnectionTableModel::Peer, m_tabs))
    , m_topicsPage(new TopicsPage(m_tabs))
    , m_groupsPage(new ConsumerGroupsPage(m_tabs))
    , m_listenersStatus(new QLabel(this))
    , m_ratesStatus(new QLabel(this))
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
    setCentralWidget(m_tabs);
    updateTabTitles();

    m_listenersStatus->setText(tr("Not listening"));
    m_ratesStatus->setText(tr("Waiting for the broker…"));
    m_listenersStatus->setMinimumWidth(1); // clipped, not widening the window, when long
    statusBar()->addWidget(m_listenersStatus, 1);
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
    m_queueModel->applySnapshot(*snapshot);
    m_connectionModel->applySnapshot(*snapshot);
    m_topicsPage->applySnapshot(snapshot);
    m_groupsPage->applySnapshot(snapshot);
    m_stats->update(*snapshot);
    m_overviewPage->setListeners(snapshot->listeners);
    m_overviewPage->setStats(*m_stats);
    updateStatusBar(*snapshot);
    updateTabTitles();
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
