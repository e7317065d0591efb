#include "group_member_table_model.h"

#include "display_format.h"

#include <algorithm>

namespace warren::widgets {

namespace {

bool sameShown(const metrics::GroupMemberSnapshot &a, const metrics::GroupMemberSnapshot &b)
{
    return a.clientId == b.clientId && a.clientHost == b.clientHost
        && a.assignedPartitions == b.assignedPartitions;
}

QString keyOf(const metrics::GroupMemberSnapshot &m)
{
    return m.memberId;
}

const std::vector<metrics::GroupMemberSnapshot> *membersOf(const metrics::BrokerSnapshot &snapshot,
                                                           const QString &groupId)
{
    for (const auto &g : snapshot.groups) {
        if (g.groupId == groupId)
            return &g.members;
    }
    return nullptr;
}

} // namespace

QString GroupMemberTableModel::compactAssignment(const QStringList &assigned)
{
    QStringList topics;
    QHash<QString, QList<int>> partitions;
    QStringList other;
    for (const QString &entry : assigned) {
        const qsizetype dash = entry.lastIndexOf(QLatin1Char('-'));
        bool ok = false;
        const int partition = dash > 0 ? entry.mid(dash + 1).toInt(&ok) : 0;
        if (!ok) {
            other << entry;
            continue;
        }
        const QString topic = entry.left(dash);
        if (!partitions.contains(topic))
            topics << topic;
        partitions[topic].append(partition);
    }
    QStringList parts;
    for (const QString &topic : std::as_const(topics)) {
        QList<int> numbers = partitions.value(topic);
        std::sort(numbers.begin(), numbers.end());
        QStringList shown;
        for (int n : std::as_const(numbers))
            shown << QString::number(n);
        parts << tr("%1: %2", "topic: partitions").arg(topic, shown.join(QLatin1String(", ")));
    }
    parts << other;
    return parts.join(QLatin1String("; "));
}

GroupMemberTableModel::GroupMemberTableModel(QObject *parent)
    : SnapshotTableModel(parent)
{
}

void GroupMemberTableModel::setGroup(const QString &groupId)
{
    if (groupId == m_group)
        return;
    removeAllRows(m_rows);
    m_group = groupId;
}

void GroupMemberTableModel::applySnapshot(const metrics::BrokerSnapshot &snapshot)
{
    static const std::vector<metrics::GroupMemberSnapshot> none;
    const auto *members = m_group.isEmpty() ? nullptr : membersOf(snapshot, m_group);
    syncRows(
        m_rows, members ? *members : none, keyOf,
        [](const metrics::GroupMemberSnapshot &m) { return Row{m}; },
        [](Row &row, const metrics::GroupMemberSnapshot &m) {
            const bool changed = !sameShown(row.item, m);
            row.item = m;
            return changed;
        });
}

int GroupMemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupMemberTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case SortRole:
        if (index.column() == Assigned)
            return int(row.item.assignedPartitions.size());
        return displayData(row, index.column());
    case KeyRole:
        return row.item.memberId;
    case Qt::ToolTipRole:
        if (index.column() == Assigned)
            return row.item.assignedPartitions.join(QLatin1Char('\n'));
        return displayData(row, index.column());
    default:
        return {};
    }
}

QVariant GroupMemberTableModel::displayData(const Row &row, int column) const
{
    const metrics::GroupMemberSnapshot &m = row.item;
    switch (column) {
    case MemberId: return m.memberId;
    case ClientId: return m.clientId;
    case Host: return m.clientHost;
    case Assigned:
        return m.assignedPartitions.isEmpty() ? tr("none") : compactAssignment(m.assignedPartitions);
    default: return {};
    }
}

QVariant GroupMemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case MemberId: return tr("Member id");
        case ClientId: return tr("Client id");
        case Host: return tr("Host");
        case Assigned: return tr("Assigned partitions");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && section == Assigned)
        return tr("Topic-partitions assigned to the member in the current generation");
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

} // namespace warren::widgets
