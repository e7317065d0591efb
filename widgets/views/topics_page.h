#pragma once
// TopicsPage: the Kafka side's topics, and AMQP streams as one-partition
// logs (italic names). A filterable table of them above
// two tabs for the selected one: its partitions, and its messages (a
// TopicMessageBrowser, which reads records through the command API). Owns
// both models and the browser; fed by MainWindow with every snapshot, and
// keeps the newest so choosing another topic fills the partitions table at
// once. Owned by its parent; GUI thread.

#include <QMetaType> // broker_snapshot.h uses Q_DECLARE_METATYPE without including it
#include <metrics/broker_snapshot.h>

#include <QWidget>

class QGroupBox;
class QTabWidget;

namespace warren::api {
class CommandApi;
}

namespace warren::widgets {

class PartitionTableModel;
class TablePage;
class TopicTableModel;
class TopicMessageBrowser;

class TopicsPage : public QWidget
{
    Q_OBJECT
public:
    explicit TopicsPage(QWidget *parent = nullptr);

    void applySnapshot(const metrics::BrokerSnapshotPtr &snapshot);

    TopicTableModel *topicModel() const { return m_topicModel; }
    PartitionTableModel *partitionModel() const { return m_partitionModel; }
    TablePage *topicTable() const { return m_topics; }
    TablePage *partitionTable() const { return m_partitions; }
    /// "Partitions" and "Messages".
    QTabWidget *detailTabs() const { return m_detailTabs; }
    TopicMessageBrowser *messageBrowser() const { return m_browser; }
    /// For the message browser; nullptr while no broker runs.
    void setCommands(api::CommandApi *commands);
    /// Key of the selected log (metrics::logKey: a Kafka topic's name, or
    /// a stream's key); "" when none is.
    QString selectedTopic() const;

private:
    void showSelectedTopic();

    TopicTableModel *m_topicModel;
    PartitionTableModel *m_partitionModel;
    TablePage *m_topics;
    QGroupBox *m_partitionsBox;
    QTabWidget *m_detailTabs;
    TablePage *m_partitions;
    TopicMessageBrowser *m_browser;
    metrics::BrokerSnapshotPtr m_last;
    bool m_selectedOnce = false; ///< the first topic was selected for the user
};

} // namespace warren::widgets
