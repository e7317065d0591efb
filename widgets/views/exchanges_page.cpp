#include "exchanges_page.h"

#include "models/binding_table_model.h"
#include "models/display_format.h"
#include "models/exchange_table_model.h"
#include "models/scheduled_message_model.h"
#include "table_page.h"

#include <api/command_api.h>

#include <QGroupBox>
#include <QItemSelectionModel>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QHeaderView>
#include <QSplitter>
#include <QTabWidget>
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

// The Scheduled list is fetched at most this often while it is shown.
constexpr qint64 kScheduledRefreshMs = 1000;
constexpr int kScheduledMaxRows = 500;

} // namespace

ExchangesPage::ExchangesPage(ExchangeTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_bindingModel(new BindingTableModel(this))
    , m_table(new TablePage(model, tr("exchanges"), ExchangeTableModel::Name, this))
    , m_detailBox(new QGroupBox(this))
    , m_rates(new QLabel(m_detailBox))
    , m_bindings(new TablePage(m_bindingModel, tr("bindings"), BindingTableModel::Direction, m_detailBox))
    , m_detailTabs(new QTabWidget(m_detailBox))
    , m_scheduledTab(new QWidget(m_detailTabs))
    , m_scheduledStatus(new QLabel(m_scheduledTab))
    , m_scheduledModel(new ScheduledMessageModel(this))
    , m_scheduledProxy(new QSortFilterProxyModel(this))
    , m_scheduledView(new QTableView(m_scheduledTab))
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
    boxLayout->addWidget(m_detailTabs, 1);

    // Bindings | Scheduled (x-delayed-message exchanges only).
    m_detailTabs->setObjectName(QStringLiteral("exchangeDetailTabs"));
    m_detailTabs->setDocumentMode(true);
    m_detailTabs->addTab(m_bindings, tr("Bindings"));
    m_scheduledStatus->setObjectName(QStringLiteral("scheduledStatus"));
    m_scheduledStatus->setContentsMargins(6, 2, 6, 2);
    m_scheduledStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_scheduledProxy->setSourceModel(m_scheduledModel);
    m_scheduledProxy->setSortRole(ScheduledMessageModel::SortRole);
    m_scheduledView->setObjectName(QStringLiteral("scheduledTable"));
    m_scheduledView->setModel(m_scheduledProxy);
    m_scheduledView->setSortingEnabled(true);
    m_scheduledView->sortByColumn(ScheduledMessageModel::DueAt, Qt::AscendingOrder);
    m_scheduledView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_scheduledView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_scheduledView->verticalHeader()->hide();
    m_scheduledView->setWordWrap(false);
    m_scheduledView->horizontalHeader()->setStretchLastSection(true);
    auto *scheduledLayout = new QVBoxLayout(m_scheduledTab);
    scheduledLayout->setContentsMargins(0, 0, 0, 0);
    scheduledLayout->setSpacing(2);
    scheduledLayout->addWidget(m_scheduledStatus);
    scheduledLayout->addWidget(m_scheduledView, 1);
    m_detailTabs->addTab(m_scheduledTab, tr("Scheduled"));
    m_detailTabs->setTabToolTip(1, tr("Messages an x-delayed-message exchange holds back, with their due times"));
    connect(m_detailTabs, &QTabWidget::currentChanged, this, [this] {
        if (m_detailTabs->currentWidget() == m_scheduledTab)
            refreshScheduled();
    });

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
    updateScheduledTab();
    if (m_detailTabs->currentWidget() == m_scheduledTab && isVisible() && !m_scheduledFetching
        && QDateTime::currentMSecsSinceEpoch() - m_scheduledFetchedAtMs >= kScheduledRefreshMs)
        refreshScheduled();
}

void ExchangesPage::setCommands(api::CommandApi *commands)
{
    m_commands = commands;
    ++m_scheduledTicket; // a reply from the old broker is dropped
    m_scheduledFetching = false;
    m_scheduledModel->clear();
    updateScheduledTab();
    if (m_detailTabs->currentWidget() == m_scheduledTab)
        refreshScheduled();
}

