#pragma once
// QueueTableModel: one row per queue (keyed by vhost + name) with its depth,
// consumers and in/out message rates, refreshed from broker snapshots by
// diffing (see SnapshotTableModel). Lives on the GUI thread.

#include "rate_tracker.h"
#include "snapshot_table_model.h"

#include <metrics/broker_snapshot.h>

namespace warren::widgets {

class QueueTableModel : public SnapshotTableModel
{
    Q_OBJECT
public:
    enum Column {
        VirtualHost,
        Name,
        Features,
        Ready,
        Unacked,
        Total,
        Consumers,
        InRate,
        OutRate,
        Memory,
        PagedOut,
        Disk,
        Arguments,
        ColumnCount
    };

    explicit QueueTableModel(QObject *parent = nullptr);

    void applySnapshot(const metrics::BrokerSnapshot &snapshot);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    int storedRowCount() const override { return int(m_rows.size()); }

private:
    struct Row {
        metrics::QueueSnapshot item;
        RateTracker in;  ///< from QueueSnapshot::published
        RateTracker out; ///< from QueueSnapshot::delivered
    };

    QVariant displayData(const Row &row, int column) const;
    QVariant sortData(const Row &row, int column) const;
    QString featuresText(const metrics::QueueSnapshot &queue) const;
    QString featuresToolTip(const metrics::QueueSnapshot &queue) const;

    std::vector<Row> m_rows;
};

} // namespace warren::widgets
