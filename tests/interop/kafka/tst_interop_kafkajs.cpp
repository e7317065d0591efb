// KafkaJS (npm, pinned in tests/interop/node/package-lock.json) driving the
// broker's Kafka listener through tests/interop/node/kafkajs_case.js. Needs
// `npm ci --prefix tests/interop/node`; nothing is installed at test time.

#include "kafka_interop.h"

class InteropKafkaJs : public QObject
{
    Q_OBJECT

private:
    BrokerUnderTest m_broker;
    QString m_node;
    QString m_nodeDir;

    void runCase(const char *caseName)
    {
        WARREN_VERIFY_CLIENT(runClient(m_node,
                                       {m_nodeDir + QStringLiteral("/kafkajs_case.js"), m_broker.host(),
                                        QString::number(m_broker.kafkaPort()), QLatin1String(caseName)},
                                       90000, QProcessEnvironment::systemEnvironment(), m_nodeDir));
    }

private slots:
    void initTestCase()
    {
        m_nodeDir = BrokerUnderTest::sourceDir() + QStringLiteral("/tests/interop/node");
        m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (m_node.isEmpty())
            WARREN_REQUIRE_CLIENT("node is not on PATH (Node.js 20 + npm are needed for KafkaJS)");
        if (!QFileInfo::exists(m_nodeDir + QStringLiteral("/node_modules/kafkajs/package.json")))
            WARREN_REQUIRE_CLIENT(QStringLiteral("kafkajs is not installed in %1/node_modules; run "
                                                 "`npm ci --prefix tests/interop/node` first")
                                      .arg(m_nodeDir));
        m_broker.setNeedsKafka(true);
        QVERIFY2(m_broker.start(), qPrintable(m_broker.errorString()));
    }
    void init() { m_broker.markLog(); }
    void cleanup() { m_broker.reportIfTestFailed(); }

    void adminCreatesAndListsTopics() { runCase("admin_create_and_list_topics"); }
    void keyedProduceGroupConsumeCommitAndResume() { runCase("produce_keyed_consume_group_commit"); }
    void groupOfTwoSplitsAndRebalancesOnLeave() { runCase("group_of_two_rebalances_on_leave"); }
};

QTEST_GUILESS_MAIN(InteropKafkaJs)
#include "tst_interop_kafkajs.moc"
