// python3-kafka (kafka-python 2.0.2) driving the broker's Kafka listener through
// kafka_python_cases.py. Every client here bootstraps with kafka-python's
// pipelined ApiVersions v0 + Metadata v0 probe (no api_version is configured).

#include "kafka_interop.h"

using namespace kafka_interop;

class InteropKafkaPython : public QObject
{
    Q_OBJECT

private:
    BrokerUnderTest m_broker;

    void runCase(const char *caseName)
    {
        WARREN_VERIFY_CLIENT(runPythonCase("kafka_python_cases.py", m_broker.kafkaHostPort(),
                                           QLatin1String(caseName)));
    }

private slots:
    void initTestCase()
    {
        if (!pythonHas("kafka"))
            WARREN_REQUIRE_CLIENT("python3-kafka is not importable by /usr/bin/python3 "
                                  "(apt-get install python3-kafka)");
        m_broker.setNeedsKafka(true);
        QVERIFY2(m_broker.start(), qPrintable(m_broker.errorString()));
    }
    void init() { m_broker.markLog(); }
    void cleanup() { m_broker.reportIfTestFailed(); }

    void pipelinedBootstrapProbeInfersModernBroker() { runCase("bootstrap_probe_infers_modern_broker"); }
    void adminCreatesTopic() { runCase("admin_create_topic"); }
    void produceConsumeCommitAndResume() { runCase("produce_consume_commit"); }
};

QTEST_GUILESS_MAIN(InteropKafkaPython)
#include "tst_interop_kafka_python.moc"
