// python3-pika (BlockingConnection) driving the broker. Each test function runs
// one case of a script under tests/interop/pika/; the script holds the client
// logic and prints the reason when an expectation fails.

#include "broker_under_test.h"
#include "client_runner.h"

#include <QFileInfo>
#include <QTest>

class InteropPika : public QObject
{
    Q_OBJECT

private:
    BrokerUnderTest m_broker;

    void runCase(const char *script, const char *caseName)
    {
        const QString path = BrokerUnderTest::sourceDir() + QStringLiteral("/tests/interop/pika/")
            + QLatin1String(script);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
        env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
        // The script's own per-case limit is 60 s; this one only catches a wedged interpreter.
        WARREN_VERIFY_CLIENT(runClient(QStringLiteral("/usr/bin/python3"),
                                       {QStringLiteral("-B"), path, m_broker.host(),
                                        QString::number(m_broker.amqpPort()),
                                        QLatin1String(caseName)},
                                       90000, env));
    }

private slots:
    void initTestCase()
    {
        if (!QFileInfo::exists(QStringLiteral("/usr/bin/python3")))
            WARREN_REQUIRE_CLIENT("/usr/bin/python3 is missing (apt-get install python3-pika)");
        const ClientResult probe = runClient(QStringLiteral("/usr/bin/python3"),
                                             {QStringLiteral("-c"), QStringLiteral("import pika")},
                                             30000);
        if (!probe.succeeded())
            WARREN_REQUIRE_CLIENT("python3-pika is not importable by /usr/bin/python3 "
                                  "(apt-get install python3-pika)");
        QVERIFY2(m_broker.start(), qPrintable(m_broker.errorString()));
    }
    void init() { m_broker.markLog(); }
    void cleanup() { m_broker.reportIfTestFailed(); }

    // publishing.py
    void confirmModeAcksEveryPublishedMessage() { runCase("publishing.py", "confirms_all_acked"); }
    void mandatoryUnroutablePublishIsReturnedBeforeAck() { runCase("publishing.py", "mandatory_unroutable_is_returned"); }
    void oneMebibyteBodyRoundTripsByteExact() { runCase("publishing.py", "large_body_round_trips"); }
    void nestedHeadersAndAllPropertiesRoundTripExactly() { runCase("publishing.py", "headers_and_properties_round_trip"); }
    void txRollbackDiscardsAndCommitDelivers() { runCase("publishing.py", "tx_rollback_discards_and_commit_delivers"); }
    void confirmAndTxModesExcludeEachOther() { runCase("publishing.py", "confirm_and_tx_exclude_each_other"); }

    // consuming.py
    void basicGetCountsDownThenReturnsGetEmpty() { runCase("consuming.py", "get_returns_messages_then_get_empty"); }
    void prefetchTwoDeliversOnlyTwoUntilAcked() { runCase("consuming.py", "prefetch_limits_unacked_deliveries"); }
    void nackWithRequeueRedeliversFirstAndFlagged() { runCase("consuming.py", "nack_with_requeue_redelivers_in_order"); }
    void rejectWithoutRequeueDropsTheMessage() { runCase("consuming.py", "reject_without_requeue_drops_message"); }
    void basicCancelStopsDeliveries() { runCase("consuming.py", "cancel_stops_deliveries"); }
    void deletingAQueueSendsServerCancelToItsConsumer() { runCase("consuming.py", "deleting_queue_cancels_its_consumer"); }
    void basicRecoverRedeliversUnackedMessages() { runCase("consuming.py", "recover_requeues_unacked_messages"); }
    void channelFlowActiveIsAcknowledged() { runCase("consuming.py", "channel_flow_active_is_acknowledged"); }

