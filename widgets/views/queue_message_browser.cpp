#include "queue_message_browser.h"

#include "dialogs/republish_dialog.h"
#include "models/browsed_message_model.h"
#include "models/display_format.h"
#include "models/message_export.h"
#include "models/message_filter_proxy.h"
#include "payload_view.h"

#include <api/command_api.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>
#include <memory>

namespace warren::widgets {

namespace {

constexpr int kAutoRefreshMs = 2000;
/// Bodies are fetched whole up to this size (re-publishing needs them whole).
constexpr int kMaxBodyBytes = 16 * 1024 * 1024;

enum DetailTab { PayloadTab, PropertiesTab, HeadersTab };

QTableWidget *makeTable(int columns, const QStringList &labels, const QString &objectName, QWidget *parent)
{
    auto *t = new QTableWidget(0, columns, parent);
    t->setObjectName(objectName);
    t->setHorizontalHeaderLabels(labels);
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setHighlightSections(false);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        item->setToolTip(cells[c]);
        t->setItem(row, c, item);
    }
}

QString quoted(const QString &text)
{
    return QueueMessageBrowser::tr("“%1”").arg(text);
}

} // namespace

QueueMessageBrowser::QueueMessageBrowser(QWidget *parent)
    : QWidget(parent)
    , m_model(new BrowsedMessageModel(this))
    , m_proxy(new MessageFilterProxy(m_model, this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_from(new QSpinBox(this))
    , m_count(new QSpinBox(this))
    , m_autoRefresh(new QCheckBox(tr("Auto-refresh"), this))
    , m_search(new QLineEdit(this))
    , m_scope(new QComboBox(this))
    , m_export(new QToolButton(this))
    , m_republish(new QPushButton(tr("Re-publish…"), this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_delivery(new QLabel(this))
    , m_detailTabs(new QTabWidget(this))
    , m_payload(new PayloadView(QString(), m_detailTabs))
    , m_properties(makeTable(2, {tr("Property"), tr("Value")}, QStringLiteral("messagePropertyTable"), m_detailTabs))
    , m_headers(makeTable(3, {tr("Header"), tr("Type"), tr("Value")}, QStringLiteral("messageHeaderTable"),
                          m_detailTabs))
    , m_autoTimer(new QTimer(this))
{
    m_refresh->setObjectName(QStringLiteral("browseRefresh"));
    m_refresh->setToolTip(tr("Fetch the messages again. Browsing only looks: nothing is consumed or redelivered."));
    m_from->setObjectName(QStringLiteral("browseFrom"));
    m_from->setRange(0, std::numeric_limits<int>::max());
    m_from->setToolTip(tr("Position of the first message to fetch (0 = the next one to be delivered)"));
    m_count->setObjectName(QStringLiteral("browseCount"));
    m_count->setRange(1, 1000);
    m_count->setValue(100);
    m_count->setToolTip(tr("How many messages to fetch (at most 1,000)"));
    m_autoRefresh->setObjectName(QStringLiteral("browseAutoRefresh"));
    m_autoRefresh->setToolTip(tr("Fetch again every %n second(s) while this tab is shown", nullptr,
                                 kAutoRefreshMs / 1000));
    m_search->setObjectName(QStringLiteral("browseSearch"));
    m_search->setPlaceholderText(tr("Search the fetched messages…"));
    m_search->setClearButtonEnabled(true);
    m_scope->setObjectName(QStringLiteral("browseScope"));
    for (auto scope : {MessageSearch::Scope::Anywhere, MessageSearch::Scope::Payload, MessageSearch::Scope::Headers,
                       MessageSearch::Scope::RoutingKey})
        m_scope->addItem(MessageSearch::scopeName(scope), int(scope));
    m_scope->setToolTip(tr("Where to search"));
    m_export->setObjectName(QStringLiteral("browseExport"));
    m_export->setText(tr("Export"));
    m_export->setToolTip(tr("Save the listed messages (those the search keeps) as JSON or CSV"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_export);
    connect(exportMenu->addAction(tr("JSON…")), &QAction::triggered, this, [this] { askExport(ExportFormat::Json); });
    connect(exportMenu->addAction(tr("CSV…")), &QAction::triggered, this, [this] { askExport(ExportFormat::Csv); });
    m_export->setMenu(exportMenu);
    m_republish->setObjectName(QStringLiteral("browseRepublish"));
    m_republish->setToolTip(tr("Publish copies of the selected messages, with their properties, to an exchange. "
                               "The originals stay in this queue: a message cannot be removed without consuming it."));
    m_status->setObjectName(QStringLiteral("browseStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setMinimumWidth(1);

    m_table->setObjectName(QStringLiteral("messageTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BrowsedMessageModel::Position, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setColumnWidth(BrowsedMessageModel::Position, 60);
    m_table->setColumnWidth(BrowsedMessageModel::RoutingKey, 140);
    m_table->setColumnWidth(BrowsedMessageModel::Exchange, 110);
    m_table->setColumnWidth(BrowsedMessageModel::Size, 70);
    m_table->setColumnWidth(BrowsedMessageModel::Redelivered, 80);
    m_table->setColumnWidth(BrowsedMessageModel::Priority, 60);

    m_delivery->setObjectName(QStringLiteral("messageDelivery"));
    m_delivery->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_delivery->setWordWrap(true);
    m_payload->setObjectName(QStringLiteral("messagePayload"));
    m_detailTabs->setObjectName(QStringLiteral("messageDetailTabs"));
    m_detailTabs->setDocumentMode(true);
    m_detailTabs->insertTab(PayloadTab, m_payload, tr("Payload"));
    m_detailTabs->insertTab(PropertiesTab, m_properties, tr("Properties"));
    m_detailTabs->insertTab(HeadersTab, m_headers, tr("Headers"));

    auto *pageRow = new QHBoxLayout;
    pageRow->addWidget(m_refresh);
    pageRow->addWidget(new QLabel(tr("From"), this));
    pageRow->addWidget(m_from);
    pageRow->addWidget(new QLabel(tr("Count"), this));
    pageRow->addWidget(m_count);
    pageRow->addWidget(m_autoRefresh);
    pageRow->addWidget(m_status, 1);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_scope);
    searchRow->addWidget(m_export);
    searchRow->addWidget(m_republish);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->setSpacing(2);
    detailLayout->addWidget(m_delivery);
    detailLayout->addWidget(m_detailTabs, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addLayout(pageRow);
    layout->addLayout(searchRow);
    layout->addWidget(splitter, 1);

    m_autoTimer->setInterval(kAutoRefreshMs);
    connect(m_autoTimer, &QTimer::timeout, this, [this] {
        if (!m_fetching)
            refresh();
    });
    connect(m_refresh, &QPushButton::clicked, this, &QueueMessageBrowser::refresh);
    connect(m_autoRefresh, &QCheckBox::toggled, this, &QueueMessageBrowser::updateAutoRefresh);
    connect(m_search, &QLineEdit::textChanged, this, &QueueMessageBrowser::applySearch);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &QueueMessageBrowser::applySearch);
    connect(m_republish, &QPushButton::clicked, this, &QueueMessageBrowser::askRepublish);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QueueMessageBrowser::showCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QueueMessageBrowser::updateActions);
    clearDetail();
    setQueue(QString(), QString());
}

QueueMessageBrowser::~QueueMessageBrowser() = default;

void QueueMessageBrowser::setCommands(api::CommandApi *commands)
{
    m_commands = commands;
    ++m_ticket; // an answer from the old broker is of no use
    m_fetching = false;
    m_fetchedOnce = false;
    if (commands && isVisible())
        refresh();
    else
        updateActions();
    updateAutoRefresh();
}

void QueueMessageBrowser::setQueue(const QString &vhost, const QString &queue)
{
    if (vhost == m_vhost && queue == m_queue && !vhost.isEmpty())
        return;
    m_vhost = vhost;
    m_queue = vhost.isEmpty() ? QString() : queue;
    ++m_ticket;
    m_fetching = false;
    m_fetchedOnce = false;
    m_from->setValue(0);
    m_model->clear();
    clearDetail();
    if (!m_vhost.isEmpty() && isVisible())
        refresh();
    else
        updateActions();
    updateAutoRefresh();
}

void QueueMessageBrowser::refresh()
{
    if (!m_commands || m_vhost.isEmpty()) {
        updateActions();
        return;
    }
    api::QueueBrowseRequest request;
    request.vhost = m_vhost;
    request.queue = m_queue;
    request.from = quint64(m_from->value());
    request.maxCount = m_count->value();
    request.maxBodyBytes = kMaxBodyBytes;
    const quint64 ticket = ++m_ticket;
    m_fetching = true;
    m_fetchedOnce = true;
    if (m_model->rowCount() == 0)
        setStatus(tr("Fetching…"));
    m_commands->browseQueue(request, this, [this, ticket](const api::QueueBrowseResult &result) {
        if (ticket != m_ticket)
            return; // another queue, page or broker since
        m_fetching = false;
        apply(result);
        emit fetched();
    });
    updateActions();
}

void QueueMessageBrowser::apply(const api::QueueBrowseResult &result)
{
    if (!result.ok) {
        m_model->clear();
        clearDetail();
        setStatus(tr("Cannot browse: %1").arg(result.error));
        updateActions();
        return;
    }
    const int currentRow = m_table->currentIndex().row();
    m_model->setMessages(result.messages);
    QString text;
    if (result.stream) {
        // A stream's log: everything it still holds, read without consuming.
        if (result.messages.isEmpty())
            text = result.totalReady == 0 ? tr("The stream is empty.")
                                          : tr("No messages from position %1: the stream holds %2.")
                                                .arg(DisplayFormat::count(quint64(m_from->value())),
                                                     DisplayFormat::count(result.totalReady));
        else
            text = tr("Stream offsets %1–%2 · %3 messages in the stream")
                       .arg(DisplayFormat::count(quint64(result.messages.front().streamOffset)),
                            DisplayFormat::count(quint64(result.messages.back().streamOffset)),
                            DisplayFormat::count(result.totalReady));
    } else if (result.messages.isEmpty()) {
        text = result.totalReady == 0
            ? tr("No ready messages (unacknowledged ones are not shown).")
            : tr("No messages from position %1: the queue has %2 ready.")
                  .arg(DisplayFormat::count(quint64(m_from->value())), DisplayFormat::count(result.totalReady));
    } else {
        const quint64 first = result.messages.front().position;
        const quint64 last = result.messages.back().position;
        text = tr("Messages %1–%2 of %3 ready")
                   .arg(DisplayFormat::count(first), DisplayFormat::count(last), DisplayFormat::count(result.totalReady));
        if (result.moved)
            text += tr(" · positions approximate: the queue changed while it was read");
    }
    setStatus(text);
    m_status->setToolTip(tr("%1\nFetched at %2; nothing was consumed.")
                             .arg(text, QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"))));
    applySearch();
    if (!m_table->currentIndex().isValid() && currentRow >= 0 && currentRow < m_proxy->rowCount())
        m_table->setCurrentIndex(m_proxy->index(currentRow, 0));
    showCurrent();
    updateActions();
}

void QueueMessageBrowser::applySearch()
{
    m_proxy->setSearch(m_search->text(), MessageSearch::Scope(m_scope->currentData().toInt()));
    if (!m_search->text().isEmpty())
        m_search->setToolTip(tr("%1 of %2 fetched messages match")
                                 .arg(m_proxy->rowCount())
                                 .arg(m_model->rowCount()));
    else
        m_search->setToolTip(QString());
    showCurrent();
    updateActions();
}

void QueueMessageBrowser::showCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        clearDetail();
        return;
    }
    const QModelIndex source = m_proxy->mapToSource(current);
    if (!source.isValid() || source.row() >= m_model->rowCount()) {
        clearDetail();
        return;
    }
    showMessage(m_model->message(source.row()));
}

void QueueMessageBrowser::clearDetail()
{
    m_delivery->setText(m_vhost.isEmpty() ? tr("Select a queue to browse its messages.")
                                          : tr("Select a message to see its payload, properties and headers."));
    m_payload->clear();
    m_properties->setRowCount(0);
    m_headers->setRowCount(0);
    m_detailTabs->setTabText(HeadersTab, tr("Headers"));
}

void QueueMessageBrowser::showMessage(const api::BrowsedMessage &m)
{
    QStringList parts;
    if (m.streamOffset >= 0)
        parts << tr("Stream offset %1").arg(DisplayFormat::count(quint64(m.streamOffset)));
    else
        parts << tr("Position %1").arg(DisplayFormat::count(m.position));
    parts << (m.exchange.isEmpty() ? tr("published to the default exchange")
                                   : tr("published to exchange %1").arg(quoted(m.exchange)));
    parts << tr("routing key %1").arg(quoted(m.routingKey));
    if (m.redelivered)
        parts << tr("redelivered (delivered %n time(s) before)", nullptr, int(m.deliveryCount));
    parts << (m.persistent ? tr("persistent") : tr("transient"));
    if (m.streamOffset >= 0)
        parts << tr("written %1").arg(QDateTime::fromMSecsSinceEpoch(m.storedAtMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    else if (m.paged)
        parts << tr("paged out to disk");
    else if (m.stored)
        parts << tr("stored on disk");
    if (m.expiresAtMs > 0)
        parts << tr("expires %1").arg(QDateTime::fromMSecsSinceEpoch(m.expiresAtMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    if (!m.deathQueue.isEmpty())
        parts << tr("dead-lettered from %1 (%2)").arg(quoted(m.deathQueue), m.deathReason);
    if (m.bodyTruncated)
        parts << tr("only the first %1 of %2 fetched")
                     .arg(DisplayFormat::bytes(quint64(m.body.size())), DisplayFormat::bytes(quint64(m.bodySize)));
    m_delivery->setText(parts.join(QStringLiteral(" · ")));

    m_payload->setPayload(m.body);

    QList<QStringList> props;
    const auto add = [&props](const QString &name, const QString &value) {
        if (!value.isEmpty())
            props.append({name, value});
    };
    add(tr("content_type"), m.contentType);
    add(tr("content_encoding"), m.contentEncoding);
    if (m.deliveryMode > 0)
        add(tr("delivery_mode"), m.deliveryMode == 2 ? tr("2 (persistent)") : tr("%1 (transient)").arg(m.deliveryMode));
    if (m.priority >= 0)
        add(tr("priority"), QString::number(m.priority));
    add(tr("correlation_id"), m.correlationId);
    add(tr("reply_to"), m.replyTo);
    if (!m.expiration.isEmpty())
        add(tr("expiration"), tr("%1 ms").arg(m.expiration));
    add(tr("message_id"), m.messageId);
    if (m.timestamp >= 0)
        add(tr("timestamp"), tr("%1 (%2)").arg(BrowsedMessageModel::timestampText(m.timestamp)).arg(m.timestamp));
    add(tr("type"), m.type);
    add(tr("user_id"), m.userId);
    add(tr("app_id"), m.appId);
    add(tr("cluster_id"), m.clusterId);
    if (!m.propertiesError.isEmpty())
        add(tr("(undecodable)"), m.propertiesError);
    m_properties->setRowCount(int(props.size()));
    for (int r = 0; r < props.size(); ++r)
        setRow(m_properties, r, props[r]);
    if (!props.isEmpty())
        m_properties->resizeColumnToContents(0);

    m_headers->setRowCount(int(m.headers.size()));
    for (int r = 0; r < m.headers.size(); ++r)
        setRow(m_headers, r, {m.headers[r].name, m.headers[r].type, m.headers[r].value});
    if (!m.headers.isEmpty()) {
        m_headers->resizeColumnToContents(0);
        m_headers->resizeColumnToContents(1);
    }
    m_detailTabs->setTabText(HeadersTab, tr("Headers (%1)").arg(m.headers.size()));
}

void QueueMessageBrowser::setStatus(const QString &text)
{
    if (m_status->text() != text) {
        m_status->setText(text);
        m_status->setToolTip(text);
    }
}

void QueueMessageBrowser::updateActions()
{
    const bool broker = m_commands != nullptr;
    const bool queue = !m_vhost.isEmpty();
    m_refresh->setEnabled(broker && queue);
    m_from->setEnabled(broker && queue);
    m_count->setEnabled(broker && queue);
    m_autoRefresh->setEnabled(broker && queue);
    m_export->setEnabled(m_proxy->rowCount() > 0);
    m_republish->setEnabled(broker && m_table->selectionModel()->hasSelection());
    if (!broker)
        setStatus(tr("No broker is running: start it (Settings tab) to browse messages."));
    else if (!queue)
        setStatus(tr("Select a queue to browse its messages."));
    else if (!m_fetchedOnce && m_model->rowCount() == 0)
        setStatus(tr("Press Refresh to fetch the ready messages (nothing is consumed)."));
}

void QueueMessageBrowser::updateAutoRefresh()
{
    const bool run = m_autoRefresh->isChecked() && isVisible() && m_commands && !m_vhost.isEmpty();
    if (run && !m_autoTimer->isActive())
        m_autoTimer->start();
    else if (!run)
        m_autoTimer->stop();
}

void QueueMessageBrowser::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_fetchedOnce && m_commands && !m_vhost.isEmpty())
        refresh();
    updateAutoRefresh();
}

void QueueMessageBrowser::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateAutoRefresh();
}

// ------------------------------------------------------------------ export

bool QueueMessageBrowser::exportTo(const QString &path, ExportFormat format, QString *error)
{
    QList<api::BrowsedMessage> listed;
    listed.reserve(m_proxy->rowCount());
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        listed.append(m_model->message(m_proxy->mapToSource(m_proxy->index(r, 0)).row()));
    const QByteArray bytes = format == ExportFormat::Json ? MessageExport::toJson(listed, m_vhost, m_queue)
                                                          : MessageExport::toCsv(listed);
    QString why;
    if (!MessageExport::write(path, bytes, &why)) {
        if (error)
            *error = why;
        emit message(why);
        return false;
    }
    emit message(tr("Exported %n message(s) to %1", nullptr, int(listed.size())).arg(QDir::toNativeSeparators(path)));
    return true;
}

void QueueMessageBrowser::askExport(ExportFormat format)
{
    const bool json = format == ExportFormat::Json;
    QString base = m_queue;
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    const QString suggested = QDir::home().filePath(base + (json ? QStringLiteral("-messages.json")
                                                                 : QStringLiteral("-messages.csv")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export messages"), suggested,
                                                      json ? tr("JSON (*.json)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, format, &error))
        setStatus(error);
}

// ---------------------------------------------------------------- re-publish

QList<api::BrowsedMessage> QueueMessageBrowser::selectedMessages() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<api::BrowsedMessage> out;
    for (const QModelIndex &row : std::as_const(rows)) {
        const QModelIndex source = m_proxy->mapToSource(row);
        if (source.isValid())
            out.append(m_model->message(source.row()));
    }
    return out;
}

QPair<QString, QString> QueueMessageBrowser::defaultTarget(const api::BrowsedMessage &message)
{
    if (!message.deathQueue.isEmpty())
        return {message.deathExchange, message.deathRoutingKey};
    return {message.exchange, message.routingKey};
}

void QueueMessageBrowser::askRepublish()
{
    const QList<api::BrowsedMessage> selected = selectedMessages();
    if (selected.isEmpty())
        return;
    const auto [exchange, key] = defaultTarget(selected.front());
    QList<QPair<QString, QString>> exchanges;
    if (m_snapshot)
        for (const auto &e : m_snapshot->exchanges)
            exchanges.append({e.vhost, e.name});
    RepublishDialog dialog(int(selected.size()), m_vhost, exchange, key, exchanges, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    republishSelected(dialog.vhost(), dialog.exchange(),
                      dialog.ownRoutingKeys() ? std::nullopt : std::optional<QString>(dialog.routingKey()));
}

void QueueMessageBrowser::republishSelected(const QString &vhost, const QString &exchange,
                                            const std::optional<QString> &routingKey)
{
    const QList<api::BrowsedMessage> selected = selectedMessages();
    if (!m_commands || selected.isEmpty())
        return;
    struct Tally {
        int pending = 0;
        int routed = 0;       ///< copies that reached at least one queue
        int queues = 0;       ///< queue deliveries in all
        int unroutable = 0;
        int skipped = 0;      ///< fetched only in part
        QStringList errors;
    };
    auto tally = std::make_shared<Tally>();
    for (const api::BrowsedMessage &m : selected) {
        if (m.bodyTruncated) {
            ++tally->skipped;
            continue;
        }
        api::AmqpPublishRequest request;
        request.vhost = vhost;
        request.exchange = exchange;
        // Its own routing key: for a dead letter sent back, the one it died with.
        const auto [ownExchange, ownKey] = defaultTarget(m);
        request.routingKey = routingKey ? *routingKey : (exchange == ownExchange ? ownKey : m.routingKey);
        request.encodedProperties = m.encodedProperties;
        request.body = m.body;
        ++tally->pending;
        m_commands->publish(request, this, [this, tally, exchange](const api::AmqpPublishResult &r) {
            if (!r.ok)
                tally->errors << r.error;
            else if (r.routedQueues == 0)
                ++tally->unroutable;
            else {
                ++tally->routed;
                tally->queues += r.routedQueues;
            }
            if (--tally->pending > 0)
                return;
            QStringList parts;
            const QString target = exchange.isEmpty() ? tr("the default exchange") : tr("exchange %1").arg(quoted(exchange));
            if (tally->routed > 0)
                parts << tr("%n message(s) re-published to %1", nullptr, tally->routed).arg(target)
                      << tr("routed to %n queue(s) in all", nullptr, tally->queues);
            if (tally->unroutable > 0)
                parts << tr("%n unroutable (no binding matched; dropped)", nullptr, tally->unroutable);
            if (tally->skipped > 0)
                parts << tr("%n skipped: fetched only in part", nullptr, tally->skipped);
            if (!tally->errors.isEmpty())
                parts << tr("%n failed: %1", nullptr, int(tally->errors.size())).arg(tally->errors.front());
            const QString text = parts.join(QStringLiteral(" · "));
            setStatus(text);
            emit message(text);
            emit republished();
        });
    }
    if (tally->pending == 0) {
        const QString text = tr("Nothing re-published: the selected messages were fetched only in part "
                                "(larger than %1)")
                                 .arg(DisplayFormat::bytes(quint64(kMaxBodyBytes)));
        setStatus(text);
        emit message(text);
        emit republished();
    }
}

} // namespace warren::widgets
