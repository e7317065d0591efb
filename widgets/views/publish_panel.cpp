#include "publish_panel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <set>

namespace warren::widgets {

namespace {
// Commands queued but not yet answered, at most: a fast run keeps the
// broker's command thread busy without queueing thousands of requests.
constexpr int kMaxInFlight = 32;

QString numbered(QString text, int n)
{
    return text.replace(QLatin1String("{n}"), QString::number(n));
}

QString errorStyle()
{
    return QStringLiteral("color: #b02020;");
}

QString warningStyle()
{
    return QStringLiteral("color: #9a5b00;");
}

QPlainTextEdit *textBox(QWidget *parent, const QString &name, const QString &placeholder, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}
} // namespace

PublishPanel::PublishPanel(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
{
    m_tabs->setObjectName(QStringLiteral("publishTabs"));
    m_tabs->addTab(buildAmqpTab(), tr("AMQP message"));
    m_tabs->addTab(buildKafkaTab(), tr("Kafka record"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(&m_pacer, &QTimer::timeout, this, &PublishPanel::pump);
    updateEnabled();
}

PublishPanel::~PublishPanel() = default;

QWidget *PublishPanel::buildRunRow(QSpinBox *&repeat, QSpinBox *&rate, QPushButton *&send, QPushButton *&stop,
                                   QLabel *&outcome, const QString &sendText, const QString &prefix)
{
    auto *box = new QWidget;
    repeat = new QSpinBox(box);
    repeat->setObjectName(prefix + QStringLiteral("Repeat"));
    repeat->setRange(1, 10000000);
    repeat->setValue(1);
    repeat->setGroupSeparatorShown(true);
    repeat->setToolTip(tr("How many messages to send"));
    rate = new QSpinBox(box);
    rate->setObjectName(prefix + QStringLiteral("Rate"));
    rate->setRange(0, 100000);
    rate->setValue(10);
    rate->setGroupSeparatorShown(true);
    rate->setSuffix(tr(" msg/s"));
    rate->setSpecialValueText(tr("as fast as possible"));
    rate->setToolTip(tr("Messages per second for a repeated send"));
    send = new QPushButton(sendText, box);
    send->setObjectName(prefix + QStringLiteral("Send"));
    send->setAutoDefault(false); // in a dialog, Enter in a field must not send
    stop = new QPushButton(tr("Stop"), box);
    stop->setObjectName(prefix + QStringLiteral("Stop"));
    stop->setAutoDefault(false);
    outcome = new QLabel(box);
    outcome->setObjectName(prefix + QStringLiteral("Outcome"));
    outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    outcome->setWordWrap(true);
    outcome->setMinimumHeight(outcome->fontMetrics().lineSpacing() * 2);
    connect(stop, &QPushButton::clicked, this, &PublishPanel::stop);

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Messages:"), box));
    row->addWidget(repeat);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("Rate:"), box));
    row->addWidget(rate);
    row->addStretch(1);
    row->addWidget(stop);
    row->addWidget(send);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(outcome);
    return box;
}

QWidget *PublishPanel::buildAmqpTab()
{
    auto *page = new QWidget;
    m_vhost = new QComboBox(page);
    m_vhost->setObjectName(QStringLiteral("amqpVhost"));
    m_vhost->setEditable(true);
    m_vhost->addItem(QStringLiteral("/"));
    m_exchange = new QComboBox(page);
    m_exchange->setObjectName(QStringLiteral("amqpExchange"));
    m_exchange->setEditable(true);
    m_exchange->setInsertPolicy(QComboBox::NoInsert);
    m_exchange->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_exchange->setMinimumContentsLength(18);
    m_exchange->setToolTip(tr("The exchange to publish to; “%1” routes by queue name").arg(tr("(AMQP default)")));
    m_exchange->addItem(tr("(AMQP default)"), QString());
    m_routingKey = new QLineEdit(page);
    m_routingKey->setObjectName(QStringLiteral("amqpRoutingKey"));
    m_routingKey->setPlaceholderText(tr("e.g. orders.created"));

    m_deliveryMode = new QComboBox(page);
    m_deliveryMode->setObjectName(QStringLiteral("amqpDeliveryMode"));
    m_deliveryMode->addItem(tr("Transient (1)"), 1);
    m_deliveryMode->addItem(tr("Persistent (2)"), 2);
    m_contentType = new QLineEdit(page);
    m_contentType->setObjectName(QStringLiteral("amqpContentType"));
    m_contentType->setPlaceholderText(QStringLiteral("text/plain"));
    m_priority = new QSpinBox(page);
    m_priority->setObjectName(QStringLiteral("amqpPriority"));
    m_priority->setRange(-1, 255);
    m_priority->setValue(-1);
    m_priority->setSpecialValueText(tr("not set"));
    m_expiration = new QLineEdit(page);
    m_expiration->setObjectName(QStringLiteral("amqpExpiration"));
    m_expiration->setPlaceholderText(tr("milliseconds, e.g. 60000"));
    m_messageId = new QLineEdit(page);
    m_messageId->setObjectName(QStringLiteral("amqpMessageId"));
    m_messageId->setPlaceholderText(tr("e.g. msg-{n}"));
    m_amqpHeaders = textBox(page, QStringLiteral("amqpHeaders"), tr("key=value, one per line"), 3);
    m_body = textBox(page, QStringLiteral("amqpBody"), tr("Message body; {n} becomes the message number"), 6);

    auto *destination = new QGroupBox(tr("Destination"), page);
    auto *destForm = new QFormLayout(destination);
    destForm->addRow(tr("Virtual host:"), m_vhost);
    destForm->addRow(tr("Exchange:"), m_exchange);
    destForm->addRow(tr("Routing key:"), m_routingKey);

    auto *properties = new QGroupBox(tr("Properties"), page);
    auto *propForm = new QFormLayout(properties);
    propForm->addRow(tr("Delivery mode:"), m_deliveryMode);
    propForm->addRow(tr("Content type:"), m_contentType);
    propForm->addRow(tr("Priority:"), m_priority);
    propForm->addRow(tr("Expiration:"), m_expiration);
    propForm->addRow(tr("Message id:"), m_messageId);
    propForm->addRow(tr("Headers:"), m_amqpHeaders);

    auto *left = new QVBoxLayout;
    left->addWidget(destination);
    left->addWidget(properties, 1);
    auto *bodyBox = new QGroupBox(tr("Body"), page);
    auto *bodyLayout = new QVBoxLayout(bodyBox);
    bodyLayout->addWidget(m_body);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(bodyBox, 1);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(columns, 1);
    layout->addWidget(buildRunRow(m_amqpRepeat, m_amqpRate, m_amqpSend, m_amqpStop, m_amqpOutcome,
                                  tr("Publish"), QStringLiteral("amqp")));
    connect(m_amqpSend, &QPushButton::clicked, this, &PublishPanel::publishAmqp);
    return page;
}

QWidget *PublishPanel::buildKafkaTab()
{
    auto *page = new QWidget;
    m_topic = new QComboBox(page);
    m_topic->setObjectName(QStringLiteral("kafkaTopic"));
    m_topic->setEditable(true);
    m_topic->setInsertPolicy(QComboBox::NoInsert);
    m_topic->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_topic->setMinimumContentsLength(18);
    m_topic->lineEdit()->setPlaceholderText(tr("topic name"));
    m_partition = new QSpinBox(page);
    m_partition->setObjectName(QStringLiteral("kafkaPartition"));
    m_partition->setRange(-1, 100000);
    m_partition->setValue(-1);
    m_partition->setSpecialValueText(tr("by key (round robin without one)"));
    m_key = new QLineEdit(page);
    m_key->setObjectName(QStringLiteral("kafkaKey"));
    m_key->setPlaceholderText(tr("e.g. customer-{n}"));
    m_nullKey = new QCheckBox(tr("No key (null)"), page);
    m_nullKey->setObjectName(QStringLiteral("kafkaNullKey"));
    m_nullKey->setChecked(true);
    connect(m_nullKey, &QCheckBox::toggled, m_key, &QWidget::setDisabled);
    m_key->setEnabled(false);
    m_kafkaHeaders = textBox(page, QStringLiteral("kafkaHeaders"), tr("key=value, one per line"), 3);
    m_value = textBox(page, QStringLiteral("kafkaValue"), tr("Record value; {n} becomes the record number"), 6);

    auto *record = new QGroupBox(tr("Record"), page);
    auto *form = new QFormLayout(record);
    form->addRow(tr("Topic:"), m_topic);
    form->addRow(tr("Partition:"), m_partition);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_nullKey);
    form->addRow(tr("Key:"), keyRow);
    form->addRow(tr("Headers:"), m_kafkaHeaders);
    auto *valueBox = new QGroupBox(tr("Value"), page);
    auto *valueLayout = new QVBoxLayout(valueBox);
    valueLayout->addWidget(m_value);
    auto *columns = new QHBoxLayout;
    columns->addWidget(record, 1);
    columns->addWidget(valueBox, 1);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(columns, 1);
    layout->addWidget(buildRunRow(m_kafkaRepeat, m_kafkaRate, m_kafkaSend, m_kafkaStop, m_kafkaOutcome,
                                  tr("Produce"), QStringLiteral("kafka")));
    connect(m_kafkaSend, &QPushButton::clicked, this, &PublishPanel::produceKafka);
    return page;
}

void PublishPanel::showKafka(const QString &topic)
{
    m_tabs->setCurrentIndex(1);
    if (!topic.isEmpty())
        m_topic->setEditText(topic);
}

void PublishPanel::setCommands(api::CommandApi *commands)
{
    if (commands == m_commands)
        return;
    if (m_run.active)
        finishRun(true);
    m_commands = commands;
    updateEnabled();
}

void PublishPanel::setChoices(QComboBox *combo, const QStringList &items, const QString &emptyLabel)
{
    QStringList current;
    for (int i = emptyLabel.isEmpty() ? 0 : 1; i < combo->count(); ++i)
        current << combo->itemText(i);
    if (current == items)
        return;
    const QString text = combo->currentText();
    combo->blockSignals(true);
    combo->clear();
    if (!emptyLabel.isEmpty())
        combo->addItem(emptyLabel, QString());
    for (const QString &item : items)
        combo->addItem(item, item);
    combo->setCurrentText(text);
    combo->blockSignals(false);
}

void PublishPanel::applySnapshot(const metrics::BrokerSnapshot &snapshot)
{
    std::set<QString> vhosts;
    QStringList exchanges;
    const QString vhost = m_vhost->currentText();
    for (const auto &e : snapshot.exchanges) {
        vhosts.insert(e.vhost);
        if (e.vhost == vhost && !e.name.isEmpty() && !e.internal)
            exchanges << e.name;
    }
    exchanges.sort();
    QStringList vhostList(vhosts.begin(), vhosts.end());
    if (vhostList.isEmpty())
        vhostList << QStringLiteral("/");
    setChoices(m_vhost, vhostList);
    setChoices(m_exchange, exchanges, tr("(AMQP default)"));
    QStringList topics;
    for (const auto &t : snapshot.topics)
        topics << t.name;
    topics.sort();
    setChoices(m_topic, topics);
}

QList<QPair<QString, QString>> PublishPanel::parseHeaders(const QString &text, QString *error)
{
    QList<QPair<QString, QString>> headers;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            if (error)
                *error = tr("Header line %1 is not key=value: “%2”").arg(i + 1).arg(line);
            return {};
        }
        headers.append({line.left(eq).trimmed(), line.mid(eq + 1).trimmed()});
    }
    return headers;
}

