#include "binding_table_model.h"

#include <QWidget>

#include "display_format.h"

#include <QFont>

namespace warren::widgets {

namespace {

QString shownArguments(const QString &arguments)
{
    return arguments == QLatin1String("{}") ? QString() : arguments;
}

} // namespace

BindingTableModel::BindingTableModel(QObject *parent)
    : SnapshotTableModel(parent)
{
}

void BindingTableModel::setSubject(Subject kind, const QString &vhost, const QString &name)
{
    if (kind == Subject::None) {
        if (m_kind == Subject::None)
            return;
    } else if (kind == m_kind && vhost == m_vhost && name == m_name) {
        return;
    }
    removeAllRows(m_rows);
    m_kind = kind;
    m_vhost = kind == Subject::None ? QString() : vhost;
    m_name = kind == Subject::None ? QString() : name;
}

void BindingTableModel::applySnapshot(const metrics::BrokerSnapshot &snapshot)
{
    // Issue 5 (10,000 queues): the estimate walks every queue and binding.
    // While the page holding this model is hidden behind another tab of a
    // shown window, nobody sees the rows or rates: skip. The next snapshot
    // after the page is shown brings them back (rates then span the gap).
    if (const auto *page = qobject_cast<const QWidget *>(QObject::parent());
        page && !page->isVisible() && page->window()->isVisible())
        return;
    m_flows.update(snapshot);

    std::vector<Item> mine;
    if (m_kind == Subject::Exchange) {
        for (const auto &b : snapshot.bindings) {
            if (b.vhost != m_vhost)
                continue;
            const bool out = b.source == m_name;
            const bool in = !b.destinationIsQueue && b.destination == m_name;
            if (out || in)
                mine.push_back({b, in && !out, false, m_flows.bindingRate(b), FlowEstimator::bindingKey(b)});
        }
    } else if (m_kind == Subject::Queue) {
        bool queueExists = false;
        bool defaultExists = false;
        for (const auto &q : snapshot.queues)
            queueExists |= q.vhost == m_vhost && q.name == m_name;
        for (const auto &e : snapshot.exchanges)
            defaultExists |= e.vhost == m_vhost && e.name.isEmpty();
        if (queueExists && defaultExists) {
            metrics::BindingSnapshot b;
            b.vhost = m_vhost;
            b.destination = m_name;
            b.routingKey = m_name;
            mine.push_back({b, true, true, m_flows.defaultBindingRate(m_vhost, m_name),
                            QLatin1String("implicit:") + m_name});
        }
        for (const auto &b : snapshot.bindings) {
            if (b.vhost == m_vhost && b.destinationIsQueue && b.destination == m_name)
                mine.push_back({b, true, false, m_flows.bindingRate(b), FlowEstimator::bindingKey(b)});
        }
    }
    syncRows(
        m_rows, mine, [](const Item &i) { return i.key; }, [](const Item &i) { return Row{i}; },
        [](Row &row, const Item &i) {
            const bool changed = DisplayFormat::rateKey(row.item.rate) != DisplayFormat::rateKey(i.rate)
                || row.item.incoming != i.incoming;
            row.item = i;
            return changed;
        });
}

int BindingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BindingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const Item &i = row.item;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case SortRole:
        return sortData(row, index.column());
    case KeyRole:
        return i.key;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue((index.column() == Rate ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (i.implicit)
            return tr("Every queue is bound to the default exchange with its own name as the routing key");
        if (index.column() == Rate)
            return tr("Estimated: the broker counts messages per exchange and per queue, not per binding");
        if (index.column() == Arguments || index.column() == RoutingKey)
            return displayData(row, index.column());
        return {};
    case Qt::FontRole:
        if ((index.column() == Source && i.binding.source.isEmpty()) || i.implicit) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QString BindingTableModel::exchangeText(const QString &name) const
{
    return name.isEmpty() ? tr("(AMQP default)") : name;
}

QVariant BindingTableModel::displayData(const Row &row, int column) const
{
    const Item &i = row.item;
    const metrics::BindingSnapshot &b = i.binding;
    switch (column) {
    case Direction: return i.incoming ? tr("In", "binding into the exchange or queue") : tr("Out", "binding out of the exchange");
    case Source: return exchangeText(b.source);
    case Destination: return b.destinationIsQueue ? b.destination : exchangeText(b.destination);
    case DestinationType: return b.destinationIsQueue ? tr("queue") : tr("exchange");
    case RoutingKey: return b.routingKey;
    case Arguments: return shownArguments(b.arguments);
    case Rate: return DisplayFormat::rate(i.rate);
    default: return {};
    }
}

QVariant BindingTableModel::sortData(const Row &row, int column) const
{
    switch (column) {
    case Source: return row.item.binding.source;
    case Rate: return row.item.rate;
    default: return displayData(row, column);
    }
}

QVariant BindingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Direction: return tr("Direction");
        case Source: return tr("Source");
        case Destination: return tr("Destination");
        case DestinationType: return tr("Destination type");
        case RoutingKey: return tr("Routing key");
        case Arguments: return tr("Arguments");
        case Rate: return tr("≈ msg/s");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Direction: return tr("In: bound to this; Out: this exchange routes through it");
        case Rate: return tr("Messages per second through the binding, estimated from the exchange and queue counters");
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section == Rate ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    return {};
}

} // namespace warren::widgets
