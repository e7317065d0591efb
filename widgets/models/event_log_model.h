#pragma once
// EventLogModel: the broker's event log as a table (time, kind, text). Each
// snapshot carries the newest few hundred events; the model appends those
// with a sequence number above the last it has (rows inserted at the end,
// never a reset) and keeps at most capacity() rows, removing the oldest
// first. If events were lost between two snapshots (a burst larger than a
// snapshot carries), missedEvents() counts them. A broker restarted by the
// app (its start time, takenAtMs - uptimeMs, changed) numbers its events
// from 1 again: the rows stay and the new events are appended. GUI thread.

#include <QAbstractTableModel>

#include <metrics/broker_snapshot.h>

#include <deque>

namespace warren::widgets {

class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Kind, Text, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< time column: the sequence number
        KindRole,                    ///< int(metrics::EventKind)
        SeqRole,
    };

    explicit EventLogModel(QObject *parent = nullptr, int capacity = 5000);

    void applySnapshot(const metrics::BrokerSnapshot &snapshot);
    /// Forgets every row (the next snapshot's events come back only if newer).
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int capacity() const { return m_capacity; }
    quint64 lastSeq() const { return m_lastSeq; }
    quint64 missedEvents() const { return m_missed; }
    /// The translated name of a kind ("Connection", "Protocol error", …).
    static QString kindName(metrics::EventKind kind);

private:
    const int m_capacity;
    std::deque<metrics::EventSnapshot> m_rows;
    quint64 m_lastSeq = 0;
    quint64 m_missed = 0;
    qint64 m_brokerStartMs = 0;
};

} // namespace warren::widgets
