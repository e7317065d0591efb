// The broker's command API (net::BrokerCommands) against a real BrokerServer
// in this process: publish routes and enqueues (depth visible in the next
// snapshot), unroutable publishes report 0, produce appends with increasing
// offsets and Kafka's key partitioning, queues are purged and deleted,
// topics created and deleted, a real pika client is closed with 320
// CONNECTION_FORCED, a group's offsets are reset only while it has no
// members (a real kafka-python member), and the event log records it all.

#include "in_process_broker.h"

#include "model/delayed_schedule.h"
#include "model/exchange.h"

#include "model/virtual_host.h"

#include <QTcpSocket>
#include <QtTest>

using namespace warren;
using namespace warren::monitortest;

namespace {
const metrics::QueueSnapshot *findQueue(const metrics::BrokerSnapshot &s, const QString &name)
{
    for (const auto &q : s.queues)
        if (q.name == name)
            return &q;
    return nullptr;
}

qint64 highWatermark(const metrics::BrokerSnapshot &s, const QString &topic, int partition)
{
    for (const auto &p : s.partitions)
        if (p.topic == topic && p.partition == partition)
            return p.highWatermark;
    return -1;
}

model::VirtualHost &vhost(net::BrokerServer &server)
{
    return server.broker().defaultVhost();
}

void declareQueue(net::BrokerServer &server, const std::string &name)
{
    auto r = vhost(server).declareQueue(name, model::QueueOptions{}, false, ConnectionId{});
    QVERIFY2(bool(r), "declare failed");
}
} // namespace

class TestBrokerCommands : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<net::BrokerServer> m_server;
    net::BrokerCommands &commands() { return *m_server->commands(); }

