#pragma once
// Parses warren's command line into AppOptions. Runs on the main thread,
// before anything starts.

#include "model/resource_alarms.h"

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
    // Limits (0 = unlimited) and resource alarms; see net::ServerConfig.
    quint64 maxConnections = 0;
    quint64 maxQueues = 0;
    quint64 maxTopics = 0;
    quint64 maxMessageSize = 128ull * 1024 * 1024; ///< AMQP, RabbitMQ's max_message_size
    qint64 kafkaMaxMessageBytes = 1048588;          ///< Kafka's message.max.bytes
    quint64 kafkaMaxRequestBytes = 100ull * 1024 * 1024; ///< Kafka's socket.request.max.bytes
    model::MemoryWatermark memoryHighWatermark;     ///< 0.4 of RAM
    quint64 diskFreeLimit = model::ResourceAlarms::kDefaultDiskFreeLimit;
};

/// Parses arguments; on --help/--version prints and exits; on a bad value
/// prints one line to stderr and exits with status 2.
AppOptions parseCommandLine(const QCoreApplication &app);

/// Applies --log-level (error, warning, info, debug) to Qt's logging filters.
void applyLogLevel(const QString &level);

} // namespace warren::app
