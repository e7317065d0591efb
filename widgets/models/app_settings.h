#pragma once
// AppSettings: what the Settings page edits and QSettings keeps between
// runs — listener ports and address, TLS certificate, key and ports, data
// directory, durability policy,
// default topic retention, language and what closing the window does.
// load() overlays stored values on defaults (the command line's), skipping
// keys the command line set explicitly, so an option given there wins.
// A plain value type; any thread (QSettings itself is not shared).

#include <QSettings>
#include <QString>
#include <QStringList>

namespace warren::widgets {

enum class CloseBehaviour {
    Ask,        ///< ask each time (with "remember my choice")
    Background, ///< keep the broker running: hide to the tray, or minimise without one
    Quit,       ///< stop the broker and quit
};

struct AppSettings {
    QString bindAddress = QStringLiteral("127.0.0.1");
    int amqpPort = 5672;
    bool kafkaEnabled = true;
    int kafkaPort = 9092;
    QString dataDir;
    QString durability = QStringLiteral("interval"); ///< always, interval or never
    qint64 retentionHours = 168;                      ///< default retention.ms of topics, in hours; -1 = forever
    QString language;                                 ///< "" = the system's, "en", "ko"
    CloseBehaviour closeBehaviour = CloseBehaviour::Ask;
    /// TLS listeners start when both files are set (see net::ServerConfig).
    QString tlsCertificateFile;
    QString tlsKeyFile;
    int amqpTlsPort = 5671;
    int kafkaTlsPort = 9093;

    // QSettings keys.
    static inline const QString kBindAddress = QStringLiteral("broker/bindAddress");
    static inline const QString kAmqpPort = QStringLiteral("broker/amqpPort");
    static inline const QString kKafkaEnabled = QStringLiteral("broker/kafkaEnabled");
    static inline const QString kKafkaPort = QStringLiteral("broker/kafkaPort");
    static inline const QString kDataDir = QStringLiteral("broker/dataDir");
    static inline const QString kDurability = QStringLiteral("broker/durability");
    static inline const QString kRetentionHours = QStringLiteral("broker/retentionHours");
    static inline const QString kLanguage = QStringLiteral("ui/language");
    static inline const QString kCloseBehaviour = QStringLiteral("ui/closeBehaviour");
    static inline const QString kTlsCertificateFile = QStringLiteral("tls/certificateFile");
    static inline const QString kTlsKeyFile = QStringLiteral("tls/keyFile");
    static inline const QString kAmqpTlsPort = QStringLiteral("tls/amqpPort");
    static inline const QString kKafkaTlsPort = QStringLiteral("tls/kafkaPort");

    /// Replaces fields with the values stored in `settings`, except the keys in `skip`.
    void load(const QSettings &settings, const QStringList &skip = {});
    void save(QSettings &settings) const;
    /// Settings that only take effect when the broker (re)starts differ.
    bool brokerDiffers(const AppSettings &other) const;

    static QString closeBehaviourKey(CloseBehaviour behaviour);
    static CloseBehaviour closeBehaviourFromKey(const QString &key, CloseBehaviour fallback = CloseBehaviour::Ask);
};

} // namespace warren::widgets