api::AmqpPublishRequest PublishPanel::amqpRequest(int n) const
{
    api::AmqpPublishRequest r;
    r.vhost = m_vhost->currentText().trimmed();
    // The default exchange is shown by name; a typed name is taken as is.
    const int index = m_exchange->currentIndex();
    const QString text = m_exchange->currentText();
    r.exchange = (index >= 0 && m_exchange->itemText(index) == text) ? m_exchange->itemData(index).toString() : text;
    r.routingKey = numbered(m_routingKey->text(), n);
    r.deliveryMode = m_deliveryMode->currentData().toInt();
    r.contentType = m_contentType->text().trimmed();
    r.priority = m_priority->value();
    r.expiration = m_expiration->text().trimmed();
    r.messageId = numbered(m_messageId->text().trimmed(), n);
    r.headers = parseHeaders(m_amqpHeaders->toPlainText());
    r.body = numbered(m_body->toPlainText(), n).toUtf8();
    return r;
}

api::KafkaProduceRequest PublishPanel::kafkaRequest(int n) const
{
    api::KafkaProduceRequest r;
    r.topic = m_topic->currentText().trimmed();
    r.partition = m_partition->value();
    if (!m_nullKey->isChecked())
        r.key = numbered(m_key->text(), n).toUtf8();
    r.value = numbered(m_value->toPlainText(), n).toUtf8();
    for (const auto &[key, value] : parseHeaders(m_kafkaHeaders->toPlainText()))
        r.headers.append({key, value.toUtf8()});
    return r;
}

