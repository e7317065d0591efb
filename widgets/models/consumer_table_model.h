#pragma once
// ConsumerTableModel: the consumers of one AMQP queue (the one selected in
// the Queues tab) — tag, connection, channel, ack mode, prefetch, unacked —
// keyed by connection, channel and tag. Refreshed by diffing (see
// SnapshotTableModel); choosing another queue removes the old rows and
// inserts the new ones, never resets. GUI thread.

#include "snapshot_table_model.h"

#include <QMetaType> // broker_snapshot.h uses Q_DECLARE_METATYPE without including it
#include <metrics/broker_snapshot.h>

namespace warren::widgets {

class ConsumerTableModel : public SnapshotTableModel
{
    Q_OBJECT
public:
    /// Priority: the consumer's x-priority, and whether it is the active one
    /// of a single-active-consumer queue.
    enum Column { Tag, Connection, Channel, AckMode, Prefetch, Unacked, Priority, ColumnCount };

    explicit ConsumerTableModel(QObject *parent = nullptr);

    /// Shows the consumers of `queue` in `vhost` ("" queue shows none).
    /// Takes effect at once; rows come with applySnapshot().
    void setQueue(const QString &vhost, const QString &queue);
    QString vhost() const { return m_vhost; }
    QString queue() const { return m_queue; }

    void applySnapshot(const metrics::BrokerSnapshot &snapshot);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    int storedRowCount() const override { return int(m_rows.size()); }

private:
    struct Item {
        metrics::ConsumerSnapshot consumer;
        metrics::ConnectionSnapshot connection; ///< id 0 when the snapshot lacks it
    };
    struct Row {
        Item item;
    };

    QVariant displayData(const Row &row, int column) const;
    QVariant sortData(const Row &row, int column) const;

    QString m_vhost;
    QString m_queue;
    std::vector<Row> m_rows;
};

} // namespace warren::widgets
