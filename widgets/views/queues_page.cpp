#include "queues_page.h"

#include "models/argument_list.h"
#include "models/binding_table_model.h"
#include "models/consumer_table_model.h"
#include "models/display_format.h"
#include "models/queue_depth_history.h"
#include "models/queue_table_model.h"
#include "plots/depth_chart.h"
#include "queue_message_browser.h"
#include "table_page.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace warren::widgets {

namespace {

enum DetailTab { ConsumersTab, BindingsTab, ArgumentsTab, MessagesTab };

int proxyRowOf(const QSortFilterProxyModel *proxy, const QString &vhost, const QString &name)
{
    for (int r = 0; r < proxy->rowCount(); ++r) {
        if (proxy->index(r, QueueTableModel::VirtualHost).data().toString() == vhost
            && proxy->index(r, QueueTableModel::Name).data().toString() == name)
            return r;
    }
    return -1;
}

void setTitleIfChanged(QGroupBox *box, const QString &title)
{
    if (box->title() != title)
        box->setTitle(title);
}

} // namespace

QueuesPage::QueuesPage(QueueTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_history(std::make_unique<QueueDepthHistory>())
    , m_model(model)
    , m_consumerModel(new ConsumerTableModel(this))
    , m_bindingModel(new BindingTableModel(this))
    , m_table(new TablePage(model, tr("queues"), QueueTableModel::Name, this))
    , m_chartBox(new QGroupBox(this))
    , m_summary(new QLabel(m_chartBox))
    , m_chart(new DepthChart(m_history.get(), m_chartBox))
    , m_tabs(new QTabWidget(this))
    , m_consumers(new TablePage(m_consumerModel, tr("consumers"), ConsumerTableModel::Tag, m_tabs))
    , m_bindings(new TablePage(m_bindingModel, tr("bindings"), BindingTableModel::Source, m_tabs))
    , m_argumentsPage(new QWidget(m_tabs))
    , m_features(new QLabel(m_argumentsPage))
    , m_arguments(new QTableWidget(0, 2, m_argumentsPage))
    , m_messages(new QueueMessageBrowser(m_tabs))
{
    m_chart->setObjectName(QStringLiteral("depthChart"));
    m_chart->setMinimumHeight(150);
    m_summary->setObjectName(QStringLiteral("queueSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setContentsMargins(6, 2, 6, 0);
    m_tabs->setObjectName(QStringLiteral("queueDetailTabs"));
    m_consumers->view()->setObjectName(QStringLiteral("consumerTable"));
    m_consumers->setFilterVisible(false);
    m_bindings->view()->setObjectName(QStringLiteral("queueBindingTable"));
    m_bindings->setFilterVisible(false);
    // Every binding of a queue comes in; the direction column says nothing here.
    m_bindings->view()->setColumnHidden(BindingTableModel::Direction, true);
    m_bindings->view()->setColumnHidden(BindingTableModel::Destination, true);
    m_bindings->view()->setColumnHidden(BindingTableModel::DestinationType, true);

    m_arguments->setObjectName(QStringLiteral("queueArgumentTable"));
    m_arguments->setHorizontalHeaderLabels({tr("Argument"), tr("Value")});
    m_arguments->horizontalHeader()->setStretchLastSection(true);
    m_arguments->horizontalHeader()->setHighlightSections(false);
    m_arguments->verticalHeader()->hide();
    m_arguments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_arguments->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_arguments->setAlternatingRowColors(true);
    m_arguments->setWordWrap(false);
    m_features->setObjectName(QStringLiteral("queueFeatures"));
    m_features->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *argumentsLayout = new QVBoxLayout(m_argumentsPage);
    argumentsLayout->setContentsMargins(6, 6, 6, 6);
    argumentsLayout->addWidget(m_features);
    argumentsLayout->addWidget(m_arguments, 1);

    m_tabs->setDocumentMode(true);
    m_tabs->insertTab(ConsumersTab, m_consumers, QString());
    m_tabs->insertTab(BindingsTab, m_bindings, QString());
    m_tabs->insertTab(ArgumentsTab, m_argumentsPage, tr("Arguments"));
    // The message browser: told the selected queue in showSelectedQueue();
    // it fetches on demand, not with every snapshot.
    m_messages->setObjectName(QStringLiteral("queueMessageBrowser"));
    m_tabs->insertTab(MessagesTab, m_messages, tr("Messages"));

    auto *chartLayout = new QVBoxLayout(m_chartBox);
    chartLayout->setContentsMargins(0, 4, 0, 0);
    chartLayout->setSpacing(2);
    chartLayout->addWidget(m_summary);
    chartLayout->addWidget(m_chart, 1);

    auto *details = new QSplitter(Qt::Horizontal);
    details->setChildrenCollapsible(false);
    details->addWidget(m_chartBox);
    details->addWidget(m_tabs);
    details->setStretchFactor(0, 1);
    details->setStretchFactor(1, 1);
    details->setSizes({500, 500});
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({340, 280});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->addWidget(splitter);

    connect(m_table->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QueuesPage::showSelectedQueue);
    for (QAbstractItemModel *m : {static_cast<QAbstractItemModel *>(m_consumerModel),
                                  static_cast<QAbstractItemModel *>(m_bindingModel)}) {
        connect(m, &QAbstractItemModel::rowsInserted, this, &QueuesPage::updateTabTitles);
        connect(m, &QAbstractItemModel::rowsRemoved, this, &QueuesPage::updateTabTitles);
    }
    showSelectedQueue();
    updateTabTitles();
}

QueuesPage::~QueuesPage() = default;

QTableView *QueuesPage::view() const
{
    return m_table->view();
}

QLineEdit *QueuesPage::filterEdit() const
{
    return m_table->filterEdit();
}

QSortFilterProxyModel *QueuesPage::proxy() const
{
    return m_table->proxy();
}

QPair<QString, QString> QueuesPage::selectedQueue() const
{
    const QModelIndexList rows = m_table->view()->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const QModelIndex row = rows.first();
    return {row.siblingAtColumn(QueueTableModel::VirtualHost).data().toString(),
            row.siblingAtColumn(QueueTableModel::Name).data().toString()};
}

bool QueuesPage::selectQueue(const QString &vhost, const QString &name)
{
    QSortFilterProxyModel *proxy = m_table->proxy();
    int row = proxyRowOf(proxy, vhost, name);
    if (row < 0 && !m_table->filterEdit()->text().isEmpty()) {
        m_table->filterEdit()->clear();
        row = proxyRowOf(proxy, vhost, name);
    }
    if (row < 0)
        return false;
    m_selectedOnce = true;
    m_table->view()->selectionModel()->clearSelection();
    m_table->view()->selectRow(row);
    m_table->view()->scrollTo(proxy->index(row, QueueTableModel::Name));
    return true;
}

void QueuesPage::applySnapshot(const metrics::BrokerSnapshotPtr &snapshot)
{
    if (!snapshot)
        return;
    m_last = snapshot;
    m_messages->setSnapshot(snapshot);
    m_history->update(*snapshot);
    if (!m_selectedOnce && m_table->proxy()->rowCount() > 0) {
        m_selectedOnce = true;
        if (!m_table->view()->selectionModel()->hasSelection())
            m_table->view()->selectRow(0);
    }
    showSelectedQueue(); // the selected queue may have gone
    m_consumerModel->applySnapshot(*snapshot);
    m_bindingModel->applySnapshot(*snapshot);
    m_chart->historyChanged();
    updateSummary();
    updateArguments();
}

void QueuesPage::showSelectedQueue()
{
    const auto [vhost, name] = selectedQueue();
    const bool none = vhost.isEmpty();
    setTitleIfChanged(m_chartBox, none ? tr("Depth, last 5 minutes (select a queue)")
                                       : tr("Depth of “%1”, last 5 minutes").arg(name));
    m_chart->setQueue(vhost, name);
    if (vhost == m_consumerModel->vhost() && name == m_consumerModel->queue())
        return;
    m_consumerModel->setQueue(vhost, name);
    m_messages->setQueue(vhost, name);
    m_bindingModel->setSubject(none ? BindingTableModel::Subject::None : BindingTableModel::Subject::Queue, vhost,
                               name);
    if (m_last) {
        m_consumerModel->applySnapshot(*m_last);
        m_bindingModel->applySnapshot(*m_last);
    }
    updateSummary();
    updateArguments();
    updateTabTitles();
}

void QueuesPage::updateSummary()
{
    const auto [vhost, name] = selectedQueue();
    QString text;
    if (vhost.isEmpty()) {
        text = tr("Select a queue to see its depth, consumers, bindings and arguments.");
    } else if (const auto p = m_history->latest({vhost, name})) {
        const FlowEstimator &f = m_bindingModel->flows();
        text = tr("%1 ready · %2 unacked · in %3 msg/s · out %4 msg/s")
                   .arg(DisplayFormat::count(p->ready), DisplayFormat::count(p->unacked),
                        DisplayFormat::rate(f.queueIn(vhost, name)), DisplayFormat::rate(f.queueOut(vhost, name)));
    }
    if (m_summary->text() != text)
        m_summary->setText(text);
}

void QueuesPage::updateArguments()
{
    const auto [vhost, name] = selectedQueue();
    const metrics::QueueSnapshot *queue = nullptr;
    if (m_last && !vhost.isEmpty()) {
        for (const auto &q : m_last->queues) {
            if (q.vhost == vhost && q.name == name) {
                queue = &q;
                break;
            }
        }
    }
    QString features;
    QString arguments;
    if (queue) {
        QStringList parts;
        parts << (queue->durable ? tr("durable") : tr("transient"));
        if (queue->exclusive)
            parts << tr("exclusive");
        if (queue->autoDelete)
            parts << tr("auto-delete");
        features = tr("Features: %1").arg(parts.join(QLatin1String(", ")));
        // RabbitMQ's extensions at work: where dead letters go and what
        // TTLs, limits and de-duplication did so far.
        if (!queue->deadLetterExchange.isEmpty())
            features += QLatin1Char('\n') +
                        (queue->deadLetterRoutingKey.isEmpty()
                             ? tr("Dead letters go to exchange %1 with their routing keys").arg(queue->deadLetterExchange)
                             : tr("Dead letters go to exchange %1 with routing key %2")
                                   .arg(queue->deadLetterExchange, queue->deadLetterRoutingKey));
        QStringList counts;
        if (queue->expired)
            counts << tr("expired %1").arg(DisplayFormat::count(queue->expired));
        if (queue->deadLettered)
            counts << tr("dead-lettered %1").arg(DisplayFormat::count(queue->deadLettered));
        if (queue->droppedMaxLen)
            counts << tr("dropped or refused by the length limit %1").arg(DisplayFormat::count(queue->droppedMaxLen));
        if (queue->duplicates)
            counts << tr("duplicates refused %1").arg(DisplayFormat::count(queue->duplicates));
        if (!counts.isEmpty())
            features += QLatin1Char('\n') + tr("So far: %1").arg(counts.join(QLatin1String(" · ")));
        arguments = queue->arguments;
    }
    if (m_features->text() != features)
        m_features->setText(features);
    const QString key = vhost + QChar(0x1f) + name + QChar(0x1f) + arguments;
    if (key == m_shownArguments)
        return;
    m_shownArguments = key;
    const QList<ArgumentList::Entry> entries = ArgumentList::split(arguments);
    m_arguments->setRowCount(int(entries.size()));
    for (int r = 0; r < int(entries.size()); ++r) {
        const auto &[k, v] = entries[r];
        auto *keyItem = new QTableWidgetItem(k);
        auto *valueItem = new QTableWidgetItem(v);
        valueItem->setToolTip(v);
        m_arguments->setItem(r, 0, keyItem);
        m_arguments->setItem(r, 1, valueItem);
    }
    if (!entries.isEmpty())
        m_arguments->resizeColumnToContents(0);
    updateTabTitles();
}

void QueuesPage::updateTabTitles()
{
    const auto setTitle = [this](int tab, const QString &title) {
        if (m_tabs->tabText(tab) != title)
            m_tabs->setTabText(tab, title);
    };
    setTitle(ConsumersTab, tr("Consumers (%1)").arg(m_consumerModel->rowCount()));
    setTitle(BindingsTab, tr("Bindings (%1)").arg(m_bindingModel->rowCount()));
    setTitle(ArgumentsTab, tr("Arguments (%1)").arg(m_arguments->rowCount()));
}

} // namespace warren::widgets
