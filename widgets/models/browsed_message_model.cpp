#include "browsed_message_model.h"

#include "display_format.h"
#include "payload_format.h"

#include <QDateTime>

#include <algorithm>

namespace warren::widgets {

BrowsedMessageModel::BrowsedMessageModel(QObject *parent) : QAbstractTableModel(parent) {}

void BrowsedMessageModel::setMessages(const QList<api::BrowsedMessage> &messages)
{
    const int before = int(m_messages.size());
    const int after = int(messages.size());
    if (after < before) {
        beginRemoveRows({}, after, before - 1);
        m_messages.resize(after);
        endRemoveRows();
    }
    const int common = std::min(before, after);
    for (int r = 0; r < common; ++r)
        m_messages[r] = messages[r];
    if (common > 0)
        emit dataChanged(index(0, 0), index(common - 1, columnCount() - 1));
    if (after > before) {
        beginInsertRows({}, before, after - 1);
        for (int r = before; r < after; ++r)
            m_messages.append(messages[r]);
        endInsertRows();
    }
}

int BrowsedMessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

int BrowsedMessageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BrowsedMessageModel::timestampText(qint64 seconds)
{
    if (seconds < 0)
        return {};
    return QDateTime::fromSecsSinceEpoch(seconds).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QVariant BrowsedMessageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const api::BrowsedMessage &m = m_messages.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Position: return DisplayFormat::count(m.position);
        case RoutingKey: return m.routingKey;
        case Exchange: return m.exchange.isEmpty() ? tr("(AMQP default)") : m.exchange;
        case Size: return DisplayFormat::bytes(quint64(m.bodySize));
        case Redelivered: return m.redelivered ? tr("yes") : QString();
        case Priority: return m.priority >= 0 ? QString::number(m.priority) : QString();
        case ContentType: return m.contentType;
        case MessageId: return m.messageId;
        case Timestamp: return timestampText(m.timestamp);
        case Payload: return PayloadFormat::preview(m.body);
        }
    } else if (role == SortRole) {
        switch (index.column()) {
        case Position: return m.position;
        case Size: return m.bodySize;
        case Redelivered: return m.deliveryCount;
        case Priority: return m.priority;
        case Timestamp: return m.timestamp;
        default: return data(index, Qt::DisplayRole);
        }
    } else if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Position:
        case Size:
        case Priority: return int(Qt::AlignRight | Qt::AlignVCenter);
        default: return {};
        }
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == Redelivered && m.redelivered)
            return tr("Delivered %n time(s) before", nullptr, int(m.deliveryCount));
        if (index.column() == Size && m.bodyTruncated)
            return tr("Only the first %1 were fetched").arg(DisplayFormat::bytes(quint64(m.body.size())));
        if (index.column() == Position && m.paged)
            return tr("Paged out: held in the queue's log on disk, not in memory");
    }
    return {};
}

QVariant BrowsedMessageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Position: return tr("#");
    case RoutingKey: return tr("Routing key");
    case Exchange: return tr("Exchange");
    case Size: return tr("Size");
    case Redelivered: return tr("Redelivered");
    case Priority: return tr("Priority");
    case ContentType: return tr("Content type");
    case MessageId: return tr("Message id");
    case Timestamp: return tr("Timestamp");
    case Payload: return tr("Payload");
    }
    return {};
}

} // namespace warren::widgets
