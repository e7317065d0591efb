// Limits and flow control (issue 7) with real clients.
//
// Limits: each case starts its own warren with the flag it tests
// (--max-message-size, --max-queues, --max-connections, --max-topics,
// --kafka-max-message-bytes) and runs limits.py (pika, confluent-kafka).
//
// Flow control: a BrokerServer in this process, so the test can raise and
// clear the memory alarm through the command API
// (BrokerCommands::setResourceLimitNow, as `rabbitmqctl
// set_vm_memory_high_watermark`): amqp_flow.py (pika) sees connection.blocked
// and unblocked and gets every message exactly once; kafka_flow.py
// (confluent-kafka) is throttled (throttle_time_ms, a muted connection) and
// loses nothing. The alarm shows in the snapshot and the event log.

#include "broker_under_test.h"
#include "client_runner.h"
#include "in_process_broker.h"

#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace warren;
using namespace warren::monitortest;

class InteropLimits : public QObject {
    Q_OBJECT

private:
    static QString script(const char *name)
    {
        return BrokerUnderTest::sourceDir() + QStringLiteral("/tests/interop/limits/") + QLatin1String(name);
    }

    /// Starts a warren with `args` and runs one case of limits.py against it.
    void runLimitsCase(const QStringList &args, const QString &caseName, QByteArray *brokerLog = nullptr)
    {
        BrokerUnderTest broker;
        if (broker.isExternal())
            QSKIP("needs its own warren (started with the limit under test)");
        broker.setNeedsKafka(true);
        broker.setExtraArguments(args);
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
        const ClientResult r = runClient(python(),
                                         {script("limits.py"), broker.host(), QString::number(broker.amqpPort()),
                                          QString::number(broker.kafkaPort()), caseName},
                                         120000, env);
        if (!r.succeeded())
            qWarning("broker log:\n%s", broker.stderrLog().right(4000).constData());
        WARREN_VERIFY_CLIENT(r);
        if (brokerLog)
            *brokerLog = broker.stderrLog();
    }

    /// Sets the memory high watermark through the command API.
    static bool setWatermark(net::BrokerServer &server, const QString &value)
    {
        api::ResourceLimitChange change;
        change.kind = api::ResourceLimitChange::Kind::MemoryHighWatermark;
        change.value = value;
        return server.commands()->setResourceLimitNow(change).ok;
    }

private slots:
    void initTestCase()
    {
        if (!pythonHas(QStringLiteral("pika")) || !pythonHas(QStringLiteral("confluent_kafka")))
            WARREN_REQUIRE_CLIENT("python3-pika and python3-confluent-kafka are needed (apt-get install "
                                  "python3-pika python3-confluent-kafka)");
    }

    void amqpMessageOverMaxMessageSizeClosesTheChannelWith406()
    {
        runLimitsCase({QStringLiteral("--max-message-size"), QStringLiteral("1000")}, QStringLiteral("message_size"));
    }

    void amqpNewQueuePastMaxQueuesIsRefusedWith406()
    {
        runLimitsCase({QStringLiteral("--max-queues"), QStringLiteral("3")}, QStringLiteral("max_queues"));
    }

    void maxConnectionsRefusesAmqpAtOpenAndKafkaAtAccept()
    {
        QByteArray log;
        runLimitsCase({QStringLiteral("--max-connections"), QStringLiteral("2")}, QStringLiteral("max_connections"),
                      &log);
        QVERIFY2(log.contains("refused: connection limit (2) is reached"), log.right(3000).constData());
    }

    void kafkaTopicsPastMaxTopicsArePolicyViolationsAndNotAutoCreated()
    {
        runLimitsCase({QStringLiteral("--max-topics"), QStringLiteral("2")}, QStringLiteral("max_topics"));
    }

    void kafkaBatchOverMaxMessageBytesIsMessageTooLarge()
    {
        runLimitsCase({QStringLiteral("--kafka-max-message-bytes"), QStringLiteral("10000")},
                      QStringLiteral("message_too_large"));
    }

