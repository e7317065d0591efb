#pragma once
// TopicsPage: the Kafka side's topics. A filterable table of topics above the
// partitions of the selected one. Owns both models; fed by MainWindow with
// every snapshot, and keeps the newest so choosing another topic fills the
// partitions table at once. Owned by its parent; GUI thread.

#include <QMetaType> // broker_snapshot.h uses Q_DECLARE_METATYPE without including it
#include <metrics/broker_snapshot.h>

#include <QWidget>

class QGroupBox;

namespace warren::widgets {

class PartitionTableModel;
class TablePage;
class TopicTableModel;

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
    /// Name of the selected topic; "" when none is.
    QString selectedTopic() const;

private:
    void showSelectedTopic();

    TopicTableModel *m_topicModel;
    PartitionTableModel *m_partitionModel;
    TablePage *m_topics;
    QGroupBox *m_partitionsBox;
    TablePage *m_partitions;
    metrics::BrokerSnapshotPtr m_last;
    bool m_selectedOnce = false; ///< the first topic was selected for the user
};

} // namespace warren::widgets
