// RabbitMQ's queue extensions in the model: TTL (queue and per message,
// at the head), dead-lettering (reasons, x-death bookkeeping, routing key
// override, cycles), length limits and overflow modes, delivery limit,
// consumer priorities, single active consumer, alternate exchanges,
// x-expires and Warren's de-duplication window.
//
// Queues live in a real VirtualHost (the dead-letter target); a consumer's
// sink records deliveries and the test settles them as a channel would.

#ifndef Q_MOC_RUN
#include "model/consumer.h"
#include "model/dead_letter.h"
#include "model/exchange.h"
#include "model/message.h"
#include "model/queue.h"
#include "model/virtual_host.h"
#endif

#include <QDateTime>
#include <QtTest>

#include <memory>
#include <string>
#include <vector>

using namespace warren;
using namespace warren::model;

namespace {

const ConnectionId kConn{1};

class RecordingSink final : public DeliverySink {
public:
    bool deliver(Delivery &&d) override
    {
        deliveries.push_back(d.entry);
        tags.push_back(d.consumer->tag);
        return true;
    }
    void consumerCancelled(const std::shared_ptr<Consumer> &) override {}
    std::vector<std::string> bodies() const
    {
        std::vector<std::string> v;
        for (const auto &e : deliveries)
            v.push_back(e.message->body);
        return v;
    }
    std::vector<QueuedMessage> deliveries;
    std::vector<std::string> tags;
};

ConsumerPtr consumer(const std::string &tag, const std::shared_ptr<RecordingSink> &sink, bool noAck = false,
                     std::int32_t priority = 0, std::uint32_t prefetch = 0)
{
    auto c = std::make_shared<Consumer>();
    c->tag = tag;
    c->noAck = noAck;
    c->priority = priority;
    c->prefetch = prefetch;
    c->connection = kConn;
    c->channel = 1;
    c->channelCredit = std::make_shared<ChannelCredit>();
    c->sink = sink;
    return c;
}

MessagePtr msg(std::string body, std::optional<std::uint64_t> expirationMs = std::nullopt, std::string key = "rk",
               std::string exchange = "", std::string messageId = "")
{
    auto m = std::make_shared<Message>();
    m->exchange = std::move(exchange);
    m->routingKey = std::move(key);
    m->body = std::move(body);
    m->expirationMs = expirationMs;
    m->messageId = std::move(messageId);
    return m;
}

std::int64_t now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

std::vector<std::string> drain(const QueuePtr &q)
{
    std::vector<std::string> out;
    std::uint32_t remaining = 0;
    while (auto e = q->get(false, remaining))
        out.push_back(e->message->body);
    return out;
}

/// One x-death entry's field, as text or integer.
const FieldTable *deathEntry(const Message &m, std::size_t i)
{
    if (!m.headers)
        return nullptr;
    const FieldValue *v = m.headers->find("x-death");
    const FieldArray *a = v ? v->asArray() : nullptr;
    return a && i < a->size() ? (*a)[i].asTable() : nullptr;
}
std::string str(const FieldTable *t, const char *key)
{
    const FieldValue *v = t ? t->find(key) : nullptr;
    const std::string *s = v ? v->asString() : nullptr;
    return s ? *s : std::string("<none>");
}
std::int64_t num(const FieldTable *t, const char *key)
{
    const FieldValue *v = t ? t->find(key) : nullptr;
    return v ? v->toInteger().value_or(-1) : -1;
}
std::string header(const Message &m, const char *key)
{
    return m.headers ? str(&*m.headers, key) : std::string("<none>");
}

} // namespace

class TestQueueExtensions : public QObject {
    Q_OBJECT

    std::unique_ptr<VirtualHost> vh;

