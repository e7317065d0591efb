// amqplib (npm, pinned in tests/interop/node/package-lock.json) driving the
// broker through amqplib_case.js. Needs `npm ci --prefix tests/interop/node`
// to have been run; nothing is installed at configure or test time.

#include "broker_under_test.h"
#include "client_runner.h"

#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

class InteropAmqplib : public QObject
{
    Q_OBJECT

private:
    BrokerUnderTest m_broker;
    QString m_node;
    QString m_nodeDir;

    void runCase(const char *caseName)
    {
        WARREN_VERIFY_CLIENT(runClient(m_node,
                                       {m_nodeDir + QStringLiteral("/amqplib_case.js"),
                                        m_broker.host(), QString::number(m_broker.amqpPort()),
                                        QLatin1String(caseName)},
                                       90000, QProcessEnvironment::systemEnvironment(),
                                       m_nodeDir));
    }

private slots:
    void initTestCase()
    {
        m_nodeDir = BrokerUnderTest::sourceDir() + QStringLiteral("/tests/interop/node");
        m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (m_node.isEmpty())
            WARREN_REQUIRE_CLIENT("node is not on PATH (Node.js 20 + npm are needed for amqplib)");
        if (!QFileInfo::exists(m_nodeDir + QStringLiteral("/node_modules/amqplib/package.json")))
            WARREN_REQUIRE_CLIENT(QStringLiteral("amqplib is not installed in %1/node_modules; run "
                                                 "`npm ci --prefix tests/interop/node` first")
                                      .arg(m_nodeDir));
        QVERIFY2(m_broker.start(), qPrintable(m_broker.errorString()));
    }
    void init() { m_broker.markLog(); }
    void cleanup() { m_broker.reportIfTestFailed(); }

    void confirmChannelPublishesAreConsumedAndAcked() { runCase("confirm_channel_publish_consume_ack"); }
    void maxPriorityAsByteArgumentIsAcceptedAndRedeclarable() { runCase("max_priority_argument_accepted_and_redeclarable"); }
    void prefetchTwoDeliversOnlyTwoUntilAcked() { runCase("prefetch_limits_unacked"); }
    void nackWithRequeueRedeliversFlagged() { runCase("nack_requeue_redelivers_flagged"); }
    void typedHeadersAndPropertiesRoundTrip() { runCase("headers_round_trip"); }
    void deadLetterCarriesXDeath() { runCase("dead_letter_x_death_fields"); }
    void ttlPriorityAndRejectPublish() { runCase("ttl_and_priority_and_overflow"); }
    void alternateExchangeAndSingleActiveConsumer() { runCase("alternate_exchange_and_single_active_consumer"); }
    void prioritiesLengthLimitAndConsumerPriority() { runCase("priorities_and_limits"); }
    void delayedMessagesAndDirectReplyTo() { runCase("delayed_and_reply_to"); }
    void deduplicationAndDeliveryLimit() { runCase("deduplication_and_delivery_limit"); }
    void streamConsumersStartAtEachOffsetSpec() { runCase("stream_consumers_at_each_offset_spec"); }
    void streamRefusesGetAutoAckAndAMissingPrefetch() { runCase("stream_refuses_get_auto_ack_and_missing_prefetch"); }
};

QTEST_GUILESS_MAIN(InteropAmqplib)
#include "tst_interop_amqplib.moc"
