#include "partition_table_model.h"

#include "display_format.h"

namespace warren::widgets {

namespace {

bool sameShown(const metrics::PartitionSnapshot &a, const metrics::PartitionSnapshot &b)
{
    return a.logStartOffset == b.logStartOffset && a.highWatermark == b.highWatermark
        && a.sizeBytes == b.sizeBytes && a.segments == b.segments;
}

int keyOf(const metrics::PartitionSnapshot &p)
{
    return p.partition;
}

qint64 messagesOf(const metrics::PartitionSnapshot &p)
{
    return qMax<qint64>(0, p.highWatermark - p.logStartOffset);
}

} // namespace

PartitionTableModel::PartitionTableModel(QObject *parent)
    : SnapshotTableModel(parent)
{
}

void PartitionTableModel::setTopic(const QString &topic)
{
    if (topic == m_topic)
        return;
    removeAllRows(m_rows);
    m_topic = topic;
}

void PartitionTableModel::applySnapshot(const metrics::BrokerSnapshot &snapshot)
{
    std::vector<metrics::PartitionSnapshot> mine;
    if (!m_topic.isEmpty()) {
        // A topic's partitions, or a stream's one (keyed by metrics::logKey).
        for (const auto *list : {&snapshot.partitions, &snapshot.streamPartitions})
            for (const auto &p : *list)
                if (p.topic == m_topic)
                    mine.push_back(p);
    }
    syncRows(
        m_rows, mine, keyOf, [](const metrics::PartitionSnapshot &p) { return Row{p}; },
        [](Row &row, const metrics::PartitionSnapshot &p) {
            const bool changed = !sameShown(row.item, p);
            row.item = p;
            return changed;
        });
}

int PartitionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartitionTableModel::data(const QModelIndex &index, int role) const
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
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == Size)
            return tr("%1 bytes").arg(DisplayFormat::count(row.item.sizeBytes));
        return {};
    default:
        return {};
    }
}

QVariant PartitionTableModel::displayData(const Row &row, int column) const
{
    const metrics::PartitionSnapshot &p = row.item;
    switch (column) {
    case Partition: return QString::number(p.partition);
    case LogStartOffset: return DisplayFormat::offset(p.logStartOffset);
    case HighWatermark: return DisplayFormat::offset(p.highWatermark);
    case Messages: return DisplayFormat::count(quint64(messagesOf(p)));
    case Size: return DisplayFormat::bytes(p.sizeBytes);
    case Segments: return DisplayFormat::count(quint64(qMax(0, p.segments)));
    default: return {};
    }
}

QVariant PartitionTableModel::sortData(const Row &row, int column) const
{
    const metrics::PartitionSnapshot &p = row.item;
    switch (column) {
    case Partition: return p.partition;
    case LogStartOffset: return p.logStartOffset;
    case HighWatermark: return p.highWatermark;
    case Messages: return messagesOf(p);
    case Size: return p.sizeBytes;
    case Segments: return p.segments;
    default: return {};
    }
}

QVariant PartitionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Partition: return tr("Partition");
        case LogStartOffset: return tr("Log start");
        case HighWatermark: return tr("High watermark");
        case Messages: return tr("Messages");
        case Size: return tr("Size");
        case Segments: return tr("Segments");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case LogStartOffset: return tr("Offset of the oldest record kept");
        case HighWatermark: return tr("Offset the next record will get");
        case Messages: return tr("High watermark − log start offset");
        case Segments: return tr("Log segment files");
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace warren::widgets
