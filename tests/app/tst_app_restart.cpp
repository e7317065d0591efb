// Durable definitions across a restart of the warren program: pika declares
// durable and transient exchanges, queues and bindings, warren stops on
// SIGTERM and starts again on the same data directory, and pika checks what
// came back (clients/restart_definitions.py). Persistent messages across
// restarts and crashes are tst_app_durable_messages and tst_app_crash.

#include "app_test_util.h"

#include <QtTest>

#include <csignal>

using namespace warren::apptest;

class TestAppRestart : public QObject {
    Q_OBJECT

    void requirePika()
    {
        if (!pikaAvailable())
            WARREN_REQUIRE_CLIENT("python3-pika is not importable by /usr/bin/python3 (apt-get install python3-pika)");
    }

    ClientResult runScript(quint16 port, const QString &phase)
    {
        return runClient(python(),
                         {clientScript(QStringLiteral("restart_definitions.py")), QStringLiteral("127.0.0.1"),
                          QString::number(port), phase},
                         90000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(warrenBinary()).isExecutable(),
                 qPrintable(QStringLiteral("WARREN_BINARY is not executable: '%1'").arg(warrenBinary())));
    }

    void durableDefinitionsSurviveACleanRestart()
    {
        requirePika();
        WarrenProcess first;
        QVERIFY2(first.start(), qPrintable(first.errorString()));
        QVERIFY2(first.waitListening(), qPrintable(first.errorString()));
        const ClientResult setup = runScript(first.port(), QStringLiteral("setup"));
        WARREN_VERIFY_CLIENT(setup);
        QVERIFY2(setup.stdOut.contains("setup-done"), qPrintable(setup.describe()));

        first.sendSignal(SIGTERM);
        QVERIFY2(first.waitForExit(20000), "warren did not stop on SIGTERM");
        QVERIFY(!first.crashed());
        QCOMPARE(first.exitCode(), 0);
        QVERIFY(QFileInfo::exists(first.dataDir() + QStringLiteral("/metadata.db")));

        // Again, on the same data directory.
        WarrenProcess second;
        QVERIFY2(second.start({QStringLiteral("--headless"), QStringLiteral("--amqp-port"), QStringLiteral("0"),
                               QStringLiteral("--kafka-port"), QStringLiteral("0"), QStringLiteral("--data-dir"),
                               first.dataDir()},
                              false),
                 qPrintable(second.errorString()));
        QVERIFY2(second.waitListening(), qPrintable(second.errorString()));
        const ClientResult verify = runScript(second.port(), QStringLiteral("verify"));
        WARREN_VERIFY_CLIENT(verify);
        qInfo("%s", verify.stdOut.constData());
        QVERIFY2(verify.stdOut.contains("verified"), qPrintable(verify.describe()));
        QVERIFY2(verify.stdOut.contains("restart.durable messages 0"), qPrintable(verify.describe()));
        QVERIFY2(!second.stderrText().contains("while restoring definitions"),
                 second.stderrText().constData());

        second.sendSignal(SIGTERM);
        QVERIFY2(second.waitForExit(20000), "warren did not stop on SIGTERM");
        QCOMPARE(second.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAppRestart)
#include "tst_app_restart.moc"