void PublishPanel::publishAmqp()
{
    if (m_run.active || !m_commands)
        return;
    QString error;
    parseHeaders(m_amqpHeaders->toPlainText(), &error);
    if (error.isEmpty() && m_vhost->currentText().trimmed().isEmpty())
        error = tr("Choose a virtual host.");
    if (!error.isEmpty()) {
        m_amqpOutcome->setStyleSheet(errorStyle());
        m_amqpOutcome->setText(error);
        return;
    }
    startRun(Protocol::Amqp, m_amqpRepeat->value(), m_amqpRate->value());
}

void PublishPanel::produceKafka()
{
    if (m_run.active || !m_commands)
        return;
    QString error;
    parseHeaders(m_kafkaHeaders->toPlainText(), &error);
    if (error.isEmpty() && m_topic->currentText().trimmed().isEmpty())
        error = tr("Choose or type a topic.");
    if (!error.isEmpty()) {
        m_kafkaOutcome->setStyleSheet(errorStyle());
        m_kafkaOutcome->setText(error);
        return;
    }
    startRun(Protocol::Kafka, m_kafkaRepeat->value(), m_kafkaRate->value());
}

QLabel *PublishPanel::outcomeLabel() const
{
    return m_run.protocol == Protocol::Amqp ? m_amqpOutcome : m_kafkaOutcome;
}

