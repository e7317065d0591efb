#pragma once
// TopicTableModel: one row per Kafka topic (keyed by name), and one per AMQP
// stream queue (keyed by metrics::logKey, name in italics), with partitions,
// messages, size, configs and a produce rate. The rate is derived from the sum
// of the topic's partition high watermarks between snapshots (records
// appended), so retention deleting old segments does not make it dip.
// Refreshed by diffing (see SnapshotTableModel). Lives on the GUI thread.

#include "rate_tracker.h"
#include "snapshot_table_model.h"

#include <QMetaType> // broker_snapshot.h uses Q_DECLARE_METATYPE without including it
#include <metrics/broker_snapshot.h>

namespace warren::widgets {

class TopicTableModel : public SnapshotTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Partitions, Messages, Size, ProduceRate, Configs, ColumnCount };
    /// The row's stream vhost ("" for a Kafka topic).
    static constexpr int StreamVhostRole = KeyRole + 16;

    explicit TopicTableModel(QObject *parent = nullptr);

    void applySnapshot(const metrics::BrokerSnapshot &snapshot);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Sum of the high watermarks of `topic`'s partitions in `snapshot`; the
    /// topic's message count when the snapshot lists none of its partitions.
    static quint64 appendedOf(const metrics::TopicSnapshot &topic,
                              const QHash<QString, quint64> &highWatermarkSums);
    static QHash<QString, quint64> highWatermarkSums(const metrics::BrokerSnapshot &snapshot);

protected:
    int storedRowCount() const override { return int(m_rows.size()); }

private:
    struct Row {
        metrics::TopicSnapshot item;
        RateTracker produced; ///< from the sum of the partitions' high watermarks
    };

    QVariant displayData(const Row &row, int column) const;
    QVariant sortData(const Row &row, int column) const;

    std::vector<Row> m_rows;
};

} // namespace warren::widgets
