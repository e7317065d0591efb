#pragma once
// Small helpers shared by the Kafka interop executables (header-only).

#include "broker_under_test.h"
#include "client_runner.h"

#include <QFileInfo>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QUuid>

namespace kafka_interop {

inline QString scriptDir()
{
    return BrokerUnderTest::sourceDir() + QStringLiteral("/tests/interop/kafka");
}

// A name no earlier run used: topics and groups must be unique per case, so a
// long-lived external broker can be reused.
inline QString uniqueName(const char *prefix)
{
    return QLatin1String(prefix) + QLatin1Char('-')
        + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

inline QProcessEnvironment pythonEnv()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
    return env;
}

// Runs `/usr/bin/python3 -B <kafka dir>/<script> host:port case args...`. The
// script's own per-case alarm is 60 s; this limit only catches a wedged process.
inline ClientResult runPythonCase(const char *script, const QString &bootstrap, const QString &caseName,
                                  const QStringList &args = {}, int timeoutMs = 90000)
{
    return runClient(QStringLiteral("/usr/bin/python3"),
                     QStringList{QStringLiteral("-B"), scriptDir() + QLatin1Char('/') + QLatin1String(script),
                                 bootstrap, caseName}
                         + args,
                     timeoutMs, pythonEnv());
}

// True if /usr/bin/python3 can import `module`.
inline bool pythonHas(const char *module)
{
    if (!QFileInfo::exists(QStringLiteral("/usr/bin/python3")))
        return false;
    return runClient(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"), QStringLiteral("import ") + QLatin1String(module)}, 30000)
        .succeeded();
}

inline QString kcatPath()
{
    QString kcat = QStandardPaths::findExecutable(QStringLiteral("kcat"));
    if (kcat.isEmpty())
        kcat = QStandardPaths::findExecutable(QStringLiteral("kafkacat"));
    return kcat;
}

} // namespace kafka_interop
