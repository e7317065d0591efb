// A stream queue (x-queue-type: stream) across a clean restart of the warren
// program: pika fills it, reads it (which removes nothing), warren stops on
// SIGTERM and starts again on the same data directory, and pika finds every
// message at its offset, "last" at the last chunk, the binding still routing
// and new messages continuing the offsets (clients/stream_restart.py).

#include "durable_test_util.h"

#include <QtTest>

using namespace warren::apptest;

class TestAppStreamRestart : public QObject {
    Q_OBJECT

    static ClientResult runPhase(quint16 port, const QString &phase)
    {
        return runClient(python(), {clientScript(QStringLiteral("stream_restart.py")), QStringLiteral("127.0.0.1"),
                                    QString::number(port), phase},
                         90000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(warrenBinary()).isExecutable(),
                 qPrintable(QStringLiteral("WARREN_BINARY is not executable: '%1'").arg(warrenBinary())));
        if (!pikaAvailable())
            WARREN_REQUIRE_CLIENT("python3-pika is not importable by /usr/bin/python3 (apt-get install python3-pika)");
    }

    void streamKeepsItsMessagesAndOffsetsAcrossARestart()
    {
        WarrenRuns runs;
        QVERIFY2(runs.startNext(), qPrintable(runs.errorString()));
        const ClientResult setup = runPhase(runs.port(), QStringLiteral("setup"));
        WARREN_VERIFY_CLIENT(setup);
        const QString stopped = runs.stopCleanly();
        QVERIFY2(stopped.isEmpty(), qPrintable(stopped));
        QVERIFY2(runs.startNext(), qPrintable(runs.errorString()));
        const ClientResult verify = runPhase(runs.port(), QStringLiteral("verify"));
        if (!verify.succeeded())
            QFAIL(qPrintable(verify.describe() + QLatin1Char('\n') + runs.allStderr()));
        qInfo("verify: %s", verify.stdOut.trimmed().constData());
        QVERIFY(verify.stdOut.contains("done"));
        const QString last = runs.stopCleanly();
        QVERIFY2(last.isEmpty(), qPrintable(last));
    }
};

QTEST_GUILESS_MAIN(TestAppStreamRestart)
#include "tst_app_stream_restart.moc"