    void kafkaRequestOverMaxRequestBytesClosesTheConnection()
    {
        QByteArray log;
        runLimitsCase({QStringLiteral("--kafka-max-request-bytes"), QStringLiteral("65536")},
                      QStringLiteral("request_too_large"), &log);
        QVERIFY2(log.contains("bytes exceeds the limit of 65536"), log.right(3000).constData());
    }

    void blockedPublisherThatKeepsSendingIsNotRead()
    {
        QString error;
        auto server = startBroker(&error);
        QVERIFY2(server, qPrintable(error));
        ClientProcess client;
        client.start({script("amqp_flood.py"), QStringLiteral("127.0.0.1"), QString::number(server->amqpPort())});
        QVERIFY2(waitFor([&] { return client.printed("ready") || client.finished(); }, 30000), qPrintable(client.describe()));
        QVERIFY2(client.printed("ready"), qPrintable(client.describe()));
        const quint64 rssBefore = model::processResidentMemory();
        QVERIFY(setWatermark(*server, QStringLiteral("1")));
        QVERIFY(waitFor([&] { return server->broker().alarms().memoryAlarm(); }, 5000));
        client.process().write("go\n");
        QVERIFY2(waitFor([&] { return client.printed("flooding") || client.finished(); }, 30000),
                 qPrintable(client.describe()));
        QVERIFY2(client.printed("flooding"), qPrintable(client.describe()));
        // 64 MiB were sent at the broker; it read about one message's worth.
        auto snap = server->snapshot();
        QCOMPARE(snap->alarms.blockedConnections, 1);
        quint64 bytesIn = 0;
        for (const auto &c : snap->connections)
            bytesIn = std::max(bytesIn, c.bytesIn);
        QVERIFY2(bytesIn < (4u << 20), qPrintable(QStringLiteral("the broker read %1 bytes").arg(bytesIn)));
        const quint64 rssDuring = model::processResidentMemory();
        QVERIFY2(rssDuring < rssBefore + (32u << 20),
                 qPrintable(QStringLiteral("RSS %1 -> %2").arg(rssBefore).arg(rssDuring)));
        qInfo("blocked flood: broker read %llu bytes of 64 MiB; RSS %llu -> %llu KiB", bytesIn, rssBefore >> 10,
              rssDuring >> 10);

        QVERIFY(setWatermark(*server, QStringLiteral("0.4")));
        QVERIFY(waitFor([&] { return !server->broker().alarms().memoryAlarm(); }, 5000));
        client.process().write("go\n");
        QVERIFY2(waitFor([&] { return client.finished(); }, 90000), qPrintable(client.describe()));
        QVERIFY2(client.process().exitCode() == 0 && client.printed("delivered 64"), qPrintable(client.describe()));
    }

    void blockedPublisherThatDiesIsCleanedUpOnceTheAlarmClears()
    {
        QString error;
        auto server = startBroker(&error);
        QVERIFY2(server, qPrintable(error));
        ClientProcess client;
        client.start({script("amqp_flood.py"), QStringLiteral("127.0.0.1"), QString::number(server->amqpPort())});
        QVERIFY2(waitFor([&] { return client.printed("ready") || client.finished(); }, 30000), qPrintable(client.describe()));
        QVERIFY(setWatermark(*server, QStringLiteral("1")));
        QVERIFY(waitFor([&] { return server->broker().alarms().memoryAlarm(); }, 5000));
        client.process().write("go\n");
        QVERIFY2(waitFor([&] { return client.printed("flooding") || client.finished(); }, 30000),
                 qPrintable(client.describe()));
        QCOMPARE(server->snapshot()->alarms.blockedConnections, 1);
        client.process().kill(); // mid-message, with megabytes in flight
        QVERIFY(client.process().waitForFinished(5000));
        QVERIFY(setWatermark(*server, QStringLiteral("0.4")));
        // Read again, the socket's end is seen: the connection goes, the broker serves on.
        QVERIFY(waitFor([&] { return server->snapshot()->connections.empty() && server->liveSessions() == 0; }, 10000));
        ClientProcess next;
        next.start({script("amqp_flood.py"), QStringLiteral("127.0.0.1"), QString::number(server->amqpPort())});
        QVERIFY2(waitFor([&] { return next.printed("ready") || next.finished(); }, 30000), qPrintable(next.describe()));
        QVERIFY2(next.printed("ready"), qPrintable(next.describe()));
    }

