#include "exchange_table_model.h"

#include "display_format.h"

#include <QFont>
#include <QStringList>

namespace warren::widgets {

namespace {

bool sameShown(const metrics::ExchangeSnapshot &a, const metrics::ExchangeSnapshot &b)
{
    return a.type == b.type && a.durable == b.durable && a.autoDelete == b.autoDelete
        && a.internal == b.internal && a.arguments == b.arguments
        && a.bindingsOut == b.bindingsOut;
}

QPair<QString, QString> keyOf(const metrics::ExchangeSnapshot &e)
{
    return {e.vhost, e.name};
}

} // namespace

ExchangeTableModel::ExchangeTableModel(QObject *parent)
    : SnapshotTableModel(parent)
{
}

void ExchangeTableModel::applySnapshot(const metrics::BrokerSnapshot &snapshot)
{
    const qint64 at = snapshot.takenAtMs;
    syncRows(
        m_rows, snapshot.exchanges, keyOf,
        [at](const metrics::ExchangeSnapshot &e) {
            Row row{e, {}, {}};
            row.in.addSample(e.publishedIn, at);
            row.out.addSample(e.routedOut, at);
            return row;
        },
        [at](Row &row, const metrics::ExchangeSnapshot &e) {
            const qint64 oldIn = DisplayFormat::rateKey(row.in.perSecond());
            const qint64 oldOut = DisplayFormat::rateKey(row.out.perSecond());
            row.in.addSample(e.publishedIn, at);
            row.out.addSample(e.routedOut, at);
            const bool changed = !sameShown(row.item, e)
                || oldIn != DisplayFormat::rateKey(row.in.perSecond())
                || oldOut != DisplayFormat::rateKey(row.out.perSecond());
            row.item = e;
            return changed;
        });
}

int ExchangeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExchangeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const metrics::ExchangeSnapshot &e = row.item;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case SortRole:
        return sortData(row, index.column());
    case KeyRole:
        return QString(e.vhost + QLatin1Char('/') + e.name);
    case Qt::TextAlignmentRole:
        if (index.column() >= Bindings && index.column() <= OutRate)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == Features)
            return featuresToolTip(e);
        if (index.column() == Name && e.name.isEmpty())
            return tr("The default exchange: routes to the queue named by the routing key");
        if (index.column() == Arguments)
            return e.arguments;
        return {};
    case Qt::FontRole:
        if (index.column() == Name && e.name.isEmpty()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant ExchangeTableModel::displayData(const Row &row, int column) const
{
    const metrics::ExchangeSnapshot &e = row.item;
    switch (column) {
    case VirtualHost: return e.vhost;
    case Name: return e.name.isEmpty() ? tr("(AMQP default)") : e.name;
    case Type: return e.type;
    case Features: return featuresText(e);
    case Bindings: return DisplayFormat::count(quint64(qMax(0, e.bindingsOut)));
    case InRate: return DisplayFormat::rate(row.in.perSecond());
    case OutRate: return DisplayFormat::rate(row.out.perSecond());
    case Arguments: return e.arguments;
    default: return {};
    }
}

QVariant ExchangeTableModel::sortData(const Row &row, int column) const
{
    switch (column) {
    case Name: return row.item.name; // the default exchange ("") sorts first
    case Bindings: return row.item.bindingsOut;
    case InRate: return row.in.perSecond();
    case OutRate: return row.out.perSecond();
    default: return displayData(row, column);
    }
}

QString ExchangeTableModel::featuresText(const metrics::ExchangeSnapshot &exchange) const
{
    QStringList parts;
    if (exchange.durable)
        parts << tr("D", "durable exchange");
    if (exchange.autoDelete)
        parts << tr("AD", "auto-delete exchange");
    if (exchange.internal)
        parts << tr("I", "internal exchange");
    if (!exchange.arguments.isEmpty())
        parts << tr("Args", "exchange has arguments");
    return parts.join(QLatin1Char(' '));
}

QString ExchangeTableModel::featuresToolTip(const metrics::ExchangeSnapshot &exchange) const
{
    QStringList parts;
    parts << (exchange.durable ? tr("durable") : tr("transient"));
    if (exchange.autoDelete)
        parts << tr("auto-delete");
    if (exchange.internal)
        parts << tr("internal");
    if (!exchange.arguments.isEmpty())
        parts << tr("arguments: %1").arg(exchange.arguments);
    return parts.join(QLatin1String(", "));
}

QVariant ExchangeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case VirtualHost: return tr("Virtual host");
        case Name: return tr("Name");
        case Type: return tr("Type");
        case Features: return tr("Features");
        case Bindings: return tr("Bindings");
        case InRate: return tr("In msg/s");
        case OutRate: return tr("Out msg/s");
        case Arguments: return tr("Arguments");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Features: return tr("D = durable, AD = auto-delete, I = internal, Args = has arguments");
        case Bindings: return tr("Bindings with this exchange as source");
        case InRate: return tr("Messages published to the exchange per second");
        case OutRate: return tr("Queue deliveries routed by the exchange per second");
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section >= Bindings && section <= OutRate ? Qt::AlignRight : Qt::AlignLeft)
                                   | Qt::AlignVCenter);
    return {};
}

} // namespace warren::widgets
