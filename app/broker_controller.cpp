#include "broker_controller.h"

#include "net/broker_commands.h"
#include "views/main_window.h"

#include <QDateTime>
#include <QDir>

#include <cstdio>

namespace warren::app {

BrokerController::BrokerController(net::ServerConfig base, widgets::MainWindow *window, QObject *parent)
    : widgets::BrokerControl(parent)
    , m_base(std::move(base))
    , m_window(window)
{
}

BrokerController::~BrokerController()
{
    stop();
}

bool BrokerController::isRunning() const
{
    return m_server && m_server->isRunning();
}

QString BrokerController::statusText() const
{
    if (!isRunning())
        return m_lastError.isEmpty() ? tr("The broker is stopped.")
                                     : tr("The broker is stopped: %1").arg(m_lastError);
    const QString address = m_running.bindAddress.toString();
    QString text = tr("Running: AMQP 0-9-1 on %1:%2").arg(address).arg(m_server->amqpPort());
    if (m_running.kafkaEnabled)
        text += tr(", Kafka on %1:%2").arg(address).arg(m_server->kafkaPort());
    if (m_server->amqpTlsPort())
        text += tr(", AMQP 0-9-1 over TLS on %1:%2").arg(address).arg(m_server->amqpTlsPort());
    if (m_server->kafkaTlsPort())
        text += tr(", Kafka over TLS on %1:%2").arg(address).arg(m_server->kafkaTlsPort());
    text += tr("; data in %1").arg(QDir::toNativeSeparators(QDir(m_running.dataDir).absolutePath()));
    return text;
}

bool BrokerController::configFor(const widgets::AppSettings &s, net::ServerConfig &config, QString *error)
{
    QHostAddress address;
    if (!address.setAddress(s.bindAddress)) {
        if (error)
            *error = tr("“%1” is not an IP address").arg(s.bindAddress);
        return false;
    }
    config.bindAddress = address;
    config.amqpPort = quint16(s.amqpPort);
    config.kafkaEnabled = s.kafkaEnabled;
    config.kafkaPort = quint16(s.kafkaPort);
    if (!s.dataDir.isEmpty())
        config.dataDir = s.dataDir;
    config.durability = s.durability == QLatin1String("always") ? storage::DurabilityPolicy::Always
                        : s.durability == QLatin1String("never") ? storage::DurabilityPolicy::Never
                                                                 : storage::DurabilityPolicy::Interval;
    config.defaultRetentionMs = s.retentionHours < 0 ? -1 : s.retentionHours * 3600 * 1000;
    config.tlsCertificateFile = s.tlsCertificateFile;
    config.tlsKeyFile = s.tlsKeyFile;
    config.amqpTlsPort = quint16(s.amqpTlsPort);
    config.kafkaTlsPort = quint16(s.kafkaTlsPort);
    if (!config.dataDir.isEmpty() && !QDir().mkpath(config.dataDir)) {
        if (error)
            *error = tr("cannot create data directory '%1'").arg(config.dataDir);
        return false;
    }
    return true;
}

bool BrokerController::start(const widgets::AppSettings &settings, QString *error)
{
    stop();
    net::ServerConfig config = m_base;
    QString why;
    if (!configFor(settings, config, &why)) {
        m_lastError = why;
        if (error)
            *error = why;
        emit stateChanged();
        return false;
    }
    auto server = std::make_unique<net::BrokerServer>(config);
    if (!server->start(&why)) {
        std::fprintf(stderr, "warren: %s\n", qPrintable(why));
        std::fflush(stderr);
        m_lastError = why;
        if (error)
            *error = why;
        emit stateChanged();
        return false;
    }
    m_server = std::move(server);
    m_running = config;
    m_lastError.clear();
    const QString address = config.bindAddress.toString();
    std::fprintf(stderr, "warren: AMQP listening on %s:%u\n", qPrintable(address), unsigned(m_server->amqpPort()));
    if (config.kafkaEnabled)
        std::fprintf(stderr, "warren: Kafka listening on %s:%u\n", qPrintable(address),
                     unsigned(m_server->kafkaPort()));
    std::fprintf(stderr, "warren: data directory %s\n", qPrintable(QDir(config.dataDir).absolutePath()));
    std::fflush(stderr);

    if (m_window) {
        connect(m_server.get(), &net::BrokerServer::snapshotReady, m_window, &widgets::MainWindow::applySnapshot);
        m_window->setCommands(m_server->commands());
        m_window->applySnapshot(m_server->snapshot());
    }
    emit stateChanged();
    return true;
}

void BrokerController::stop()
{
    if (!m_server)
        return;
    if (m_window)
        m_window->setCommands(nullptr);
    m_server->shutdown(5000);
    m_server.reset();
    if (m_window) {
        // Nothing listens any more: empty tables, "Not listening".
        auto empty = std::make_shared<metrics::BrokerSnapshot>();
        empty->takenAtMs = QDateTime::currentMSecsSinceEpoch();
        m_window->applySnapshot(empty);
    }
    std::fprintf(stderr, "warren: broker stopped\n");
    std::fflush(stderr);
    emit stateChanged();
}

} // namespace warren::app
