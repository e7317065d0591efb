#include "exchanges_page.h"

#include "models/binding_table_model.h"
#include "models/display_format.h"
#include "models/exchange_table_model.h"
#include "table_page.h"

#include <QGroupBox>
#include <QItemSelectionModel>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace warren::widgets {

namespace {

/// Row of `proxy` showing (vhost, name) in a table with VirtualHost and Name
/// columns whose SortRole holds the raw name; -1 when none does.
int proxyRowOf(const QSortFilterProxyModel *proxy, int vhostColumn, int nameColumn, const QString &vhost,
               const QString &name)
{
    for (int r = 0; r < proxy->rowCount(); ++r) {
        if (proxy->index(r, vhostColumn).data().toString() == vhost
            && proxy->index(r, nameColumn).data(SnapshotTableModel::SortRole).toString() == name)
            return r;
    }
    return -1;
}

} // namespace

ExchangesPage::ExchangesPage(ExchangeTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_bindingModel(new BindingTableModel(this))
    , m_table(new TablePage(model, tr("exchanges"), ExchangeTableModel::Name, this))
    , m_detailBox(new QGroupBox(this))
    , m_rates(new QLabel(m_detailBox))
    , m_bindings(new TablePage(m_bindingModel, tr("bindings"), BindingTableModel::Direction, m_detailBox))
{
    m_bindings->view()->setObjectName(QStringLiteral("exchangeBindingTable"));
    m_bindings->setFilterVisible(false);
    m_rates->setObjectName(QStringLiteral("exchangeRates"));
    m_rates->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rates->setContentsMargins(6, 2, 6, 0);

    auto *boxLayout = new QVBoxLayout(m_detailBox);
    boxLayout->setContentsMargins(0, 4, 0, 0);
    boxLayout->setSpacing(2);
    boxLayout->addWidget(m_rates);
    boxLayout->addWidget(m_bindings, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detailBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({360, 240});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->addWidget(splitter);

    connect(m_table->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ExchangesPage::showSelectedExchange);
    showSelectedExchange();
}

QTableView *ExchangesPage::view() const
{
    return m_table->view();
}

QLineEdit *ExchangesPage::filterEdit() const
{
    return m_table->filterEdit();
}

QSortFilterProxyModel *ExchangesPage::proxy() const
{
    return m_table->proxy();
}

QPair<QString, QString> ExchangesPage::selectedExchange() const
{
    const QModelIndexList rows = m_table->view()->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const QModelIndex row = rows.first();
    return {row.siblingAtColumn(ExchangeTableModel::VirtualHost).data().toString(),
            row.siblingAtColumn(ExchangeTableModel::Name).data(SnapshotTableModel::SortRole).toString()};
}

bool ExchangesPage::selectExchange(const QString &vhost, const QString &name)
{
    QSortFilterProxyModel *proxy = m_table->proxy();
    int row = proxyRowOf(proxy, ExchangeTableModel::VirtualHost, ExchangeTableModel::Name, vhost, name);
    if (row < 0 && !m_table->filterEdit()->text().isEmpty()) {
        m_table->filterEdit()->clear();
        row = proxyRowOf(proxy, ExchangeTableModel::VirtualHost, ExchangeTableModel::Name, vhost, name);
    }
    if (row < 0)
        return false;
    m_selectedOnce = true;
    m_table->view()->selectionModel()->clearSelection();
    m_table->view()->selectRow(row);
    m_table->view()->scrollTo(proxy->index(row, ExchangeTableModel::Name));
    return true;
}

void ExchangesPage::applySnapshot(const metrics::BrokerSnapshotPtr &snapshot)
{
    if (!snapshot)
        return;
    m_last = snapshot;
    if (!m_selectedOnce && m_table->proxy()->rowCount() > 0) {
        m_selectedOnce = true;
        if (!m_table->view()->selectionModel()->hasSelection())
            m_table->view()->selectRow(0);
    }
    showSelectedExchange(); // the selected exchange may have gone
    m_bindingModel->applySnapshot(*snapshot);
    updateRates();
}

void ExchangesPage::showSelectedExchange()
{
    const auto [vhost, name] = selectedExchange();
    const bool none = vhost.isEmpty();
    const QString shownName = name.isEmpty() ? tr("(AMQP default)") : name;
    const QString title = none ? tr("Bindings (select an exchange)")
                               : tr("Bindings of “%1” in vhost %2").arg(shownName, vhost);
    if (m_detailBox->title() != title)
        m_detailBox->setTitle(title);
    const auto kind = none ? BindingTableModel::Subject::None : BindingTableModel::Subject::Exchange;
    if (kind == m_bindingModel->subjectKind() && vhost == m_bindingModel->subjectVhost()
        && name == m_bindingModel->subjectName())
        return;
    m_bindingModel->setSubject(kind, vhost, name);
    if (m_last)
        m_bindingModel->applySnapshot(*m_last);
    updateRates();
}

void ExchangesPage::updateRates()
{
    const auto [vhost, name] = selectedExchange();
    QString text;
    if (vhost.isEmpty()) {
        text = tr("Select an exchange to see its bindings and rates.");
    } else {
        const FlowEstimator &f = m_bindingModel->flows();
        text = tr("Published %1 msg/s · routed %2 msg/s to queues · unroutable %3 msg/s")
                   .arg(DisplayFormat::rate(f.exchangeIn(vhost, name)), DisplayFormat::rate(f.exchangeOut(vhost, name)),
                        DisplayFormat::rate(f.exchangeUnroutable(vhost, name)));
        if (name.isEmpty())
            text += tr(" · every queue is implicitly bound to it by its own name");
        if (m_last) {
            // x-delayed-message: the messages it holds back, and when the next is due.
            for (const metrics::ExchangeSnapshot &e : m_last->exchanges) {
                if (e.vhost != vhost || e.name != name || e.type != QLatin1String("x-delayed-message"))
                    continue;
                text += tr(" · %n message(s) scheduled", nullptr, int(e.scheduled));
                if (e.nextDueMs >= 0)
                    text += tr(", next due %1")
                                .arg(QDateTime::fromMSecsSinceEpoch(e.nextDueMs).toString(QStringLiteral("HH:mm:ss.zzz")));
                break;
            }
        }
    }
    if (m_rates->text() != text)
        m_rates->setText(text);
}

} // namespace warren::widgets