    // extensions.py (RabbitMQ's extensions; Warren's own where noted there)
    void extensions_data()
    {
        QTest::addColumn<QString>("caseName");
        for (const char *c : {"dead_letter_on_reject_records_x_death", "dead_letter_twice_raises_count",
                              "ttl_expiry_dead_letters_with_reason_expired",
                              "per_message_ttl_expires_without_dead_letter_exchange",
                              "priority_queue_delivers_highest_first", "reject_publish_overflow_nacks",
                              "max_length_drop_head_keeps_newest", "alternate_exchange_takes_unroutable",
                              "consumer_priority_prefers_higher", "single_active_consumer_fails_over",
                              "unused_queue_expires", "delivery_limit_dead_letters",
                              "deduplication_drops_resent_message_id",
                              "delayed_message_arrives_after_its_delay", "direct_reply_to_rpc"})
            QTest::newRow(c) << QString::fromLatin1(c);
    }
    void extensions()
    {
        QFETCH(QString, caseName);
        runCase("extensions.py", caseName.toLatin1().constData());
    }

    // streams.py (x-queue-type: stream; every case also passes against RabbitMQ 3.10.8)
    void streams_data()
    {
        QTest::addColumn<QString>("caseName");
        for (const char *c : {"declare_rules_follow_rabbitmq", "consume_requires_a_prefetch_and_manual_acks",
                              "basic_get_and_purge_are_not_supported", "x_stream_offset_on_a_classic_queue_is_refused",
                              "bad_stream_offset_is_precondition_failed", "first_reads_everything_with_long_offsets",
                              "publisher_headers_are_kept_next_to_the_offset", "last_starts_at_the_last_chunk",
                              "next_waits_for_new_messages", "default_offset_is_next", "numeric_offset_starts_there",
                              "timestamp_offset_starts_at_that_time", "acks_return_credit",
                              "nack_and_reject_close_the_connection", "every_consumer_reads_everything",
                              "routed_through_an_exchange"})
            QTest::newRow(c) << QString::fromLatin1(c);
    }
    void streams()
    {
        QFETCH(QString, caseName);
        runCase("streams.py", caseName.toLatin1().constData());
    }

    // connection.py
    void connectionStartAdvertisesRabbitmqCapabilities() { runCase("connection.py", "start_advertises_rabbitmq_capabilities"); }
    void tuneNegotiatesFrameMaxAndHeartbeat() { runCase("connection.py", "tune_negotiates_frame_max_and_heartbeat"); }

    // topology.py
    void exclusiveQueueIsLockedForOtherConnections() { runCase("topology.py", "exclusive_queue_is_locked_for_other_connections"); }
    void passiveDeclareOfMissingQueueIsNotFound() { runCase("topology.py", "passive_declare_of_missing_queue_is_not_found"); }
    void redeclareWithDifferentArgumentsIsPreconditionFailed() { runCase("topology.py", "redeclare_with_different_arguments_is_precondition_failed"); }
    void exchangeTypesRouteEndToEnd_data()
    {
        QTest::addColumn<QString>("caseName");
        QTest::newRow("topic") << QStringLiteral("topic_exchange_routes_by_pattern");
        QTest::newRow("fanout") << QStringLiteral("fanout_exchange_copies_to_every_queue");
        QTest::newRow("headers") << QStringLiteral("headers_exchange_matches_all_or_any");
        QTest::newRow("exchange-to-exchange") << QStringLiteral("exchange_to_exchange_binding_forwards");
    }
    void exchangeTypesRouteEndToEnd()
    {
        QFETCH(QString, caseName);
        runCase("topology.py", qPrintable(caseName));
    }
    void purgeReturnsTheNumberOfMessagesRemoved() { runCase("topology.py", "purge_returns_message_count"); }
    void conditionalDeleteFailsWithPreconditionFailed_data()
    {
        QTest::addColumn<QString>("caseName");
        QTest::newRow("if-empty") << QStringLiteral("delete_if_empty_refuses_non_empty_queue");
        QTest::newRow("if-unused") << QStringLiteral("delete_if_unused_refuses_queue_with_consumer");
    }
    void conditionalDeleteFailsWithPreconditionFailed()
    {
        QFETCH(QString, caseName);
        runCase("topology.py", qPrintable(caseName));
    }
    void queueDeleteReturnsTheMessageCount() { runCase("topology.py", "delete_returns_message_count"); }
    void serverNamedQueueStartsWithAmqGen() { runCase("topology.py", "server_named_queue_starts_with_amq_gen"); }
};

QTEST_GUILESS_MAIN(InteropPika)
#include "tst_interop_pika.moc"
