// librabbitmq (rabbitmq-c 0.11) driving the broker through rmq_client.c,
// which CMake builds next to this test (path baked in as WARREN_RMQ_CLIENT).

#include "broker_under_test.h"
#include "client_runner.h"

#include <QFileInfo>
#include <QTest>

class InteropLibrabbitmq : public QObject
{
    Q_OBJECT

private:
    BrokerUnderTest m_broker;

    void runCase(const char *caseName)
    {
        WARREN_VERIFY_CLIENT(runClient(QStringLiteral(WARREN_RMQ_CLIENT),
                                       {m_broker.host(), QString::number(m_broker.amqpPort()),
                                        QLatin1String(caseName)},
                                       90000));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(QStringLiteral(WARREN_RMQ_CLIENT)).isExecutable(), WARREN_RMQ_CLIENT);
        QVERIFY2(m_broker.start(), qPrintable(m_broker.errorString()));
    }
    void init() { m_broker.markLog(); }
    void cleanup() { m_broker.reportIfTestFailed(); }

    // topic exchange + queue + bind, 1000 confirmed publishes (plus one mandatory
    // unroutable: basic.return before its ack), consume all in order with manual
    // multiple acks, basic.get / get-empty, delete, clean close.
    void thousandConfirmedMessagesAreConsumedInOrder() { runCase("confirms_consume_get"); }
    void bodyLargerThanFrameMaxRoundTripsAcrossBodyFrames() { runCase("large_message_spans_frames"); }
    void wrongPasswordGetsConnectionClose403() { runCase("wrong_password_is_refused"); }
};

QTEST_GUILESS_MAIN(InteropLibrabbitmq)
#include "tst_interop_librabbitmq.moc"