    QueuePtr declare(const std::string &name, FieldTable args = {})
    {
        QueueOptions o;
        o.arguments = std::move(args);
        auto r = vh->declareQueue(name, o, false, kConn);
        if (!r)
            qFatal("declare %s: %s", name.c_str(), r.error().text.c_str());
        return r->queue;
    }
    void exchange(const std::string &name, ExchangeType type, FieldTable args = {})
    {
        ExchangeOptions o;
        o.type = type;
        o.arguments = std::move(args);
        QVERIFY(vh->declareExchange(name, o, false));
    }
    void bind(const std::string &queue, const std::string &ex, const std::string &key)
    {
        QVERIFY(vh->bindQueue(queue, ex, key, {}, kConn));
    }
    /// A dead-letter setup: queue `src` with `args` + DLX "dlx" (fanout) → queue "dlq".
    QueuePtr withDeadLetterQueue(FieldTable args, const std::string &src = "src")
    {
        exchange("dlx", ExchangeType::Fanout);
        declare("dlq");
        bind("dlq", "dlx", "");
        args.set("x-dead-letter-exchange", "dlx");
        return declare(src, std::move(args));
    }

private slots:
    void init() { vh = std::make_unique<VirtualHost>("/"); }
    void cleanup() { vh.reset(); }

    // ------------------------------------------------------------- TTL

    void queueTtlExpiresAtTheHead()
    {
        FieldTable args;
        args.set("x-message-ttl", std::int32_t(1000));
        QueuePtr q = declare("q", args);
        q->enqueue(msg("a"));
        q->enqueue(msg("b"));
        QCOMPARE(q->messageCount(), 2u);
        q->expireMessages(now() + 500);
        QCOMPARE(q->messageCount(), 2u);
        q->expireMessages(now() + 1001);
        QCOMPARE(q->messageCount(), 0u);
        QCOMPARE(q->stats().expired, 2u);
    }

    void effectiveTtlIsTheSmallerOfQueueAndMessage_data()
    {
        QTest::addColumn<int>("queueTtl");       // -1: none
        QTest::addColumn<int>("messageTtl");     // -1: none
        QTest::addColumn<int>("aliveAt");        // still there this long after publishing
        QTest::addColumn<int>("goneAt");
        QTest::newRow("queue only") << 1000 << -1 << 900 << 1001;
        QTest::newRow("message only") << -1 << 300 << 200 << 301;
        QTest::newRow("message shorter") << 1000 << 300 << 200 << 301;
        QTest::newRow("queue shorter") << 300 << 1000 << 200 << 301;
    }
    void effectiveTtlIsTheSmallerOfQueueAndMessage()
    {
        QFETCH(int, queueTtl);
        QFETCH(int, messageTtl);
        QFETCH(int, aliveAt);
        QFETCH(int, goneAt);
        FieldTable args;
        if (queueTtl >= 0)
            args.set("x-message-ttl", std::int32_t(queueTtl));
        QueuePtr q = declare("q", args);
        const std::int64_t t0 = now();
        q->enqueue(msg("m", messageTtl >= 0 ? std::optional<std::uint64_t>(messageTtl) : std::nullopt));
        q->expireMessages(t0 + aliveAt);
        QCOMPARE(q->messageCount(), 1u);
        q->expireMessages(t0 + goneAt + 5); // +5: the enqueue may have read a later millisecond
        QCOMPARE(q->messageCount(), 0u);
    }

