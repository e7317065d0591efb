#pragma once
// ConnectionTableModel: one row per client connection (keyed by connection
// id) with peer, client, user, vhost, channels and byte rates, refreshed from
// broker snapshots by diffing (see SnapshotTableModel). Lives on the GUI
// thread.

#include "rate_tracker.h"
#include "snapshot_table_model.h"

#include <metrics/broker_snapshot.h>

namespace warren::widgets {

class ConnectionTableModel : public SnapshotTableModel
{
    Q_OBJECT
public:
    enum Column {
        Peer,
        Protocol,
        Client,
        User,
        VirtualHost,
        Channels,
        ReceiveRate,
        SendRate,
        ConnectedAt,
        ColumnCount
    };

    explicit ConnectionTableModel(QObject *parent = nullptr);

    void applySnapshot(const metrics::BrokerSnapshot &snapshot);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    int storedRowCount() const override { return int(m_rows.size()); }

private:
    struct Row {
        metrics::ConnectionSnapshot item;
        RateTracker bytesIn;  ///< from ConnectionSnapshot::bytesIn
        RateTracker bytesOut; ///< from ConnectionSnapshot::bytesOut
    };

    QVariant displayData(const Row &row, int column) const;
    QVariant sortData(const Row &row, int column) const;

    std::vector<Row> m_rows;
};

} // namespace warren::widgets
