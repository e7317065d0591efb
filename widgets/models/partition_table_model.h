#pragma once
// PartitionTableModel: the partitions of one Kafka topic (the one selected in
// the Topics tab), keyed by partition number, with offsets, size and segment
// count. Refreshed by diffing (see SnapshotTableModel); choosing another topic
// removes the old rows and inserts the new ones, never resets. GUI thread.

#include "snapshot_table_model.h"

#include <QMetaType> // broker_snapshot.h uses Q_DECLARE_METATYPE without including it
#include <metrics/broker_snapshot.h>

namespace warren::widgets {

class PartitionTableModel : public SnapshotTableModel
{
    Q_OBJECT
public:
    enum Column { Partition, LogStartOffset, HighWatermark, Messages, Size, Segments, ColumnCount };

    explicit PartitionTableModel(QObject *parent = nullptr);

    /// Shows the partitions of `topic` ("" shows none). Takes effect at once
    /// (rows of another topic are removed); the rows come with applySnapshot().
    void setTopic(const QString &topic);
    QString topic() const { return m_topic; }

    void applySnapshot(const metrics::BrokerSnapshot &snapshot);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    int storedRowCount() const override { return int(m_rows.size()); }

private:
    struct Row {
        metrics::PartitionSnapshot item;
    };

    QVariant displayData(const Row &row, int column) const;
    QVariant sortData(const Row &row, int column) const;

    QString m_topic;
    std::vector<Row> m_rows;
};

} // namespace warren::widgets
