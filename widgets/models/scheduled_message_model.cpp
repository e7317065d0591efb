#include "scheduled_message_model.h"

#include "display_format.h"
#include "payload_format.h"

#include <QDateTime>

namespace warren::widgets {

ScheduledMessageModel::ScheduledMessageModel(QObject *parent) : BrowsedMessageModel(parent) {}

void ScheduledMessageModel::setMessages(const QList<api::BrowsedMessage> &messages, qint64 nowMs)
{
    m_nowMs = nowMs;
    BrowsedMessageModel::setMessages(messages);
}

int ScheduledMessageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ScheduledMessageModel::dueInText(qint64 ms)
{
    if (ms <= 0)
        return tr("now");
    if (ms < 60'000)
        return tr("in %1 s").arg(QString::number(double(ms) / 1000.0, 'f', 1));
    const qint64 s = ms / 1000;
    if (s < 3600)
        return tr("in %1 min %2 s").arg(s / 60).arg(s % 60);
    if (s < 86400)
        return tr("in %1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    return tr("in %1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

QVariant ScheduledMessageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const api::BrowsedMessage &m = message(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DueAt: return QDateTime::fromMSecsSinceEpoch(m.dueAtMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        case DueIn: return dueInText(m.dueAtMs - m_nowMs);
        case RoutingKey: return m.routingKey;
        case Size: return DisplayFormat::bytes(quint64(m.bodySize));
        case Persistent: return m.persistent ? tr("yes") : QString();
        case MessageId: return m.messageId;
        case Payload: return PayloadFormat::preview(m.body);
        }
    } else if (role == SortRole) {
        switch (index.column()) {
        case DueAt:
        case DueIn: return m.dueAtMs;
        case Size: return m.bodySize;
        case Persistent: return m.persistent;
        default: return data(index, Qt::DisplayRole);
        }
    } else if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case DueIn:
        case Size: return int(Qt::AlignRight | Qt::AlignVCenter);
        default: return {};
        }
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == Persistent && m.stored)
            return tr("Kept in the exchange's log: it survives a restart");
        if (index.column() == Size && m.bodyTruncated)
            return tr("Only the first %1 were fetched").arg(DisplayFormat::bytes(quint64(m.body.size())));
    }
    return {};
}

QVariant ScheduledMessageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DueAt: return tr("Due at");
    case DueIn: return tr("Due in");
    case RoutingKey: return tr("Routing key");
    case Size: return tr("Size");
    case Persistent: return tr("Persistent");
    case MessageId: return tr("Message id");
    case Payload: return tr("Payload");
    }
    return {};
}

} // namespace warren::widgets
