#pragma once
// GroupLagTableModel: committed offset, high watermark and lag per
// topic-partition for one Kafka consumer group (the one selected in the
// Consumer groups tab), keyed by topic + partition. Refreshed by diffing (see
// SnapshotTableModel); choosing another group removes the old rows and
// inserts the new ones, never resets. GUI thread.

#include "snapshot_table_model.h"

#include <QMetaType> // broker_snapshot.h uses Q_DECLARE_METATYPE without including it
#include <metrics/broker_snapshot.h>

namespace warren::widgets {

class GroupLagTableModel : public SnapshotTableModel
{
    Q_OBJECT
public:
    enum Column { Topic, Partition, Committed, HighWatermark, Lag, ColumnCount };

    explicit GroupLagTableModel(QObject *parent = nullptr);

    /// Shows the offsets of `groupId` ("" shows none); see PartitionTableModel::setTopic.
    void setGroup(const QString &groupId);
    QString group() const { return m_group; }

    void applySnapshot(const metrics::BrokerSnapshot &snapshot);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    int storedRowCount() const override { return int(m_rows.size()); }

private:
    struct Row {
        metrics::GroupOffsetSnapshot item;
    };

    QVariant displayData(const Row &row, int column) const;
    QVariant sortData(const Row &row, int column) const;

    QString m_group;
    std::vector<Row> m_rows;
};

} // namespace warren::widgets
