// Persistent messages across clean restarts of the warren program (issue 4,
// durable AMQP): pika publishes (with publisher confirms) and settles
// messages, warren stops on SIGTERM and starts again on the same data
// directory, and pika checks what came back (clients/durable_messages.py,
// one CASE per test function; its docstring lists what each phase does).
//
// The expectations were checked against RabbitMQ 3.10 restarted the same
// way, with one deliberate difference: Warren marks every message it
// recovers from disk redelivered, so the acks case asserts redelivered=True
// for all 60 recovered messages where RabbitMQ flags only the 10 that had
// been delivered before the restart.

#include "durable_test_util.h"

#include <QtTest>

using namespace warren::apptest;

class TestAppDurableMessages : public QObject {
    Q_OBJECT

    void requirePika()
    {
        if (!pikaAvailable())
            WARREN_REQUIRE_CLIENT("python3-pika is not importable by /usr/bin/python3 (apt-get install python3-pika)");
    }

    static QStringList scriptArgs(quint16 port, const QString &caseName, const QString &phase)
    {
        return {clientScript(QStringLiteral("durable_messages.py")), QStringLiteral("127.0.0.1"),
                QString::number(port), caseName, phase};
    }

    static ClientResult runPhase(quint16 port, const QString &caseName, const QString &phase)
    {
        return runClient(python(), scriptArgs(port, caseName, phase), 90000);
    }

    // Fails the test with the client's account and every broker run's stderr.
    static QString describe(const ClientResult &r, const WarrenRuns &runs)
    {
        return r.describe() + QLatin1Char('\n') + runs.allStderr();
    }

    // setup on a first run, SIGTERM, verify on a second run.
    void setupRestartVerify(const QString &caseName)
    {
        requirePika();
        WarrenRuns runs;
        QVERIFY2(runs.startNext(), qPrintable(runs.errorString()));
        const ClientResult setup = runPhase(runs.port(), caseName, QStringLiteral("setup"));
        WARREN_VERIFY_CLIENT(setup);
        qInfo("setup: %s", setup.stdOut.trimmed().constData());

        const QString stopped = runs.stopCleanly();
        QVERIFY2(stopped.isEmpty(), qPrintable(stopped));
        QVERIFY2(runs.startNext(), qPrintable(runs.errorString()));

        const ClientResult verify = runPhase(runs.port(), caseName, QStringLiteral("verify"));
        if (!verify.succeeded())
            QFAIL(qPrintable(describe(verify, runs)));
        qInfo("verify: %s", verify.stdOut.trimmed().constData());
        QVERIFY(verify.stdOut.contains("done"));
        const QString last = runs.stopCleanly();
        QVERIFY2(last.isEmpty(), qPrintable(last));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(warrenBinary()).isExecutable(),
                 qPrintable(QStringLiteral("WARREN_BINARY is not executable: '%1'").arg(warrenBinary())));
    }

    void persistentMessagesInADurableQueueSurviveACleanRestartInOrder()
    {
        // 200 messages with properties and headers, one empty body, one of
        // 300 KiB; basic.get's message_count counts down from 199.
        setupRestartVerify(QStringLiteral("order"));
    }

    void transientMessagesAndNonDurableQueuesDoNotSurviveARestart()
    {
        setupRestartVerify(QStringLiteral("mixed"));
    }

    void bindingsAndExchangeArgumentsStillRouteAfterARestart()
    {
        // Exchange-to-exchange and queue bindings carry both the messages
        // published before the restart and new ones after it; the exchange's
        // alternate-exchange argument is compared on redeclare (406).
        setupRestartVerify(QStringLiteral("routing"));
    }

    void delayedMessagesOfADurableDelayedExchangeSurviveARestart()
    {
        setupRestartVerify(QStringLiteral("delayed"));
    }

    void basicGetMessageCountIsRightAfterARestart()
    {
        setupRestartVerify(QStringLiteral("getcount"));
    }

    void purgeDeleteRejectAndNackWithoutRequeueAreDurable()
    {
        setupRestartVerify(QStringLiteral("settle"));
    }

    void acknowledgedMessagesStayAcknowledgedAndUnackedOnesComeBackRedelivered()
    {
        requirePika();
        WarrenRuns runs;
        QVERIFY2(runs.startNext(), qPrintable(runs.errorString()));

        // 100 published, 40 acked, 40..49 delivered and unacked while the
        // broker stops: the client stays connected until it is closed (320).
        BackgroundClient holder;
        QVERIFY(holder.start(python(), scriptArgs(runs.port(), QStringLiteral("acks"), QStringLiteral("hold"))));
        if (!holder.waitForOutput("holding\n", 60000))
            QFAIL(qPrintable(describe(holder.finish(5000), runs)));
        const QString stopped = runs.stopCleanly();
        QVERIFY2(stopped.isEmpty(), qPrintable(stopped));
        const ClientResult held = holder.finish(30000);
        if (!held.succeeded())
            QFAIL(qPrintable(describe(held, runs)));
        qInfo("hold: %s", held.stdOut.trimmed().constData());
        QVERIFY2(held.stdOut.contains("closed-by-broker 320"), qPrintable(describe(held, runs)));

        // Exactly 40..99 come back, in order, all redelivered; they are acked.
        QVERIFY2(runs.startNext(), qPrintable(runs.errorString()));
        const ClientResult verify = runPhase(runs.port(), QStringLiteral("acks"), QStringLiteral("verify"));
        if (!verify.succeeded())
            QFAIL(qPrintable(describe(verify, runs)));
        qInfo("verify: %s", verify.stdOut.trimmed().constData());

        // Acks of recovered messages are durable too: nothing comes back.
        const QString again = runs.stopCleanly();
        QVERIFY2(again.isEmpty(), qPrintable(again));
        QVERIFY2(runs.startNext(), qPrintable(runs.errorString()));
        const ClientResult empty = runPhase(runs.port(), QStringLiteral("acks"), QStringLiteral("empty"));
        if (!empty.succeeded())
            QFAIL(qPrintable(describe(empty, runs)));
        qInfo("empty: %s", empty.stdOut.trimmed().constData());
        const QString last = runs.stopCleanly();
        QVERIFY2(last.isEmpty(), qPrintable(last));
    }
};

QTEST_GUILESS_MAIN(TestAppDurableMessages)
#include "tst_app_durable_messages.moc"
