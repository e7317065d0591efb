#include "topic_table_model.h"

#include "display_format.h"

#include <QFont>

namespace warren::widgets {

namespace {

bool sameShown(const metrics::TopicSnapshot &a, const metrics::TopicSnapshot &b)
{
    return a.partitions == b.partitions && a.sizeBytes == b.sizeBytes && a.messages == b.messages
        && a.configs == b.configs;
}

QString keyOf(const metrics::TopicSnapshot &t)
{
    return metrics::logKey(t);
}

bool isNumeric(int column)
{
    return column >= TopicTableModel::Partitions && column <= TopicTableModel::ProduceRate;
}

} // namespace

TopicTableModel::TopicTableModel(QObject *parent)
    : SnapshotTableModel(parent)
{
}

QHash<QString, quint64> TopicTableModel::highWatermarkSums(const metrics::BrokerSnapshot &snapshot)
{
    QHash<QString, quint64> sums;
    sums.reserve(qsizetype(snapshot.topics.size()));
    for (const auto *list : {&snapshot.partitions, &snapshot.streamPartitions})
        for (const auto &p : *list)
            sums[p.topic] += quint64(qMax<qint64>(0, p.highWatermark));
    return sums;
}

quint64 TopicTableModel::appendedOf(const metrics::TopicSnapshot &topic,
                                    const QHash<QString, quint64> &highWatermarkSums)
{
    const auto it = highWatermarkSums.constFind(metrics::logKey(topic));
    return it != highWatermarkSums.cend() ? *it : quint64(qMax<qint64>(0, topic.messages));
}

void TopicTableModel::applySnapshot(const metrics::BrokerSnapshot &snapshot)
{
    const qint64 at = snapshot.takenAtMs;
    const QHash<QString, quint64> sums = highWatermarkSums(snapshot);
    // Kafka topics, then AMQP streams (listed as one-partition logs).
    std::vector<metrics::TopicSnapshot> logs;
    const std::vector<metrics::TopicSnapshot> *shown = &snapshot.topics;
    if (!snapshot.streams.empty()) {
        logs.reserve(snapshot.topics.size() + snapshot.streams.size());
        logs.insert(logs.end(), snapshot.topics.begin(), snapshot.topics.end());
        logs.insert(logs.end(), snapshot.streams.begin(), snapshot.streams.end());
        shown = &logs;
    }
    syncRows(
        m_rows, *shown, keyOf,
        [at, &sums](const metrics::TopicSnapshot &t) {
            Row row{t, {}};
            row.produced.addSample(appendedOf(t, sums), at);
            return row;
        },
        [at, &sums](Row &row, const metrics::TopicSnapshot &t) {
            const qint64 oldRate = DisplayFormat::rateKey(row.produced.perSecond());
            row.produced.addSample(appendedOf(t, sums), at);
            const bool changed = !sameShown(row.item, t)
                || oldRate != DisplayFormat::rateKey(row.produced.perSecond());
            row.item = t;
            return changed;
        });
}

int TopicTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TopicTableModel::data(const QModelIndex &index, int role) const
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
        return keyOf(row.item);
    case StreamVhostRole:
        return row.item.streamVhost;
    case Qt::FontRole:
        if (index.column() == Name && !row.item.streamVhost.isEmpty()) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue((isNumeric(index.column()) ? Qt::AlignRight : Qt::AlignLeft)
                                   | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == Name && !row.item.streamVhost.isEmpty())
            return tr("AMQP stream “%1” in vhost %2 (x-queue-type: stream), shown as a one-partition log")
                .arg(row.item.name, row.item.streamVhost);
        if (index.column() == Name || index.column() == Configs)
            return displayData(row, index.column());
        if (index.column() == Size)
            return tr("%1 bytes").arg(DisplayFormat::count(row.item.sizeBytes));
        return {};
    default:
        return {};
    }
}

QVariant TopicTableModel::displayData(const Row &row, int column) const
{
    const metrics::TopicSnapshot &t = row.item;
    switch (column) {
    case Name: return t.name;
    case Partitions: return DisplayFormat::count(quint64(qMax(0, t.partitions)));
    case Messages: return DisplayFormat::count(quint64(qMax<qint64>(0, t.messages)));
    case Size: return DisplayFormat::bytes(t.sizeBytes);
    case ProduceRate: return DisplayFormat::rate(row.produced.perSecond());
    case Configs: return t.configs;
    default: return {};
    }
}

QVariant TopicTableModel::sortData(const Row &row, int column) const
{
    const metrics::TopicSnapshot &t = row.item;
    switch (column) {
    case Partitions: return t.partitions;
    case Messages: return t.messages;
    case Size: return t.sizeBytes;
    case ProduceRate: return row.produced.perSecond();
    default: return displayData(row, column);
    }
}

QVariant TopicTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name: return tr("Topic");
        case Partitions: return tr("Partitions");
        case Messages: return tr("Messages");
        case Size: return tr("Size");
        case ProduceRate: return tr("Produce msg/s");
        case Configs: return tr("Configs");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Messages: return tr("Records kept: high watermark − log start offset, summed over partitions");
        case Size: return tr("Bytes on disk over all partitions");
        case ProduceRate: return tr("Records appended per second (growth of the high watermarks)");
        case Configs: return tr("Topic-level configs (key=value)");
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((isNumeric(section) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    return {};
}

} // namespace warren::widgets
