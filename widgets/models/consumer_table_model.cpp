#include "consumer_table_model.h"

#include "display_format.h"

#include <QHash>

#include <limits>

namespace warren::widgets {

namespace {

QString keyOf(const metrics::ConsumerSnapshot &c)
{
    return QString::number(c.connectionId) + QLatin1Char('/') + QString::number(c.channel) + QLatin1Char('/')
        + c.consumerTag;
}

bool sameShown(const metrics::ConsumerSnapshot &a, const metrics::ConsumerSnapshot &b)
{
    return a.ackRequired == b.ackRequired && a.prefetch == b.prefetch && a.unacked == b.unacked;
}

} // namespace

ConsumerTableModel::ConsumerTableModel(QObject *parent)
    : SnapshotTableModel(parent)
{
}

void ConsumerTableModel::setQueue(const QString &vhost, const QString &queue)
{
    if (vhost == m_vhost && queue == m_queue)
        return;
    removeAllRows(m_rows);
    m_vhost = vhost;
    m_queue = queue;
}

void ConsumerTableModel::applySnapshot(const metrics::BrokerSnapshot &snapshot)
{
    std::vector<Item> mine;
    if (!m_queue.isEmpty()) {
        QHash<quint64, const metrics::ConnectionSnapshot *> connections;
        for (const auto &c : snapshot.connections)
            connections.insert(c.id, &c);
        for (const auto &c : snapshot.consumers) {
            if (c.vhost != m_vhost || c.queue != m_queue)
                continue;
            const metrics::ConnectionSnapshot *conn = connections.value(c.connectionId);
            mine.push_back({c, conn ? *conn : metrics::ConnectionSnapshot{}});
        }
    }
    syncRows(
        m_rows, mine, [](const Item &i) { return keyOf(i.consumer); }, [](const Item &i) { return Row{i}; },
        [](Row &row, const Item &i) {
            const bool changed = !sameShown(row.item.consumer, i.consumer)
                || row.item.connection.peer != i.connection.peer;
            row.item = i;
            return changed;
        });
}

int ConsumerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConsumerTableModel::data(const QModelIndex &index, int role) const
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
        return keyOf(row.item.consumer);
    case Qt::TextAlignmentRole:
        if (index.column() == Channel || index.column() == Prefetch || index.column() == Unacked)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == Connection) {
            const metrics::ConnectionSnapshot &c = row.item.connection;
            if (c.id == 0)
                return tr("Connection #%1").arg(row.item.consumer.connectionId);
            return tr("Connection #%1 from %2, user %3, client %4 %5")
                .arg(c.id)
                .arg(c.peer, c.user, c.clientProduct, c.clientVersion);
        }
        if (index.column() == AckMode)
            return row.item.consumer.ackRequired ? tr("The client acknowledges each message (basic.ack)")
                                                 : tr("Messages count as acknowledged when sent (no-ack)");
        if (index.column() == Tag)
            return row.item.consumer.consumerTag;
        return {};
    default:
        return {};
    }
}

QVariant ConsumerTableModel::displayData(const Row &row, int column) const
{
    const metrics::ConsumerSnapshot &c = row.item.consumer;
    switch (column) {
    case Tag: return c.consumerTag;
    case Connection:
        return row.item.connection.peer.isEmpty() ? tr("#%1").arg(c.connectionId)
                                                  : tr("#%1 %2").arg(c.connectionId).arg(row.item.connection.peer);
    case Channel: return QString::number(c.channel);
    case AckMode: return c.ackRequired ? tr("manual") : tr("auto");
    case Prefetch: return c.prefetch <= 0 ? tr("unlimited") : DisplayFormat::count(quint64(c.prefetch));
    case Unacked: return DisplayFormat::count(c.unacked);
    case Priority:
        return c.active ? QString::number(c.priority) : tr("%1 (waiting: single active consumer)").arg(c.priority);
    default: return {};
    }
}

QVariant ConsumerTableModel::sortData(const Row &row, int column) const
{
    const metrics::ConsumerSnapshot &c = row.item.consumer;
    switch (column) {
    case Connection: return c.connectionId;
    case Channel: return c.channel;
    case Prefetch: return c.prefetch <= 0 ? std::numeric_limits<int>::max() : c.prefetch;
    case Unacked: return c.unacked;
    case Priority: return c.priority;
    default: return displayData(row, column);
    }
}

QVariant ConsumerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Tag: return tr("Consumer tag");
        case Connection: return tr("Connection");
        case Channel: return tr("Channel");
        case AckMode: return tr("Ack mode");
        case Prefetch: return tr("Prefetch");
        case Unacked: return tr("Unacked");
        case Priority: return tr("Priority");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case AckMode: return tr("manual: basic.ack expected; auto: no-ack");
        case Prefetch: return tr("Most unacknowledged messages the consumer may hold (basic.qos)");
        case Unacked: return tr("Delivered to this consumer and not yet acknowledged");
        case Priority:
            return tr("Consumer priority (x-priority): higher-priority consumers get messages while they have "
                      "credit");
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole) {
        const bool right = section == Channel || section == Prefetch || section == Unacked;
        return QVariant::fromValue((right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    return {};
}

} // namespace warren::widgets