    void perMessageTtlWaitsForTheHead()
    {
        // RabbitMQ: only the head is checked; a short-lived message behind a
        // long-lived one stays until it reaches the head.
        QueuePtr q = declare("q");
        q->enqueue(msg("long", 10'000));
        q->enqueue(msg("short", 10));
        q->expireMessages(now() + 100);
        QCOMPARE(q->messageCount(), 2u);
        std::uint32_t remaining = 0;
        QCOMPARE(q->get(false, remaining)->message->body, std::string("long"));
        q->expireMessages(now() + 100);
        QCOMPARE(q->messageCount(), 0u);
    }

    void ttlZeroReachesOnlyAWaitingConsumer()
    {
        FieldTable args;
        args.set("x-message-ttl", std::int32_t(0));
        QueuePtr q = declare("q", args);
        q->enqueue(msg("nobody waiting"));
        QCOMPARE(q->messageCount(), 0u);
        auto sink = std::make_shared<RecordingSink>();
        QVERIFY(q->addConsumer(consumer("c", sink, true)));
        q->enqueue(msg("taken"));
        QCOMPARE(sink->bodies(), std::vector<std::string>{"taken"});
    }

    void expiredMessagesAreNotDelivered()
    {
        FieldTable args;
        args.set("x-message-ttl", std::int32_t(20));
        QueuePtr q = declare("q", args);
        q->enqueue(msg("old"));
        QTest::qWait(40);
        auto sink = std::make_shared<RecordingSink>();
        QVERIFY(q->addConsumer(consumer("c", sink, true)));
        QVERIFY(sink->deliveries.empty());
        q->enqueue(msg("fresh"));
        QCOMPARE(sink->bodies(), std::vector<std::string>{"fresh"});
    }

    // ---------------------------------------------------- dead-lettering

    void rejectedMessageIsDeadLetteredWithXDeath()
    {
        QueuePtr src = withDeadLetterQueue({});
        auto sink = std::make_shared<RecordingSink>();
        QVERIFY(src->addConsumer(consumer("c", sink)));
        src->enqueue(msg("m", std::nullopt, "orders.new", "orders"));
        QCOMPARE(sink->deliveries.size(), std::size_t(1));
        src->settle(sink->deliveries, false); // basic.reject requeue=false

        QueuePtr dlq = vh->findQueue("dlq");
        std::uint32_t remaining = 0;
        auto got = dlq->get(false, remaining);
        QVERIFY(got);
        const Message &m = *got->message;
        QCOMPARE(m.body, std::string("m"));
        QCOMPARE(m.exchange, std::string("dlx"));
        QCOMPARE(m.routingKey, std::string("orders.new")); // no x-dead-letter-routing-key: kept
        const FieldTable *d = deathEntry(m, 0);
        QVERIFY(d);
        QCOMPARE(num(d, "count"), 1);
        QCOMPARE(str(d, "reason"), std::string("rejected"));
        QCOMPARE(str(d, "queue"), std::string("src"));
        QCOMPARE(str(d, "exchange"), std::string("orders"));
        const FieldValue *keys = d->find("routing-keys");
        QVERIFY(keys && keys->asArray());
        QCOMPARE(keys->asArray()->size(), std::size_t(1));
        QCOMPARE(*(*keys->asArray())[0].asString(), std::string("orders.new"));
        const FieldValue *time = d->find("time");
        QVERIFY(time && std::holds_alternative<Timestamp>(time->value));
        QVERIFY(d->find("original-expiration") == nullptr);
        QCOMPARE(header(m, "x-first-death-reason"), std::string("rejected"));
        QCOMPARE(header(m, "x-first-death-queue"), std::string("src"));
        QCOMPARE(header(m, "x-first-death-exchange"), std::string("orders"));
        QCOMPARE(header(m, "x-last-death-reason"), std::string("rejected"));
        QCOMPARE(src->stats().deadLettered, 1u);
    }

    void ackedAndRequeuedMessagesAreNotDeadLettered()
    {
        QueuePtr src = withDeadLetterQueue({});
        auto sink = std::make_shared<RecordingSink>();
        QVERIFY(src->addConsumer(consumer("c", sink)));
        src->enqueue(msg("a"));
        src->settle(sink->deliveries, true);
        QCOMPARE(vh->findQueue("dlq")->messageCount(), 0u);
    }

    void deadLetterRoutingKeyReplacesTheKey()
    {
        exchange("dlx", ExchangeType::Direct);
        declare("by-key");
        bind("by-key", "dlx", "dead");
        FieldTable args;
        args.set("x-dead-letter-exchange", "dlx");
        args.set("x-dead-letter-routing-key", "dead");
        args.set("x-message-ttl", std::int32_t(0));
        QueuePtr src = declare("src", args);
        src->enqueue(msg("m", std::nullopt, "original"));
        std::uint32_t remaining = 0;
        auto got = vh->findQueue("by-key")->get(false, remaining);
        QVERIFY(got);
        QCOMPARE(got->message->routingKey, std::string("dead"));
        const FieldTable *d = deathEntry(*got->message, 0);
        QCOMPARE(str(d, "reason"), std::string("expired"));
        QCOMPARE(*(*d->find("routing-keys")->asArray())[0].asString(), std::string("original"));
    }

    void expiredPerMessageTtlIsRecordedAndCleared()
    {
        QueuePtr src = withDeadLetterQueue({});
        src->enqueue(msg("m", 50));
        src->expireMessages(now() + 100);
        std::uint32_t remaining = 0;
        auto got = vh->findQueue("dlq")->get(false, remaining);
        QVERIFY(got);
        QVERIFY(!got->message->expirationMs); // not expiring again in the dead-letter queue
        const FieldTable *d = deathEntry(*got->message, 0);
        QCOMPARE(str(d, "reason"), std::string("expired"));
        QCOMPARE(str(d, "original-expiration"), std::string("50"));
    }

    void maxLengthDropHeadDeadLettersTheOldest()
    {
        FieldTable args;
        args.set("x-max-length", std::int32_t(2));
        QueuePtr src = withDeadLetterQueue(args);
        for (const char *b : {"1", "2", "3", "4"})
            src->enqueue(msg(b));
        QCOMPARE(drain(src), (std::vector<std::string>{"3", "4"}));
        QueuePtr dlq = vh->findQueue("dlq");
        std::uint32_t remaining = 0;
        auto first = dlq->get(false, remaining);
        QCOMPARE(first->message->body, std::string("1"));
        QCOMPARE(str(deathEntry(*first->message, 0), "reason"), std::string("maxlen"));
        QCOMPARE(src->stats().droppedMaxLen, 2u);
    }

    void sameQueueAndReasonRaisesTheCount()
    {
        // src (reject → dlx) → dlq; moving the message back to src and
        // rejecting again gives one entry with count 2, not two entries.
        QueuePtr src = withDeadLetterQueue({});
        auto sink = std::make_shared<RecordingSink>();
        QVERIFY(src->addConsumer(consumer("c", sink)));
        src->enqueue(msg("m"));
        src->settle(sink->deliveries, false);
        std::uint32_t remaining = 0;
        auto once = vh->findQueue("dlq")->get(false, remaining);
        src->enqueue(once->message);
        src->settle(std::span<const QueuedMessage>(&sink->deliveries.back(), 1), false);
        auto twice = vh->findQueue("dlq")->get(false, remaining);
        QVERIFY(twice);
        const FieldValue *deaths = twice->message->headers->find("x-death");
        QCOMPARE(deaths->asArray()->size(), std::size_t(1));
        QCOMPARE(num(deathEntry(*twice->message, 0), "count"), 2);
    }

    void newestDeathComesFirst()
    {
        // a (ttl 0) → dlx-a → b; b rejects → dlx-b → c.
        exchange("dlx-a", ExchangeType::Fanout);
        exchange("dlx-b", ExchangeType::Fanout);
        FieldTable a;
        a.set("x-message-ttl", std::int32_t(0));
        a.set("x-dead-letter-exchange", "dlx-a");
        FieldTable b;
        b.set("x-dead-letter-exchange", "dlx-b");
        QueuePtr qa = declare("a", a);
        QueuePtr qb = declare("b", b);
        declare("c");
        bind("b", "dlx-a", "");
        bind("c", "dlx-b", "");
        auto sink = std::make_shared<RecordingSink>();
        QVERIFY(qb->addConsumer(consumer("c", sink)));
        qa->enqueue(msg("m"));
        QCOMPARE(sink->deliveries.size(), std::size_t(1));
        qb->settle(sink->deliveries, false);
        std::uint32_t remaining = 0;
        auto got = vh->findQueue("c")->get(false, remaining);
        QVERIFY(got);
        QCOMPARE(str(deathEntry(*got->message, 0), "queue"), std::string("b"));
        QCOMPARE(str(deathEntry(*got->message, 0), "reason"), std::string("rejected"));
        QCOMPARE(str(deathEntry(*got->message, 1), "queue"), std::string("a"));
        QCOMPARE(str(deathEntry(*got->message, 1), "reason"), std::string("expired"));
        QCOMPARE(header(*got->message, "x-first-death-queue"), std::string("a"));
        QCOMPARE(header(*got->message, "x-last-death-queue"), std::string("b"));
        QCOMPARE(header(*got->message, "x-last-death-reason"), std::string("rejected"));
    }

    void automaticCycleIsDropped()
    {
        // Expiring back into itself through the default exchange: dropped.
        FieldTable args;
        args.set("x-message-ttl", std::int32_t(0));
        args.set("x-dead-letter-exchange", "");
        QueuePtr q = declare("loop", args);
        q->enqueue(msg("m", std::nullopt, "loop"));
        QCOMPARE(q->messageCount(), 0u);
        QCOMPARE(q->stats().deadLettered, 1u);
    }

    void cycleWithARejectionIsKept()
    {
        // Rejected back into itself: a client decision, not a cycle.
        FieldTable args;
        args.set("x-dead-letter-exchange", "");
        QueuePtr q = declare("again", args);
        auto sink = std::make_shared<RecordingSink>();
        QVERIFY(q->addConsumer(consumer("c", sink)));
        q->enqueue(msg("m", std::nullopt, "again"));
        q->settle(std::span<const QueuedMessage>(&sink->deliveries.back(), 1), false);
        QCOMPARE(sink->deliveries.size(), std::size_t(2));
        QCOMPARE(num(deathEntry(*sink->deliveries.back().message, 0), "count"), 1);
    }

    void isDeadLetterCycleRules_data()
    {
        QTest::addColumn<QStringList>("deaths"); // "queue:reason", newest first
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("cycle");
        QTest::newRow("not seen") << QStringList{"a:expired"} << "b" << false;
        QTest::newRow("self, expired") << QStringList{"a:expired"} << "a" << true;
        QTest::newRow("two hops automatic") << QStringList{"b:maxlen", "a:expired"} << "a" << true;
        QTest::newRow("rejection in between") << QStringList{"b:rejected", "a:expired"} << "a" << false;
        QTest::newRow("rejection at target") << QStringList{"b:expired", "a:rejected"} << "a" << false;
        QTest::newRow("rejection before cycle") << QStringList{"a:expired", "z:rejected"} << "a" << true;
    }
    void isDeadLetterCycleRules()
    {
        QFETCH(QStringList, deaths);
        QFETCH(QString, target);
        QFETCH(bool, cycle);
        FieldTable headers;
        for (auto it = deaths.crbegin(); it != deaths.crend(); ++it) {
            const QStringList parts = it->split(':');
            DeathEvent e;
            e.queue = parts[0].toStdString();
            const QString r = parts[1];
            e.reason = r == "expired"  ? DeathReason::Expired
                       : r == "maxlen" ? DeathReason::MaxLen
                                       : DeathReason::Rejected;
            recordDeath(headers, e);
        }
        QCOMPARE(isDeadLetterCycle(headers, target.toStdString(), DeathReason::Expired), cycle);
        QVERIFY(!isDeadLetterCycle(headers, target.toStdString(), DeathReason::Rejected));
    }

    void missingDeadLetterExchangeDropsSilently()
    {
        FieldTable args;
        args.set("x-dead-letter-exchange", "nowhere");
        args.set("x-message-ttl", std::int32_t(0));
        QueuePtr q = declare("q", args);
        q->enqueue(msg("m"));
        QCOMPARE(q->messageCount(), 0u);
    }

    void routingKeyWithoutExchangeIsRefused()
    {
        FieldTable args;
        args.set("x-dead-letter-routing-key", "k");
        QueueOptions o;
        o.arguments = args;
        auto r = vh->declareQueue("q", o, false, kConn);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::PreconditionFailed);
        QVERIFY(r.error().text.find("routing_key_but_no_dlx_defined") != std::string::npos);
    }

    // ------------------------------------------------------ length limits

    void lengthLimits_data()
    {
        QTest::addColumn<int>("maxLength");  // -1: none
        QTest::addColumn<int>("maxBytes");   // -1: none
        QTest::addColumn<QString>("overflow");
        QTest::addColumn<QStringList>("kept");
        QTest::addColumn<int>("rejected");
        QTest::addColumn<int>("deadLettered");
        const QStringList all{"aa", "bb", "cc", "dd"};
        QTest::newRow("drop-head by count") << 2 << -1 << "drop-head" << QStringList{"cc", "dd"} << 0 << 2;
        QTest::newRow("drop-head by bytes") << -1 << 5 << "drop-head" << QStringList{"cc", "dd"} << 0 << 2;
        QTest::newRow("reject-publish") << 2 << -1 << "reject-publish" << QStringList{"aa", "bb"} << 2 << 0;
        QTest::newRow("reject-publish by bytes") << -1 << 4 << "reject-publish" << QStringList{"aa", "bb"} << 2
                                                 << 0;
        QTest::newRow("reject-publish-dlx") << 2 << -1 << "reject-publish-dlx" << QStringList{"aa", "bb"} << 2 << 2;
        QTest::newRow("zero length") << 0 << -1 << "drop-head" << QStringList{} << 0 << 4;
    }
    void lengthLimits()
    {
        QFETCH(int, maxLength);
        QFETCH(int, maxBytes);
        QFETCH(QString, overflow);
        QFETCH(QStringList, kept);
        QFETCH(int, rejected);
        QFETCH(int, deadLettered);
        FieldTable args;
        if (maxLength >= 0)
            args.set("x-max-length", std::int32_t(maxLength));
        if (maxBytes >= 0)
            args.set("x-max-length-bytes", std::int32_t(maxBytes));
        args.set("x-overflow", overflow.toStdString());
        QueuePtr q = withDeadLetterQueue(args);
        int refused = 0;
        for (const char *b : {"aa", "bb", "cc", "dd"})
            if (q->enqueue(msg(b)) == EnqueueOutcome::Rejected)
                ++refused;
        QCOMPARE(refused, rejected);
        std::vector<std::string> expected;
        for (const QString &k : kept)
            expected.push_back(k.toStdString());
        QCOMPARE(drain(q), expected);
        QCOMPARE(int(vh->findQueue("dlq")->messageCount()), deadLettered);
    }

    // ----------------------------------------------------- delivery limit

    void deliveryLimitDeadLettersAfterTooManyReturns()
    {
        FieldTable args;
        args.set("x-delivery-limit", std::int32_t(2));
        QueuePtr q = withDeadLetterQueue(args);
        auto sink = std::make_shared<RecordingSink>();
        ConsumerPtr c = consumer("c", sink, false, 0, 1);
        QVERIFY(q->addConsumer(c));
        q->enqueue(msg("m"));
        // Delivered, returned (1), delivered, returned (2), delivered, returned (3 > 2).
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(sink->deliveries.size(), std::size_t(i + 1));
            c->unacked.fetch_sub(1);
            c->inTransit.store(0);
            c->channelCredit->release(1);
            q->requeue({sink->deliveries.back()});
        }
        QCOMPARE(sink->deliveries.size(), std::size_t(3));
        QCOMPARE(q->messageCount(), 0u);
        std::uint32_t remaining = 0;
        auto got = vh->findQueue("dlq")->get(false, remaining);
        QVERIFY(got);
        QCOMPARE(str(deathEntry(*got->message, 0), "reason"), std::string("delivery_limit"));
    }

