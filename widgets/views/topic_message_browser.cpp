#include "topic_message_browser.h"

#include "models/display_format.h"
#include "models/record_export.h"
#include "models/topic_message_model.h"
#include "record_detail_view.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace warren::widgets {

TopicMessageBrowser::TopicMessageBrowser(QWidget *parent)
    : QWidget(parent)
    , m_partition(new QComboBox(this))
    , m_start(new QComboBox(this))
    , m_startValue(new QLineEdit(this))
    , m_startTime(new QDateTimeEdit(this))
    , m_maxRecords(new QSpinBox(this))
    , m_search(new QLineEdit(this))
    , m_scope(new QComboBox(this))
    , m_case(new QCheckBox(tr("Match case"), this))
    , m_browse(new QPushButton(tr("Browse"), this))
    , m_continue(new QPushButton(tr("Continue"), this))
    , m_tail(new QPushButton(tr("Live tail"), this))
    , m_export(new QPushButton(tr("Export…"), this))
    , m_produce(new QPushButton(tr("Produce…"), this))
    , m_hint(new QLabel(this))
    , m_status(new QLabel(this))
    , m_model(new TopicMessageModel(this))
    , m_view(new QTableView(this))
    , m_detail(new RecordDetailView(this))
{
    m_partition->setObjectName(QStringLiteral("browsePartition"));
    m_start->setObjectName(QStringLiteral("browseStart"));
    m_start->addItem(tr("Earliest"), int(api::BrowseStart::Earliest));
    m_start->addItem(tr("Latest N (per partition)"), int(api::BrowseStart::Latest));
    m_start->addItem(tr("Offset"), int(api::BrowseStart::Offset));
    m_start->addItem(tr("Time"), int(api::BrowseStart::Timestamp));
    m_startValue->setObjectName(QStringLiteral("browseStartValue"));
    m_startValue->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{1,18}")), this));
    m_startValue->setMaximumWidth(140);
    m_startTime->setObjectName(QStringLiteral("browseStartTime"));
    m_startTime->setCalendarPopup(true);
    m_startTime->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_startTime->setDateTime(QDateTime::currentDateTime().addSecs(-3600));
    m_maxRecords->setObjectName(QStringLiteral("browseMaxRecords"));
    m_maxRecords->setRange(1, kDefaultRowCap);
    m_maxRecords->setValue(500);
    m_maxRecords->setToolTip(tr("At most this many records per request"));
    m_search->setObjectName(QStringLiteral("browseSearch"));
    m_search->setPlaceholderText(tr("Search text (empty: every record)"));
    m_search->setClearButtonEnabled(true);
    m_scope->setObjectName(QStringLiteral("browseScope"));
    m_scope->addItem(tr("anywhere"), int(api::SearchScope::Any));
    m_scope->addItem(tr("in keys"), int(api::SearchScope::Key));
    m_scope->addItem(tr("in values"), int(api::SearchScope::Value));
    m_scope->addItem(tr("in headers"), int(api::SearchScope::Header));
    m_case->setObjectName(QStringLiteral("browseMatchCase"));
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_browse->setToolTip(tr("Read records from the chosen start, keeping those that match the search"));
    m_continue->setObjectName(QStringLiteral("continueButton"));
    m_continue->setToolTip(tr("Read on from where the last answer stopped"));
    m_tail->setObjectName(QStringLiteral("tailButton"));
    m_tail->setCheckable(true);
    m_tail->setToolTip(tr("Show new records as they arrive (while this page is visible)"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setToolTip(tr("Save the listed records as JSON or CSV"));
    m_produce->setObjectName(QStringLiteral("produceButton"));
    m_hint->setObjectName(QStringLiteral("browseHint"));
    m_hint->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("browseStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_view->setObjectName(QStringLiteral("recordTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(TopicMessageModel::Value, QHeaderView::Stretch);
    m_view->setColumnWidth(TopicMessageModel::Partition, 70);
    m_view->setColumnWidth(TopicMessageModel::Offset, 90);
    m_view->setColumnWidth(TopicMessageModel::Timestamp, 170);
    m_view->setColumnWidth(TopicMessageModel::Key, 150);
    m_model->setRowCap(kDefaultRowCap);

    auto *controls = new QGridLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    auto *where = new QHBoxLayout;
    where->addWidget(new QLabel(tr("Partition"), this));
    where->addWidget(m_partition);
    where->addSpacing(8);
    where->addWidget(new QLabel(tr("Start from"), this));
    where->addWidget(m_start);
    where->addWidget(m_startValue);
    where->addWidget(m_startTime);
    where->addSpacing(8);
    where->addWidget(new QLabel(tr("Max records"), this));
    where->addWidget(m_maxRecords);
    where->addStretch(1);
    where->addWidget(m_produce);
    auto *what = new QHBoxLayout;
    what->addWidget(m_search, 1);
    what->addWidget(m_scope);
    what->addWidget(m_case);
    what->addWidget(m_browse);
    what->addWidget(m_continue);
    what->addWidget(m_tail);
    what->addWidget(m_export);
    controls->addLayout(where, 0, 0);
    controls->addLayout(what, 1, 0);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_hint);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    m_tailTimer.setSingleShot(true);
    connect(&m_tailTimer, &QTimer::timeout, this, &TopicMessageBrowser::pollTail);
    connect(m_start, &QComboBox::currentIndexChanged, this, &TopicMessageBrowser::updateStartControls);
    connect(m_browse, &QPushButton::clicked, this, &TopicMessageBrowser::browse);
    connect(m_search, &QLineEdit::returnPressed, this, &TopicMessageBrowser::browse);
    connect(m_continue, &QPushButton::clicked, this, &TopicMessageBrowser::continueBrowse);
    connect(m_tail, &QPushButton::toggled, this, &TopicMessageBrowser::setTailing);
    connect(m_export, &QPushButton::clicked, this, &TopicMessageBrowser::exportRecords);
    connect(m_produce, &QPushButton::clicked, this, [this] { emit produceRequested(m_topic); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TopicMessageBrowser::showSelected);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TopicMessageBrowser::showSelected);

    rebuildPartitions(0);
    updateStartControls();
    updateEnabled();
}

TopicMessageBrowser::~TopicMessageBrowser() = default;

void TopicMessageBrowser::setCommands(api::CommandApi *commands)
{
    m_commands = commands;
    if (!commands) {
        ++m_generation; // no answer is coming from a stopped broker
        m_inFlight = false;
        setTailing(false);
    }
    updateEnabled();
}

void TopicMessageBrowser::setTopic(const QString &topic, int partitions, const QString &streamVhost)
{
    if (topic != m_topic || streamVhost != m_streamVhost) {
        m_topic = topic;
        m_streamVhost = streamVhost;
        ++m_generation;
        m_inFlight = false;
        setTailing(false);
        m_model->clear();
        m_cursors.clear();
        m_canContinue = false;
        m_scanned = 0;
        m_status->clear();
        m_detail->clear();
    }
    if (partitions != m_partitionCount)
        rebuildPartitions(partitions);
    updateEnabled();
}

void TopicMessageBrowser::rebuildPartitions(int partitions)
{
    const int selected = m_partition->currentData().isValid() ? m_partition->currentData().toInt() : -1;
    m_partitionCount = partitions;
    m_partition->clear();
    m_partition->addItem(tr("All"), -1);
    for (int i = 0; i < partitions; ++i)
        m_partition->addItem(QString::number(i), i);
    const int index = m_partition->findData(selected);
    m_partition->setCurrentIndex(index < 0 ? 0 : index);
}

void TopicMessageBrowser::setRowCap(int rows)
{
    m_model->setRowCap(rows);
}

bool TopicMessageBrowser::isTailing() const
{
    return m_tail->isChecked();
}

QString TopicMessageBrowser::statusText() const
{
    return m_status->text();
}

void TopicMessageBrowser::updateStartControls()
{
    const auto start = api::BrowseStart(m_start->currentData().toInt());
    m_startValue->setVisible(start == api::BrowseStart::Latest || start == api::BrowseStart::Offset);
    m_startTime->setVisible(start == api::BrowseStart::Timestamp);
    if (start == api::BrowseStart::Latest) {
        m_startValue->setPlaceholderText(tr("N records"));
        if (m_startValue->text().isEmpty())
            m_startValue->setText(QStringLiteral("100"));
    } else {
        m_startValue->setPlaceholderText(tr("offset"));
    }
}

void TopicMessageBrowser::updateEnabled()
{
    const bool ready = m_commands && !m_topic.isEmpty();
    if (!m_commands)
        m_hint->setText(tr("No broker is running: start it on the Settings tab to browse records."));
    else if (m_topic.isEmpty())
        m_hint->setText(tr("Select a topic above to browse its records."));
    m_hint->setVisible(!ready);
    m_browse->setEnabled(ready);
    m_continue->setEnabled(ready && m_canContinue && !isTailing() && !m_inFlight);
    m_tail->setEnabled(ready);
    m_produce->setEnabled(ready && m_streamVhost.isEmpty());
    m_produce->setToolTip(m_streamVhost.isEmpty()
                              ? tr("Open the publish window to produce records to this topic")
                              : tr("A stream is written over AMQP: publish to its queue in the publish window's AMQP tab"));
    m_export->setEnabled(m_model->rowCount() > 0);
}

api::TopicBrowseRequest TopicMessageBrowser::requestFromControls() const
{
    api::TopicBrowseRequest req;
    req.topic = m_topic;
    req.streamVhost = m_streamVhost;
    req.partition = m_partition->currentData().toInt();
    req.start = api::BrowseStart(m_start->currentData().toInt());
    if (req.start == api::BrowseStart::Timestamp)
        req.value = m_startTime->dateTime().toMSecsSinceEpoch();
    else if (req.start != api::BrowseStart::Earliest)
        req.value = m_startValue->text().toLongLong();
    req.maxRecords = m_maxRecords->value();
    req.search.text = m_search->text();
    req.search.scope = api::SearchScope(m_scope->currentData().toInt());
    req.search.caseSensitive = m_case->isChecked();
    return req;
}

void TopicMessageBrowser::browse()
{
    if (!m_commands || m_topic.isEmpty())
        return;
    const bool tailing = isTailing();
    m_last = requestFromControls();
    m_cursors.clear();
    send(m_last, Purpose::Browse);
    if (tailing)
        m_tailTimer.stop(); // the answer's cursors restart it
}

void TopicMessageBrowser::continueBrowse()
{
    if (!m_commands || m_topic.isEmpty() || m_cursors.isEmpty())
        return;
    api::TopicBrowseRequest req = m_last;
    req.resume = m_cursors;
    req.maxRecords = m_maxRecords->value();
    send(req, Purpose::Continue);
}

void TopicMessageBrowser::setTailing(bool on)
{
    if (m_tail->isChecked() != on) {
        m_tail->setChecked(on); // comes back here through toggled()
        return;
    }
    if (!on) {
        m_tailTimer.stop();
        updateEnabled();
        return;
    }
    if (!m_commands || m_topic.isEmpty()) {
        m_tail->setChecked(false);
        return;
    }
    if (m_cursors.isEmpty() && !m_inFlight) {
        // Nothing browsed yet: start at the end of every chosen partition.
        m_last = requestFromControls();
        m_last.start = api::BrowseStart::Latest;
        m_last.value = 0;
        send(m_last, Purpose::TailStart);
    } else {
        scheduleTail(0);
    }
    updateEnabled();
}

void TopicMessageBrowser::scheduleTail(int ms)
{
    if (isTailing() && isVisible())
        m_tailTimer.start(ms);
}

void TopicMessageBrowser::pollTail()
{
    if (!isTailing() || !isVisible() || !m_commands || m_inFlight)
        return;
    if (m_cursors.isEmpty()) {
        setTailing(true);
        return;
    }
    api::TopicBrowseRequest req = m_last;
    req.resume = m_cursors;
    req.maxRecords = 2000;
    send(req, Purpose::Tail);
}

void TopicMessageBrowser::send(api::TopicBrowseRequest request, Purpose purpose)
{
    const quint64 generation = ++m_generation;
    m_inFlight = true;
    if (purpose == Purpose::Browse)
        m_status->setText(request.search.text.isEmpty() ? tr("Reading…") : tr("Searching…"));
    updateEnabled();
    m_commands->browseTopic(request, this, [this, generation, purpose](const api::TopicBrowseResult &result) {
        if (generation != m_generation)
            return; // superseded
        m_inFlight = false;
        applyResult(result, purpose);
    });
}

void TopicMessageBrowser::applyResult(const api::TopicBrowseResult &result, Purpose purpose)
{
    if (!result.ok && result.records.isEmpty() && result.partitions.isEmpty()) {
        m_status->setText(tr("Cannot browse: %1").arg(result.error));
        setTailing(false);
        updateEnabled();
        return;
    }
    const QScrollBar *bar = m_view->verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum() - 2;
    if (purpose == Purpose::Browse) {
        m_model->clear();
        m_detail->clear();
        m_scanned = 0;
    }
    m_model->append(result.records);
    m_cursors = result.partitions;
    m_scanned += result.scannedRecords;
    m_canContinue = !result.reachedEnd();
    if (purpose == Purpose::Tail && atBottom && !result.records.isEmpty())
        m_view->scrollToBottom();

    QString text = tr("%n record(s) listed", nullptr, m_model->rowCount());
    if (!m_last.search.text.isEmpty())
        text += tr(" · %1 records scanned").arg(DisplayFormat::count(quint64(m_scanned)));
    if (purpose != Purpose::Tail && purpose != Purpose::TailStart)
        text += tr(" · %1 ms").arg(result.elapsedMs);
    switch (result.stoppedBy) {
    case api::TopicBrowseResult::Stop::End:
        text += isTailing() ? tr(" · following new records") : tr(" · end of the topic");
        break;
    case api::TopicBrowseResult::Stop::MaxRecords:
    case api::TopicBrowseResult::Stop::MaxBytes:
        text += tr(" · more records follow: Continue");
        break;
    case api::TopicBrowseResult::Stop::Budget:
        text += tr(" · search paused after its time budget: Continue searches on");
        break;
    }
    if (!result.ok)
        text += tr(" · error: %1").arg(result.error);
    m_status->setText(text);
    updateEnabled();
    if (isTailing())
        scheduleTail(result.reachedEnd() ? m_tailIntervalMs : 0);
}

void TopicMessageBrowser::showSelected()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount()) {
        m_detail->clear();
        return;
    }
    m_detail->setRecord(m_model->record(current.row()));
}

bool TopicMessageBrowser::exportTo(const QString &path, QString *error)
{
    const QList<api::BrowsedRecord> records = m_model->records();
    const QByteArray bytes = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
        ? RecordExport::toCsv(records)
        : RecordExport::toJson(records, m_topic);
    return RecordExport::write(path, bytes, error);
}

void TopicMessageBrowser::exportRecords()
{
    QString filter;
    QString path = QFileDialog::getSaveFileName(this, tr("Export records"), m_topic + QStringLiteral(".json"),
                                                tr("JSON (*.json);;CSV (*.csv)"), &filter);
    if (path.isEmpty())
        return;
    if (filter.contains(QLatin1String("*.csv")) && !path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    QString error;
    if (exportTo(path, &error))
        m_status->setText(tr("%n record(s) exported to %1", nullptr, m_model->rowCount()).arg(path));
    else
        m_status->setText(error);
}

void TopicMessageBrowser::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (isTailing() && !m_inFlight)
        scheduleTail(0);
}

void TopicMessageBrowser::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_tailTimer.stop();
}

} // namespace warren::widgets
