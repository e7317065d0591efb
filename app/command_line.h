#pragma once
// Parses warren's command line into AppOptions. Runs on the main thread,
// before anything starts.

#include <QHostAddress>
#include <QString>

class QCoreApplication;

namespace warren::app {

struct AppOptions {
    bool headless = false;
    quint16 amqpPort = 5672;
    quint16 kafkaPort = 9092;
    bool kafkaEnabled = true;
    QString kafkaAdvertisedHost;
    bool kafkaRequireSasl = false;
    int defaultPartitions = 1;
    bool autoCreateTopics = true;
    QString durability = QStringLiteral("interval");
    int flushIntervalMs = 5;
    int queueMemoryMb = 32;
    QHostAddress bindAddress = QHostAddress::LocalHost;
    QString dataDir;
    QString logLevel = QStringLiteral("info");
    int workerThreads = 0;
    /// TLS listeners start when both are set (--tls-cert, --tls-key).
    QString tlsCertificateFile;
    QString tlsKeyFile;
    quint16 amqpTlsPort = 5671;
    quint16 kafkaTlsPort = 9093;
    /// --screenshot DIR: demo workload, one PNG per view into DIR, exit.
    QString screenshotDir;
};

/// Parses arguments; on --help/--version prints and exits; on a bad value
/// prints one line to stderr and exits with status 2.
AppOptions parseCommandLine(const QCoreApplication &app);

/// Applies --log-level (error, warning, info, debug) to Qt's logging filters.
void applyLogLevel(const QString &level);

} // namespace warren::app
