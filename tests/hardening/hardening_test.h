#pragma once
// Shared by the hardening tests (header-only): each test starts its own
// warren (AMQP + Kafka, headless, throw-away data directory) and runs one of
// the python scripts in clients/ against it. The scripts watch the broker
// from outside — its pid (/proc/<pid>/status VmRSS), its stderr log (the
// "accepted … connection N" / "… connection N closed" lines, i.e. the
// sessions it holds) and its sockets (/proc/net/tcp) — so they need the
// broker this test started, never $WARREN_TEST_AMQP.
//
// Thread: the test thread only.

#include "broker_under_test.h"
#include "client_runner.h"

#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTest>

namespace warren::hardening {

inline QString python()
{
    return QStringLiteral("/usr/bin/python3");
}

inline QString hardeningDir()
{
    return BrokerUnderTest::sourceDir() + QStringLiteral("/tests/hardening");
}

inline bool pythonHas(const QString &modules)
{
    if (!QFileInfo::exists(python()))
        return false;
    return runClient(python(), {QStringLiteral("-c"), QStringLiteral("import ") + modules}, 30000).succeeded();
}

/// initTestCase(): pika + confluent-kafka present (skip, or fail under
/// WARREN_INTEROP_REQUIRE_ALL), broker started with Kafka; false = stop.
#define WARREN_HARDENING_START(broker, extraArgs)                                                        \
    do {                                                                                                   \
        if (!warren::hardening::pythonHas(QStringLiteral("pika, confluent_kafka")))                       \
            WARREN_REQUIRE_CLIENT("python3-pika and python3-confluent-kafka must be importable by "       \
                                  "/usr/bin/python3");                                                     \
        if (qEnvironmentVariableIsSet("WARREN_TEST_AMQP") || qEnvironmentVariableIsSet("WARREN_TEST_KAFKA")) \
            QSKIP("hardening tests watch the broker process they start; no external broker");            \
        (broker).setNeedsKafka(true);                                                                      \
        (broker).setExtraArguments(extraArgs);                                                             \
        QVERIFY2((broker).start(), qPrintable((broker).errorString()));                                    \
    } while (false)

/// Runs clients/<script> HOST AMQP_PORT KAFKA_PORT PID STDERR_LOG args...
inline ClientResult runScript(BrokerUnderTest &broker, const QString &script, const QStringList &args,
                              int timeoutMs)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
    return runClient(python(),
                     QStringList{QStringLiteral("-B"), hardeningDir() + QStringLiteral("/clients/") + script,
                                 broker.host(), QString::number(broker.amqpPort()),
                                 QString::number(broker.kafkaPort()), QString::number(broker.pid()),
                                 broker.stderrPath()}
                         + args,
                     timeoutMs, env);
}

/// runScript(), its output echoed to the test's log; fails the calling test
/// function unless the script exited 0 having printed `done`.
inline void runScriptExpecting(BrokerUnderTest &broker, const QString &script, const QStringList &args,
                               int timeoutMs, const QByteArray &done)
{
    const ClientResult r = runScript(broker, script, args, timeoutMs);
    for (const QString &line : QString::fromUtf8(r.stdOut).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        qInfo("%s", qPrintable(line));
    WARREN_VERIFY_CLIENT(r);
    QVERIFY2(r.stdOut.contains(done), qPrintable(r.describe()));
}

} // namespace warren::hardening