void PublishPanel::startRun(Protocol protocol, int total, int rate)
{
    const quint64 generation = m_run.generation + 1;
    m_run = Run{};
    m_run.generation = generation;
    m_run.active = true;
    m_run.protocol = protocol;
    m_run.total = total;
    m_run.rate = rate;
    m_run.clock.start();
    outcomeLabel()->setStyleSheet(QString());
    outcomeLabel()->setText(total == 1 ? tr("Sending…") : tr("Sending %1 messages…").arg(total));
    updateEnabled();
    if (rate > 0 && total > 1)
        m_pacer.start(qBound(5, 1000 / rate, 250));
    pump();
}

void PublishPanel::pump()
{
    if (!m_run.active)
        return;
    int due = m_run.total;
    if (m_run.rate > 0)
        due = int(qMin<qint64>(m_run.total, 1 + m_run.clock.elapsed() * m_run.rate / 1000));
    while (m_run.active && m_run.sent < due && m_run.sent - m_run.answered < kMaxInFlight)
        sendOne(++m_run.sent);
    if (m_run.sent >= m_run.total)
        m_pacer.stop(); // the rest is waiting for answers
}

void PublishPanel::sendOne(int n)
{
    const quint64 generation = m_run.generation;
    if (m_run.protocol == Protocol::Amqp) {
        m_commands->publish(amqpRequest(n), this, [this, generation](const api::AmqpPublishResult &r) {
            if (!r.ok) {
                answered(generation, false, false, tr("Failed: %1").arg(r.error));
                return;
            }
            answered(generation, true, r.routedQueues > 0,
                     r.routedQueues == 0   ? tr("Unroutable: no binding matched, the message was dropped")
                     : r.routedQueues == 1 ? tr("Routed to 1 queue")
                                           : tr("Routed to %1 queues").arg(r.routedQueues));
        });
    } else {
        m_commands->produce(kafkaRequest(n), this, [this, generation](const api::KafkaProduceResult &r) {
            if (!r.ok) {
                answered(generation, false, false, tr("Failed: %1").arg(r.error));
                return;
            }
            answered(generation, true, true, tr("Partition %1, offset %2").arg(r.partition).arg(r.offset));
        });
    }
}

