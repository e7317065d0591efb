#include "topics_page.h"

#include "models/partition_table_model.h"
#include "models/topic_table_model.h"
#include "table_page.h"
#include "topic_message_browser.h"

#include <QGroupBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace warren::widgets {

TopicsPage::TopicsPage(QWidget *parent)
    : QWidget(parent)
    , m_topicModel(new TopicTableModel(this))
    , m_partitionModel(new PartitionTableModel(this))
    , m_topics(new TablePage(m_topicModel, tr("topics"), TopicTableModel::Name, this))
    , m_partitionsBox(new QGroupBox(this))
    , m_detailTabs(new QTabWidget(m_partitionsBox))
    , m_partitions(new TablePage(m_partitionModel, tr("partitions"), PartitionTableModel::Partition,
                                 m_detailTabs))
    , m_browser(new TopicMessageBrowser(m_detailTabs))
{
    m_topics->view()->setObjectName(QStringLiteral("topicTable"));
    m_topics->filterEdit()->setObjectName(QStringLiteral("topicFilter"));
    m_topics->view()->setSelectionMode(QAbstractItemView::SingleSelection);
    m_partitions->view()->setObjectName(QStringLiteral("partitionTable"));
    m_partitions->setFilterVisible(false);
    m_partitions->setStretchLastColumn(false);

    m_browser->setObjectName(QStringLiteral("topicMessageBrowser"));
    m_detailTabs->setObjectName(QStringLiteral("topicDetailTabs"));
    m_detailTabs->setDocumentMode(true);
    m_detailTabs->addTab(m_partitions, tr("Partitions"));
    m_detailTabs->addTab(m_browser, tr("Messages"));
    auto *boxLayout = new QVBoxLayout(m_partitionsBox);
    boxLayout->setContentsMargins(0, 4, 0, 0);
    boxLayout->addWidget(m_detailTabs);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_topics);
    splitter->addWidget(m_partitionsBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 300});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->addWidget(splitter);

    connect(m_topics->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TopicsPage::showSelectedTopic);
    showSelectedTopic();
}

QString TopicsPage::selectedTopic() const
{
    const QModelIndexList rows = m_topics->view()->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(SnapshotTableModel::KeyRole).toString();
}

void TopicsPage::setCommands(api::CommandApi *commands)
{
    m_browser->setCommands(commands);
}

void TopicsPage::applySnapshot(const metrics::BrokerSnapshotPtr &snapshot)
{
    if (!snapshot)
        return;
    m_last = snapshot;
    m_topicModel->applySnapshot(*snapshot);
    if (!m_selectedOnce && m_topics->proxy()->rowCount() > 0) {
        m_selectedOnce = true;
        if (!m_topics->view()->selectionModel()->hasSelection())
            m_topics->view()->selectRow(0);
    }
    showSelectedTopic(); // the selected topic may have gone
    m_partitionModel->applySnapshot(*snapshot);
}

void TopicsPage::showSelectedTopic()
{
    const QString topic = selectedTopic(); // metrics::logKey: a topic's name, or a stream's key
    const metrics::TopicSnapshot *shown = nullptr;
    if (m_last && !topic.isEmpty())
        for (const auto *list : {&m_last->topics, &m_last->streams})
            for (const auto &t : *list)
                if (metrics::logKey(t) == topic)
                    shown = &t;
    QString title = tr("Select a topic to see its partitions and messages");
    if (shown && !shown->streamVhost.isEmpty())
        title = tr("AMQP stream “%1” in vhost %2").arg(shown->name, shown->streamVhost);
    else if (!topic.isEmpty())
        title = tr("Topic “%1”").arg(topic);
    if (m_partitionsBox->title() != title)
        m_partitionsBox->setTitle(title);
    if (shown)
        m_browser->setTopic(shown->name, shown->partitions, shown->streamVhost);
    else
        m_browser->setTopic(topic, 0);
    if (topic == m_partitionModel->topic())
        return;
    m_partitionModel->setTopic(topic);
    if (m_last)
        m_partitionModel->applySnapshot(*m_last);
}

} // namespace warren::widgets
