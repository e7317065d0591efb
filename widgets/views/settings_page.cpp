#include "settings_page.h"

#include "broker_control.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace warren::widgets {

namespace {
QSpinBox *portBox(QWidget *parent, const QString &name)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, 65535);
    box->setSpecialValueText(SettingsPage::tr("any free port"));
    box->setMinimumWidth(box->fontMetrics().horizontalAdvance(box->specialValueText()) + 40);
    return box;
}
} // namespace

SettingsPage::SettingsPage(QWidget *parent)
    : QWidget(parent)
    , m_bind(new QLineEdit(this))
    , m_amqpPort(portBox(this, QStringLiteral("settingsAmqpPort")))
    , m_kafkaEnabled(new QCheckBox(tr("Enabled"), this))
    , m_kafkaPort(portBox(this, QStringLiteral("settingsKafkaPort")))
    , m_dataDir(new QLineEdit(this))
    , m_tlsCert(new QLineEdit(this))
    , m_tlsKey(new QLineEdit(this))
    , m_amqpTlsPort(portBox(this, QStringLiteral("settingsAmqpTlsPort")))
    , m_kafkaTlsPort(portBox(this, QStringLiteral("settingsKafkaTlsPort")))
    , m_durability(new QComboBox(this))
    , m_retention(new QSpinBox(this))
    , m_retainForever(new QCheckBox(tr("Keep forever"), this))
    , m_language(new QComboBox(this))
    , m_closeBehaviour(new QComboBox(this))
    , m_state(new QLabel(this))
    , m_note(new QLabel(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_restart(new QPushButton(tr("Save and restart broker"), this))
    , m_start(new QPushButton(tr("Start broker"), this))
    , m_stop(new QPushButton(tr("Stop broker"), this))
{
    m_bind->setObjectName(QStringLiteral("settingsBind"));
    m_bind->setPlaceholderText(QStringLiteral("127.0.0.1"));
    m_bind->setToolTip(tr("Address the listeners bind to: 127.0.0.1 for this machine only, 0.0.0.0 for all"));
    m_kafkaEnabled->setObjectName(QStringLiteral("settingsKafkaEnabled"));
    connect(m_kafkaEnabled, &QCheckBox::toggled, m_kafkaPort, &QWidget::setEnabled);
    m_dataDir->setObjectName(QStringLiteral("settingsDataDir"));
    m_durability->setObjectName(QStringLiteral("settingsDurability"));
    m_durability->addItem(tr("Always — fsync before acknowledging (safest)"), QStringLiteral("always"));
    m_durability->addItem(tr("Interval — group commit every few ms (default)"), QStringLiteral("interval"));
    m_durability->addItem(tr("Never — leave it to the page cache (fastest)"), QStringLiteral("never"));
    m_retention->setObjectName(QStringLiteral("settingsRetention"));
    m_retention->setRange(1, 24 * 365 * 10);
    m_retention->setSuffix(tr(" hours"));
    m_retention->setGroupSeparatorShown(true);
    m_retainForever->setObjectName(QStringLiteral("settingsRetainForever"));
    connect(m_retainForever, &QCheckBox::toggled, m_retention, &QWidget::setDisabled);
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("한국어 (Korean)"), QStringLiteral("ko"));
    m_closeBehaviour->setObjectName(QStringLiteral("settingsCloseBehaviour"));
    m_closeBehaviour->addItem(tr("Ask what to do"), int(CloseBehaviour::Ask));
    m_closeBehaviour->addItem(tr("Keep the broker running in the background"), int(CloseBehaviour::Background));
    m_closeBehaviour->addItem(tr("Stop the broker and quit"), int(CloseBehaviour::Quit));
    m_state->setObjectName(QStringLiteral("settingsState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setObjectName(QStringLiteral("settingsNote"));
    m_note->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("settingsSave"));
    m_restart->setObjectName(QStringLiteral("settingsRestart"));
    m_start->setObjectName(QStringLiteral("settingsStart"));
    m_stop->setObjectName(QStringLiteral("settingsStop"));

    // Broker state and actions.
    auto *stateBox = new QGroupBox(tr("Broker"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    buttons->addStretch(1);
    auto *stateLayout = new QVBoxLayout(stateBox);
    stateLayout->addWidget(m_state);
    stateLayout->addLayout(buttons);

    auto *listeners = new QGroupBox(tr("Listeners"), this);
    auto *listenForm = new QFormLayout(listeners);
    listenForm->addRow(tr("Bind address:"), m_bind);
    auto *amqpRow = new QHBoxLayout;
    amqpRow->addWidget(m_amqpPort);
    amqpRow->addStretch(1);
    listenForm->addRow(tr("AMQP 0-9-1 port:"), amqpRow);
    auto *kafkaRow = new QHBoxLayout;
    kafkaRow->addWidget(m_kafkaPort);
    kafkaRow->addWidget(m_kafkaEnabled);
    kafkaRow->addStretch(1);
    listenForm->addRow(tr("Kafka port:"), kafkaRow);

    // TLS: both files set = AMQP over TLS (amqps) and Kafka over TLS listeners.
    m_tlsCert->setObjectName(QStringLiteral("settingsTlsCert"));
    m_tlsCert->setPlaceholderText(tr("PEM certificate (and chain); empty = no TLS listeners"));
    m_tlsKey->setObjectName(QStringLiteral("settingsTlsKey"));
    m_tlsKey->setPlaceholderText(tr("PEM private key, unencrypted"));
    auto *tls = new QGroupBox(tr("TLS"), this);
    auto *tlsForm = new QFormLayout(tls);
    const auto fileRow = [this](QLineEdit *edit, const QString &title) {
        auto *button = new QToolButton(this);
        button->setText(tr("Browse…"));
        connect(button, &QToolButton::clicked, this, [this, edit, title] { browseFile(edit, title); });
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(button);
        return row;
    };
    tlsForm->addRow(tr("Certificate file:"), fileRow(m_tlsCert, tr("TLS certificate")));
    tlsForm->addRow(tr("Key file:"), fileRow(m_tlsKey, tr("TLS private key")));
    auto *tlsPorts = new QHBoxLayout;
    tlsPorts->addWidget(m_amqpTlsPort);
    tlsPorts->addWidget(new QLabel(tr("Kafka over TLS:"), this));
    tlsPorts->addWidget(m_kafkaTlsPort);
    tlsPorts->addStretch(1);
    tlsForm->addRow(tr("AMQP over TLS port:"), tlsPorts);

    auto *storage = new QGroupBox(tr("Storage"), this);
    auto *storageForm = new QFormLayout(storage);
    auto *browse = new QToolButton(this);
    browse->setText(tr("Browse…"));
    connect(browse, &QToolButton::clicked, this, &SettingsPage::browseDataDir);
    auto *dirRow = new QHBoxLayout;
    dirRow->addWidget(m_dataDir, 1);
    dirRow->addWidget(browse);
    storageForm->addRow(tr("Data directory:"), dirRow);
    storageForm->addRow(tr("Durability:"), m_durability);
    auto *retentionRow = new QHBoxLayout;
    retentionRow->addWidget(m_retention);
    retentionRow->addWidget(m_retainForever);
    retentionRow->addStretch(1);
    storageForm->addRow(tr("Default topic retention:"), retentionRow);

    auto *application = new QGroupBox(tr("Application"), this);
    auto *appForm = new QFormLayout(application);
    appForm->addRow(tr("Language:"), m_language);
    appForm->addRow(tr("Closing the window:"), m_closeBehaviour);

    auto *applyRow = new QHBoxLayout;
    applyRow->addWidget(m_save);
    applyRow->addWidget(m_restart);
    applyRow->addStretch(1);
    auto *hint = new QLabel(tr("Listener, storage and retention settings take effect when the broker "
                               "restarts; the language when Warren is started again. Options given on the "
                               "command line take precedence over saved ones."),
                            this);
    hint->setWordWrap(true);

    // One label column across the groups, so the fields line up.
    int labelWidth = 0;
    const QList<QFormLayout *> forms{listenForm, tlsForm, storageForm, appForm};
    for (QFormLayout *form : forms)
        for (int row = 0; row < form->rowCount(); ++row)
            if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget())
                labelWidth = qMax(labelWidth, item->widget()->sizeHint().width());
    for (QFormLayout *form : forms)
        for (int row = 0; row < form->rowCount(); ++row)
            if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget())
                item->widget()->setMinimumWidth(labelWidth);

    auto *column = new QWidget(this);
    column->setMaximumWidth(760);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(12, 12, 12, 12);
    columnLayout->setSpacing(10);
    columnLayout->addWidget(stateBox);
    columnLayout->addWidget(listeners);
    columnLayout->addWidget(tls);
    columnLayout->addWidget(storage);
    columnLayout->addWidget(application);
    columnLayout->addLayout(applyRow);
    columnLayout->addWidget(m_note);
    columnLayout->addWidget(hint);
    columnLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(scroll);
    auto *innerLayout = new QHBoxLayout(inner);
    innerLayout->setContentsMargins(0, 0, 0, 0);
    innerLayout->addWidget(column, 1);
    innerLayout->addStretch(0);
    scroll->setWidget(inner);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_restart, &QPushButton::clicked, this, &SettingsPage::saveAndRestart);
    connect(m_start, &QPushButton::clicked, this, &SettingsPage::startBroker);
    connect(m_stop, &QPushButton::clicked, this, &SettingsPage::stopBroker);
    setSettings(AppSettings{});
    updateState();
}

void SettingsPage::setControl(BrokerControl *control)
{
    if (m_control)
        disconnect(m_control, nullptr, this, nullptr);
    m_control = control;
    if (m_control)
        connect(m_control, &BrokerControl::stateChanged, this, &SettingsPage::updateState);
    updateState();
}

void SettingsPage::setStore(QSettings *store)
{
    m_store = store;
    updateState();
}

void SettingsPage::setSettings(const AppSettings &s)
{
    m_applied = s;
    m_bind->setText(s.bindAddress);
    m_amqpPort->setValue(s.amqpPort);
    m_kafkaEnabled->setChecked(s.kafkaEnabled);
    m_kafkaPort->setValue(s.kafkaPort);
    m_kafkaPort->setEnabled(s.kafkaEnabled);
    m_dataDir->setText(s.dataDir);
    m_tlsCert->setText(s.tlsCertificateFile);
    m_tlsKey->setText(s.tlsKeyFile);
    m_amqpTlsPort->setValue(s.amqpTlsPort);
    m_kafkaTlsPort->setValue(s.kafkaTlsPort);
    m_durability->setCurrentIndex(qMax(0, m_durability->findData(s.durability)));
    m_retainForever->setChecked(s.retentionHours < 0);
    m_retention->setValue(s.retentionHours < 0 ? 168 : int(qMin<qint64>(s.retentionHours, m_retention->maximum())));
    m_language->setCurrentIndex(qMax(0, m_language->findData(s.language)));
    m_closeBehaviour->setCurrentIndex(qMax(0, m_closeBehaviour->findData(int(s.closeBehaviour))));
}

void SettingsPage::setCloseBehaviour(CloseBehaviour behaviour)
{
    m_applied.closeBehaviour = behaviour;
    m_closeBehaviour->setCurrentIndex(qMax(0, m_closeBehaviour->findData(int(behaviour))));
}

AppSettings SettingsPage::settings() const
{
    AppSettings s;
    s.bindAddress = m_bind->text().trimmed().isEmpty() ? QStringLiteral("127.0.0.1") : m_bind->text().trimmed();
    s.amqpPort = m_amqpPort->value();
    s.kafkaEnabled = m_kafkaEnabled->isChecked();
    s.kafkaPort = m_kafkaPort->value();
    s.dataDir = m_dataDir->text().trimmed();
    s.tlsCertificateFile = m_tlsCert->text().trimmed();
    s.tlsKeyFile = m_tlsKey->text().trimmed();
    s.amqpTlsPort = m_amqpTlsPort->value();
    s.kafkaTlsPort = m_kafkaTlsPort->value();
    s.durability = m_durability->currentData().toString();
    s.retentionHours = m_retainForever->isChecked() ? -1 : m_retention->value();
    s.language = m_language->currentData().toString();
    s.closeBehaviour = CloseBehaviour(m_closeBehaviour->currentData().toInt());
    return s;
}

void SettingsPage::showNote(const QString &text, bool error)
{
    m_note->setStyleSheet(error ? QStringLiteral("color: #b02020;") : QString());
    m_note->setText(text);
}

bool SettingsPage::save()
{
    const AppSettings s = settings();
    if (!m_store) {
        showNote(tr("Settings cannot be saved here."), true);
        return false;
    }
    s.save(*m_store);
    QString note = tr("Saved.");
    if (m_control && m_control->isRunning() && s.brokerDiffers(m_applied))
        note += QLatin1Char(' ') + tr("The broker still runs with the previous listener and storage settings "
                                      "until it is restarted.");
    if (s.language != m_applied.language)
        note += QLatin1Char(' ') + tr("The language changes the next time Warren starts.");
    showNote(note);
    emit saved(s);
    return true;
}

void SettingsPage::saveAndRestart()
{
    if (!save() || !m_control)
        return;
    const AppSettings s = settings();
    QString error;
    if (!m_control->start(s, &error)) {
        showNote(tr("The broker did not start: %1").arg(error), true);
    } else {
        const QString language = m_applied.language;
        m_applied = s;
        m_applied.language = language; // still the one the window was started with
        showNote(tr("Saved; the broker restarted with these settings."));
    }
    updateState();
}

void SettingsPage::startBroker()
{
    if (!m_control)
        return;
    QString error;
    const AppSettings s = settings();
    if (!m_control->start(s, &error)) {
        showNote(tr("The broker did not start: %1").arg(error), true);
    } else {
        const QString language = m_applied.language;
        m_applied = s;
        m_applied.language = language;
        showNote(QString());
    }
    updateState();
}

void SettingsPage::stopBroker()
{
    if (!m_control)
        return;
    m_control->stop();
    showNote(tr("The broker stopped; clients were told CONNECTION_FORCED (320) and data was flushed."));
    updateState();
}

void SettingsPage::updateState()
{
    const bool running = m_control && m_control->isRunning();
    m_state->setText(m_control ? m_control->statusText() : tr("No broker is attached to this window."));
    m_start->setEnabled(m_control && !running);
    m_stop->setEnabled(running);
    m_restart->setEnabled(m_control && m_store);
    m_save->setEnabled(m_store != nullptr);
}

void SettingsPage::browseFile(QLineEdit *edit, const QString &title)
{
    const QString file = QFileDialog::getOpenFileName(this, title, edit->text(),
                                                      tr("PEM files (*.pem *.crt *.key);;All files (*)"));
    if (!file.isEmpty())
        edit->setText(file);
}

void SettingsPage::browseDataDir()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Data directory"), m_dataDir->text());
    if (!dir.isEmpty())
        m_dataDir->setText(dir);
}

} // namespace warren::widgets
