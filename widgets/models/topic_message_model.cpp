#include "topic_message_model.h"

#include "display_format.h"
#include "payload_format.h"

#include <QColor>
#include <QDateTime>

namespace warren::widgets {

TopicMessageModel::TopicMessageModel(QObject *parent) : QAbstractTableModel(parent)
{
}

int TopicMessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TopicMessageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TopicMessageModel::compressionName(api::BatchCompression compression)
{
    switch (compression) {
    case api::BatchCompression::None: return tr("none");
    case api::BatchCompression::Gzip: return QStringLiteral("gzip");
    case api::BatchCompression::Snappy: return QStringLiteral("snappy");
    case api::BatchCompression::Lz4: return QStringLiteral("lz4");
    case api::BatchCompression::Zstd: return QStringLiteral("zstd");
    }
    return {};
}

QString TopicMessageModel::timestampText(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("–");
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

QVariant TopicMessageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const api::BrowsedRecord &r = row.record;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Partition: return r.partition;
        case Offset: return DisplayFormat::offset(r.offset);
        case Timestamp: return timestampText(r.timestamp);
        case Key: return row.key;
        case Value: return row.value;
        case Size: return DisplayFormat::bytes(quint64(r.sizeBytes));
        case Headers: return r.headers.isEmpty() ? QString() : QString::number(r.headers.size());
        case Compression: return compressionName(r.compression);
        }
    } else if (role == SortRole) {
        switch (index.column()) {
        case Partition: return r.partition;
        case Offset: return r.offset;
        case Timestamp: return r.timestamp;
        case Key: return row.key;
        case Value: return row.value;
        case Size: return r.sizeBytes;
        case Headers: return int(r.headers.size());
        case Compression: return int(r.compression);
        }
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == Timestamp)
            return r.timestampType == api::TimestampKind::LogAppendTime ? tr("Log append time") : tr("Create time");
        if (index.column() == Headers && !r.headers.isEmpty()) {
            QStringList lines;
            for (const api::BrowsedHeader &h : r.headers)
                lines << (h.value ? tr("%1 = %2").arg(h.key, PayloadFormat::preview(*h.value, 80))
                                  : tr("%1 (null)").arg(h.key));
            return lines.join(QLatin1Char('\n'));
        }
    } else if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Partition:
        case Offset:
        case Size:
        case Headers: return int(Qt::AlignRight | Qt::AlignVCenter);
        default: break;
        }
    } else if (role == Qt::ForegroundRole) {
        if ((index.column() == Key && !r.key) || (index.column() == Value && !r.value))
            return QVariant::fromValue(QColor(Qt::gray));
    }
    return {};
}

QVariant TopicMessageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Partition: return tr("Partition");
    case Offset: return tr("Offset");
    case Timestamp: return tr("Timestamp");
    case Key: return tr("Key");
    case Value: return tr("Value");
    case Size: return tr("Size");
    case Headers: return tr("Headers");
    case Compression: return tr("Compression");
    }
    return {};
}

void TopicMessageModel::setRowCap(int cap)
{
    m_cap = std::max(0, cap);
    trimToCap();
}

void TopicMessageModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_rows.size()) - 1);
    m_rows.clear();
    endRemoveRows();
}

void TopicMessageModel::append(const QList<api::BrowsedRecord> &records)
{
    if (records.isEmpty())
        return;
    // Past the cap, only the newest `cap` of the new records can stay.
    qsizetype first = 0;
    if (m_cap > 0 && records.size() > m_cap)
        first = records.size() - m_cap;
    const int begin = int(m_rows.size());
    beginInsertRows({}, begin, begin + int(records.size() - first) - 1);
    for (qsizetype i = first; i < records.size(); ++i) {
        const api::BrowsedRecord &r = records.at(i);
        Row row{r, r.key ? PayloadFormat::preview(*r.key, 60) : tr("(null)"),
                r.value ? PayloadFormat::preview(*r.value) : tr("(null)")};
        m_rows.push_back(std::move(row));
    }
    endInsertRows();
    trimToCap();
}

QList<api::BrowsedRecord> TopicMessageModel::records() const
{
    QList<api::BrowsedRecord> out;
    out.reserve(m_rows.size());
    for (const Row &row : m_rows)
        out.push_back(row.record);
    return out;
}

void TopicMessageModel::trimToCap()
{
    if (m_cap <= 0 || m_rows.size() <= m_cap)
        return;
    const int excess = int(m_rows.size()) - m_cap;
    beginRemoveRows({}, 0, excess - 1);
    m_rows.remove(0, excess);
    endRemoveRows();
}

} // namespace warren::widgets
