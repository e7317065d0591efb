// Persistence across a broker restart, seen by real Kafka clients: messages
// produced with acks=all and a group's committed offset survive SIGTERM and a
// restart on the same data directory. Uses python3-confluent-kafka
// (confluent_cases.py persist_*) and kcat. Needs its own broker (restarts it),
// so it cannot run against an external one.

#include "kafka_interop.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace kafka_interop;

class InteropKafkaRestart : public QObject
{
    Q_OBJECT

private:
    BrokerUnderTest m_broker;
    QString m_kcat;

    // kcat -C -o beginning -e: how many messages partition 0 of topic holds.
    int countWithKcat(const QString &topic)
    {
        const ClientResult r = runClient(m_kcat,
                                         {QStringLiteral("-b"), m_broker.kafkaHostPort(), QStringLiteral("-C"),
                                          QStringLiteral("-t"), topic, QStringLiteral("-o"),
                                          QStringLiteral("beginning"), QStringLiteral("-e"), QStringLiteral("-q")},
                                         60000);
        if (!r.succeeded()) {
            qWarning("%s", qPrintable(r.describe()));
            return -1;
        }
        return int(r.stdOut.count('\n'));
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("WARREN_TEST_KAFKA"))
            QSKIP("restarts its own broker; not possible with WARREN_TEST_KAFKA");
        if (!pythonHas("confluent_kafka"))
            WARREN_REQUIRE_CLIENT("python3-confluent-kafka is not importable by /usr/bin/python3 "
                                  "(apt-get install python3-confluent-kafka)");
        m_kcat = kcatPath();
        if (m_kcat.isEmpty())
            WARREN_REQUIRE_CLIENT("kcat is not on PATH (apt-get install kcat)");
        m_broker.setNeedsKafka(true);
        QVERIFY2(m_broker.start(), qPrintable(m_broker.errorString()));
    }
    void init() { m_broker.markLog(); }
    void cleanup() { m_broker.reportIfTestFailed(); }

    void messagesAndCommittedOffsetSurviveRestart()
    {
        const QString topic = uniqueName("persist");
        const QString group = uniqueName("g-persist");
        const QStringList counts{QStringLiteral("1000"), QStringLiteral("400")};

        WARREN_VERIFY_CLIENT(runPythonCase("confluent_cases.py", m_broker.kafkaHostPort(),
                                           QStringLiteral("persist_produce_and_commit"),
                                           QStringList{topic, group} + counts));
        QCOMPARE(countWithKcat(topic), 1000);

        const quint16 before = m_broker.kafkaPort();
        QVERIFY2(m_broker.restart(), qPrintable(m_broker.errorString()));
        QCOMPARE(m_broker.lastExitCode(), 0); // SIGTERM is a clean shutdown
        qInfo("restarted: Kafka port %u -> %u", unsigned(before), unsigned(m_broker.kafkaPort()));

        QCOMPARE(countWithKcat(topic), 1000);
        WARREN_VERIFY_CLIENT(runPythonCase("confluent_cases.py", m_broker.kafkaHostPort(),
                                           QStringLiteral("persist_resume"), QStringList{topic, group} + counts));
        QCOMPARE(countWithKcat(topic), 1001); // persist_resume appends one
    }

    void idempotentProducersAfterRestartAreNotConfusedWithEarlierOnes()
    {
        const QString topic = uniqueName("persist-idem");
        auto produce = [&](const char *expectFirst) {
            return runPythonCase("confluent_cases.py", m_broker.kafkaHostPort(),
                                 QStringLiteral("persist_idempotent_produce"),
                                 {topic, QStringLiteral("200"), QLatin1String(expectFirst)});
        };
        WARREN_VERIFY_CLIENT(produce("0"));
        WARREN_VERIFY_CLIENT(produce("200"));
        QVERIFY2(m_broker.restart(), qPrintable(m_broker.errorString()));
        QCOMPARE(m_broker.lastExitCode(), 0);
        WARREN_VERIFY_CLIENT(produce("400"));
        WARREN_VERIFY_CLIENT(produce("600"));
        QCOMPARE(countWithKcat(topic), 800);
    }

    void liveIdempotentProducerContinuesAcrossRestart()
    {
        // The producer only knows its bootstrap address, so the broker must come
        // back on the same Kafka port: pick a free one and pin it.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        m_broker.setExtraArguments({QStringLiteral("--kafka-port"), QString::number(port)});
        QVERIFY2(m_broker.restart(), qPrintable(m_broker.errorString()));
        QCOMPARE(m_broker.kafkaPort(), port);

        const QString topic = uniqueName("persist-live");
        QTemporaryDir flags;
        QVERIFY(flags.isValid());
        QProcess client;
        client.setProcessEnvironment(pythonEnv());
        client.setProcessChannelMode(QProcess::MergedChannels);
        client.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-B"), scriptDir() + QStringLiteral("/confluent_cases.py"),
                      m_broker.kafkaHostPort(), QStringLiteral("live_idempotent_across_restart"), topic,
                      flags.path()});
        QVERIFY(client.waitForStarted(10000));
        auto finishClient = qScopeGuard([&] {
            if (client.state() != QProcess::NotRunning) {
                client.kill();
                client.waitForFinished(5000);
            }
        });
        QDeadlineTimer ready(60000);
        while (!QFile::exists(flags.filePath(QStringLiteral("ready"))) && !ready.hasExpired()
               && client.state() != QProcess::NotRunning)
            client.waitForFinished(100);
        QVERIFY2(QFile::exists(flags.filePath(QStringLiteral("ready"))),
                 qPrintable(QString::fromUtf8(client.readAll())));

        QVERIFY2(m_broker.restart(), qPrintable(m_broker.errorString()));
        QCOMPARE(m_broker.lastExitCode(), 0);
        QCOMPARE(m_broker.kafkaPort(), port);
        QFile go(flags.filePath(QStringLiteral("go")));
        QVERIFY(go.open(QIODevice::WriteOnly));
        go.close();

        QVERIFY2(client.waitForFinished(90000), "the producer did not finish within 90 s");
        const QByteArray output = client.readAll();
        QVERIFY2(client.exitStatus() == QProcess::NormalExit && client.exitCode() == 0, output.constData());
        QCOMPARE(countWithKcat(topic), 200);

        m_broker.setExtraArguments({}); // later restarts: any port again
    }

    void secondRestartKeepsEverything()
    {
        // A restart of a broker that was itself recovered from disk.
        const QString topic = uniqueName("persist2");
        const QString group = uniqueName("g-persist2");
        const QStringList counts{QStringLiteral("300"), QStringLiteral("300")};
        WARREN_VERIFY_CLIENT(runPythonCase("confluent_cases.py", m_broker.kafkaHostPort(),
                                           QStringLiteral("persist_produce_and_commit"),
                                           QStringList{topic, group} + counts));
        QVERIFY2(m_broker.restart(), qPrintable(m_broker.errorString()));
        QCOMPARE(m_broker.lastExitCode(), 0);
        QCOMPARE(countWithKcat(topic), 300);
        // Everything was committed: the group resumes at the end and gets nothing old.
        WARREN_VERIFY_CLIENT(runPythonCase("confluent_cases.py", m_broker.kafkaHostPort(),
                                           QStringLiteral("persist_resume"), QStringList{topic, group} + counts));
    }
};

QTEST_GUILESS_MAIN(InteropKafkaRestart)
#include "tst_interop_kafka_restart.moc"