bool ExchangesPage::selectedIsDelayed() const
{
    const auto [vhost, name] = selectedExchange();
    if (vhost.isEmpty() || !m_last)
        return false;
    for (const metrics::ExchangeSnapshot &e : m_last->exchanges)
        if (e.vhost == vhost && e.name == name)
            return e.type == QLatin1String("x-delayed-message");
    return false;
}

void ExchangesPage::updateScheduledTab()
{
    const bool delayed = selectedIsDelayed();
    m_detailTabs->setTabEnabled(1, delayed);
    if (!delayed && m_detailTabs->currentWidget() == m_scheduledTab)
        m_detailTabs->setCurrentWidget(m_bindings);
    QString title = tr("Scheduled");
    if (delayed && m_last) {
        const auto [vhost, name] = selectedExchange();
        for (const metrics::ExchangeSnapshot &e : m_last->exchanges)
            if (e.vhost == vhost && e.name == name)
                title = tr("Scheduled (%1)").arg(DisplayFormat::count(quint64(e.scheduled)));
    }
    if (m_detailTabs->tabText(1) != title)
        m_detailTabs->setTabText(1, title);
}

void ExchangesPage::refreshScheduled()
{
    const auto [vhost, name] = selectedExchange();
    if (!m_commands || !selectedIsDelayed()) {
        ++m_scheduledTicket;
        m_scheduledFetching = false;
        m_scheduledModel->clear();
        m_scheduledStatus->setText(m_commands ? tr("Select an x-delayed-message exchange to see what it holds back.")
                                              : tr("The broker is not running."));
        return;
    }
    api::ScheduledBrowseRequest request;
    request.vhost = vhost;
    request.exchange = name;
    request.maxCount = kScheduledMaxRows;
    const quint64 ticket = ++m_scheduledTicket;
    m_scheduledFetching = true;
    m_scheduledFetchedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_commands->browseScheduled(request, this, [this, ticket](const api::QueueBrowseResult &result) {
        if (ticket != m_scheduledTicket)
            return; // another exchange or broker since
        m_scheduledFetching = false;
        applyScheduled(result);
    });
}

void ExchangesPage::applyScheduled(const api::QueueBrowseResult &result)
{
    if (!result.ok) {
        m_scheduledModel->clear();
        m_scheduledStatus->setText(tr("Cannot list the scheduled messages: %1").arg(result.error));
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_scheduledModel->setMessages(result.messages, now);
    if (!result.messages.isEmpty())
        m_scheduledView->resizeColumnsToContents(); // at most kScheduledMaxRows rows
    QString text;
    if (result.totalReady == 0)
        text = tr("Nothing is scheduled: messages published with an x-delay header wait here until they are due.");
    else if (quint64(result.messages.size()) < result.totalReady)
        text = tr("The %1 due first of %2 scheduled messages · as of %3")
                   .arg(DisplayFormat::count(quint64(result.messages.size())), DisplayFormat::count(result.totalReady),
                        QDateTime::fromMSecsSinceEpoch(now).toString(QStringLiteral("HH:mm:ss")));
    else
        text = tr("%n scheduled message(s) · as of %1", nullptr, int(result.totalReady))
                   .arg(QDateTime::fromMSecsSinceEpoch(now).toString(QStringLiteral("HH:mm:ss")));
    m_scheduledStatus->setText(text);
}

void ExchangesPage::showSelectedExchange()
{
    const auto [vhost, name] = selectedExchange();
    const bool none = vhost.isEmpty();
    const QString shownName = name.isEmpty() ? tr("(AMQP default)") : name;
    const QString title = none ? tr("Select an exchange")
                               : tr("Exchange “%1” in vhost %2").arg(shownName, vhost);
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
    updateScheduledTab();
    m_scheduledModel->clear();
    if (m_detailTabs->currentWidget() == m_scheduledTab)
        refreshScheduled();
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
