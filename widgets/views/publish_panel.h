#pragma once
// PublishPanel: sends test messages through the broker's command API.
// AMQP tab: virtual host, exchange (from the newest snapshot, or typed),
// routing key, properties (delivery mode, content type, priority,
// expiration, message id, headers as key=value lines) and a body. Kafka tab:
// topic, partition (or by key / round robin), key, headers and value. Both
// send `repeat` messages at `rate` per second (0 = as fast as the broker
// answers), paced by a QTimer and cancellable with Stop; "{n}" in a body,
// value, key or routing key becomes the message's number (1, 2, …). The
// outcome label says where the last message went ("Routed to 3 queues",
// "Unroutable", "Partition 0, offset 41") and, for a run, the totals.
//
// Owns its widgets and the pacing timer; holds a non-owning CommandApi
// (null: sending is disabled). GUI thread.

#include <QDialog>
#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <api/command_api.h>
#include <metrics/broker_snapshot.h>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace warren::widgets {

class PublishPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PublishPanel(QWidget *parent = nullptr);
    ~PublishPanel() override;

    /// Where messages go; nullptr while the broker is stopped.
    void setCommands(api::CommandApi *commands);
    /// Refreshes the vhost, exchange and topic choices (typed text is kept).
    void applySnapshot(const metrics::BrokerSnapshot &snapshot);

    /// The request the AMQP form describes for message number `n` (tests).
    api::AmqpPublishRequest amqpRequest(int n) const;
    api::KafkaProduceRequest kafkaRequest(int n) const;
    bool isSending() const { return m_run.active; }
    /// Parses "key=value" lines (blank lines and lines starting with # are skipped).
    static QList<QPair<QString, QString>> parseHeaders(const QString &text, QString *error = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    /// Shows the Kafka tab with `topic` filled in (the topic browser's "Produce…").
    void showKafka(const QString &topic);

public slots:
    void publishAmqp();
    void produceKafka();
    void stop();

signals:
    /// A run ended (finished or stopped).
    void runFinished();

private:
    enum class Protocol { Amqp, Kafka };
    struct Run {
        bool active = false;
        Protocol protocol = Protocol::Amqp;
        int total = 0;
        int rate = 0;          ///< msg/s, 0 = as fast as answered
        int sent = 0;
        int answered = 0;
        int routed = 0;        ///< AMQP: messages routed to at least one queue
        int unroutable = 0;
        int failed = 0;
        QString lastOutcome;
        QElapsedTimer clock;
        quint64 generation = 0; ///< answers of an older run are ignored
    };

    QWidget *buildAmqpTab();
    QWidget *buildKafkaTab();
    QWidget *buildRunRow(QSpinBox *&repeat, QSpinBox *&rate, QPushButton *&send, QPushButton *&stop,
                         QLabel *&outcome, const QString &sendText, const QString &prefix);
    void startRun(Protocol protocol, int total, int rate);
    void pump();
    void sendOne(int n);
    void answered(quint64 generation, bool ok, bool routed, const QString &outcome);
    void finishRun(bool stopped);
    void showProgress();
    void updateEnabled();
    QLabel *outcomeLabel() const;
    static void setChoices(QComboBox *combo, const QStringList &items, const QString &emptyLabel = {});

    api::CommandApi *m_commands = nullptr;
    QTabWidget *m_tabs;
    // AMQP
    QComboBox *m_vhost = nullptr;
    QComboBox *m_exchange = nullptr;
    QLineEdit *m_routingKey = nullptr;
    QComboBox *m_deliveryMode = nullptr;
    QLineEdit *m_contentType = nullptr;
    QSpinBox *m_priority = nullptr;
    QLineEdit *m_expiration = nullptr;
    QLineEdit *m_messageId = nullptr;
    QPlainTextEdit *m_amqpHeaders = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QSpinBox *m_amqpRepeat = nullptr;
    QSpinBox *m_amqpRate = nullptr;
    QPushButton *m_amqpSend = nullptr;
    QPushButton *m_amqpStop = nullptr;
    QLabel *m_amqpOutcome = nullptr;
    // Kafka
    QComboBox *m_topic = nullptr;
    QSpinBox *m_partition = nullptr;
    QLineEdit *m_key = nullptr;
    QCheckBox *m_nullKey = nullptr;
    QPlainTextEdit *m_kafkaHeaders = nullptr;
    QPlainTextEdit *m_value = nullptr;
    QSpinBox *m_kafkaRepeat = nullptr;
    QSpinBox *m_kafkaRate = nullptr;
    QPushButton *m_kafkaSend = nullptr;
    QPushButton *m_kafkaStop = nullptr;
    QLabel *m_kafkaOutcome = nullptr;

    Run m_run;
    QTimer m_pacer;
};

/// A non-modal window around a PublishPanel ("Publish test messages").
class PublishDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PublishDialog(QWidget *parent = nullptr);
    PublishPanel *panel() const { return m_panel; }

private:
    PublishPanel *m_panel;
};

} // namespace warren::widgets
