// Disk full and fsync failure under a running broker (issue 7), through the
// storage's fault-injection file system (storage::FaultInjectingFileSystem
// over the real one, ServerConfig::fileSystem): a pika publisher with
// confirms gets acks before the fault and nacks while writes fail with
// ENOSPC or fsyncs fail — never an ack for a message that is not on disk —
// and keeps its connection; the failure is reported (event log, the queue's
// storage error); a client on a memory-only queue is served throughout; and
// after a restart on the same data directory every acknowledged message is
// there. The same for a confluent-kafka producer with acks=all: records the
// broker could not write are refused (KAFKA_STORAGE_ERROR, the client gives
// up after message.timeout.ms), acknowledged ones are read back after the
// restart.

#include "in_process_broker.h"

#include "model/virtual_host.h"
#include "storage/fault_injecting_file_system.h"
#include "storage/posix_file_system.h"

#include <QTemporaryDir>
#include <QtTest>

#include <set>

using namespace warren;
using namespace warren::monitortest;
using Fault = storage::FaultInjectingFileSystem::WriteFault;

namespace {

struct Outcome {
    std::set<int> acked;
    std::set<int> nacked;
    bool stillOpen = false;
};

std::set<int> numbersAfter(const QByteArray &out, const QByteArray &label)
{
    std::set<int> numbers;
    for (const QByteArray &line : out.split('\n'))
        if (line.startsWith(label + ' '))
            for (const QByteArray &n : line.mid(label.size() + 1).split(','))
                if (!n.trimmed().isEmpty())
                    numbers.insert(n.trimmed().toInt());
    return numbers;
}

} // namespace

class TestBrokerStorageFaults : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    storage::PosixFileSystem m_posix;
    storage::FaultInjectingFileSystem m_faults{m_posix};
    std::unique_ptr<net::BrokerServer> m_server;

    std::unique_ptr<net::BrokerServer> start(storage::FileSystem *fs)
    {
        net::ServerConfig config;
        config.amqpPort = 0;
        config.kafkaPort = 0;
        config.workerThreads = 2;
        config.snapshotIntervalMs = 100;
        config.dataDir = m_dir.filePath(QStringLiteral("data"));
        config.fileSystem = fs;
        auto server = std::make_unique<net::BrokerServer>(config);
        QString error;
        if (!server->start(&error))
            qFatal("broker did not start: %s", qPrintable(error));
        return server;
    }

    Outcome publish(const QString &queue, int first, int count)
    {
        ClientProcess client;
        client.start({script(QStringLiteral("monitor"), QStringLiteral("confirm_batch.py")), QStringLiteral("127.0.0.1"),
                      QString::number(m_server->amqpPort()), queue, QStringLiteral("publish"), QString::number(first),
                      QString::number(count)});
        if (!waitFor([&] { return client.finished(); }, 60000))
            qWarning("publisher timed out: %s", qPrintable(client.describe()));
        Outcome o;
        o.acked = numbersAfter(client.out(), "acked");
        o.nacked = numbersAfter(client.out(), "nacked");
        o.stillOpen = client.printed("open");
        if (!o.stillOpen)
            qWarning("%s", qPrintable(client.describe()));
        return o;
    }

    std::vector<int> drain(const QString &queue)
    {
        ClientProcess client;
        client.start({script(QStringLiteral("monitor"), QStringLiteral("confirm_batch.py")), QStringLiteral("127.0.0.1"),
                      QString::number(m_server->amqpPort()), queue, QStringLiteral("drain")});
        if (!waitFor([&] { return client.finished(); }, 60000) || !client.printed("drained"))
            qWarning("drain failed: %s", qPrintable(client.describe()));
        const std::set<int> s = numbersAfter(client.out(), "drained");
        return {s.begin(), s.end()};
    }

    /// Runs kafka_fault_batch.py; returns the numbers after `label`.
    std::set<int> kafka(const QStringList &args, const QByteArray &label)
    {
        ClientProcess client;
        client.start(QStringList{script(QStringLiteral("monitor"), QStringLiteral("kafka_fault_batch.py")),
                                 QStringLiteral("127.0.0.1:%1").arg(m_server->kafkaPort())}
                     + args);
        if (!waitFor([&] { return client.finished(); }, 90000) || !client.printed(label))
            qWarning("kafka client: %s", qPrintable(client.describe()));
        return numbersAfter(client.out(), label);
    }

    QString queueStorageError(const QString &queue)
    {
        const auto snap = m_server->snapshot();
        for (const auto &q : snap->queues)
            if (q.name == queue)
                return q.storageError;
        return {};
    }

