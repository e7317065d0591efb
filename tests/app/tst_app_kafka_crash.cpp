// Kafka acks=all means "as durable as the policy promises" (issue 7's fault
// tests): a confluent-kafka producer (clients/kafka_crash.py) streams records
// with acks=all and records every acknowledged one; warren is killed with
// SIGKILL 0.3-1.5 s into the stream, started again on the same data
// directory, and a consumer checks that every acknowledged record of every
// round is in the log. Rounds alternate --durability always and the default
// (interval, 5 ms). WARREN_CRASH_SEED=<n> replays the kill moments.

#include "durable_test_util.h"

#include <QRandomGenerator>
#include <QThread>
#include <QtTest>

using namespace warren::apptest;

class TestAppKafkaCrash : public QObject {
    Q_OBJECT

private slots:
    void acknowledgedRecordsSurviveSigkill()
    {
        const ClientResult probe = runClient(python(), {QStringLiteral("-c"), QStringLiteral("import confluent_kafka")},
                                             30000);
        if (!probe.succeeded())
            WARREN_REQUIRE_CLIENT("python3-confluent-kafka is not importable by /usr/bin/python3");
        const quint32 seed = qEnvironmentVariableIsSet("WARREN_CRASH_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("WARREN_CRASH_SEED"))
                                 : QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        QRandomGenerator rng(seed);
        QTemporaryDir files;
        QVERIFY(files.isValid());
        const QString script = clientScript(QStringLiteral("kafka_crash.py"));
        const QString topic = QStringLiteral("crash-topic");
        WarrenRuns runs;
        QVERIFY2(runs.startNext(), qPrintable(runs.errorString()));
        QStringList ackedFiles;
        for (int round = 1; round <= 4; ++round) {
            const QStringList policy = round % 2 ? QStringList{QStringLiteral("--durability"), QStringLiteral("always")}
                                                 : QStringList{};
            if (round > 1)
                QVERIFY2(runs.startNext(&policy), qPrintable(runs.errorString() + runs.allStderr()));
            QTRY_VERIFY_WITH_TIMEOUT(runs.kafkaPort() != 0, 10000);
            const QString bootstrap = QStringLiteral("127.0.0.1:%1").arg(runs.kafkaPort());
            const QString acked = files.filePath(QStringLiteral("acked-%1.txt").arg(round));
            ackedFiles << acked;
            BackgroundClient producer;
            QVERIFY(producer.start(python(), {script, QStringLiteral("produce"), bootstrap, topic, acked,
                                              QStringLiteral("r%1").arg(round)}));
            if (!producer.waitForOutput("producing\n", 60000))
                QFAIL(qPrintable(producer.finish(5000).describe() + runs.allStderr()));
            QThread::msleep(rng.bounded(300, 1501));
            QVERIFY2(runs.kill(), "warren did not die on SIGKILL");
            const ClientResult produced = producer.finish(60000);
            QVERIFY2(produced.succeeded(), qPrintable(produced.describe()));
            qInfo("round %d: %s", round, produced.stdOut.trimmed().constData());
        }
        QVERIFY2(runs.startNext(), qPrintable(runs.errorString() + runs.allStderr()));
        QTRY_VERIFY_WITH_TIMEOUT(runs.kafkaPort() != 0, 10000);
        QStringList args{script, QStringLiteral("verify"), QStringLiteral("127.0.0.1:%1").arg(runs.kafkaPort()), topic};
        args << ackedFiles;
        const ClientResult verified = runClient(python(), args, 120000);
        QVERIFY2(verified.succeeded(), qPrintable(verified.describe() + runs.allStderr()));
        qInfo("%s", verified.stdOut.trimmed().constData());
        const QString stopped = runs.stopCleanly();
        QVERIFY2(stopped.isEmpty(), qPrintable(stopped));
    }
};

QTEST_GUILESS_MAIN(TestAppKafkaCrash)
#include "tst_app_kafka_crash.moc"