    // -------------------------------------------------- consumer priority

    void higherPriorityConsumerFirstWhileItHasCredit()
    {
        QueuePtr q = declare("q");
        auto sink = std::make_shared<RecordingSink>();
        ConsumerPtr low = consumer("low", sink, false, 0, 0);
        ConsumerPtr high = consumer("high", sink, false, 10, 2);
        QVERIFY(q->addConsumer(low));
        QVERIFY(q->addConsumer(high));
        for (int i = 0; i < 4; ++i)
            q->enqueue(msg(std::to_string(i)));
        // high takes two (its prefetch), then low gets the rest.
        QCOMPARE(sink->tags, (std::vector<std::string>{"high", "high", "low", "low"}));
    }

    void equalPrioritiesRoundRobin()
    {
        QueuePtr q = declare("q");
        auto sink = std::make_shared<RecordingSink>();
        QVERIFY(q->addConsumer(consumer("a", sink, true, 5)));
        QVERIFY(q->addConsumer(consumer("b", sink, true, 5)));
        QVERIFY(q->addConsumer(consumer("z", sink, true, 1)));
        for (int i = 0; i < 4; ++i)
            q->enqueue(msg(std::to_string(i)));
        QCOMPARE(sink->tags, (std::vector<std::string>{"a", "b", "a", "b"}));
    }

