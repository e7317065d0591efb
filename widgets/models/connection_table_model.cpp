#include "connection_table_model.h"

#include "display_format.h"

#include <QDateTime>
#include <QLocale>

namespace warren::widgets {

namespace {

bool sameShown(const metrics::ConnectionSnapshot &a, const metrics::ConnectionSnapshot &b)
{
    return a.protocol == b.protocol && a.peer == b.peer && a.user == b.user && a.vhost == b.vhost
        && a.clientProduct == b.clientProduct && a.clientVersion == b.clientVersion
        && a.channels == b.channels && a.connectedAtMs == b.connectedAtMs;
}

quint64 keyOf(const metrics::ConnectionSnapshot &c)
{
    return c.id;
}

// Byte rates are shown in whole bytes, so compare them at that precision.
qint64 byteRateKey(double perSecond)
{
    return qRound64(perSecond);
}

} // namespace

ConnectionTableModel::ConnectionTableModel(QObject *parent)
    : SnapshotTableModel(parent)
{
}

void ConnectionTableModel::applySnapshot(const metrics::BrokerSnapshot &snapshot)
{
    const qint64 at = snapshot.takenAtMs;
    syncRows(
        m_rows, snapshot.connections, keyOf,
        [at](const metrics::ConnectionSnapshot &c) {
            Row row{c, {}, {}};
            row.bytesIn.addSample(c.bytesIn, at);
            row.bytesOut.addSample(c.bytesOut, at);
            return row;
        },
        [at](Row &row, const metrics::ConnectionSnapshot &c) {
            const qint64 oldIn = byteRateKey(row.bytesIn.perSecond());
            const qint64 oldOut = byteRateKey(row.bytesOut.perSecond());
            row.bytesIn.addSample(c.bytesIn, at);
            row.bytesOut.addSample(c.bytesOut, at);
            const bool changed = !sameShown(row.item, c)
                || oldIn != byteRateKey(row.bytesIn.perSecond())
                || oldOut != byteRateKey(row.bytesOut.perSecond());
            row.item = c;
            return changed;
        });
}

int ConnectionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectionTableModel::data(const QModelIndex &index, int role) const
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
        return QString::number(row.item.id);
    case Qt::TextAlignmentRole:
        if (index.column() >= Channels && index.column() <= SendRate)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == ConnectedAt && row.item.connectedAtMs > 0)
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.item.connectedAtMs),
                                      QLocale::LongFormat);
        return {};
    default:
        return {};
    }
}

QVariant ConnectionTableModel::displayData(const Row &row, int column) const
{
    const metrics::ConnectionSnapshot &c = row.item;
    switch (column) {
    case Peer: return c.peer;
    case Protocol: return c.protocol;
    case Client:
        if (c.clientVersion.isEmpty())
            return c.clientProduct;
        return tr("%1 %2", "client product and version").arg(c.clientProduct, c.clientVersion);
    case User: return c.user;
    case VirtualHost: return c.vhost;
    case Channels: return DisplayFormat::count(quint64(qMax(0, c.channels)));
    case ReceiveRate: return DisplayFormat::byteRate(row.bytesIn.perSecond());
    case SendRate: return DisplayFormat::byteRate(row.bytesOut.perSecond());
    case ConnectedAt:
        if (c.connectedAtMs <= 0)
            return QString();
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(c.connectedAtMs).time(),
                                  QLocale::ShortFormat);
    default: return {};
    }
}

QVariant ConnectionTableModel::sortData(const Row &row, int column) const
{
    switch (column) {
    case Channels: return row.item.channels;
    case ReceiveRate: return row.bytesIn.perSecond();
    case SendRate: return row.bytesOut.perSecond();
    case ConnectedAt: return row.item.connectedAtMs;
    default: return displayData(row, column);
    }
}

QVariant ConnectionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Peer: return tr("Peer");
        case Protocol: return tr("Protocol");
        case Client: return tr("Client");
        case User: return tr("User");
        case VirtualHost: return tr("Virtual host");
        case Channels: return tr("Channels");
        case ReceiveRate: return tr("From client");
        case SendRate: return tr("To client");
        case ConnectedAt: return tr("Connected");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Client: return tr("Product and version from the client properties");
        case ReceiveRate: return tr("Bytes received from the client per second");
        case SendRate: return tr("Bytes sent to the client per second");
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            (section >= Channels && section <= SendRate ? Qt::AlignRight : Qt::AlignLeft)
            | Qt::AlignVCenter);
    return {};
}

} // namespace warren::widgets
