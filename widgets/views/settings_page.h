#pragma once
// SettingsPage: the broker's listeners (address, AMQP and Kafka ports),
// storage (data directory, durability policy, default topic retention), the
// language and what closing the window does, saved with QSettings; plus the
// broker's state with Start, Stop and "Save and restart". Listener, storage
// and retention changes apply when the broker restarts, the language when
// Warren restarts; the page says so. Holds non-owning pointers to the
// BrokerControl and the QSettings store. GUI thread.

#include "models/app_settings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSpinBox;

namespace warren::widgets {

class BrokerControl;

class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(QWidget *parent = nullptr);

    void setControl(BrokerControl *control);
    /// Where Save writes (nullptr: Save is disabled).
    void setStore(QSettings *store);
    /// Fills the form (the settings the broker runs with).
    void setSettings(const AppSettings &settings);
    /// What the form says now.
    AppSettings settings() const;
    /// Updates only the close-behaviour choice (chosen in the close dialog).
    void setCloseBehaviour(CloseBehaviour behaviour);

public slots:
    /// Writes the form to the store.
    bool save();
    /// Saves, then restarts the broker with the form's settings.
    void saveAndRestart();
    void startBroker();
    void stopBroker();

signals:
    void saved(const warren::widgets::AppSettings &settings);

private:
    void updateState();
    void browseDataDir();
    void browseFile(QLineEdit *edit, const QString &title);
    void showNote(const QString &text, bool error = false);

    BrokerControl *m_control = nullptr;
    QSettings *m_store = nullptr;
    AppSettings m_applied; ///< what the running broker was started with

    QLineEdit *m_bind;
    QSpinBox *m_amqpPort;
    QCheckBox *m_kafkaEnabled;
    QSpinBox *m_kafkaPort;
    QLineEdit *m_dataDir;
    QLineEdit *m_tlsCert;
    QLineEdit *m_tlsKey;
    QSpinBox *m_amqpTlsPort;
    QSpinBox *m_kafkaTlsPort;
    QComboBox *m_durability;
    QSpinBox *m_retention;
    QCheckBox *m_retainForever;
    QComboBox *m_language;
    QComboBox *m_closeBehaviour;
    QLabel *m_state;
    QLabel *m_note;
    QPushButton *m_save;
    QPushButton *m_restart;
    QPushButton *m_start;
    QPushButton *m_stop;
};

} // namespace warren::widgets