    // ---------------------------------------------- single active consumer

    void singleActiveConsumerFailsOver()
    {
        FieldTable args;
        args.set("x-single-active-consumer", true);
        QueuePtr q = declare("q", args);
        auto sink = std::make_shared<RecordingSink>();
        ConsumerPtr first = consumer("first", sink, true);
        ConsumerPtr second = consumer("second", sink, true, 100); // priority does not matter here
        QVERIFY(q->addConsumer(first));
        QVERIFY(q->addConsumer(second));
        q->enqueue(msg("1"));
        q->enqueue(msg("2"));
        QCOMPARE(sink->tags, (std::vector<std::string>{"first", "first"}));
        first->inTransit.store(Consumer::kInTransitWindow); // blocked: the other still waits
        q->enqueue(msg("3"));
        QCOMPARE(sink->tags.size(), std::size_t(2));
        q->removeConsumer(first.get());
        QCOMPARE(sink->tags, (std::vector<std::string>{"first", "first", "second"}));
    }

    // ---------------------------------------------- alternate exchange

    void unroutableGoesToTheAlternateExchange()
    {
        exchange("ae", ExchangeType::Fanout);
        declare("unrouted");
        bind("unrouted", "ae", "");
        FieldTable args;
        args.set("alternate-exchange", "ae");
        exchange("main", ExchangeType::Direct, args);
        declare("routed");
        bind("routed", "main", "known");
        ExchangePtr main = vh->findExchange("main");
        std::vector<QueuePtr> out;
        vh->routeWithAlternates(*main, *main->routingTable(), *msg("x", std::nullopt, "known", "main"), out);
        QCOMPARE(out.size(), std::size_t(1));
        QCOMPARE(out[0]->name(), std::string("routed"));
        out.clear();
        vh->routeWithAlternates(*main, *main->routingTable(), *msg("x", std::nullopt, "unknown", "main"), out);
        QCOMPARE(out.size(), std::size_t(1));
        QCOMPARE(out[0]->name(), std::string("unrouted"));
    }

