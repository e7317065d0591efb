// Clients SIGKILLed mid-frame: 200 times a child process sends half a
// basic.publish (content header, part of the body; four ways of stopping
// short) and half a Kafka Produce request, then is killed
// (clients/killed_clients.py). The broker must drop both sessions at once,
// store nothing partial (queue empty, high watermark unmoved), keep serving
// pika and confluent-kafka, and its resident memory must not grow by more
// than 2 MiB between cycle 20 and cycle 200.

#include "hardening_test.h"

#include <QtTest>

using namespace warren::hardening;

class TestHardeningKilledClients : public QObject {
    Q_OBJECT

private:
    BrokerUnderTest m_broker;

private slots:
    void initTestCase() { WARREN_HARDENING_START(m_broker, QStringList()); }
    void init() { m_broker.markLog(); }
    void cleanup() { m_broker.reportIfTestFailed(); }

    void clientsKilledMidFrameLeaveNoSessionNoMessageNoGrowth()
    {
        runScriptExpecting(m_broker, QStringLiteral("killed_clients.py"),
                           {QStringLiteral("200"), QString::number(2 * 1024)}, 240000, "nothing partial stored");
    }
};

QTEST_GUILESS_MAIN(TestHardeningKilledClients)
#include "tst_hardening_killed_clients.moc"
