#pragma once
// ConsumerGroupTableModel: one row per Kafka consumer group (keyed by group
// id) with state, protocol, member count, generation and total lag. Refreshed
// by diffing (see SnapshotTableModel). Lives on the GUI thread.

#include "snapshot_table_model.h"

#include <QMetaType> // broker_snapshot.h uses Q_DECLARE_METATYPE without including it
#include <metrics/broker_snapshot.h>

namespace warren::widgets {

class ConsumerGroupTableModel : public SnapshotTableModel
{
    Q_OBJECT
public:
    enum Column { Group, State, Members, Generation, TotalLag, Protocol, ColumnCount };

    explicit ConsumerGroupTableModel(QObject *parent = nullptr);

    void applySnapshot(const metrics::BrokerSnapshot &snapshot);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    int storedRowCount() const override { return int(m_rows.size()); }

private:
    /// The shown fields only: members and offsets live in the detail models.
    struct Item {
        QString groupId;
        QString state;
        QString protocolType;
        QString protocol;
        QString leader;
        int members = 0;
        int generation = 0;
        qint64 totalLag = 0;
        bool operator==(const Item &) const = default;
    };
    struct Row {
        Item item;
    };

    static Item itemOf(const metrics::ConsumerGroupSnapshot &group);
    QVariant displayData(const Row &row, int column) const;
    QVariant sortData(const Row &row, int column) const;
    QString protocolText(const Item &item) const;

    std::vector<Row> m_rows;
};

} // namespace warren::widgets