    void pikaPublisherIsBlockedDuringAMemoryAlarmAndLosesNothing()
    {
        QString error;
        auto server = startBroker(&error);
        QVERIFY2(server, qPrintable(error));
        ClientProcess client;
        client.start({script("amqp_flow.py"), QStringLiteral("127.0.0.1"), QString::number(server->amqpPort())});
        QVERIFY2(waitFor([&] { return client.printed("ready") || client.finished(); }, 30000), qPrintable(client.describe()));
        QVERIFY2(client.printed("ready"), qPrintable(client.describe()));

        QVERIFY(setWatermark(*server, QStringLiteral("1"))); // 1 byte: the alarm goes off at the next tick
        QVERIFY(waitFor([&] { return server->broker().alarms().memoryAlarm(); }, 5000));
        client.process().write("go\n");
        QVERIFY2(waitFor([&] { return client.printed("blocked-verified") || client.finished(); }, 30000),
                 qPrintable(client.describe()));
        QVERIFY2(client.printed("blocked low on memory"), qPrintable(client.describe()));
        // Shown to the monitor: the alarm, the figures, the blocked connection, the event.
        auto snap = server->snapshot();
        QVERIFY(snap->alarms.memoryAlarm);
        QCOMPARE(snap->alarms.memoryHighWatermarkBytes, quint64(1));
        QVERIFY(snap->alarms.memoryUsedBytes > 1);
        QCOMPARE(snap->alarms.blockedConnections, 1);
        QVERIFY(anyContains(eventTexts(*server), QStringLiteral("memory resource limit alarm set")));

        QVERIFY(setWatermark(*server, QStringLiteral("0.4")));
        QVERIFY(waitFor([&] { return !server->broker().alarms().memoryAlarm(); }, 5000));
        client.process().write("go\n");
        QVERIFY2(waitFor([&] { return client.finished(); }, 60000), qPrintable(client.describe()));
        QVERIFY2(client.process().exitCode() == 0 && client.printed("delivered 10"), qPrintable(client.describe()));
        QVERIFY(anyContains(eventTexts(*server), QStringLiteral("memory resource limit alarm cleared")));
        QCOMPARE(server->snapshot()->alarms.blockedConnections, 0);
    }

    void amqplibGetsBlockedAndUnblockedEvents()
    {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        const QString modules = BrokerUnderTest::sourceDir() + QStringLiteral("/tests/interop/node/node_modules");
        if (node.isEmpty() || !QFileInfo::exists(modules + QStringLiteral("/amqplib")))
            WARREN_REQUIRE_CLIENT("node and amqplib are needed (npm ci --prefix tests/interop/node)");
        QString error;
        auto server = startBroker(&error);
        QVERIFY2(server, qPrintable(error));
        QProcess client;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NODE_PATH"), modules);
        client.setProcessEnvironment(env);
        QByteArray out;
        connect(&client, &QProcess::readyReadStandardOutput, this, [&] { out += client.readAllStandardOutput(); });
        client.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        client.start(node, {script("amqplib_flow.js"), QStringLiteral("127.0.0.1"), QString::number(server->amqpPort())});
        const auto finished = [&] { return client.state() == QProcess::NotRunning; };
        QVERIFY2(waitFor([&] { return out.contains("ready") || finished(); }, 30000), out.constData());
        QVERIFY(setWatermark(*server, QStringLiteral("1")));
        QVERIFY(waitFor([&] { return server->broker().alarms().memoryAlarm(); }, 5000));
        client.write("go\n");
        QVERIFY2(waitFor([&] { return out.contains("blocked ") || finished(); }, 30000), out.constData());
        QVERIFY2(out.contains("blocked low on memory"), out.constData());
        QVERIFY(setWatermark(*server, QStringLiteral("0.4")));
        QVERIFY(waitFor([&] { return !server->broker().alarms().memoryAlarm(); }, 5000));
        client.write("go\n");
        QVERIFY2(waitFor(finished, 60000), out.constData());
        QVERIFY2(client.exitCode() == 0 && out.contains("delivered 5"), out.constData());
    }