    void alternateExchangeLoopEnds()
    {
        FieldTable toB;
        toB.set("alternate-exchange", "b");
        FieldTable toA;
        toA.set("alternate-exchange", "a");
        exchange("a", ExchangeType::Direct, toB);
        exchange("b", ExchangeType::Direct, toA);
        ExchangePtr a = vh->findExchange("a");
        std::vector<QueuePtr> out;
        vh->routeWithAlternates(*a, *a->routingTable(), *msg("x", std::nullopt, "k", "a"), out);
        QVERIFY(out.empty());
    }

    // -------------------------------------------------------- x-expires

    void unusedQueueExpires()
    {
        FieldTable args;
        args.set("x-expires", std::int32_t(1000));
        QueuePtr q = declare("idle", args);
        QVERIFY(q->needsTimer());
        vh->tick(now() + 500);
        QVERIFY(vh->findQueue("idle"));
        vh->tick(now() + 1100);
        QVERIFY(!vh->findQueue("idle"));
    }

    void queueWithConsumerDoesNotExpire()
    {
        FieldTable args;
        args.set("x-expires", std::int32_t(1000));
        QueuePtr q = declare("used", args);
        auto sink = std::make_shared<RecordingSink>();
        ConsumerPtr c = consumer("c", sink, true);
        QVERIFY(q->addConsumer(c));
        vh->tick(now() + 5000);
        QVERIFY(vh->findQueue("used"));
        q->removeConsumer(c.get());
        vh->tick(now() + 500);
        QVERIFY(vh->findQueue("used")); // the period restarts when the last consumer leaves
        vh->tick(now() + 1100);
        QVERIFY(!vh->findQueue("used"));
    }

