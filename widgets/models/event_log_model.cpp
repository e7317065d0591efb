#include "event_log_model.h"

#include <QBrush>
#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace warren::widgets {

EventLogModel::EventLogModel(QObject *parent, int capacity)
    : QAbstractTableModel(parent)
    , m_capacity(qMax(1, capacity))
{
}

void EventLogModel::applySnapshot(const metrics::BrokerSnapshot &snapshot)
{
    // takenAtMs - uptimeMs is exactly the broker's start time: when it
    // changes (or the numbers go back), another broker numbers from 1 again.
    const qint64 startMs = snapshot.takenAtMs - snapshot.uptimeMs;
    if ((m_brokerStartMs != 0 && startMs != m_brokerStartMs)
        || (!snapshot.events.empty() && snapshot.events.back().seq < m_lastSeq))
        m_lastSeq = 0;
    m_brokerStartMs = startMs;
    // The snapshot's events are ordered by seq: skip what is known.
    auto first = snapshot.events.begin();
    while (first != snapshot.events.end() && first->seq <= m_lastSeq)
        ++first;
    const auto count = int(snapshot.events.end() - first);
    if (count == 0)
        return;
    if (m_lastSeq > 0 && first->seq > m_lastSeq + 1)
        m_missed += first->seq - m_lastSeq - 1;

    // Make room first, so the row count never exceeds the capacity.
    const int keep = qMax(0, m_capacity - count);
    if (int(m_rows.size()) > keep) {
        const int remove = int(m_rows.size()) - keep;
        beginRemoveRows({}, 0, remove - 1);
        m_rows.erase(m_rows.begin(), m_rows.begin() + remove);
        endRemoveRows();
    }
    const int take = qMin(count, m_capacity);
    const auto from = snapshot.events.end() - take;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()) + take - 1);
    m_rows.insert(m_rows.end(), from, snapshot.events.end());
    endInsertRows();
    m_lastSeq = snapshot.events.back().seq;
}

void EventLogModel::clear()
{
    if (m_rows.empty())
        return;
    beginRemoveRows({}, 0, int(m_rows.size()) - 1);
    m_rows.clear();
    endRemoveRows();
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventLogModel::kindName(metrics::EventKind kind)
{
    switch (kind) {
    case metrics::EventKind::Connection: return tr("Connection");
    case metrics::EventKind::Exchange: return tr("Exchange");
    case metrics::EventKind::Queue: return tr("Queue");
    case metrics::EventKind::Binding: return tr("Binding");
    case metrics::EventKind::ConsumerGroup: return tr("Consumer group");
    case metrics::EventKind::ProtocolError: return tr("Protocol error");
    case metrics::EventKind::Management: return tr("Management");
    case metrics::EventKind::ResourceAlarm: return tr("Resource alarm");
    }
    return tr("Other");
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const metrics::EventSnapshot &e = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time: {
            const QDateTime t = QDateTime::fromMSecsSinceEpoch(e.timeMs);
            return QLocale().toString(t.time(), QStringLiteral("HH:mm:ss.zzz"));
        }
        case Kind: return kindName(e.kind);
        case Text: return e.text;
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Time)
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.timeMs), QLocale::LongFormat);
        if (index.column() == Text)
            return e.text;
        return {};
    case Qt::ForegroundRole:
        if (e.kind == metrics::EventKind::ProtocolError)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        return {};
    case SortRole:
        switch (index.column()) {
        case Time: return e.seq;
        case Kind: return kindName(e.kind);
        default: return e.text;
        }
    case KindRole: return int(e.kind);
    case SeqRole: return e.seq;
    default: return {};
    }
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Kind: return tr("Kind");
    case Text: return tr("Event");
    default: return {};
    }
}

} // namespace warren::widgets
