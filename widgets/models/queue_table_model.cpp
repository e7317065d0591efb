#include "queue_table_model.h"

#include "display_format.h"

#include <QStringList>

namespace warren::widgets {

namespace {

bool sameShown(const metrics::QueueSnapshot &a, const metrics::QueueSnapshot &b)
{
    return a.durable == b.durable && a.exclusive == b.exclusive && a.autoDelete == b.autoDelete
        && a.arguments == b.arguments && a.ready == b.ready && a.unacked == b.unacked
        && a.consumers == b.consumers && a.memoryBytes == b.memoryBytes && a.pagedOut == b.pagedOut
        && a.diskBytes == b.diskBytes && a.storageError == b.storageError;
}

QPair<QString, QString> keyOf(const metrics::QueueSnapshot &q)
{
    return {q.vhost, q.name};
}

} // namespace

QueueTableModel::QueueTableModel(QObject *parent)
    : SnapshotTableModel(parent)
{
}

void QueueTableModel::applySnapshot(const metrics::BrokerSnapshot &snapshot)
{
    const qint64 at = snapshot.takenAtMs;
    syncRows(
        m_rows, snapshot.queues, keyOf,
        [at](const metrics::QueueSnapshot &q) {
            Row row{q, {}, {}};
            row.in.addSample(q.published, at);
            row.out.addSample(q.delivered, at);
            return row;
        },
        [at](Row &row, const metrics::QueueSnapshot &q) {
            const qint64 oldIn = DisplayFormat::rateKey(row.in.perSecond());
            const qint64 oldOut = DisplayFormat::rateKey(row.out.perSecond());
            row.in.addSample(q.published, at);
            row.out.addSample(q.delivered, at);
            const bool changed = !sameShown(row.item, q)
                || oldIn != DisplayFormat::rateKey(row.in.perSecond())
                || oldOut != DisplayFormat::rateKey(row.out.perSecond());
            row.item = q;
            return changed;
        });
}

int QueueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const metrics::QueueSnapshot &q = row.item;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case SortRole:
        return sortData(row, index.column());
    case KeyRole:
        return QString(q.vhost + QLatin1Char('/') + q.name);
    case Qt::TextAlignmentRole:
        if (index.column() >= Ready && index.column() <= Disk)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == Features)
            return featuresToolTip(q);
        if (index.column() == Disk && !q.storageError.isEmpty())
            return tr("Storage failed: %1").arg(q.storageError);
        if (index.column() == PagedOut && q.pagedOut > 0)
            return tr("%1 messages (%2) wait on disk and are read back as consumers need them")
                .arg(DisplayFormat::count(q.pagedOut), DisplayFormat::bytes(q.pagedOutBytes));
        if (index.column() == Name || index.column() == Arguments)
            return displayData(row, index.column());
        return {};
    default:
        return {};
    }
}

QVariant QueueTableModel::displayData(const Row &row, int column) const
{
    const metrics::QueueSnapshot &q = row.item;
    switch (column) {
    case VirtualHost: return q.vhost;
    case Name: return q.name;
    case Features: return featuresText(q);
    case Ready: return DisplayFormat::count(q.ready);
    case Unacked: return DisplayFormat::count(q.unacked);
    case Total: return DisplayFormat::count(q.ready + q.unacked);
    case Consumers: return DisplayFormat::count(quint64(qMax(0, q.consumers)));
    case InRate: return DisplayFormat::rate(row.in.perSecond());
    case OutRate: return DisplayFormat::rate(row.out.perSecond());
    case Memory: return DisplayFormat::bytes(q.memoryBytes);
    case PagedOut: return DisplayFormat::count(q.pagedOut);
    case Disk:
        return q.storageError.isEmpty() ? DisplayFormat::bytes(q.diskBytes)
                                        : tr("failed", "queue storage failed");
    case Arguments: return q.arguments;
    default: return {};
    }
}

QVariant QueueTableModel::sortData(const Row &row, int column) const
{
    const metrics::QueueSnapshot &q = row.item;
    switch (column) {
    case Ready: return q.ready;
    case Unacked: return q.unacked;
    case Total: return q.ready + q.unacked;
    case Consumers: return q.consumers;
    case InRate: return row.in.perSecond();
    case OutRate: return row.out.perSecond();
    case Memory: return q.memoryBytes;
    case PagedOut: return q.pagedOut;
    case Disk: return q.diskBytes;
    default: return displayData(row, column);
    }
}

QString QueueTableModel::featuresText(const metrics::QueueSnapshot &queue) const
{
    QStringList parts;
    if (queue.durable)
        parts << tr("D", "durable queue");
    if (queue.autoDelete)
        parts << tr("AD", "auto-delete queue");
    if (queue.exclusive)
        parts << tr("Excl", "exclusive queue");
    if (!queue.arguments.isEmpty())
        parts << tr("Args", "queue has arguments");
    return parts.join(QLatin1Char(' '));
}

QString QueueTableModel::featuresToolTip(const metrics::QueueSnapshot &queue) const
{
    QStringList parts;
    parts << (queue.durable ? tr("durable") : tr("transient"));
    if (queue.autoDelete)
        parts << tr("auto-delete");
    if (queue.exclusive)
        parts << tr("exclusive");
    if (!queue.arguments.isEmpty())
        parts << tr("arguments: %1").arg(queue.arguments);
    return parts.join(QLatin1String(", "));
}

QVariant QueueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case VirtualHost: return tr("Virtual host");
        case Name: return tr("Name");
        case Features: return tr("Features");
        case Ready: return tr("Ready");
        case Unacked: return tr("Unacked");
        case Total: return tr("Total");
        case Consumers: return tr("Consumers");
        case InRate: return tr("In msg/s");
        case OutRate: return tr("Out msg/s");
        case Memory: return tr("Memory");
        case PagedOut: return tr("Paged out");
        case Disk: return tr("On disk");
        case Arguments: return tr("Arguments");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Features: return tr("D = durable, AD = auto-delete, Excl = exclusive, Args = has arguments");
        case Ready: return tr("Messages waiting for delivery");
        case Unacked: return tr("Messages delivered and not yet acknowledged");
        case Total: return tr("Ready + unacked");
        case InRate: return tr("Messages enqueued per second");
        case OutRate: return tr("Messages delivered per second (to consumers and basic.get)");
        case Memory: return tr("Memory held by the ready messages kept in memory");
        case PagedOut: return tr("Ready messages beyond the queue's memory budget, kept only on disk");
        case Disk: return tr("Size of the queue's log: persistent messages and paged-out ones");
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section >= Ready && section <= Disk ? Qt::AlignRight : Qt::AlignLeft)
                                   | Qt::AlignVCenter);
    return {};
}

} // namespace warren::widgets
