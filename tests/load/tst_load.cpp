// Load (issue 7): real clients in numbers against one warren process —
// 1,000 AMQP connections publishing with confirms and consuming with acks,
// 10,000 queues with bindings, 100 Kafka producers with acks=all — and every
// message accounted for (tests/interop/node/load_case.js holds the clients
// and prints the figures). The broker's peak memory is reported after each.

#include "broker_under_test.h"
#include "client_runner.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

class LoadTest : public QObject
{
    Q_OBJECT

private:
    BrokerUnderTest m_broker;
    QString m_node;
    QString m_nodeDir;

    void runCase(const char *caseName)
    {
        // 1,000 sockets in one client process: take the hard open-file limit
        // (the broker raises its own at start).
        const QString command = QStringLiteral("ulimit -n \"$(ulimit -Hn)\" 2>/dev/null; exec \"$0\" \"$@\"");
        const ClientResult r = runClient(QStringLiteral("/bin/sh"),
                                         {QStringLiteral("-c"), command, m_node,
                                          m_nodeDir + QStringLiteral("/load_case.js"),
                                          QString::number(m_broker.amqpPort()), QString::number(m_broker.kafkaPort()),
                                          QLatin1String(caseName)},
                                         270000, QProcessEnvironment::systemEnvironment(), m_nodeDir);
        WARREN_VERIFY_CLIENT(r);
        qInfo("%s", r.stdOut.trimmed().constData());
        qInfo("broker peak RSS so far: %s", qPrintable(peakRss()));
    }

    QString peakRss() const
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(m_broker.pid()));
        if (!status.open(QIODevice::ReadOnly))
            return QStringLiteral("?");
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                return QString::fromLatin1(line.mid(6).trimmed());
        return QStringLiteral("?");
    }

private slots:
    void initTestCase()
    {
        m_nodeDir = BrokerUnderTest::sourceDir() + QStringLiteral("/tests/interop/node");
        m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (m_node.isEmpty())
            WARREN_REQUIRE_CLIENT("node is not on PATH (Node.js 20 + npm are needed for amqplib and kafkajs)");
        if (!QFileInfo::exists(m_nodeDir + QStringLiteral("/node_modules/kafkajs/package.json")))
            WARREN_REQUIRE_CLIENT(QStringLiteral("amqplib/kafkajs are not installed in %1/node_modules; run "
                                                 "`npm ci --prefix tests/interop/node` first")
                                      .arg(m_nodeDir));
        QVERIFY2(m_broker.start(), qPrintable(m_broker.errorString()));
    }
    void init() { m_broker.markLog(); }
    void cleanup() { m_broker.reportIfTestFailed(); }

    void thousandAmqpConnectionsPublishAndConsumeEverything() { runCase("amqp_connections"); }
    void tenThousandQueuesWithBindingsEachGetTheirMessage() { runCase("queues_10000"); }
    void hundredKafkaProducersLoseNothing() { runCase("kafka_producers"); }
};

QTEST_GUILESS_MAIN(LoadTest)
#include "tst_load.moc"
