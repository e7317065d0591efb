#include "command_line.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <cstdio>
#include <cstdlib>

namespace warren::app {

namespace {
[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "warren: %s\n", qPrintable(message));
    std::exit(2);
}
} // namespace

AppOptions parseCommandLine(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Warren: a message broker you can see into (AMQP 0-9-1).\n\n"
                                            "Users (then exit): --add-user NAME PASSWORD [--tags T,T], "
                                            "--delete-user NAME, --change-password NAME PASSWORD, "
                                            "--set-user-tags NAME T,T, --add-vhost NAME, --delete-vhost NAME, "
                                            "--set-permissions USER VHOST CONF WRITE READ, "
                                            "--clear-permissions USER VHOST, --list-users "
                                            "(with --data-dir DIR)."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption headless(QStringLiteral("headless"),
                                QCoreApplication::translate("main", "Run the broker without a window."));
    QCommandLineOption amqpPort(QStringLiteral("amqp-port"),
                                QCoreApplication::translate("main", "AMQP listener port (0 = any free port)."),
                                QStringLiteral("port"), QStringLiteral("5672"));
    QCommandLineOption kafkaPort(QStringLiteral("kafka-port"),
                                 QCoreApplication::translate("main", "Kafka listener port (0 = any free port, "
                                                                     "'off' = no Kafka listener)."),
                                 QStringLiteral("port"), QStringLiteral("9092"));
    QCommandLineOption advertised(QStringLiteral("kafka-advertised-host"),
                                  QCoreApplication::translate("main", "Host Kafka clients are told to connect to "
                                                                      "(default: the bind address)."),
                                  QStringLiteral("host"));
    QCommandLineOption kafkaSasl(QStringLiteral("kafka-sasl"),
                                 QCoreApplication::translate("main", "Require SASL/PLAIN login (the broker's users) "
                                                                     "from Kafka clients."));
    QCommandLineOption partitions(QStringLiteral("default-partitions"),
                                  QCoreApplication::translate("main", "Partitions of auto-created topics."),
                                  QStringLiteral("n"), QStringLiteral("1"));
    QCommandLineOption noAutoCreate(QStringLiteral("no-auto-create-topics"),
                                    QCoreApplication::translate("main", "Do not create unknown Kafka topics on "
                                                                        "first use."));
    QCommandLineOption durability(QStringLiteral("durability"),
                                  QCoreApplication::translate("main", "When data counts as durable: always "
                                                                      "(fsync first), interval (group commit, "
                                                                      "default) or never (page cache)."),
                                  QStringLiteral("policy"), QStringLiteral("interval"));
    QCommandLineOption flushInterval(QStringLiteral("flush-interval-ms"),
                                     QCoreApplication::translate("main", "Group-commit interval for "
                                                                         "--durability interval."),
                                     QStringLiteral("ms"), QStringLiteral("5"));
    QCommandLineOption queueMemory(QStringLiteral("queue-memory-mb"),
                                   QCoreApplication::translate("main", "Memory per queue for ready messages; "
                                                                       "beyond it they page out to disk."),
                                   QStringLiteral("MiB"), QStringLiteral("32"));
    QCommandLineOption bind(QStringLiteral("bind"), QCoreApplication::translate("main", "Address to listen on."),
                            QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    QCommandLineOption dataDir(QStringLiteral("data-dir"),
                               QCoreApplication::translate("main", "Directory for the broker's data."),
                               QStringLiteral("dir"));
    QCommandLineOption logLevel(QStringLiteral("log-level"),
                                QCoreApplication::translate("main", "error, warning, info or debug."),
                                QStringLiteral("level"), QStringLiteral("info"));
    QCommandLineOption workers(QStringLiteral("workers"),
                               QCoreApplication::translate("main", "Worker threads (0 = one per core)."),
                               QStringLiteral("n"), QStringLiteral("0"));
    QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
                               QCoreApplication::translate("main", "PEM certificate (and chain) for the TLS "
                                                                   "listeners; with --tls-key, AMQP over TLS "
                                                                   "(amqps) and Kafka over TLS are started."),
                               QStringLiteral("file"));
    QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                              QCoreApplication::translate("main", "PEM private key (unencrypted) of --tls-cert."),
                              QStringLiteral("file"));
    QCommandLineOption amqpsPort(QStringLiteral("amqps-port"),
                                 QCoreApplication::translate("main", "AMQP over TLS listener port "
                                                                     "(0 = any free port)."),
                                 QStringLiteral("port"), QStringLiteral("5671"));
    QCommandLineOption kafkaTlsPort(QStringLiteral("kafka-tls-port"),
                                    QCoreApplication::translate("main", "Kafka over TLS listener port "
                                                                        "(0 = any free port)."),
                                    QStringLiteral("port"), QStringLiteral("9093"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QCoreApplication::translate("main", "Start the broker on free ports with a demo "
                                                                      "workload and a temporary data directory, "
                                                                      "write one PNG per view of the window into "
                                                                      "<dir>, and exit."),
                                  QStringLiteral("dir"));
    QCommandLineOption maxConnections(QStringLiteral("max-connections"),
                                      QCoreApplication::translate("main", "Client connections, AMQP and Kafka "
                                                                          "together (0 = unlimited)."),
                                      QStringLiteral("n"), QStringLiteral("0"));
    QCommandLineOption maxQueues(QStringLiteral("max-queues"),
                                 QCoreApplication::translate("main", "Queues per virtual host (0 = unlimited)."),
                                 QStringLiteral("n"), QStringLiteral("0"));
    QCommandLineOption maxTopics(QStringLiteral("max-topics"),
                                 QCoreApplication::translate("main", "Kafka topics (0 = unlimited)."),
                                 QStringLiteral("n"), QStringLiteral("0"));
    QCommandLineOption maxMessageSize(QStringLiteral("max-message-size"),
                                      QCoreApplication::translate("main", "Largest AMQP message body (RabbitMQ's "
                                                                          "max_message_size)."),
                                      QStringLiteral("size"), QStringLiteral("128MiB"));
    QCommandLineOption kafkaMaxMessage(QStringLiteral("kafka-max-message-bytes"),
                                       QCoreApplication::translate("main", "Largest Kafka record batch of topics "
                                                                           "without max.message.bytes (Kafka's "
                                                                           "message.max.bytes)."),
                                       QStringLiteral("size"), QStringLiteral("1048588"));
    QCommandLineOption kafkaMaxRequest(QStringLiteral("kafka-max-request-bytes"),
                                       QCoreApplication::translate("main", "Largest Kafka request; a larger one "
                                                                           "closes the connection (Kafka's "
                                                                           "socket.request.max.bytes)."),
                                       QStringLiteral("size"), QStringLiteral("100MiB"));
    QCommandLineOption memoryWatermark(QStringLiteral("memory-high-watermark"),
                                       QCoreApplication::translate("main", "Block publishers above this resident "
                                                                           "memory: a fraction of RAM (0.4) or a "
                                                                           "size (2GiB)."),
                                       QStringLiteral("limit"), QStringLiteral("0.4"));
    QCommandLineOption diskFreeLimit(QStringLiteral("disk-free-limit"),
                                     QCoreApplication::translate("main", "Block publishers when the data "
                                                                         "directory's disk has less free space."),
                                     QStringLiteral("size"), QStringLiteral("50MB"));
    parser.addOptions({headless, amqpPort, kafkaPort, advertised, kafkaSasl, partitions, noAutoCreate, durability,
                       flushInterval, queueMemory, bind, dataDir, logLevel, workers, tlsCert, tlsKey, amqpsPort,
                       kafkaTlsPort, screenshot, maxConnections, maxQueues, maxTopics, maxMessageSize,
                       kafkaMaxMessage, kafkaMaxRequest, memoryWatermark, diskFreeLimit});
    parser.process(app);

    AppOptions o;
    o.headless = parser.isSet(headless);
    bool ok = false;
    const uint port = parser.value(amqpPort).toUInt(&ok);
    if (!ok || port > 65535)
        die(QStringLiteral("invalid --amqp-port '%1'").arg(parser.value(amqpPort)));
    o.amqpPort = quint16(port);
    if (parser.value(kafkaPort) == QLatin1String("off")) {
        o.kafkaEnabled = false;
    } else {
        const uint kport = parser.value(kafkaPort).toUInt(&ok);
        if (!ok || kport > 65535)
            die(QStringLiteral("invalid --kafka-port '%1'").arg(parser.value(kafkaPort)));
        o.kafkaPort = quint16(kport);
    }
    o.kafkaAdvertisedHost = parser.value(advertised);
    o.kafkaRequireSasl = parser.isSet(kafkaSasl);
    o.defaultPartitions = parser.value(partitions).toInt(&ok);
    if (!ok || o.defaultPartitions < 1)
        die(QStringLiteral("invalid --default-partitions '%1'").arg(parser.value(partitions)));
    o.autoCreateTopics = !parser.isSet(noAutoCreate);
    o.durability = parser.value(durability).toLower();
    if (!QStringList{"always", "interval", "never"}.contains(o.durability))
        die(QStringLiteral("invalid --durability '%1' (always, interval, never)").arg(o.durability));
    o.flushIntervalMs = parser.value(flushInterval).toInt(&ok);
    if (!ok || o.flushIntervalMs < 1)
        die(QStringLiteral("invalid --flush-interval-ms '%1'").arg(parser.value(flushInterval)));
    o.queueMemoryMb = parser.value(queueMemory).toInt(&ok);
    if (!ok || o.queueMemoryMb < 1)
        die(QStringLiteral("invalid --queue-memory-mb '%1'").arg(parser.value(queueMemory)));
    if (!o.bindAddress.setAddress(parser.value(bind)))
        die(QStringLiteral("invalid --bind address '%1'").arg(parser.value(bind)));
    o.dataDir = parser.isSet(dataDir)
                    ? parser.value(dataDir)
                    : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    o.logLevel = parser.value(logLevel).toLower();
    if (!QStringList{"error", "warning", "info", "debug"}.contains(o.logLevel))
        die(QStringLiteral("invalid --log-level '%1' (error, warning, info, debug)").arg(o.logLevel));
    o.workerThreads = parser.value(workers).toInt(&ok);
    if (!ok || o.workerThreads < 0)
        die(QStringLiteral("invalid --workers '%1'").arg(parser.value(workers)));
    o.tlsCertificateFile = parser.value(tlsCert);
    o.tlsKeyFile = parser.value(tlsKey);
    if (o.tlsCertificateFile.isEmpty() != o.tlsKeyFile.isEmpty())
        die(QStringLiteral("--tls-cert and --tls-key go together"));
    const uint tlsPort = parser.value(amqpsPort).toUInt(&ok);
    if (!ok || tlsPort > 65535)
        die(QStringLiteral("invalid --amqps-port '%1'").arg(parser.value(amqpsPort)));
    o.amqpTlsPort = quint16(tlsPort);
    const uint ktlsPort = parser.value(kafkaTlsPort).toUInt(&ok);
    if (!ok || ktlsPort > 65535)
        die(QStringLiteral("invalid --kafka-tls-port '%1'").arg(parser.value(kafkaTlsPort)));
    o.kafkaTlsPort = quint16(ktlsPort);
    o.screenshotDir = parser.value(screenshot);
    if (parser.isSet(screenshot) && o.screenshotDir.isEmpty())
        die(QStringLiteral("--screenshot needs a directory"));
    if (!o.screenshotDir.isEmpty() && o.headless)
        die(QStringLiteral("--screenshot needs the window; it cannot be combined with --headless"));
    const auto count = [&](const QCommandLineOption &option) {
        bool ok = false;
        const quint64 n = parser.value(option).toULongLong(&ok);
        if (!ok)
            die(QStringLiteral("invalid --%1 '%2'").arg(option.names().first(), parser.value(option)));
        return n;
    };
    const auto size = [&](const QCommandLineOption &option, quint64 min, quint64 max) {
        const auto n = model::parseByteSize(parser.value(option).toStdString());
        if (!n || *n < min || *n > max)
            die(QStringLiteral("invalid --%1 '%2'").arg(option.names().first(), parser.value(option)));
        return quint64(*n);
    };
    o.maxConnections = count(maxConnections);
    o.maxQueues = count(maxQueues);
    o.maxTopics = count(maxTopics);
    // RabbitMQ caps max_message_size at 512 MiB.
    o.maxMessageSize = size(maxMessageSize, 1, 512ull << 20);
    o.kafkaMaxMessageBytes = qint64(size(kafkaMaxMessage, 1, 0x7fffffff));
    o.kafkaMaxRequestBytes = size(kafkaMaxRequest, 1024, 0x7fffffff);
    o.diskFreeLimit = size(diskFreeLimit, 0, UINT64_MAX);
    const auto watermark = model::MemoryWatermark::parse(parser.value(memoryWatermark).toStdString());
    if (!watermark)
        die(QStringLiteral("invalid --memory-high-watermark '%1' (a fraction such as 0.4, or a size such as 2GiB)")
                .arg(parser.value(memoryWatermark)));
    o.memoryHighWatermark = *watermark;
    return o;
}

void applyLogLevel(const QString &level)
{
    QString rules = QStringLiteral("warren.*.debug=false\n");
    if (level == QLatin1String("debug"))
        rules = QStringLiteral("warren.*.debug=true\n");
    else if (level == QLatin1String("warning"))
        rules += QStringLiteral("warren.*.info=false\n");
    else if (level == QLatin1String("error"))
        rules += QStringLiteral("warren.*.info=false\nwarren.*.warning=false\n");
    QLoggingCategory::setFilterRules(rules);
}

} // namespace warren::app
