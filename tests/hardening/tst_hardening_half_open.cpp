// Half-open connections (clients/half_open.py): peers still connected but
// gone.
// - AMQP: a consumer with heartbeat 1 s that neither reads nor writes while
//   2,000 x 16 KiB are published to its queue must be dropped about 2 s
//   after its last frame (two missed heartbeats, RabbitMQ's rule) although
//   the broker still holds unsent deliveries for it, and those go back to
//   the queue. (A silent peer with nothing pending:
//   tests/app/tst_app_live_broker.)
// - Kafka: a group member frozen with SIGSTOP (sockets open, no heartbeats)
//   must be evicted after session.timeout.ms (6 s) — not before — and the
//   other member must get its partition.

#include "hardening_test.h"

#include <QtTest>

using namespace warren::hardening;

class TestHardeningHalfOpen : public QObject {
    Q_OBJECT

private:
    BrokerUnderTest m_broker;

    void run(const QString &which)
    {
        runScriptExpecting(m_broker, QStringLiteral("half_open.py"), {which}, 90000, "half-open peer: handled");
    }

private slots:
    void initTestCase() { WARREN_HARDENING_START(m_broker, QStringList()); }
    void init() { m_broker.markLog(); }
    void cleanup() { m_broker.reportIfTestFailed(); }

    void amqpPeerSilentWithUnsentDeliveriesIsDroppedAfterTwoHeartbeats() { run(QStringLiteral("amqp")); }
    void kafkaMemberFrozenWithOpenSocketsIsEvictedAfterSessionTimeout() { run(QStringLiteral("kafka")); }
};

QTEST_GUILESS_MAIN(TestHardeningHalfOpen)
#include "tst_hardening_half_open.moc"
