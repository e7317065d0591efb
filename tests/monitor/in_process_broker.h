#pragma once
// A BrokerServer in the test process, on free ports, storage in memory, for
// tests of the command API and the widgets that use it. The listeners accept
// on the test thread, so tests wait with QTRY_* (which spins the event loop)
// and run clients as asynchronous QProcesses, never blocking the thread.
//
// Also: ClientProcess, a /usr/bin/python3 client whose stdout lines can be
// awaited. Thread: the test thread only. Header-only.

#include "broker_under_test.h"
#include "client_runner.h"

#include "net/broker_commands.h"
#include "net/broker_server.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <memory>

namespace warren::monitortest {

inline std::unique_ptr<net::BrokerServer> startBroker(QString *error, int snapshotMs = 100)
{
    net::ServerConfig config;
    config.amqpPort = 0;
    config.kafkaPort = 0;
    config.workerThreads = 2;
    config.snapshotIntervalMs = snapshotMs;
    auto server = std::make_unique<net::BrokerServer>(config);
    if (!server->start(error))
        return nullptr;
    return server;
}

inline QString python()
{
    return QStringLiteral("/usr/bin/python3");
}

/// True if /usr/bin/python3 imports `module` (pika, kafka).
inline bool pythonHas(const QString &module)
{
    if (!QFileInfo::exists(python()))
        return false;
    return runClient(python(), {QStringLiteral("-c"), QStringLiteral("import ") + module}, 20000).succeeded();
}

/// tests/app/clients/<name> or tests/monitor/clients/<name>.
inline QString script(const QString &dir, const QString &name)
{
    return BrokerUnderTest::sourceDir() + QStringLiteral("/tests/") + dir + QStringLiteral("/clients/") + name;
}

class ClientProcess {
public:
    void start(const QStringList &args)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, [this] { m_out += m_process.readAllStandardOutput(); });
        QObject::connect(&m_process, &QProcess::readyReadStandardError, [this] { m_err += m_process.readAllStandardError(); });
        m_process.start(python(), args);
    }
    ~ClientProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    QProcess &process() { return m_process; }
    bool printed(const QByteArray &text) const { return m_out.contains(text); }
    bool finished() const { return m_process.state() == QProcess::NotRunning; }
    QString describe() const
    {
        return QStringLiteral("stdout:\n%1\nstderr:\n%2").arg(QString::fromUtf8(m_out), QString::fromUtf8(m_err));
    }
    QByteArray out() const { return m_out; }

private:
    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
};

/// Waits (spinning the event loop) until `cond` holds or `ms` pass.
template <typename Cond>
bool waitFor(Cond cond, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!cond()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(20);
    }
    return true;
}

/// The texts of the broker's event log, oldest first.
inline QStringList eventTexts(net::BrokerServer &server)
{
    QStringList out;
    for (const auto &e : server.broker().events().newest(100000))
        out << QString::fromStdString(e.text);
    return out;
}

inline bool anyContains(const QStringList &texts, const QString &needle)
{
    for (const QString &t : texts)
        if (t.contains(needle))
            return true;
    return false;
}

} // namespace warren::monitortest