private slots:
    void initTestCase()
    {
        if (!pythonHas(QStringLiteral("pika")))
            WARREN_REQUIRE_CLIENT("python3-pika is not importable by /usr/bin/python3 (apt-get install python3-pika)");
        QVERIFY(m_dir.isValid());
    }

    void acknowledgedMessagesSurviveDiskFullAndFsyncFailure()
    {
        m_server = start(&m_faults);
        const QString queue = QStringLiteral("faulty");

        // Before any fault: everything is acknowledged.
        const Outcome before = publish(queue, 0, 100);
        QCOMPARE(before.acked.size(), std::size_t(100));
        QVERIFY(before.stillOpen);

        // Disk full: the queue's writes fail with ENOSPC.
        m_faults.failWritesAfter(0, Fault::NoSpace, "amqp");
        const Outcome full = publish(queue, 100, 50);
        QVERIFY2(full.stillOpen, "the publisher's connection must survive a storage failure");
        QCOMPARE(full.acked.size() + full.nacked.size(), std::size_t(50));
        QVERIFY2(full.nacked.size() >= 49, qPrintable(QStringLiteral("%1 nacked").arg(full.nacked.size())));
        QTRY_VERIFY_WITH_TIMEOUT(!queueStorageError(queue).isEmpty(), 5000);
        QVERIFY(anyContains(eventTexts(*m_server), QStringLiteral("faulty")));

        // The broker keeps serving: a memory-only queue works meanwhile.
        QVERIFY(bool(m_server->broker().defaultVhost().declareQueue("in-memory", model::QueueOptions{}, false,
                                                                      ConnectionId{})));
        api::AmqpPublishRequest transient;
        transient.routingKey = QStringLiteral("in-memory");
        transient.body = "still served";
        QCOMPARE(m_server->commands()->publishNow(transient).routedQueues, 1);

        // Failing fsyncs (writes succeed): still no acknowledgement without durability.
        m_faults.clearFaults();
        m_faults.failSyncs(1'000'000, "amqp");
        const Outcome noSync = publish(QStringLiteral("faulty-sync"), 1000, 50);
        QVERIFY(noSync.stillOpen);
        QCOMPARE(noSync.acked.size() + noSync.nacked.size(), std::size_t(50));
        QVERIFY2(noSync.acked.empty(), "a message whose fsync failed was acknowledged");

        // Kafka: acks=all records before and during a disk-full fault.
        m_faults.clearFaults();
        const std::set<int> kafkaBefore =
            kafka({QStringLiteral("faulty-topic"), QStringLiteral("produce"), QStringLiteral("0"), QStringLiteral("50")},
                  "acked");
        QCOMPARE(kafkaBefore.size(), std::size_t(50));
        m_faults.failWritesAfter(0, Fault::NoSpace, "kafka");
        const std::set<int> kafkaFailed =
            kafka({QStringLiteral("faulty-topic"), QStringLiteral("produce"), QStringLiteral("50"), QStringLiteral("20")},
                  "failed");
        QVERIFY2(kafkaFailed.size() >= 19, qPrintable(QStringLiteral("%1 failed").arg(kafkaFailed.size())));

        // Restart on the same directory with a healthy disk: every
        // acknowledged message is there.
        m_faults.clearFaults();
        m_server->shutdown(5000);
        m_server = start(nullptr);
        const std::vector<int> found = drain(queue);
        for (int n : before.acked)
            QVERIFY2(std::find(found.begin(), found.end(), n) != found.end(),
                     qPrintable(QStringLiteral("acknowledged message %1 lost").arg(n)));
        for (int n : full.acked)
            QVERIFY2(std::find(found.begin(), found.end(), n) != found.end(),
                     qPrintable(QStringLiteral("acknowledged message %1 lost").arg(n)));
        const std::set<int> read = kafka({QStringLiteral("faulty-topic"), QStringLiteral("read")}, "read");
        for (int n : kafkaBefore)
            QVERIFY2(read.count(n), qPrintable(QStringLiteral("acknowledged record %1 lost").arg(n)));
        qInfo("Kafka: %zu acknowledged records read back, %zu refused during the fault", read.size(),
              kafkaFailed.size());
        qInfo("after restart: %zu messages in the queue; %zu acknowledged before the fault, %zu during it "
              "(%zu refused), %zu refused while fsync failed",
              found.size(), before.acked.size(), full.acked.size(), full.nacked.size(), noSync.nacked.size());
        m_server->shutdown(5000);
        m_server.reset();
    }
};

QTEST_MAIN(TestBrokerStorageFaults)
#include "tst_broker_storage_faults.moc"
