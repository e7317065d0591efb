// warren: the broker with its monitor window, or --headless without one.
#include "command_line.h"
#include "signal_watcher.h"
#include "user_admin.h"

#include "net/broker_server.h"

#ifdef WARREN_WITH_GUI
#include "gui_app.h"
#include "screenshot_tour.h"
#include <QApplication>
#endif

#include <QCoreApplication>
#include <QDir>

#include <sys/resource.h>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {
bool wantsNoWindow(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (!std::strcmp(a, "--headless") || !std::strcmp(a, "--help") || !std::strcmp(a, "-h") ||
            !std::strcmp(a, "--help-all") || !std::strcmp(a, "--version") || !std::strcmp(a, "-v") ||
            !std::strncmp(a, "--add-user", 10) || !std::strcmp(a, "--delete-user") ||
            !std::strcmp(a, "--change-password") || !std::strcmp(a, "--set-user-tags") ||
            !std::strcmp(a, "--add-vhost") || !std::strcmp(a, "--delete-vhost") ||
            !std::strcmp(a, "--set-permissions") || !std::strcmp(a, "--clear-permissions") ||
            !std::strcmp(a, "--list-users"))
            return true;
    }
    return false;
}

/// A broker holds a socket per client and files per log segment: take the
/// whole open-file allowance the system grants (the soft limit is often
/// 1024 while the hard one is far higher), as RabbitMQ's start script does.
void raiseOpenFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}
} // namespace

int main(int argc, char **argv)
{
    raiseOpenFileLimit();
    std::unique_ptr<QCoreApplication> app;
#ifdef WARREN_WITH_GUI
    const bool gui = !wantsNoWindow(argc, argv);
    if (gui)
        app = std::make_unique<QApplication>(argc, argv);
    else
#else
    (void)wantsNoWindow;
#endif
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("warren"));
    QCoreApplication::setOrganizationName(QStringLiteral("warren"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WARREN_VERSION));

    // User administration (--add-user, --set-permissions, ...) runs and exits.
    if (const int status = warren::app::runUserAdmin(QCoreApplication::arguments()); status >= 0)
        return status;
    const warren::app::AppOptions options = warren::app::parseCommandLine(*app);
    warren::app::applyLogLevel(options.logLevel);
#ifndef WARREN_WITH_GUI
    if (!options.screenshotDir.isEmpty()) {
        std::fprintf(stderr, "warren: --screenshot needs a build with the window (WARREN_BUILD_GUI)\n");
        return 2;
    }
#endif

    if (options.screenshotDir.isEmpty() && !QDir().mkpath(options.dataDir)) {
        std::fprintf(stderr, "warren: cannot create data directory '%s'\n", qPrintable(options.dataDir));
        return 1;
    }

    warren::net::ServerConfig config;
    config.bindAddress = options.bindAddress;
    config.amqpPort = options.amqpPort;
    config.kafkaPort = options.kafkaPort;
    config.kafkaEnabled = options.kafkaEnabled;
    config.kafkaAdvertisedHost = options.kafkaAdvertisedHost;
    config.kafkaRequireSasl = options.kafkaRequireSasl;
    config.defaultPartitions = options.defaultPartitions;
    config.autoCreateTopics = options.autoCreateTopics;
    config.dataDir = options.dataDir;
    config.durability = options.durability == QLatin1String("always") ? warren::storage::DurabilityPolicy::Always
                        : options.durability == QLatin1String("never") ? warren::storage::DurabilityPolicy::Never
                                                                       : warren::storage::DurabilityPolicy::Interval;
    config.flushIntervalMs = options.flushIntervalMs;
    config.queueMemoryBudgetBytes = quint64(options.queueMemoryMb) << 20;
    config.workerThreads = options.workerThreads;
    config.tlsCertificateFile = options.tlsCertificateFile;
    config.tlsKeyFile = options.tlsKeyFile;
    config.amqpTlsPort = options.amqpTlsPort;
    config.kafkaTlsPort = options.kafkaTlsPort;
    config.amqp.version = WARREN_VERSION;
    config.amqp.maxMessageSize = options.maxMessageSize;
    config.maxConnections = options.maxConnections;
    config.maxQueuesPerVhost = options.maxQueues;
    config.maxTopics = std::size_t(options.maxTopics);
    config.kafkaMaxMessageBytes = options.kafkaMaxMessageBytes;
    config.kafkaMaxRequestBytes = std::size_t(options.kafkaMaxRequestBytes);
    config.memoryHighWatermark = options.memoryHighWatermark;
    config.diskFreeLimitBytes = options.diskFreeLimit;
#ifdef WARREN_WITH_GUI
    // The screenshot tour: its own broker on free ports and a temporary directory.
    if (gui && !options.screenshotDir.isEmpty())
        return warren::app::runScreenshotTour(static_cast<QApplication &>(*app), config, options.screenshotDir);
    // The window owns the broker from here (it can stop and restart it).
    if (gui)
        return warren::app::runGui(static_cast<QApplication &>(*app), config, QCoreApplication::arguments());
#endif
    warren::net::BrokerServer server(config);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "warren: %s\n", qPrintable(error));
        return 1;
    }
    std::fprintf(stderr, "warren: AMQP listening on %s:%u\n", qPrintable(options.bindAddress.toString()),
                 unsigned(server.amqpPort()));
    if (options.kafkaEnabled)
        std::fprintf(stderr, "warren: Kafka listening on %s:%u\n", qPrintable(options.bindAddress.toString()),
                     unsigned(server.kafkaPort()));
    if (server.amqpTlsPort())
        std::fprintf(stderr, "warren: AMQP over TLS (amqps) on %s:%u\n", qPrintable(options.bindAddress.toString()),
                     unsigned(server.amqpTlsPort()));
    if (server.kafkaTlsPort())
        std::fprintf(stderr, "warren: Kafka over TLS on %s:%u\n", qPrintable(options.bindAddress.toString()),
                     unsigned(server.kafkaTlsPort()));
    std::fprintf(stderr, "warren: data directory %s\n", qPrintable(QDir(options.dataDir).absolutePath()));
    std::fflush(stderr);

    warren::app::SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &warren::app::SignalWatcher::terminationRequested, app.get(), [&](int sig) {
        std::fprintf(stderr, "warren: signal %d, shutting down\n", sig);
        server.shutdown(5000);
        QCoreApplication::quit();
    });

    const int rc = app->exec();
    server.shutdown(5000);
    std::fprintf(stderr, "warren: stopped\n");
    return rc;
}
