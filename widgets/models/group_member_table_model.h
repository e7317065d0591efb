#pragma once
// GroupMemberTableModel: the members of one Kafka consumer group (the one
// selected in the Consumer groups tab), keyed by member id, with client id,
// host and assigned partitions. Refreshed by diffing (see
// SnapshotTableModel); choosing another group removes the old rows and
// inserts the new ones, never resets. GUI thread.

#include "snapshot_table_model.h"

#include <QMetaType> // broker_snapshot.h uses Q_DECLARE_METATYPE without including it
#include <metrics/broker_snapshot.h>

namespace warren::widgets {

class GroupMemberTableModel : public SnapshotTableModel
{
    Q_OBJECT
public:
    /// The member id (long, generated) comes last: it is the column that elides.
    enum Column { ClientId, Host, Assigned, MemberId, ColumnCount };

    explicit GroupMemberTableModel(QObject *parent = nullptr);

    /// Shows the members of `groupId` ("" shows none); see PartitionTableModel::setTopic.
    void setGroup(const QString &groupId);
    QString group() const { return m_group; }

    void applySnapshot(const metrics::BrokerSnapshot &snapshot);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// "orders-0", "orders-2", "audit-1" → "orders: 0, 2; audit: 1" (topics in
    /// first-seen order, partitions ascending); entries that are not
    /// topic-partition are kept as they are.
    static QString compactAssignment(const QStringList &assigned);

protected:
    int storedRowCount() const override { return int(m_rows.size()); }

private:
    struct Row {
        metrics::GroupMemberSnapshot item;
    };

    QVariant displayData(const Row &row, int column) const;

    QString m_group;
    std::vector<Row> m_rows;
};

} // namespace warren::widgets
