// The warren program as a user starts and stops it: command line, errors on
// start-up, the data directory, and a graceful stop on SIGTERM/SIGINT that
// tells connected clients 320 CONNECTION_FORCED.

#include "app_test_util.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTcpServer>
#include <QtTest>

#include <csignal>

using namespace warren::apptest;

class TestAppLifecycle : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(warrenBinary()).isExecutable(),
                 qPrintable(QStringLiteral("WARREN_BINARY is not executable: '%1'").arg(warrenBinary())));
    }

    // ------------------------------------------------------- command line

    void helpListsEveryOptionAndExitsZero()
    {
        const ClientResult r = runClient(warrenBinary(), {QStringLiteral("--help")}, 15000);
        QVERIFY2(r.succeeded(), qPrintable(r.describe()));
        const QString out = QString::fromUtf8(r.stdOut);
        for (const char *option : {"--headless", "--amqp-port", "--bind", "--data-dir", "--log-level"})
            QVERIFY2(out.contains(QLatin1String(option)), qPrintable(QStringLiteral("no %1 in:\n%2").arg(option, out)));
        QVERIFY2(out.contains(QLatin1String("Usage:")), qPrintable(out));
        QVERIFY2(!r.stdErr.contains("listening"), r.stdErr.constData());
    }

    void versionPrintsTheVersionAndExitsZero()
    {
        const ClientResult r = runClient(warrenBinary(), {QStringLiteral("--version")}, 15000);
        QVERIFY2(r.succeeded(), qPrintable(r.describe()));
        QVERIFY2(QString::fromUtf8(r.stdOut).contains(QRegularExpression(QStringLiteral(R"(^warren \d+\.\d+)"))),
                 r.stdOut.constData());
    }

    void invalidOptionIsOneLineErrorAndNonZeroExit_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("--amqp-port x") << QStringList{"--amqp-port", "x"} << "x";
        QTest::newRow("--amqp-port 70000") << QStringList{"--amqp-port", "70000"} << "70000";
        QTest::newRow("--amqp-port -1") << QStringList{"--amqp-port", "-1"} << "-1";
        QTest::newRow("--bind not-an-address") << QStringList{"--bind", "not-an-address"} << "not-an-address";
        QTest::newRow("--log-level loud") << QStringList{"--log-level", "loud"} << "loud";
        QTest::newRow("--workers -3") << QStringList{"--workers", "-3"} << "-3";
        QTest::newRow("unknown option") << QStringList{"--no-such-option"} << "no-such-option";
        QTest::newRow("--max-queues many") << QStringList{"--max-queues", "many"} << "many";
        QTest::newRow("--max-connections -1") << QStringList{"--max-connections", "-1"} << "-1";
        QTest::newRow("--max-message-size 1TiB") << QStringList{"--max-message-size", "1TiB"} << "1TiB";
        QTest::newRow("--memory-high-watermark 1.5") << QStringList{"--memory-high-watermark", "1.5"} << "1.5";
        QTest::newRow("--disk-free-limit lots") << QStringList{"--disk-free-limit", "lots"} << "lots";
        QTest::newRow("--kafka-max-message-bytes 0") << QStringList{"--kafka-max-message-bytes", "0"} << "0";
    }
    void invalidOptionIsOneLineErrorAndNonZeroExit()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        QTemporaryDir tmp;
        const ClientResult r = runClient(
            warrenBinary(), QStringList{"--headless", "--data-dir", tmp.filePath("data")} + args, 15000);
        QVERIFY2(r.started && !r.timedOut && !r.crashed, qPrintable(r.describe()));
        QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
        const QStringList errLines = lines(r.stdErr);
        QVERIFY2(errLines.size() == 1, qPrintable(r.describe()));
        QVERIFY2(errLines.first().contains(mentions), qPrintable(r.describe()));
        QVERIFY2(!r.stdErr.contains("listening"), qPrintable(r.describe()));
    }

    // --------------------------------------------------------- start-up

    void portInUseIsOneLineNamingThePortAndNonZeroExit()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        const QString port = QString::number(squatter.serverPort());
        WarrenProcess w;
        QElapsedTimer t;
        t.start();
        QVERIFY2(w.start({"--headless", "--amqp-port", port, "--kafka-port", "0", "--bind", "127.0.0.1", "--data-dir", w.dataDir()},
                         false),
                 qPrintable(w.errorString()));
        QVERIFY2(w.waitForExit(5000), "warren kept running although its port is taken");
        QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
        QVERIFY(!w.crashed());
        QVERIFY(w.exitCode() != 0);
        const QStringList errLines = lines(w.stderrText());
        QVERIFY2(errLines.size() == 1, w.stderrText().constData());
        QVERIFY2(errLines.first().contains(port), w.stderrText().constData());
        QVERIFY2(errLines.first().startsWith(QLatin1String("warren: ")), w.stderrText().constData());
    }

    void missingDataDirIsCreated()
    {
        WarrenProcess w;
        const QString nested = w.tempPath(QStringLiteral("not/yet/there"));
        QVERIFY(!QFileInfo::exists(nested));
        QVERIFY(w.start({"--headless", "--amqp-port", "0", "--kafka-port", "0", "--data-dir", nested}, false));
        QVERIFY2(w.waitListening(), qPrintable(w.errorString()));
        QVERIFY(QFileInfo(nested).isDir());
        QVERIFY2(w.stderrText().contains(QFileInfo(nested).absoluteFilePath().toUtf8()), w.stderrText().constData());
        w.sendSignal(SIGTERM);
        QVERIFY(w.waitForExit(10000));
        QCOMPARE(w.exitCode(), 0);
    }

    void dataDirThatCannotBeCreatedIsOneLineErrorAndNonZeroExit()
    {
        WarrenProcess w;
        const QString file = w.tempPath(QStringLiteral("a-file"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("x");
        }
        const QString under = file + QStringLiteral("/data");
        QVERIFY(w.start({"--headless", "--amqp-port", "0", "--kafka-port", "0", "--data-dir", under}, false));
        QVERIFY(w.waitForExit(5000));
        QVERIFY(w.exitCode() != 0);
        const QStringList errLines = lines(w.stderrText());
        QVERIFY2(errLines.size() == 1 && errLines.first().contains(under), w.stderrText().constData());
    }

    // ------------------------------------------------------------ signals

    void signalStopsTheBrokerCleanly_data()
    {
        QTest::addColumn<int>("sig");
        QTest::addColumn<QString>("client"); // "", or the pika script's mode
        QTest::newRow("SIGTERM, no clients") << int(SIGTERM) << QString();
        QTest::newRow("SIGINT, no clients") << int(SIGINT) << QString();
        QTest::newRow("SIGTERM, pika consuming") << int(SIGTERM) << "consume";
        QTest::newRow("SIGINT, pika consuming") << int(SIGINT) << "consume";
        QTest::newRow("SIGTERM, pika in process_data_events") << int(SIGTERM) << "events";
        QTest::newRow("SIGINT, pika in process_data_events") << int(SIGINT) << "events";
    }
    void signalStopsTheBrokerCleanly()
    {
        QFETCH(int, sig);
        QFETCH(QString, client);
        if (!client.isEmpty() && !pikaAvailable())
            WARREN_REQUIRE_CLIENT("python3-pika is not importable by /usr/bin/python3 (apt-get install python3-pika)");
        WarrenProcess w;
        QVERIFY(w.start());
        QVERIFY2(w.waitListening(), qPrintable(w.errorString()));

        QProcess pika;
        if (!client.isEmpty()) {
            pika.setProgram(python());
            pika.setArguments({clientScript("wait_for_broker_close.py"), "127.0.0.1", QString::number(w.port()),
                               client});
            pika.start();
            QVERIFY(pika.waitForStarted(10000));
            QDeadlineTimer ready(20000);
            QByteArray out;
            while (!out.contains("ready\n") && !ready.hasExpired() && pika.state() == QProcess::Running) {
                pika.waitForReadyRead(200);
                out += pika.readAllStandardOutput();
            }
            QVERIFY2(out.contains("ready\n"),
                     qPrintable(QString::fromUtf8(out + pika.readAllStandardError())));
            // The pika script reads this back at the end.
            pika.setProperty("early", out);
        }

        QElapsedTimer t;
        t.start();
        w.sendSignal(sig);
        QVERIFY2(w.waitForExit(8000), "warren did not exit within 8 s of the signal");
        const qint64 took = t.elapsed();
        QVERIFY2(!w.crashed(), w.stderrText().constData());
        QCOMPARE(w.exitCode(), 0);
        QVERIFY2(took < 6000, qPrintable(QStringLiteral("exit took %1 ms").arg(took)));
        QVERIFY2(w.stderrText().contains("shutting down"), w.stderrText().constData());

        if (!client.isEmpty()) {
            QVERIFY2(pika.waitForFinished(15000), "the pika client did not finish");
            const QByteArray out = pika.property("early").toByteArray() + pika.readAllStandardOutput();
            const QByteArray err = pika.readAllStandardError();
            QVERIFY2(pika.exitStatus() == QProcess::NormalExit && pika.exitCode() == 0,
                     qPrintable(QString::fromUtf8(out + err)));
            QVERIFY2(out.contains("closed-by-broker 320 CONNECTION_FORCED - broker forced connection closure "
                                  "with reason 'shutdown'"),
                     qPrintable(QString::fromUtf8(out + err)));
        }
    }
};

QTEST_GUILESS_MAIN(TestAppLifecycle)
#include "tst_app_lifecycle.moc"
