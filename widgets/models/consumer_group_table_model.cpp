#include "consumer_group_table_model.h"

#include "display_format.h"

namespace warren::widgets {

namespace {

bool isNumeric(int column)
{
    return column >= ConsumerGroupTableModel::Members && column <= ConsumerGroupTableModel::TotalLag;
}

} // namespace

ConsumerGroupTableModel::ConsumerGroupTableModel(QObject *parent)
    : SnapshotTableModel(parent)
{
}

ConsumerGroupTableModel::Item ConsumerGroupTableModel::itemOf(const metrics::ConsumerGroupSnapshot &g)
{
    return Item{g.groupId, g.state,       g.protocolType, g.protocol, g.leader,
                int(g.members.size()),    g.generation,   g.totalLag};
}

void ConsumerGroupTableModel::applySnapshot(const metrics::BrokerSnapshot &snapshot)
{
    std::vector<Item> items;
    items.reserve(snapshot.groups.size());
    for (const auto &g : snapshot.groups)
        items.push_back(itemOf(g));
    syncRows(
        m_rows, items, [](const Item &i) { return i.groupId; }, [](const Item &i) { return Row{i}; },
        [](Row &row, const Item &i) {
            const bool changed = !(row.item == i);
            row.item = i;
            return changed;
        });
}

int ConsumerGroupTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConsumerGroupTableModel::data(const QModelIndex &index, int role) const
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
        return row.item.groupId;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue((isNumeric(index.column()) ? Qt::AlignRight : Qt::AlignLeft)
                                   | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == Group)
            return row.item.groupId;
        if (index.column() == Members && !row.item.leader.isEmpty())
            return tr("Leader: %1").arg(row.item.leader);
        return {};
    default:
        return {};
    }
}

QString ConsumerGroupTableModel::protocolText(const Item &item) const
{
    if (item.protocol.isEmpty())
        return item.protocolType;
    if (item.protocolType.isEmpty())
        return item.protocol;
    return tr("%1 (%2)", "protocol type (assignor)").arg(item.protocolType, item.protocol);
}

QVariant ConsumerGroupTableModel::displayData(const Row &row, int column) const
{
    const Item &g = row.item;
    switch (column) {
    case Group: return g.groupId;
    case State: return g.state;
    case Protocol: return protocolText(g);
    case Members: return DisplayFormat::count(quint64(qMax(0, g.members)));
    case Generation: return QString::number(g.generation);
    case TotalLag: return DisplayFormat::offset(g.totalLag);
    default: return {};
    }
}

QVariant ConsumerGroupTableModel::sortData(const Row &row, int column) const
{
    const Item &g = row.item;
    switch (column) {
    case Members: return g.members;
    case Generation: return g.generation;
    case TotalLag: return g.totalLag;
    default: return displayData(row, column);
    }
}

QVariant ConsumerGroupTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Group: return tr("Group");
        case State: return tr("State");
        case Protocol: return tr("Protocol");
        case Members: return tr("Members");
        case Generation: return tr("Generation");
        case TotalLag: return tr("Total lag");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Protocol: return tr("Protocol type and the assignor the group agreed on");
        case Generation: return tr("Rebalance generation");
        case TotalLag: return tr("Records not yet consumed: high watermark − committed offset, summed");
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((isNumeric(section) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    return {};
}

} // namespace warren::widgets
