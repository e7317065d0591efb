#pragma once
// ExchangeTableModel: one row per exchange (keyed by vhost + name) with its
// type, flags, bindings and in/out message rates, refreshed from broker
// snapshots by diffing (see SnapshotTableModel). The default exchange (name
// "") shows as "(AMQP default)". Lives on the GUI thread.

#include "rate_tracker.h"
#include "snapshot_table_model.h"

#include <metrics/broker_snapshot.h>

namespace warren::widgets {

class ExchangeTableModel : public SnapshotTableModel
{
    Q_OBJECT
public:
    enum Column {
        VirtualHost,
        Name,
        Type,
        Features,
        Bindings,
        InRate,
        OutRate,
        Arguments,
        ColumnCount
    };

    explicit ExchangeTableModel(QObject *parent = nullptr);

    void applySnapshot(const metrics::BrokerSnapshot &snapshot);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    int storedRowCount() const override { return int(m_rows.size()); }

private:
    struct Row {
        metrics::ExchangeSnapshot item;
        RateTracker in;  ///< from ExchangeSnapshot::publishedIn
        RateTracker out; ///< from ExchangeSnapshot::routedOut
    };

    QVariant displayData(const Row &row, int column) const;
    QVariant sortData(const Row &row, int column) const;
    QString featuresText(const metrics::ExchangeSnapshot &exchange) const;
    QString featuresToolTip(const metrics::ExchangeSnapshot &exchange) const;

    std::vector<Row> m_rows;
};

} // namespace warren::widgets