private slots:
    void initTestCase()
    {
        QString error;
        m_server = startBroker(&error);
        QVERIFY2(m_server, qPrintable(error));
        QVERIFY(m_server->commands());
    }

    void cleanupTestCase()
    {
        m_server->shutdown(5000);
        QVERIFY(!m_server->commands());
    }

    // --------------------------------------------------------------- AMQP

    void publishToFanoutReachesEveryBoundQueue()
    {
        for (const char *q : {"fan-1", "fan-2", "fan-3"}) {
            declareQueue(*m_server, q);
            QVERIFY(bool(vhost(*m_server).bindQueue(q, "amq.fanout", "", {}, ConnectionId{})));
        }
        api::AmqpPublishRequest req;
        req.exchange = QStringLiteral("amq.fanout");
        req.routingKey = QStringLiteral("anything");
        req.deliveryMode = 2;
        req.contentType = QStringLiteral("text/plain");
        req.headers = {{QStringLiteral("source"), QStringLiteral("test")}};
        req.body = "hello";
        const auto r = commands().publishNow(req);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.routedQueues, 3);
        const auto snap = m_server->snapshot();
        for (const char *q : {"fan-1", "fan-2", "fan-3"}) {
            const auto *qs = findQueue(*snap, QString::fromLatin1(q));
            QVERIFY(qs);
            QCOMPARE(qs->ready, quint64(1));
        }
    }

    void publishedMessageCarriesItsProperties()
    {
        declareQueue(*m_server, "props");
        api::AmqpPublishRequest req;
        req.routingKey = QStringLiteral("props"); // default exchange
        req.priority = 3;
        req.messageId = QStringLiteral("m-1");
        req.body = "with properties";
        QCOMPARE(commands().publishNow(req).routedQueues, 1);
        std::uint32_t remaining = 0;
        auto got = vhost(*m_server).findQueue("props")->get(false, remaining);
        QVERIFY(got.has_value());
        QCOMPARE(QByteArray::fromStdString(got->message->body), QByteArray("with properties"));
        QCOMPARE(got->message->messageId, std::string("m-1"));
        QCOMPARE(int(got->message->priority), 3);
        QVERIFY(!got->message->encodedProperties.empty());
    }

    void persistentMessageToADurableQueueIsStored()
    {
        model::QueueOptions o;
        o.durable = true;
        QVERIFY(bool(vhost(*m_server).declareQueue("durable-q", o, false, ConnectionId{})));
        api::AmqpPublishRequest req;
        req.routingKey = QStringLiteral("durable-q");
        req.deliveryMode = 2;
        req.body = QByteArray(2048, 'x');
        for (int i = 0; i < 3; ++i)
            QCOMPARE(commands().publishNow(req).routedQueues, 1);
        const auto *qs = findQueue(*m_server->snapshot(), QStringLiteral("durable-q"));
        QVERIFY(qs);
        QCOMPARE(qs->ready, quint64(3));
        QVERIFY2(qs->diskBytes > 3 * 2048, qPrintable(QString::number(qs->diskBytes)));
        QVERIFY(qs->storageError.isEmpty());
    }

    void unroutablePublishReportsZero()
    {
        api::AmqpPublishRequest req;
        req.exchange = QStringLiteral("amq.direct");
        req.routingKey = QStringLiteral("nobody-listens");
        const auto r = commands().publishNow(req);
        QVERIFY(r.ok);
        QCOMPARE(r.routedQueues, 0);
        req.exchange.clear(); // default exchange, no such queue
        QCOMPARE(commands().publishNow(req).routedQueues, 0);
    }

    void publishErrorsAreReported()
    {
        api::AmqpPublishRequest req;
        req.exchange = QStringLiteral("no-such-exchange");
        auto r = commands().publishNow(req);
        QVERIFY(!r.ok);
        QCOMPARE(r.error, QStringLiteral("no exchange 'no-such-exchange' in vhost '/'"));
        req.exchange.clear();
        req.vhost = QStringLiteral("other");
        QVERIFY(!commands().publishNow(req).ok);
        req.vhost = QStringLiteral("/");
        req.expiration = QStringLiteral("soon");
        r = commands().publishNow(req);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("expiration")), qPrintable(r.error));
    }

    void asyncPublishAnswersOnTheCallersThread()
    {
        declareQueue(*m_server, "async");
        api::AmqpPublishRequest req;
        req.routingKey = QStringLiteral("async");
        QObject context;
        int routed = -1;
        QThread *answeredOn = nullptr;
        commands().publish(req, &context, [&](const api::AmqpPublishResult &r) {
            routed = r.routedQueues;
            answeredOn = QThread::currentThread();
        });
        QTRY_COMPARE(routed, 1);
        QCOMPARE(answeredOn, QThread::currentThread());
        // The depth shows in a later snapshot.
        QTRY_VERIFY(findQueue(*m_server->snapshot(), QStringLiteral("async"))
                    && findQueue(*m_server->snapshot(), QStringLiteral("async"))->ready == 1);
    }

    void replyToADeletedContextIsDropped()
    {
        declareQueue(*m_server, "dropped-reply");
        api::AmqpPublishRequest req;
        req.routingKey = QStringLiteral("dropped-reply");
        bool called = false;
        auto *context = new QObject;
        commands().publish(req, context, [&](const api::AmqpPublishResult &) { called = true; });
        delete context;
        QTRY_COMPARE(findQueue(*m_server->snapshot(), QStringLiteral("dropped-reply"))->ready, quint64(1));
        QTest::qWait(100);
        QVERIFY(!called);
    }

    void purgeAndDeleteQueue()
    {
        declareQueue(*m_server, "to-purge");
        api::AmqpPublishRequest req;
        req.routingKey = QStringLiteral("to-purge");
        for (int i = 0; i < 5; ++i)
            QCOMPARE(commands().publishNow(req).routedQueues, 1);
        auto purged = commands().purgeQueueNow(QStringLiteral("/"), QStringLiteral("to-purge"));
        QVERIFY2(purged.ok, qPrintable(purged.error));
        QCOMPARE(purged.count, quint64(5));
        QCOMPARE(findQueue(*m_server->snapshot(), QStringLiteral("to-purge"))->ready, quint64(0));
        QCOMPARE(commands().publishNow(req).routedQueues, 1);
        auto deleted = commands().deleteQueueNow(QStringLiteral("/"), QStringLiteral("to-purge"));
        QVERIFY(deleted.ok);
        QCOMPARE(deleted.count, quint64(1));
        QVERIFY(!findQueue(*m_server->snapshot(), QStringLiteral("to-purge")));
        QVERIFY(!commands().purgeQueueNow(QStringLiteral("/"), QStringLiteral("to-purge")).ok);
        const QStringList events = eventTexts(*m_server);
        QVERIFY(anyContains(events, QStringLiteral("queue 'to-purge' declared in vhost '/'")));
        QVERIFY(anyContains(events, QStringLiteral("queue 'to-purge' in vhost '/' purged from the monitor (5 messages)")));
        QVERIFY(anyContains(events, QStringLiteral("queue 'to-purge' deleted in vhost '/'")));
    }

    void exclusiveQueuesCanBePurgedAndDeleted()
    {
        model::QueueOptions o;
        o.exclusive = true;
        QVERIFY(bool(vhost(*m_server).declareQueue("mine", o, false, ConnectionId{77})));
        QVERIFY(commands().purgeQueueNow(QStringLiteral("/"), QStringLiteral("mine")).ok);
        QVERIFY(commands().deleteQueueNow(QStringLiteral("/"), QStringLiteral("mine")).ok);
    }

    // ------------------------------------------------------ queue browsing

    void browsingDecodesPropertiesAndConsumesNothing()
    {
        if (!pythonHas(QStringLiteral("pika")))
            WARREN_REQUIRE_CLIENT("python3-pika is not importable by /usr/bin/python3 (apt-get install python3-pika)");
        ClientProcess client;
        client.start({script(QStringLiteral("monitor"), QStringLiteral("publish_with_properties.py")),
                      QStringLiteral("127.0.0.1"), QString::number(m_server->amqpPort()), QStringLiteral("browse-src")});
        QVERIFY2(waitFor([&] { return client.finished(); }, 30000), qPrintable(client.describe()));
        QVERIFY2(client.printed("published"), qPrintable(client.describe()));

        api::QueueBrowseRequest req;
        req.queue = QStringLiteral("browse-src");
        const api::QueueBrowseResult r = commands().browseQueueNow(req);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.totalReady, quint64(3));
        QCOMPARE(r.messages.size(), 3);

        const api::BrowsedMessage &m = r.messages[0];
        QCOMPARE(m.position, quint64(0));
        QCOMPARE(m.exchange, QString());
        QCOMPARE(m.routingKey, QStringLiteral("browse-src"));
        QVERIFY(!m.redelivered);
        QVERIFY(m.persistent);
        QVERIFY(m.propertiesError.isEmpty());
        QCOMPARE(m.contentType, QStringLiteral("application/json"));
        QCOMPARE(m.contentEncoding, QStringLiteral("utf-8"));
        QCOMPARE(m.deliveryMode, 2);
        QCOMPARE(m.priority, 4);
        QCOMPARE(m.correlationId, QStringLiteral("corr-1"));
        QCOMPARE(m.replyTo, QStringLiteral("replies"));
        QCOMPARE(m.expiration, QStringLiteral("600000"));
        QVERIFY(m.expiresAtMs > QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(m.messageId, QStringLiteral("msg-1"));
        QCOMPARE(m.timestamp, qint64(1700000000));
        QCOMPARE(m.type, QStringLiteral("order.created"));
        QCOMPARE(m.userId, QStringLiteral("guest"));
        QCOMPARE(m.appId, QStringLiteral("shop"));
        QCOMPARE(m.body, QByteArray(R"({"order":42,"items":["a","b"]})"));
        QCOMPARE(m.bodySize, qint64(m.body.size()));
        QVERIFY(!m.bodyTruncated);
        QHash<QString, QPair<QString, QString>> headers; // name -> (type, value)
        for (const api::AmqpHeaderField &h : m.headers)
            headers.insert(h.name, {h.type, h.value});
        QCOMPARE(headers.size(), 8);
        QCOMPARE(headers.value(QStringLiteral("x-retries")), qMakePair(QStringLiteral("int32"), QStringLiteral("3")));
        QCOMPARE(headers.value(QStringLiteral("x-trace")), qMakePair(QStringLiteral("long string"), QStringLiteral("abc")));
        QCOMPARE(headers.value(QStringLiteral("x-flag")), qMakePair(QStringLiteral("boolean"), QStringLiteral("true")));
        QCOMPARE(headers.value(QStringLiteral("x-big")),
                 qMakePair(QStringLiteral("int64"), QStringLiteral("1099511627776")));
        QCOMPARE(headers.value(QStringLiteral("x-nested")), qMakePair(QStringLiteral("table"), QStringLiteral("{a: 1}")));
        QCOMPARE(headers.value(QStringLiteral("x-list")),
                 qMakePair(QStringLiteral("array"), QStringLiteral("[1, \"two\"]")));
        QCOMPARE(headers.value(QStringLiteral("x-when")),
                 qMakePair(QStringLiteral("timestamp"), QStringLiteral("2024-01-02T03:04:05Z")));
        QCOMPARE(headers.value(QStringLiteral("x-raw")).first, QStringLiteral("byte array"));

        QCOMPARE(r.messages[1].position, quint64(1));
        QCOMPARE(QString::fromUtf8(r.messages[1].body), QStringLiteral("plain text h\u00e9llo"));
        QCOMPARE(r.messages[1].contentType, QStringLiteral("text/plain"));
        QCOMPARE(r.messages[1].deliveryMode, 0);
        QCOMPARE(r.messages[1].priority, -1);
        QCOMPARE(r.messages[1].timestamp, qint64(-1));
        QCOMPARE(r.messages[2].body.size(), 256);
        QCOMPARE(r.messages[2].body.at(255), char(255));

        // A window, with the body cut for display.
        req.from = 1;
        req.maxCount = 1;
        req.maxBodyBytes = 5;
        const api::QueueBrowseResult window = commands().browseQueueNow(req);
        QCOMPARE(window.messages.size(), 1);
        QCOMPARE(window.messages[0].position, quint64(1));
        QCOMPARE(window.messages[0].body, QByteArray("plain"));
        QVERIFY(window.messages[0].bodyTruncated);
        QCOMPARE(window.messages[0].bodySize, qint64(QByteArray("plain text h\xc3\xa9llo").size()));

        // Nothing was consumed or redelivered; a requeued message shows redelivered.
        model::QueuePtr queue = vhost(*m_server).findQueue("browse-src");
        QCOMPARE(queue->messageCount(), 3u);
        QCOMPARE(queue->stats().delivered, 0u);
        std::uint32_t remaining = 0;
        auto first = queue->get(true, remaining);
        QVERIFY(first);
        queue->requeue({*first});
        req = api::QueueBrowseRequest{};
        req.queue = QStringLiteral("browse-src");
        const api::QueueBrowseResult again = commands().browseQueueNow(req);
        QCOMPARE(again.messages.size(), 3);
        QVERIFY(again.messages[0].redelivered);
        QCOMPARE(again.messages[0].deliveryCount, 1u);
        QVERIFY(!again.messages[1].redelivered);

        // Republished elsewhere with its properties exactly as published.
        declareQueue(*m_server, "browse-dst");
        api::AmqpPublishRequest pub;
        pub.routingKey = QStringLiteral("browse-dst");
        pub.encodedProperties = m.encodedProperties;
        pub.body = m.body;
        const api::AmqpPublishResult published = commands().publishNow(pub);
        QVERIFY2(published.ok, qPrintable(published.error));
        QCOMPARE(published.routedQueues, 1);
        req.queue = QStringLiteral("browse-dst");
        const api::QueueBrowseResult copy = commands().browseQueueNow(req);
        QCOMPARE(copy.messages.size(), 1);
        const api::BrowsedMessage &c = copy.messages[0];
        QCOMPARE(c.encodedProperties, m.encodedProperties);
        QCOMPARE(c.body, m.body);
        QCOMPARE(c.routingKey, QStringLiteral("browse-dst"));
        QCOMPARE(c.messageId, m.messageId);
        QCOMPARE(c.timestamp, m.timestamp);
        QCOMPARE(c.headers.size(), m.headers.size());
        for (int i = 0; i < c.headers.size(); ++i) {
            QCOMPARE(c.headers[i].name, m.headers[i].name);
            QCOMPARE(c.headers[i].type, m.headers[i].type);
            QCOMPARE(c.headers[i].value, m.headers[i].value);
        }
        // The neutral facts the model acts on come from those properties.
        auto got = vhost(*m_server).findQueue("browse-dst")->get(false, remaining);
        QVERIFY(got);
        QVERIFY(got->message->persistent);
        QCOMPARE(int(got->message->priority), 4);
        QCOMPARE(got->message->messageId, std::string("msg-1"));
        QVERIFY(got->message->headers && got->message->headers->find("x-retries"));
        QCOMPARE(got->message->headers->find("x-retries")->toInteger().value_or(0), 3);
        QCOMPARE(commands().browseQueueNow(req).totalReady, quint64(0));
    }

    void browsingAStreamReadsItsLogWithOffsets()
    {
        model::QueueOptions o;
        o.durable = true;
        o.arguments.set("x-queue-type", FieldValue(std::string("stream")));
        QVERIFY(bool(vhost(*m_server).declareQueue("browse-stream", o, false, ConnectionId{})));
        for (int i = 0; i < 3; ++i) {
            api::AmqpPublishRequest pub;
            pub.routingKey = QStringLiteral("browse-stream");
            pub.body = "event-" + QByteArray::number(i);
            const auto r = commands().publishNow(pub);
            QVERIFY2(r.ok, qPrintable(r.error));
        }
        api::QueueBrowseRequest req;
        req.queue = QStringLiteral("browse-stream");
        // The chunk is written by the publisher's batch end or the next tick.
        QTRY_COMPARE_WITH_TIMEOUT(commands().browseQueueNow(req).messages.size(), 3, 5000);
        const api::QueueBrowseResult r = commands().browseQueueNow(req);
        QVERIFY(r.stream);
        QCOMPARE(r.totalReady, quint64(3));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(r.messages[i].streamOffset, qint64(i));
            QCOMPARE(r.messages[i].body, "event-" + QByteArray::number(i));
            QVERIFY(r.messages[i].storedAtMs > 0);
        }
        // Browsing consumed nothing; a page from position 2.
        req.from = 2;
        const api::QueueBrowseResult page = commands().browseQueueNow(req);
        QCOMPARE(page.messages.size(), 1);
        QCOMPARE(page.messages[0].streamOffset, qint64(2));
        QCOMPARE(page.totalReady, quint64(3));
    }

    void scheduledMessagesOfADelayedExchangeWithTheirDueTimes()
    {
        model::ExchangeOptions o;
        o.type = model::ExchangeType::DelayedMessage;
        o.arguments.set("x-delayed-type", FieldValue(std::string("direct")));
        const auto ex = vhost(*m_server).declareExchange("later", o, false);
        QVERIFY(bool(ex));
        const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
        for (const auto &[key, delay] : {std::pair{"b", 600'000}, std::pair{"a", 300'000}, std::pair{"c", 900'000}}) {
            auto m = std::make_shared<model::Message>();
            m->exchange = "later";
            m->routingKey = key;
            m->body = std::string("due in ") + std::to_string(delay);
            (*ex)->delayed()->schedule(m, delay, now);
        }
        api::ScheduledBrowseRequest req;
        req.exchange = QStringLiteral("later");
        req.maxCount = 2;
        const api::QueueBrowseResult r = commands().browseScheduledNow(req);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.totalReady, quint64(3));
        QCOMPARE(r.messages.size(), 2); // earliest first, up to maxCount
        QCOMPARE(r.messages[0].routingKey, QStringLiteral("a"));
        QCOMPARE(r.messages[0].dueAtMs, now + 300'000);
        QCOMPARE(r.messages[0].body, QByteArray("due in 300000"));
        QCOMPARE(r.messages[1].routingKey, QStringLiteral("b"));
        QCOMPARE(r.messages[1].dueAtMs, now + 600'000);
        QCOMPARE((*ex)->delayed()->size(), std::size_t(3)); // browsing released nothing

        req.exchange = QStringLiteral("amq.direct");
        const api::QueueBrowseResult notDelayed = commands().browseScheduledNow(req);
        QVERIFY(!notDelayed.ok);
        QVERIFY(notDelayed.error.contains(QLatin1String("not an x-delayed-message exchange")));
        req.exchange = QStringLiteral("missing");
        QVERIFY(commands().browseScheduledNow(req).error.contains(QLatin1String("no exchange 'missing'")));
        QVERIFY(bool(vhost(*m_server).deleteExchange("later", false)));
    }

    void aStreamBrowsesAsAOnePartitionTopic()
    {
        model::QueueOptions o;
        o.durable = true;
        o.arguments.set("x-queue-type", FieldValue(std::string("stream")));
        QVERIFY(bool(vhost(*m_server).declareQueue("events-as-log", o, false, ConnectionId{})));
        for (int i = 0; i < 10; ++i) {
            api::AmqpPublishRequest pub;
            pub.routingKey = QStringLiteral("events-as-log");
            pub.headers = {{QStringLiteral("kind"), i == 7 ? QStringLiteral("needle") : QStringLiteral("hay")}};
            pub.body = "event-" + QByteArray::number(i);
            QVERIFY(commands().publishNow(pub).ok);
        }
        api::TopicBrowseRequest req;
        req.topic = QStringLiteral("events-as-log");
        req.streamVhost = QStringLiteral("/");
        QTRY_COMPARE_WITH_TIMEOUT(commands().browseTopicNow(req).records.size(), 10, 5000);

        // Earliest, a page of 4, continued from the cursor.
        req.maxRecords = 4;
        const api::TopicBrowseResult first = commands().browseTopicNow(req);
        QVERIFY2(first.ok, qPrintable(first.error));
        QCOMPARE(first.records.size(), 4);
        QCOMPARE(first.stoppedBy, api::TopicBrowseResult::Stop::MaxRecords);
        QCOMPARE(first.records[0].offset, 0);
        QCOMPARE(first.records[0].key, std::optional<QByteArray>("events-as-log")); // the routing key
        QCOMPARE(first.records[0].value, std::optional<QByteArray>("event-0"));
        QCOMPARE(first.records[0].headers.size(), 1);
        QCOMPARE(first.records[0].headers[0].key, QStringLiteral("kind"));
        QCOMPARE(first.records[0].timestampType, api::TimestampKind::LogAppendTime);
        QVERIFY(first.records[0].timestamp > 0);
        QCOMPARE(first.partitions.size(), 1);
        QCOMPARE(first.partitions[0].nextOffset, 4);
        QCOMPARE(first.partitions[0].highWatermark, 10);
        api::TopicBrowseRequest more = req;
        more.resume = first.partitions;
        more.maxRecords = 100;
        const api::TopicBrowseResult rest = commands().browseTopicNow(more);
        QCOMPARE(rest.records.size(), 6);
        QCOMPARE(rest.records.front().offset, 4);
        QVERIFY(rest.reachedEnd());

        // Latest 3, an offset, a header search.
        req.maxRecords = 100;
        req.start = api::BrowseStart::Latest;
        req.value = 3;
        QCOMPARE(commands().browseTopicNow(req).records.front().offset, 7);
        req.start = api::BrowseStart::Offset;
        req.value = 8;
        QCOMPARE(commands().browseTopicNow(req).records.size(), 2);
        req.start = api::BrowseStart::Earliest;
        req.search.text = QStringLiteral("NEEDLE");
        req.search.scope = api::SearchScope::Header;
        const api::TopicBrowseResult found = commands().browseTopicNow(req);
        QCOMPARE(found.records.size(), 1);
        QCOMPARE(found.records[0].offset, 7);
        QCOMPARE(found.scannedRecords, 10);
        req.search.scope = api::SearchScope::Value;
        QCOMPARE(commands().browseTopicNow(req).records.size(), 0);

        // The snapshot lists it as a one-partition log, apart from Kafka's topics.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto snap = m_server->snapshot();
                for (const auto &t : snap->streams)
                    if (t.name == QLatin1String("events-as-log") && t.streamVhost == QLatin1String("/")
                        && t.partitions == 1 && t.messages == 10)
                        return true;
                return false;
            }(),
            5000);
        const auto snap = m_server->snapshot();
        for (const auto &t : snap->topics)
            QVERIFY(t.name != QLatin1String("events-as-log"));
        bool partitionListed = false;
        for (const auto &p : snap->streamPartitions)
            if (p.topic == metrics::logKey(QStringLiteral("/"), QStringLiteral("events-as-log")))
                partitionListed = p.highWatermark == 10 && p.logStartOffset == 0;
        QVERIFY(partitionListed);

        // Errors.
        req.topic = QStringLiteral("no-such-stream");
        QVERIFY(commands().browseTopicNow(req).error.contains(QLatin1String("no stream 'no-such-stream'")));
        req.topic = QStringLiteral("events-as-log");
        req.partition = 1;
        QVERIFY(!commands().browseTopicNow(req).ok);
    }

    void browseErrorsAndTheAsynchronousReply()
    {
        api::QueueBrowseRequest req;
        req.queue = QStringLiteral("no-such-queue");
        const auto missing = commands().browseQueueNow(req);
        QVERIFY(!missing.ok);
        QCOMPARE(missing.error, QStringLiteral("no queue 'no-such-queue' in vhost '/'"));

        declareQueue(*m_server, "browse-async");
        api::AmqpPublishRequest pub;
        pub.routingKey = QStringLiteral("browse-async");
        pub.body = "one";
        QCOMPARE(commands().publishNow(pub).routedQueues, 1);
        pub.encodedProperties = QByteArray("\x80", 1); // flags promise a content type, no bytes follow
        const auto bad = commands().publishNow(pub);
        QVERIFY(!bad.ok);
        QVERIFY2(bad.error.startsWith(QLatin1String("invalid encoded properties")), qPrintable(bad.error));

        req.queue = QStringLiteral("browse-async");
        QObject context;
        std::optional<api::QueueBrowseResult> result;
        QThread *answeredOn = nullptr;
        commands().browseQueue(req, &context, [&](const api::QueueBrowseResult &r) {
            result = r;
            answeredOn = QThread::currentThread();
        });
        QTRY_VERIFY(result.has_value());
        QCOMPARE(answeredOn, QThread::currentThread());
        QVERIFY(result->ok);
        QCOMPARE(result->messages.size(), 1);
        QCOMPARE(result->messages[0].body, QByteArray("one"));
    }

    void deadLetteredMessageShowsItsDeathAndGoesBack()
    {
        declareQueue(*m_server, "dlx-parking");
        model::QueueOptions o;
        o.arguments.set("x-dead-letter-exchange", FieldValue(std::string()));
        o.arguments.set("x-dead-letter-routing-key", FieldValue(std::string("dlx-parking")));
        QVERIFY(bool(vhost(*m_server).declareQueue("dlx-work", o, false, ConnectionId{})));
        api::AmqpPublishRequest pub;
        pub.routingKey = QStringLiteral("dlx-work");
        pub.messageId = QStringLiteral("poison-1");
        pub.body = "poison";
        QCOMPARE(commands().publishNow(pub).routedQueues, 1);
        model::QueuePtr work = vhost(*m_server).findQueue("dlx-work");
        std::uint32_t remaining = 0;
        auto taken = work->get(true, remaining);
        QVERIFY(taken);
        work->settle(std::span(&*taken, 1), false); // rejected without requeue: dead-lettered
        QTRY_COMPARE(vhost(*m_server).findQueue("dlx-parking")->messageCount(), 1u);

        api::QueueBrowseRequest req;
        req.queue = QStringLiteral("dlx-parking");
        const auto parked = commands().browseQueueNow(req);
        QVERIFY2(parked.ok, qPrintable(parked.error));
        QCOMPARE(parked.messages.size(), 1);
        const api::BrowsedMessage &m = parked.messages[0];
        QCOMPARE(m.deathQueue, QStringLiteral("dlx-work"));
        QCOMPARE(m.deathReason, QStringLiteral("rejected"));
        QCOMPARE(m.deathExchange, QString());
        QCOMPARE(m.deathRoutingKey, QStringLiteral("dlx-work"));
        QCOMPARE(m.messageId, QStringLiteral("poison-1"));

        // Send it back where it came from.
        api::AmqpPublishRequest back;
        back.exchange = m.deathExchange;
        back.routingKey = m.deathRoutingKey;
        back.encodedProperties = m.encodedProperties;
        back.body = m.body;
        QCOMPARE(commands().publishNow(back).routedQueues, 1);
        req.queue = QStringLiteral("dlx-work");
        const auto returned = commands().browseQueueNow(req);
        QCOMPARE(returned.messages.size(), 1);
        QCOMPARE(returned.messages[0].body, QByteArray("poison"));
        QCOMPARE(returned.messages[0].deathQueue, QStringLiteral("dlx-work")); // its history travels with it
    }

    // -------------------------------------------------------------- Kafka

    void produceAppendsWithIncreasingOffsets()
    {
        api::KafkaProduceRequest req;
        req.topic = QStringLiteral("cmd-topic"); // auto-created with the defaults
        req.value = QByteArray("v");
        req.headers = {{QStringLiteral("h"), QByteArray("x")}};
        for (int i = 0; i < 3; ++i) {
            const auto r = commands().produceNow(req);
            QVERIFY2(r.ok, qPrintable(r.error));
            QCOMPARE(r.partition, 0);
            QCOMPARE(r.offset, qint64(i));
        }
        QCOMPARE(highWatermark(*m_server->snapshot(), QStringLiteral("cmd-topic"), 0), qint64(3));
        QVERIFY(m_server->snapshot()->kafkaProduced >= 3);
    }

    void keyedRecordsGoWhereKafkasPartitionerPutsThem()
    {
        // Reference values: kafka-python's murmur2 (kafka.partitioner.default).
        QCOMPARE(net::BrokerCommands::partitionForKey("21", 7), 3);
        QCOMPARE(net::BrokerCommands::partitionForKey("abc", 7), 4);
        QCOMPARE(net::BrokerCommands::partitionForKey("a-little-bit-long-string", 3), 2);
        QCOMPARE(net::BrokerCommands::partitionForKey("", 7), 2);

        api::TopicCreateRequest create;
        create.name = QStringLiteral("keyed");
        create.partitions = 3;
        create.configs = {{QStringLiteral("retention.ms"), QStringLiteral("3600000")}};
        const auto created = commands().createTopicNow(create);
        QVERIFY2(created.ok, qPrintable(created.error));
        QVERIFY(!commands().createTopicNow(create).ok); // exists
        api::KafkaProduceRequest req;
        req.topic = create.name;
        req.key = QByteArray("a-little-bit-long-string");
        req.value = QByteArray("v");
        auto r = commands().produceNow(req);
        QVERIFY(r.ok);
        QCOMPARE(r.partition, 2);
        req.partition = 1; // explicit
        r = commands().produceNow(req);
        QCOMPARE(r.partition, 1);
        QCOMPARE(r.offset, qint64(0));
        req.partition = 9;
        QVERIFY(!commands().produceNow(req).ok);
    }

    void topicsAreCreatedAndDeleted()
    {
        api::TopicCreateRequest create;
        create.name = QStringLiteral("short-lived");
        QVERIFY(commands().createTopicNow(create).ok);
        QTRY_VERIFY(highWatermark(*m_server->snapshot(), create.name, 0) == 0);
        QVERIFY(commands().deleteTopicNow(create.name).ok);
        QCOMPARE(highWatermark(*m_server->snapshot(), create.name, 0), qint64(-1));
        const auto again = commands().deleteTopicNow(create.name);
        QVERIFY(!again.ok);
        QCOMPARE(again.error, QStringLiteral("no topic 'short-lived'"));
        create.name = QStringLiteral("bad name!");
        QVERIFY(!commands().createTopicNow(create).ok);
    }

    // ---------------------------------------------------- real clients

    void closingAPikaConnectionSends320()
    {
        if (!pythonHas(QStringLiteral("pika")))
            WARREN_REQUIRE_CLIENT("python3-pika is not importable by /usr/bin/python3 (apt-get install python3-pika)");
        ClientProcess client;
        client.start({script(QStringLiteral("app"), QStringLiteral("wait_for_broker_close.py")),
                      QStringLiteral("127.0.0.1"), QString::number(m_server->amqpPort()), QStringLiteral("consume")});
        QVERIFY2(waitFor([&] { return client.printed("ready") || client.finished(); }, 30000), qPrintable(client.describe()));
        QVERIFY2(client.printed("ready"), qPrintable(client.describe()));

        quint64 id = 0;
        QVERIFY(waitFor([&] {
            const auto snap = m_server->snapshot();
            for (const auto &c : snap->connections)
                if (c.protocol == QLatin1String("AMQP 0-9-1") && c.user == QLatin1String("guest"))
                    id = c.id;
            return id != 0;
        }, 5000));

        QObject context;
        std::optional<api::CommandResult> result;
        commands().closeConnection(id, &context, [&](const api::CommandResult &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QVERIFY2(result->ok, qPrintable(result->error));
        QVERIFY2(waitFor([&] { return client.finished(); }, 20000), qPrintable(client.describe()));
        QVERIFY2(client.printed("closed-by-broker 320 CONNECTION_FORCED - Closed via management UI"),
                 qPrintable(client.describe()));
        QTRY_VERIFY(m_server->snapshot()->connections.empty());

        // Closing it again: no such connection.
        result.reset();
        commands().closeConnection(id, &context, [&](const api::CommandResult &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QVERIFY(!result->ok);

        // The whole story is in the event log.
        const QStringList events = eventTexts(*m_server);
        const QString conn = QString::number(id);
        QVERIFY2(anyContains(events, QStringLiteral("AMQP connection %1 opened from 127.0.0.1:").arg(conn)),
                 qPrintable(events.join('\n')));
        QVERIFY(anyContains(events, QStringLiteral("user 'guest', vhost '/'")));
        QVERIFY(anyContains(events, QStringLiteral("queue 'amq.gen-")));
        QVERIFY(anyContains(events, QStringLiteral("connection %1 closed from the monitor").arg(conn)));
        QVERIFY(anyContains(events, QStringLiteral("AMQP 0-9-1 connection %1 from 127.0.0.1:").arg(conn)));
    }

    void offsetsResetOnlyWithoutActiveMembers()
    {
        if (!pythonHas(QStringLiteral("kafka")))
            WARREN_REQUIRE_CLIENT("python3-kafka is not importable by /usr/bin/python3 (apt-get install python3-kafka)");
        const QString topic = QStringLiteral("reset-topic");
        const QString group = QStringLiteral("reset-group");
        api::TopicCreateRequest create;
        create.name = topic;
        create.partitions = 2;
        QVERIFY(commands().createTopicNow(create).ok);
        api::KafkaProduceRequest produce;
        produce.topic = topic;
        produce.value = QByteArray("x");
        for (int p = 0; p < 2; ++p) {
            produce.partition = p;
            for (int i = 0; i < 5; ++i)
                QVERIFY(commands().produceNow(produce).ok);
        }

        // A group with no members (it does not even exist yet): allowed.
        api::OffsetResetRequest reset;
        reset.groupId = group;
        reset.topic = topic;
        reset.mode = api::OffsetResetMode::Offset;
        reset.value = 2;
        auto r = commands().resetGroupOffsetsNow(reset);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.offsets.size(), 2);
        QCOMPARE(r.offsets[0].offset, qint64(2));

        ClientProcess member;
        member.start({script(QStringLiteral("monitor"), QStringLiteral("group_member.py")),
                      QStringLiteral("127.0.0.1:%1").arg(m_server->kafkaPort()), topic, group});
        QVERIFY2(waitFor([&] { return member.printed("joined") || member.finished(); }, 60000),
                 qPrintable(member.describe()));
        if (member.finished() && member.process().exitCode() == 77)
            QSKIP(qPrintable(member.describe()));
        QVERIFY2(member.printed("joined"), qPrintable(member.describe()));

        reset.mode = api::OffsetResetMode::Latest;
        r = commands().resetGroupOffsetsNow(reset);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("active member")), qPrintable(r.error));

        // The member leaves; the group is empty again and the reset goes through.
        member.process().write("stop\n");
        QVERIFY2(waitFor([&] { return member.finished(); }, 30000), qPrintable(member.describe()));
        QVERIFY2(member.printed("left"), qPrintable(member.describe()));
        QTRY_VERIFY_WITH_TIMEOUT(commands().resetGroupOffsetsNow(reset).ok, 10000);
        QTRY_VERIFY([&] {
            const auto snap = m_server->snapshot();
            for (const auto &g : snap->groups)
                if (g.groupId == group) {
                    int atEnd = 0;
                    for (const auto &o : g.offsets)
                        atEnd += o.committedOffset == 5;
                    return g.members.empty() && atEnd == 2;
                }
            return false;
        }());

        // Timestamp: before every record = the start; after every record = the end.
        reset.mode = api::OffsetResetMode::Timestamp;
        reset.value = 0;
        r = commands().resetGroupOffsetsNow(reset);
        QVERIFY(r.ok);
        QCOMPARE(r.offsets[0].offset, qint64(0));
        reset.value = QDateTime::currentMSecsSinceEpoch() + 3600 * 1000;
        r = commands().resetGroupOffsetsNow(reset);
        QCOMPARE(r.offsets[1].offset, qint64(5));
        // Every topic the group committed, one partition.
        reset.topic.clear();
        reset.partition = 1;
        reset.mode = api::OffsetResetMode::Earliest;
        r = commands().resetGroupOffsetsNow(reset);
        QVERIFY(r.ok);
        QCOMPARE(r.offsets.size(), 1);
        QCOMPARE(r.offsets[0].partition, 1);

        const QStringList events = eventTexts(*m_server);
        QVERIFY2(anyContains(events, QStringLiteral("group 'reset-group': member '")), qPrintable(events.join('\n')));
        QVERIFY(anyContains(events, QStringLiteral("group 'reset-group': rebalanced to generation 1: 1 member(s)")));
        QVERIFY(anyContains(events, QStringLiteral("no members left")));
        QVERIFY(anyContains(events, QStringLiteral("Kafka connection ")));
        QVERIFY(anyContains(events, QStringLiteral("offsets of group 'reset-group' reset from the monitor")));
    }

    void malformedInputIsAProtocolErrorEvent()
    {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_server->amqpPort());
        QTRY_VERIFY(socket.state() == QAbstractSocket::ConnectedState);
        socket.write(QByteArray("AMQP\x00\x00\x09\x01", 8));
        // A method frame whose frame-end octet is wrong: 501 FRAME_ERROR.
        socket.write(QByteArray("\x01\x00\x00\x00\x00\x00\x04\x00\x0a\x00\x0b\x42", 12));
        QTRY_VERIFY(anyContains(eventTexts(*m_server), QStringLiteral("connection closed by the broker: 501")));
        QTRY_VERIFY(socket.state() == QAbstractSocket::UnconnectedState);
        for (const auto &e : m_server->broker().events().newest(100000))
            if (e.text.find("closed by the broker: 501") != std::string::npos)
                QCOMPARE(e.kind, metrics::EventKind::ProtocolError);
    }

    void kafkaConnectionsShowInSnapshotsWithTheirClientId()
    {
        if (!pythonHas(QStringLiteral("kafka")))
            WARREN_REQUIRE_CLIENT("python3-kafka is not importable by /usr/bin/python3 (apt-get install python3-kafka)");
        ClientProcess member;
        member.start({script(QStringLiteral("monitor"), QStringLiteral("group_member.py")),
                      QStringLiteral("127.0.0.1:%1").arg(m_server->kafkaPort()), QStringLiteral("cmd-topic"),
                      QStringLiteral("seen-group")});
        QVERIFY2(waitFor([&] { return member.printed("joined") || member.finished(); }, 60000),
                 qPrintable(member.describe()));
        bool seen = false;
        const auto snap = m_server->snapshot();
        for (const auto &c : snap->connections)
            seen |= c.protocol == QLatin1String("Kafka") && c.clientProduct.startsWith(QLatin1String("kafka-python"))
                && c.peer.startsWith(QLatin1String("127.0.0.1:"));
        QVERIFY(seen);
        member.process().write("stop\n");
        QVERIFY(waitFor([&] { return member.finished(); }, 30000));
    }

    // Issue 7: the Users page's commands, and what snapshots show of them.
    void accessCommandsManageUsersVhostsAndPermissions()
    {
        using Kind = api::AccessChange::Kind;
        auto change = [&](Kind kind, const QString &user, const QString &vhost = {}) {
            api::AccessChange c;
            c.kind = kind;
            c.user = user;
            c.vhost = vhost;
            c.password = QStringLiteral("pw");
            c.tags = {QStringLiteral("monitoring")};
            c.configure = c.write = c.read = QStringLiteral("^carol-");
            return c;
        };
        QVERIFY(commands().changeAccessNow(change(Kind::AddUser, QStringLiteral("carol"))).ok);
        QVERIFY(!commands().changeAccessNow(change(Kind::AddUser, QStringLiteral("carol"))).ok);
        QVERIFY(commands().changeAccessNow(change(Kind::AddVhost, {}, QStringLiteral("carol-vh"))).ok);
        QVERIFY(commands().changeAccessNow(change(Kind::SetPermissions, QStringLiteral("carol"),
                                                  QStringLiteral("carol-vh"))).ok);
        auto bad = change(Kind::SetPermissions, QStringLiteral("carol"), QStringLiteral("carol-vh"));
        bad.read = QStringLiteral("(");
        QVERIFY(!commands().changeAccessNow(bad).ok);
        QVERIFY(!commands().changeAccessNow(change(Kind::SetPermissions, QStringLiteral("carol"),
                                                   QStringLiteral("no-such-vhost"))).ok);
        QVERIFY(m_server->broker().access().authenticate("carol", "pw", false));

        auto snap = m_server->snapshot();
        QVERIFY(std::count(snap->vhosts.begin(), snap->vhosts.end(), QStringLiteral("carol-vh")) == 1);
        bool user = false, permission = false;
        for (const auto &u : snap->users)
            user |= u.name == QLatin1String("carol") && u.tags == QStringList{QStringLiteral("monitoring")};
        for (const auto &p : snap->permissions)
            permission |= p.user == QLatin1String("carol") && p.vhost == QLatin1String("carol-vh") &&
                          p.read == QLatin1String("^carol-");
        QVERIFY(user);
        QVERIFY(permission);

        QVERIFY(commands().changeAccessNow(change(Kind::DeleteVhost, {}, QStringLiteral("carol-vh"))).ok);
        QVERIFY(!m_server->broker().vhost("carol-vh"));
        QVERIFY(!m_server->broker().access().access("carol", "carol-vh"));
        QVERIFY(commands().changeAccessNow(change(Kind::DeleteUser, QStringLiteral("carol"))).ok);
        QVERIFY(!m_server->broker().access().hasUser("carol"));
    }
};

QTEST_GUILESS_MAIN(TestBrokerCommands)
#include "tst_broker_commands.moc"
