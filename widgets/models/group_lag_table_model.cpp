#include "group_lag_table_model.h"

#include "display_format.h"

namespace warren::widgets {

namespace {

bool sameShown(const metrics::GroupOffsetSnapshot &a, const metrics::GroupOffsetSnapshot &b)
{
    return a.committedOffset == b.committedOffset && a.highWatermark == b.highWatermark && a.lag == b.lag;
}

QPair<QString, int> keyOf(const metrics::GroupOffsetSnapshot &o)
{
    return {o.topic, o.partition};
}

const std::vector<metrics::GroupOffsetSnapshot> *offsetsOf(const metrics::BrokerSnapshot &snapshot,
                                                           const QString &groupId)
{
    for (const auto &g : snapshot.groups) {
        if (g.groupId == groupId)
            return &g.offsets;
    }
    return nullptr;
}

} // namespace

GroupLagTableModel::GroupLagTableModel(QObject *parent)
    : SnapshotTableModel(parent)
{
}

void GroupLagTableModel::setGroup(const QString &groupId)
{
    if (groupId == m_group)
        return;
    removeAllRows(m_rows);
    m_group = groupId;
}

void GroupLagTableModel::applySnapshot(const metrics::BrokerSnapshot &snapshot)
{
    static const std::vector<metrics::GroupOffsetSnapshot> none;
    const auto *offsets = m_group.isEmpty() ? nullptr : offsetsOf(snapshot, m_group);
    syncRows(
        m_rows, offsets ? *offsets : none, keyOf,
        [](const metrics::GroupOffsetSnapshot &o) { return Row{o}; },
        [](Row &row, const metrics::GroupOffsetSnapshot &o) {
            const bool changed = !sameShown(row.item, o);
            row.item = o;
            return changed;
        });
}

int GroupLagTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupLagTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case SortRole:
        return sortData(row, index.column());
    case KeyRole:
        return QString(row.item.topic + QLatin1Char('-') + QString::number(row.item.partition));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue((index.column() == Topic ? Qt::AlignLeft : Qt::AlignRight)
                                   | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == Topic)
            return row.item.topic;
        if (index.column() == Committed && row.item.committedOffset < 0)
            return tr("No committed offset");
        return {};
    default:
        return {};
    }
}

QVariant GroupLagTableModel::displayData(const Row &row, int column) const
{
    const metrics::GroupOffsetSnapshot &o = row.item;
    switch (column) {
    case Topic: return o.topic;
    case Partition: return QString::number(o.partition);
    case Committed: return DisplayFormat::offset(o.committedOffset);
    case HighWatermark: return DisplayFormat::offset(o.highWatermark);
    case Lag: return DisplayFormat::offset(o.lag);
    default: return {};
    }
}

QVariant GroupLagTableModel::sortData(const Row &row, int column) const
{
    const metrics::GroupOffsetSnapshot &o = row.item;
    switch (column) {
    case Topic: return o.topic;
    case Partition: return o.partition;
    case Committed: return o.committedOffset;
    case HighWatermark: return o.highWatermark;
    case Lag: return o.lag;
    default: return {};
    }
}

QVariant GroupLagTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Topic: return tr("Topic");
        case Partition: return tr("Partition");
        case Committed: return tr("Committed");
        case HighWatermark: return tr("High watermark");
        case Lag: return tr("Lag");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Committed: return tr("Offset the group committed (the next record it will read)");
        case HighWatermark: return tr("Offset the next produced record will get");
        case Lag: return tr("High watermark − committed offset");
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section == Topic ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    return {};
}

} // namespace warren::widgets