    // ------------------------------------------------- de-duplication

    void duplicateMessageIdIsDropped_data()
    {
        QTest::addColumn<bool>("byCount");
        QTest::newRow("window of 2 ids") << true;
        QTest::newRow("window of 1 hour") << false;
    }
    void duplicateMessageIdIsDropped()
    {
        QFETCH(bool, byCount);
        FieldTable args;
        if (byCount)
            args.set("x-deduplication-window", std::int32_t(2));
        else
            args.set("x-deduplication-window", "1h");
        QueuePtr q = declare("q", args);
        QCOMPARE(q->enqueue(msg("1", std::nullopt, "rk", "", "id-1")), EnqueueOutcome::Queued);
        QCOMPARE(q->enqueue(msg("1 again", std::nullopt, "rk", "", "id-1")), EnqueueOutcome::Duplicate);
        QCOMPARE(q->enqueue(msg("no id")), EnqueueOutcome::Queued);
        QCOMPARE(q->enqueue(msg("no id again")), EnqueueOutcome::Queued);
        QCOMPARE(q->enqueue(msg("2", std::nullopt, "rk", "", "id-2")), EnqueueOutcome::Queued);
        QCOMPARE(q->enqueue(msg("3", std::nullopt, "rk", "", "id-3")), EnqueueOutcome::Queued);
        // id-1 fell out of a two-id window; an hour-long window still has it.
        QCOMPARE(q->enqueue(msg("1 late", std::nullopt, "rk", "", "id-1")),
                 byCount ? EnqueueOutcome::Queued : EnqueueOutcome::Duplicate);
        QCOMPARE(q->stats().duplicates, byCount ? 1u : 2u);
    }

    void rejectedPublishIsNotRemembered()
    {
        // A publisher retrying after a reject-publish nack is not "a duplicate".
        FieldTable args;
        args.set("x-deduplication-window", std::int32_t(100));
        args.set("x-max-length", std::int32_t(1));
        args.set("x-overflow", "reject-publish");
        QueuePtr q = declare("q", args);
        QCOMPARE(q->enqueue(msg("a", std::nullopt, "rk", "", "a")), EnqueueOutcome::Queued);
        QCOMPARE(q->enqueue(msg("b", std::nullopt, "rk", "", "b")), EnqueueOutcome::Rejected);
        drain(q);
        QCOMPARE(q->enqueue(msg("b", std::nullopt, "rk", "", "b")), EnqueueOutcome::Queued);
    }
};

QTEST_GUILESS_MAIN(TestQueueExtensions)
#include "tst_queue_extensions.moc"