    void kafkaProduceIsThrottledDuringAMemoryAlarmAndLosesNothing()
    {
        QString error;
        auto server = startBroker(&error);
        QVERIFY2(server, qPrintable(error));
        QVERIFY(setWatermark(*server, QStringLiteral("1")));
        QVERIFY(waitFor([&] { return server->broker().alarms().memoryAlarm(); }, 5000));
        ClientProcess client;
        client.start({script("kafka_flow.py"), QStringLiteral("127.0.0.1:%1").arg(server->kafkaPort())});
        QVERIFY2(waitFor([&] { return client.finished(); }, 90000), qPrintable(client.describe()));
        QVERIFY2(client.process().exitCode() == 0 && client.printed("delivered 3"), qPrintable(client.describe()));
        QVERIFY2(client.printed("throttle 1000"), qPrintable(client.describe()));
        qInfo("kafka_flow.py: %s", client.out().simplified().constData());
        QVERIFY(setWatermark(*server, QStringLiteral("0.4")));
    }

    void diskAlarmIsJudgedOnTheDataDirectory()
    {
        QTemporaryDir dir;
        net::ServerConfig config;
        config.amqpPort = 0;
        config.kafkaPort = 0;
        config.workerThreads = 2;
        config.snapshotIntervalMs = 100;
        config.dataDir = dir.filePath(QStringLiteral("data"));
        net::BrokerServer server(config);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QVERIFY(waitFor([&] { return server.snapshot()->alarms.diskMonitored; }, 2000));
        QVERIFY(!server.broker().alarms().diskAlarm());
        QVERIFY(server.snapshot()->alarms.diskFreeBytes > 0);
        api::ResourceLimitChange disk;
        disk.kind = api::ResourceLimitChange::Kind::DiskFreeLimit;
        disk.value = QStringLiteral("1000000TB"); // more than any disk has free
        QVERIFY(server.commands()->setResourceLimitNow(disk).ok);
        QVERIFY(waitFor([&] { return server.broker().alarms().diskAlarm(); }, 5000));
        QVERIFY(server.broker().alarms().publishersBlocked());
        QVERIFY(anyContains(eventTexts(server), QStringLiteral("disk resource limit alarm set")));
        disk.value = QStringLiteral("50MB");
        QVERIFY(server.commands()->setResourceLimitNow(disk).ok);
        QVERIFY(waitFor([&] { return !server.broker().alarms().diskAlarm(); }, 5000));
        QVERIFY(anyContains(eventTexts(server), QStringLiteral("disk resource limit alarm cleared")));
        server.shutdown();
    }

    void invalidResourceLimitsAreRefused()
    {
        QString error;
        auto server = startBroker(&error);
        QVERIFY2(server, qPrintable(error));
        QVERIFY(!setWatermark(*server, QStringLiteral("1.5")));
        api::ResourceLimitChange disk;
        disk.kind = api::ResourceLimitChange::Kind::DiskFreeLimit;
        disk.value = QStringLiteral("lots");
        QVERIFY(!server->commands()->setResourceLimitNow(disk).ok);
        disk.value = QStringLiteral("1GB");
        QVERIFY(server->commands()->setResourceLimitNow(disk).ok);
        QCOMPARE(server->broker().alarms().diskFreeLimit(), quint64(1000000000));
        // In memory: no data directory, so the disk is not watched and never alarms.
        QVERIFY(waitFor([&] { return !server->snapshot()->alarms.diskMonitored; }, 2000));
        QVERIFY(!server->broker().alarms().diskAlarm());
    }
};

QTEST_MAIN(InteropLimits)
#include "tst_interop_limits.moc"