void PublishPanel::answered(quint64 generation, bool ok, bool routed, const QString &outcome)
{
    if (generation != m_run.generation || !m_run.active)
        return;
    ++m_run.answered;
    if (!ok)
        ++m_run.failed;
    else if (routed)
        ++m_run.routed;
    else
        ++m_run.unroutable;
    m_run.lastOutcome = outcome;
    QLabel *label = outcomeLabel();
    label->setStyleSheet(!ok ? errorStyle() : routed ? QString() : warningStyle());
    if (!ok && m_run.total > 1) {
        // A run stops at its first failure: the next would fail the same way.
        finishRun(false);
        return;
    }
    if (m_run.answered >= m_run.total) {
        finishRun(false);
        return;
    }
    showProgress();
    if (m_run.rate == 0)
        pump();
}

void PublishPanel::showProgress()
{
    outcomeLabel()->setText(tr("Sent %1 of %2 · last: %3").arg(m_run.answered).arg(m_run.total).arg(m_run.lastOutcome));
}

void PublishPanel::finishRun(bool stopped)
{
    m_pacer.stop();
    m_run.active = false;
    ++m_run.generation; // late answers of this run are ignored
    QLabel *label = outcomeLabel();
    if (m_run.total == 1 && !stopped) {
        label->setText(m_run.lastOutcome);
    } else {
        QString totals;
        if (m_run.protocol == Protocol::Amqp)
            totals = tr("%1 routed, %2 unroutable, %3 failed").arg(m_run.routed).arg(m_run.unroutable).arg(m_run.failed);
        else
            totals = tr("%1 stored, %2 failed").arg(m_run.routed).arg(m_run.failed);
        const QString head = stopped ? tr("Stopped after %1 of %2").arg(m_run.answered).arg(m_run.total)
                                     : tr("Done: %1 of %2").arg(m_run.answered).arg(m_run.total);
        label->setText(m_run.lastOutcome.isEmpty()
                           ? tr("%1 (%2)").arg(head, totals)
                           : tr("%1 (%2) · last: %3").arg(head, totals, m_run.lastOutcome));
    }
    updateEnabled();
    emit runFinished();
}

void PublishPanel::stop()
{
    if (m_run.active)
        finishRun(true);
}

void PublishPanel::updateEnabled()
{
    const bool canSend = m_commands && !m_run.active;
    m_amqpSend->setEnabled(canSend);
    m_kafkaSend->setEnabled(canSend);
    m_amqpStop->setEnabled(m_run.active && m_run.protocol == Protocol::Amqp);
    m_kafkaStop->setEnabled(m_run.active && m_run.protocol == Protocol::Kafka);
    const QString why = m_commands ? QString() : tr("The broker is not running");
    m_amqpSend->setToolTip(why);
    m_kafkaSend->setToolTip(why);
}

PublishDialog::PublishDialog(QWidget *parent)
    : QDialog(parent)
    , m_panel(new PublishPanel(this))
{
    setObjectName(QStringLiteral("publishDialog"));
    setWindowTitle(tr("Publish test messages"));
    setModal(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_panel, 1);
    layout->addWidget(buttons);
    resize(980, 600);
}

} // namespace warren::widgets
