// Slow consumers do not grow the broker's memory without bound
// (clients/slow_consumers.py):
// - AMQP: a raw consumer with prefetch 5000 stops reading while pika
//   publishes 500 MiB (16 KiB messages) to its queue; the broker's resident
//   memory must stay under 160 MiB (socket backpressure, queue paging), then
//   every message must reach the consumer exactly once (with the broker
//   under 256 MiB while it holds the consumer's 5000 unacked messages);
// - Kafka: a client pipelines 100 Fetch requests of 4 MiB (400 MiB of
//   responses) and reads nothing for 5 s; the broker must grow by less than
//   64 MiB (it reads no further request while a response is unsent), then
//   all 100 responses must arrive in order; the same with 100 long-poll
//   Fetches waiting on an empty topic when 40 MiB arrive (they must not all
//   complete into memory at once); and a client that sends requests for 5 s
//   without reading must get under 64 MiB into the broker (it stops reading
//   the socket) and be dropped when it goes. The broker is restarted first,
//   so the AMQP run's freed heap cannot hide the growth.

#include "hardening_test.h"

#include <QtTest>

using namespace warren::hardening;

class TestHardeningSlowConsumers : public QObject {
    Q_OBJECT

private:
    BrokerUnderTest m_broker;

    void run(const QString &which, int megabytes, int limitMib)
    {
        runScriptExpecting(m_broker, QStringLiteral("slow_consumers.py"),
                           {which, QString::number(megabytes), QString::number(limitMib)}, 150000,
                           "slow consumer: bounded");
    }

private slots:
    void initTestCase() { WARREN_HARDENING_START(m_broker, QStringList()); }
    void init() { m_broker.markLog(); }
    void cleanup() { m_broker.reportIfTestFailed(); }

    void amqpConsumerThatStopsReadingKeepsBrokerMemoryBounded() { run(QStringLiteral("amqp"), 500, 160); }
    void kafkaClientThatStopsReadingFetchesKeepsBrokerMemoryBounded()
    {
        QVERIFY2(m_broker.restart(), qPrintable(m_broker.errorString()));
        run(QStringLiteral("kafka"), 40, 64);
    }
};

QTEST_GUILESS_MAIN(TestHardeningSlowConsumers)
#include "tst_hardening_slow_consumers.moc"
