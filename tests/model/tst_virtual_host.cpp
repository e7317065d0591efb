// VirtualHost in isolation: built-in exchanges, declare/redeclare rules and
// RabbitMQ's error texts, exclusivity, deletion (and what it cascades to),
// exchange-to-exchange routing and topology versions.
//
// Error texts are compared without the "PRECONDITION_FAILED - " style prefix,
// which the AMQP layer adds when it maps an ErrorKind to a reply code.

// moc cannot parse <compare>/<concepts> (pulled in by common/ids.h): hide
// the model headers from it; it only needs the test class below.
#ifndef Q_MOC_RUN
#include "model/consumer.h"
#include "model/exchange.h"
#include "model/message.h"
#include "model/queue.h"
#include "model/virtual_host.h"
#endif

#include <QtTest>

#include <algorithm>
#include <chrono>
#include <memory>
#include <string>
#include <vector>

using namespace warren;
using namespace warren::model;

namespace {

const ConnectionId kConnA{1};
const ConnectionId kConnB{2};

class RecordingSink final : public DeliverySink {
public:
    bool deliver(Delivery &&d) override
    {
        bodies.push_back(d.entry.message->body);
        return true;
    }
    void consumerCancelled(const std::shared_ptr<Consumer> &c) override { cancelled.push_back(c->tag); }
    std::vector<std::string> bodies;
    std::vector<std::string> cancelled;
};

ConsumerPtr makeConsumer(const std::string &tag, std::shared_ptr<DeliverySink> sink, ConnectionId conn = kConnA)
{
    auto c = std::make_shared<Consumer>();
    c->tag = tag;
    c->noAck = true;
    c->connection = conn;
    c->channel = 1;
    c->channelCredit = std::make_shared<ChannelCredit>();
    c->sink = std::move(sink);
    return c;
}

QueueOptions queueOpts(bool durable = false, bool autoDelete = false, bool exclusive = false, FieldTable args = {})
{
    QueueOptions o;
    o.durable = durable;
    o.autoDelete = autoDelete;
    o.exclusive = exclusive;
    o.arguments = std::move(args);
    return o;
}

ExchangeOptions exOpts(ExchangeType type, bool durable = false, bool autoDelete = false, bool internal = false,
                       FieldTable args = {})
{
    ExchangeOptions o;
    o.type = type;
    o.durable = durable;
    o.autoDelete = autoDelete;
    o.internal = internal;
    o.arguments = std::move(args);
    return o;
}

FieldTable args1(const std::string &key, FieldValue v)
{
    FieldTable t;
    t.set(key, std::move(v));
    return t;
}

Message message(const std::string &routingKey, const std::string &body = "x")
{
    Message m;
    m.routingKey = routingKey;
    m.body = body;
    return m;
}

std::vector<std::string> routeNames(const VirtualHost &vh, const std::string &exchange, const std::string &key)
{
    auto ex = vh.findExchange(exchange);
    if (!ex)
        return {"<no exchange>"};
    std::vector<QueuePtr> out;
    vh.route(*ex->routingTable(), message(key), out);
    std::vector<std::string> names;
    for (const auto &q : out)
        names.push_back(q->name());
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace

Q_DECLARE_METATYPE(std::vector<std::string>)
Q_DECLARE_METATYPE(warren::model::ErrorKind)
Q_DECLARE_METATYPE(warren::model::QueueOptions)
Q_DECLARE_METATYPE(warren::model::ExchangeOptions)
Q_DECLARE_METATYPE(warren::FieldValue)

class TestVirtualHost : public QObject {
    Q_OBJECT

private slots:
    // --------------------------------------------------------- exchanges

    void builtInExchangesExist_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("type");
        QTest::newRow("default") << QString() << int(ExchangeType::Direct);
        QTest::newRow("amq.direct") << "amq.direct" << int(ExchangeType::Direct);
        QTest::newRow("amq.fanout") << "amq.fanout" << int(ExchangeType::Fanout);
        QTest::newRow("amq.topic") << "amq.topic" << int(ExchangeType::Topic);
        QTest::newRow("amq.headers") << "amq.headers" << int(ExchangeType::Headers);
        QTest::newRow("amq.match") << "amq.match" << int(ExchangeType::Headers);
    }
    void builtInExchangesExist()
    {
        QFETCH(QString, name);
        QFETCH(int, type);
        VirtualHost vh("/");
        auto ex = vh.findExchange(name.toStdString());
        QVERIFY(ex);
        QCOMPARE(int(ex->type()), type);
        QVERIFY(ex->options().durable);
        QVERIFY(ex->isBuiltIn());
        QCOMPARE(ex->isDefault(), name.isEmpty());
        // Passive declare finds it; so does an equivalent declare.
        QVERIFY(vh.declareExchange(name.toStdString(), {}, true));
        QVERIFY(vh.declareExchange(name.toStdString(), exOpts(ExchangeType(type), true), false));
        // They cannot be deleted.
        const ModelStatus del = vh.deleteExchange(name.toStdString(), false);
        QVERIFY(!del);
        QCOMPARE(del.error().kind, ErrorKind::AccessRefused);
        // RabbitMQ 3.10's texts (observed).
        QCOMPARE(QString::fromStdString(del.error().text),
                 name.isEmpty() ? QStringLiteral("operation not permitted on the default exchange")
                                : QStringLiteral("deletion of system exchange '%1' in vhost '/' not allowed").arg(name));
        QVERIFY(vh.findExchange(name.toStdString()));
    }

    void freshVirtualHostHasOnlyTheBuiltInExchangesAndNoQueues()
    {
        VirtualHost vh("/");
        QCOMPARE(vh.exchanges().size(), 6u);
        QCOMPARE(vh.queues().size(), 0u);
    }

    void redeclaringAnExchangeEquivalentlyReturnsTheSameOne()
    {
        VirtualHost vh("/");
        auto first = vh.declareExchange("x", exOpts(ExchangeType::Topic, true), false);
        QVERIFY(first);
        const auto v = vh.topologyVersion();
        auto second = vh.declareExchange("x", exOpts(ExchangeType::Topic, true), false);
        QVERIFY(second);
        QCOMPARE(*second, *first);
        QCOMPARE(vh.topologyVersion(), v);
        // Unknown arguments are not compared.
        QVERIFY(vh.declareExchange("x", exOpts(ExchangeType::Topic, true, false, false, args1("x-foo", "bar")),
                                   false));
    }

    void inequivalentExchangeRedeclareFailsWithRabbitText_data()
    {
        QTest::addColumn<ExchangeOptions>("current");
        QTest::addColumn<ExchangeOptions>("requested");
        QTest::addColumn<QString>("text");
        QTest::newRow("type") << exOpts(ExchangeType::Direct) << exOpts(ExchangeType::Fanout)
                              << "inequivalent arg 'type' for exchange 'x' in vhost '/': received 'fanout' but "
                                 "current is 'direct'";
        QTest::newRow("durable") << exOpts(ExchangeType::Direct, false) << exOpts(ExchangeType::Direct, true)
                                 << "inequivalent arg 'durable' for exchange 'x' in vhost '/': received 'true' but "
                                    "current is 'false'";
        QTest::newRow("auto_delete") << exOpts(ExchangeType::Direct, false, true)
                                     << exOpts(ExchangeType::Direct, false, false)
                                     << "inequivalent arg 'auto_delete' for exchange 'x' in vhost '/': received "
                                        "'false' but current is 'true'";
        QTest::newRow("internal") << exOpts(ExchangeType::Direct) << exOpts(ExchangeType::Direct, false, false, true)
                                  << "inequivalent arg 'internal' for exchange 'x' in vhost '/': received 'true' "
                                     "but current is 'false'";
        QTest::newRow("alternate-exchange added")
            << exOpts(ExchangeType::Direct)
            << exOpts(ExchangeType::Direct, false, false, false, args1("alternate-exchange", "ae"))
            << "inequivalent arg 'alternate-exchange' for exchange 'x' in vhost '/': received the value 'ae' of "
               "type 'longstr' but current is none";
    }
    void inequivalentExchangeRedeclareFailsWithRabbitText()
    {
        QFETCH(ExchangeOptions, current);
        QFETCH(ExchangeOptions, requested);
        QFETCH(QString, text);
        VirtualHost vh("/");
        QVERIFY(vh.declareExchange("x", current, false));
        const auto v = vh.topologyVersion();
        auto r = vh.declareExchange("x", requested, false);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::PreconditionFailed);
        QCOMPARE(QString::fromStdString(r.error().text), text);
        QCOMPARE(vh.topologyVersion(), v);
        // Passive declare does not compare.
        QVERIFY(vh.declareExchange("x", requested, true));
    }

    void declaringAnExchangeWithReservedPrefixIsRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("amq.custom") << "amq.custom";
        QTest::newRow("amq.") << "amq.";
    }
    void declaringAnExchangeWithReservedPrefixIsRefused()
    {
        QFETCH(QString, name);
        VirtualHost vh("/");
        auto r = vh.declareExchange(name.toStdString(), exOpts(ExchangeType::Direct), false);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::AccessRefused);
        QCOMPARE(QString::fromStdString(r.error().text),
                 QStringLiteral("exchange name '%1' contains reserved prefix 'amq.*'").arg(name));
        QVERIFY(!vh.findExchange(name.toStdString()));
        // "amq" without the dot is an ordinary name.
        QVERIFY(vh.declareExchange("amqx", exOpts(ExchangeType::Direct), false));
    }

    void passiveDeclareOfMissingThingsIsNotFound()
    {
        VirtualHost vh("/");
        auto ex = vh.declareExchange("nope", exOpts(ExchangeType::Direct), true);
        QVERIFY(!ex);
        QCOMPARE(ex.error().kind, ErrorKind::NotFound);
        QCOMPARE(ex.error().text, std::string("no exchange 'nope' in vhost '/'"));
        auto q = vh.declareQueue("nope", queueOpts(), true, kConnA);
        QVERIFY(!q);
        QCOMPARE(q.error().kind, ErrorKind::NotFound);
        QCOMPARE(q.error().text, std::string("no queue 'nope' in vhost '/'"));
        QVERIFY(!vh.findQueue("nope"));
        QVERIFY(!vh.findExchange("nope"));
    }

    // ------------------------------------------------------------ queues

    void declareQueueReportsMessageAndConsumerCounts()
    {
        VirtualHost vh("/");
        auto d = vh.declareQueue("q", queueOpts(), false, kConnA);
        QVERIFY(d);
        QCOMPARE(d->messageCount, 0u);
        d->queue->enqueue(std::make_shared<Message>(message("q")));
        d->queue->enqueue(std::make_shared<Message>(message("q")));
        auto sink = std::make_shared<RecordingSink>();
        auto again = vh.declareQueue("q", queueOpts(), true, kConnB);
        QVERIFY(again);
        QCOMPARE(again->queue, d->queue);
        QCOMPARE(again->messageCount, 2u);
        QCOMPARE(again->consumerCount, 0u);
        QVERIFY(d->queue->addConsumer(makeConsumer("c", sink)));
        again = vh.declareQueue("q", queueOpts(), false, kConnB);
        QVERIFY(again);
        QCOMPARE(again->messageCount, 0u);
        QCOMPARE(again->consumerCount, 1u);
    }

    void serverNamedQueuesStartWithAmqGen()
    {
        VirtualHost vh("/");
        auto a = vh.declareQueue("", queueOpts(false, false, true), false, kConnA);
        auto b = vh.declareQueue("", queueOpts(false, false, true), false, kConnA);
        QVERIFY(a);
        QVERIFY(b);
        QVERIFY(a->queue->name().rfind("amq.gen-", 0) == 0);
        QCOMPARE(a->queue->name().size(), std::string("amq.gen-").size() + 22);
        QVERIFY(a->queue->name() != b->queue->name());
        QCOMPARE(vh.findQueue(a->queue->name()), a->queue);
    }

    void redeclaringAQueueEquivalentlySucceeds_data()
    {
        QTest::addColumn<QueueOptions>("current");
        QTest::addColumn<QueueOptions>("requested");
        QTest::newRow("same flags") << queueOpts(true) << queueOpts(true);
        QTest::newRow("x-max-length int32 vs int64")
            << queueOpts(false, false, false, args1("x-max-length", std::int32_t(10)))
            << queueOpts(false, false, false, args1("x-max-length", std::int64_t(10)));
        QTest::newRow("x-max-priority int8 vs uint16")
            << queueOpts(false, false, false, args1("x-max-priority", std::int8_t(5)))
            << queueOpts(false, false, false, args1("x-max-priority", std::uint16_t(5)));
        QTest::newRow("x-message-ttl int16 vs uint32")
            << queueOpts(false, false, false, args1("x-message-ttl", std::int16_t(1000)))
            << queueOpts(false, false, false, args1("x-message-ttl", std::uint32_t(1000)));
        QTest::newRow("unchecked argument differs")
            << queueOpts(false, false, false, args1("x-custom", "a"))
            << queueOpts(false, false, false, args1("x-custom", "b"));
        QTest::newRow("unchecked argument missing")
            << queueOpts(false, false, false, args1("x-custom", "a")) << queueOpts();
        QTest::newRow("same dead-letter exchange")
            << queueOpts(false, false, false, args1("x-dead-letter-exchange", "dlx"))
            << queueOpts(false, false, false, args1("x-dead-letter-exchange", "dlx"));
    }
    void redeclaringAQueueEquivalentlySucceeds()
    {
        QFETCH(QueueOptions, current);
        QFETCH(QueueOptions, requested);
        VirtualHost vh("/");
        auto first = vh.declareQueue("q", current, false, kConnA);
        QVERIFY(first);
        const auto v = vh.topologyVersion();
        auto second = vh.declareQueue("q", requested, false, kConnA);
        QVERIFY2(second, second ? "" : second.error().text.c_str());
        QCOMPARE(second->queue, first->queue);
        QCOMPARE(vh.topologyVersion(), v);
    }

    void inequivalentQueueRedeclareFailsWithRabbitText_data()
    {
        QTest::addColumn<QueueOptions>("current");
        QTest::addColumn<QueueOptions>("requested");
        QTest::addColumn<QString>("text");
        QTest::newRow("durable") << queueOpts(false) << queueOpts(true)
                                 << "inequivalent arg 'durable' for queue 'q' in vhost '/': received 'true' but "
                                    "current is 'false'";
        QTest::newRow("auto_delete") << queueOpts(false, true) << queueOpts(false, false)
                                     << "inequivalent arg 'auto_delete' for queue 'q' in vhost '/': received "
                                        "'false' but current is 'true'";
        QTest::newRow("x-message-ttl value")
            << queueOpts(false, false, false, args1("x-message-ttl", std::int32_t(1000)))
            << queueOpts(false, false, false, args1("x-message-ttl", std::int64_t(2000)))
            << "inequivalent arg 'x-message-ttl' for queue 'q' in vhost '/': received '2000' but current is "
               "'1000'";
        QTest::newRow("x-message-ttl dropped")
            << queueOpts(false, false, false, args1("x-message-ttl", std::int32_t(1000))) << queueOpts()
            << "inequivalent arg 'x-message-ttl' for queue 'q' in vhost '/': received none but current is the "
               "value '1000' of type 'signedint'";
        QTest::newRow("x-max-length added")
            << queueOpts() << queueOpts(false, false, false, args1("x-max-length", std::int64_t(5)))
            << "inequivalent arg 'x-max-length' for queue 'q' in vhost '/': received the value '5' of type "
               "'long' but current is none";
        QTest::newRow("x-dead-letter-exchange value")
            << queueOpts(false, false, false, args1("x-dead-letter-exchange", "a"))
            << queueOpts(false, false, false, args1("x-dead-letter-exchange", "b"))
            << "inequivalent arg 'x-dead-letter-exchange' for queue 'q' in vhost '/': received 'b' but current "
               "is 'a'";
        QTest::newRow("x-max-priority value")
            << queueOpts(false, false, false, args1("x-max-priority", std::int8_t(5)))
            << queueOpts(false, false, false, args1("x-max-priority", std::int8_t(10)))
            << "inequivalent arg 'x-max-priority' for queue 'q' in vhost '/': received '10' but current is '5'";
    }
    void inequivalentQueueRedeclareFailsWithRabbitText()
    {
        QFETCH(QueueOptions, current);
        QFETCH(QueueOptions, requested);
        QFETCH(QString, text);
        VirtualHost vh("/");
        QVERIFY(vh.declareQueue("q", current, false, kConnA));
        const auto v = vh.topologyVersion();
        auto r = vh.declareQueue("q", requested, false, kConnA);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::PreconditionFailed);
        QCOMPARE(QString::fromStdString(r.error().text), text);
        QCOMPARE(vh.topologyVersion(), v);
        // Passive declare with the same inequivalent options succeeds.
        QVERIFY(vh.declareQueue("q", requested, true, kConnA));
    }

    void invalidQueueArgumentsArePreconditionFailed_data()
    {
        // Texts observed from RabbitMQ 3.10.8 (without "PRECONDITION_FAILED - ").
        QTest::addColumn<QString>("key");
        QTest::addColumn<FieldValue>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("x-max-priority above 255")
            << "x-max-priority" << FieldValue(std::int32_t(300))
            << "invalid arg 'x-max-priority' for queue 'q' in vhost '/': {max_value_exceeded,300}";
        QTest::newRow("x-max-priority negative")
            << "x-max-priority" << FieldValue(std::int32_t(-1))
            << "invalid arg 'x-max-priority' for queue 'q' in vhost '/': {value_negative,-1}";
        QTest::newRow("x-max-priority as a string")
            << "x-max-priority" << FieldValue("5")
            << "invalid arg 'x-max-priority' for queue 'q' in vhost '/': \"expected integer, got longstr\"";
        QTest::newRow("x-message-ttl negative")
            << "x-message-ttl" << FieldValue(std::int32_t(-5))
            << "invalid arg 'x-message-ttl' for queue 'q' in vhost '/': {value_negative,-5}";
        QTest::newRow("x-message-ttl as a string")
            << "x-message-ttl" << FieldValue("5")
            << "invalid arg 'x-message-ttl' for queue 'q' in vhost '/': \"expected integer, got longstr\"";
    }
    void invalidQueueArgumentsArePreconditionFailed()
    {
        QFETCH(QString, key);
        QFETCH(FieldValue, value);
        QFETCH(QString, text);
        VirtualHost vh("/");
        auto r = vh.declareQueue("q", queueOpts(false, false, false, args1(key.toStdString(), value)), false, kConnA);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::PreconditionFailed);
        QCOMPARE(QString::fromStdString(r.error().text), text);
        QVERIFY(!vh.findQueue("q"));
    }

    void declaringAQueueWithReservedPrefixIsRefused()
    {
        VirtualHost vh("/");
        auto r = vh.declareQueue("amq.myqueue", queueOpts(), false, kConnA);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::AccessRefused);
        QCOMPARE(r.error().text, std::string("queue name 'amq.myqueue' contains reserved prefix 'amq.*'"));
        QVERIFY(!vh.findQueue("amq.myqueue"));
    }

    void redeclaringAServerNamedQueueByItsNameIsRefusedAsRabbitMqDoes()
    {
        // RabbitMQ 3.10 checks the amq. prefix on every non-passive declare
        // with a name, even when the queue exists (observed: 403).
        VirtualHost vh("/");
        auto d = vh.declareQueue("", queueOpts(false, false, true), false, kConnA);
        QVERIFY(d);
        const std::string name = d->queue->name();
        auto again = vh.declareQueue(name, queueOpts(false, false, true), false, kConnA);
        QVERIFY(!again);
        QCOMPARE(again.error().kind, ErrorKind::AccessRefused);
        QCOMPARE(again.error().text, "queue name '" + name + "' contains reserved prefix 'amq.*'");
        auto passive = vh.declareQueue(name, queueOpts(), true, kConnA);
        QVERIFY(passive);
        QCOMPARE(passive->queue, d->queue);
    }

    void redeclaringABuiltInExchangeInequivalentlyIsPreconditionFailed()
    {
        // RabbitMQ 3.10 (observed): equivalent redeclare of amq.direct is fine,
        // an inequivalent one is 406, not 403.
        VirtualHost vh("/");
        QVERIFY(vh.declareExchange("amq.direct", exOpts(ExchangeType::Direct, true), false));
        auto r = vh.declareExchange("amq.direct", exOpts(ExchangeType::Direct, false), false);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::PreconditionFailed);
        QCOMPARE(r.error().text, std::string("inequivalent arg 'durable' for exchange 'amq.direct' in vhost '/': "
                                             "received 'false' but current is 'true'"));
    }

    // -------------------------------------------------------- exclusivity

    void exclusiveQueueOfAnotherConnectionIsLocked_data()
    {
        QTest::addColumn<QString>("operation");
        for (const char *op : {"declare", "passive declare", "bind", "unbind", "purge", "delete", "queueForUse"})
            QTest::newRow(op) << QString::fromLatin1(op);
    }
    void exclusiveQueueOfAnotherConnectionIsLocked()
    {
        QFETCH(QString, operation);
        VirtualHost vh("/");
        QVERIFY(vh.declareQueue("ex", queueOpts(false, false, true), false, kConnA));
        QVERIFY(vh.bindQueue("ex", "amq.direct", "k", {}, kConnA));

        auto attempt = [&](ConnectionId who) -> ModelStatus {
            if (operation == "declare") {
                auto r = vh.declareQueue("ex", queueOpts(false, false, true), false, who);
                return r ? ModelStatus{} : ModelStatus(unexpected(r.error()));
            }
            if (operation == "passive declare") {
                auto r = vh.declareQueue("ex", queueOpts(), true, who);
                return r ? ModelStatus{} : ModelStatus(unexpected(r.error()));
            }
            if (operation == "bind")
                return vh.bindQueue("ex", "amq.fanout", "", {}, who);
            if (operation == "unbind")
                return vh.unbindQueue("ex", "amq.direct", "k", {}, who);
            if (operation == "purge") {
                auto r = vh.purgeQueue("ex", who);
                return r ? ModelStatus{} : ModelStatus(unexpected(r.error()));
            }
            if (operation == "delete") {
                auto r = vh.deleteQueue("ex", false, false, who);
                return r ? ModelStatus{} : ModelStatus(unexpected(r.error()));
            }
            auto r = vh.queueForUse("ex", who);
            return r ? ModelStatus{} : ModelStatus(unexpected(r.error()));
        };

        const ModelStatus other = attempt(kConnB);
        QVERIFY(!other);
        QCOMPARE(other.error().kind, ErrorKind::ResourceLocked);
        QCOMPARE(other.error().text,
                 std::string("cannot obtain exclusive access to locked queue 'ex' in vhost '/'. It could be "
                             "originally declared on another connection or the exclusive property value does not "
                             "match that of the original declaration."));
        QVERIFY(vh.findQueue("ex"));
        // The owner may do it.
        const ModelStatus own = attempt(kConnA);
        QVERIFY2(own, own ? "" : own.error().text.c_str());
    }

    void redeclaringWithADifferentExclusiveFlagIsLockedEvenForTheOwner_data()
    {
        // RabbitMQ 3.10 (observed): the non-passive check is strict.
        QTest::addColumn<bool>("firstExclusive");
        QTest::addColumn<bool>("secondExclusive");
        QTest::addColumn<bool>("passive");
        QTest::addColumn<bool>("locked");
        QTest::newRow("exclusive, then non-exclusive") << true << false << false << true;
        QTest::newRow("non-exclusive, then exclusive") << false << true << false << true;
        QTest::newRow("exclusive, then passive non-exclusive") << true << false << true << false;
        QTest::newRow("non-exclusive, then passive exclusive") << false << true << true << false;
        QTest::newRow("exclusive, then exclusive") << true << true << false << false;
    }
    void redeclaringWithADifferentExclusiveFlagIsLockedEvenForTheOwner()
    {
        QFETCH(bool, firstExclusive);
        QFETCH(bool, secondExclusive);
        QFETCH(bool, passive);
        QFETCH(bool, locked);
        VirtualHost vh("/");
        QVERIFY(vh.declareQueue("q", queueOpts(false, false, firstExclusive), false, kConnA));
        auto r = vh.declareQueue("q", queueOpts(false, false, secondExclusive), passive, kConnA);
        QCOMPARE(!r, locked);
        if (locked)
            QCOMPARE(r.error().kind, ErrorKind::ResourceLocked);
    }

    void exclusiveQueuesAreNeverDurable()
    {
        // RabbitMQ 3.10 (observed): durable is ignored for exclusive queues,
        // so redeclaring with another durable flag is equivalent.
        VirtualHost vh("/");
        auto d = vh.declareQueue("q", queueOpts(true, false, true), false, kConnA);
        QVERIFY(d);
        QVERIFY(!d->queue->options().durable);
        QVERIFY(vh.declareQueue("q", queueOpts(false, false, true), false, kConnA));
        QVERIFY(vh.declareQueue("q", queueOpts(true, false, true), false, kConnA));
    }

    void connectionClosedDeletesOnlyThatConnectionsExclusiveQueues()
    {
        VirtualHost vh("/");
        QVERIFY(vh.declareQueue("a-ex1", queueOpts(false, false, true), false, kConnA));
        QVERIFY(vh.declareQueue("a-ex2", queueOpts(false, false, true), false, kConnA));
        QVERIFY(vh.declareQueue("a-shared", queueOpts(), false, kConnA));
        QVERIFY(vh.declareQueue("b-ex", queueOpts(false, false, true), false, kConnB));
        QVERIFY(vh.bindQueue("a-ex1", "amq.fanout", "", {}, kConnA));
        auto sink = std::make_shared<RecordingSink>();
        auto q1 = vh.findQueue("a-ex1");
        QVERIFY(q1->addConsumer(makeConsumer("c-a", sink)));
        const auto v = vh.topologyVersion();

        vh.connectionClosed(kConnA);
        QVERIFY(!vh.findQueue("a-ex1"));
        QVERIFY(!vh.findQueue("a-ex2"));
        QVERIFY(vh.findQueue("a-shared"));
        QVERIFY(vh.findQueue("b-ex"));
        QVERIFY(q1->isDeleted());
        QCOMPARE(sink->cancelled, (std::vector<std::string>{"c-a"}));
        QCOMPARE(vh.findExchange("amq.fanout")->bindingCount(), 0u);
        QVERIFY(vh.topologyVersion() > v);

        // A connection without exclusive queues changes nothing.
        const auto v2 = vh.topologyVersion();
        vh.connectionClosed(ConnectionId{99});
        QCOMPARE(vh.topologyVersion(), v2);
        QCOMPARE(vh.queues().size(), 2u);
    }

    // ------------------------------------------------------------ deletion

    void deleteQueueHonoursIfUnusedAndIfEmpty_data()
    {
        QTest::addColumn<bool>("withConsumer");
        QTest::addColumn<int>("messages");
        QTest::addColumn<bool>("ifUnused");
        QTest::addColumn<bool>("ifEmpty");
        QTest::addColumn<QString>("error"); // empty = deleted
        QTest::newRow("plain delete returns count") << false << 3 << false << false << QString();
        QTest::newRow("if-unused, unused") << false << 3 << true << false << QString();
        QTest::newRow("if-unused, in use") << true << 0 << true << false << "queue 'q' in vhost '/' in use";
        QTest::newRow("if-empty, empty") << true << 0 << false << true << QString();
        QTest::newRow("if-empty, not empty") << false << 2 << false << true << "queue 'q' in vhost '/' not empty";
        QTest::newRow("both, in use and not empty") << true << 0 << true << true << "queue 'q' in vhost '/' in use";
    }
    void deleteQueueHonoursIfUnusedAndIfEmpty()
    {
        QFETCH(bool, withConsumer);
        QFETCH(int, messages);
        QFETCH(bool, ifUnused);
        QFETCH(bool, ifEmpty);
        QFETCH(QString, error);
        VirtualHost vh("/");
        auto q = vh.declareQueue("q", queueOpts(), false, kConnA)->queue;
        for (int i = 0; i < messages; ++i)
            q->enqueue(std::make_shared<Message>(message("q")));
        auto sink = std::make_shared<RecordingSink>();
        if (withConsumer)
            QVERIFY(q->addConsumer(makeConsumer("c", sink)));
        auto r = vh.deleteQueue("q", ifUnused, ifEmpty, kConnA);
        if (error.isEmpty()) {
            QVERIFY2(r, r ? "" : r.error().text.c_str());
            QCOMPARE(*r, std::uint32_t(messages));
            QVERIFY(!vh.findQueue("q"));
            QVERIFY(q->isDeleted());
        } else {
            QVERIFY(!r);
            QCOMPARE(r.error().kind, ErrorKind::PreconditionFailed);
            QCOMPARE(QString::fromStdString(r.error().text), error);
            QCOMPARE(vh.findQueue("q"), q);
            QVERIFY(!q->isDeleted());
        }
    }

    void deletingSomethingMissingSucceeds()
    {
        VirtualHost vh("/");
        const auto v = vh.topologyVersion();
        auto q = vh.deleteQueue("missing", true, true, kConnA);
        QVERIFY(q);
        QCOMPARE(*q, 0u);
        QVERIFY(vh.deleteExchange("missing", true));
        QVERIFY(vh.unbindQueue("missing", "amq.direct", "k", {}, kConnA));
        QVERIFY(vh.unbindExchange("missing", "amq.direct", "k", {}));
        QCOMPARE(vh.topologyVersion(), v);
    }

    void deleteQueueCancelsItsConsumers()
    {
        VirtualHost vh("/");
        auto q = vh.declareQueue("q", queueOpts(), false, kConnA)->queue;
        auto sink1 = std::make_shared<RecordingSink>();
        auto sink2 = std::make_shared<RecordingSink>();
        QVERIFY(q->addConsumer(makeConsumer("c1", sink1)));
        QVERIFY(q->addConsumer(makeConsumer("c2", sink2, kConnB)));
        QVERIFY(vh.deleteQueue("q", false, false, kConnA));
        QCOMPARE(sink1->cancelled, (std::vector<std::string>{"c1"}));
        QCOMPARE(sink2->cancelled, (std::vector<std::string>{"c2"}));
        QCOMPARE(q->consumerCount(), 0u);
    }

    void deletingAQueueRemovesItsBindings()
    {
        VirtualHost vh("/");
        QVERIFY(vh.declareExchange("t", exOpts(ExchangeType::Topic), false));
        QVERIFY(vh.declareQueue("q", queueOpts(), false, kConnA));
        QVERIFY(vh.declareQueue("other", queueOpts(), false, kConnA));
        QVERIFY(vh.bindQueue("q", "t", "a.*", {}, kConnA));
        QVERIFY(vh.bindQueue("q", "t", "#", {}, kConnA));
        QVERIFY(vh.bindQueue("other", "t", "a.b", {}, kConnA));
        QVERIFY(vh.bindQueue("q", "amq.direct", "k", {}, kConnA));
        QCOMPARE(routeNames(vh, "t", "a.b"), (std::vector<std::string>{"other", "q"}));

        QVERIFY(vh.deleteQueue("q", false, false, kConnA));
        QCOMPARE(vh.findExchange("t")->bindingCount(), 1u);
        QCOMPARE(vh.findExchange("amq.direct")->bindingCount(), 0u);
        QCOMPARE(routeNames(vh, "t", "a.b"), (std::vector<std::string>{"other"}));
        QCOMPARE(routeNames(vh, "amq.direct", "k"), std::vector<std::string>{});

        // A new queue of the same name starts without the old bindings.
        QVERIFY(vh.declareQueue("q", queueOpts(), false, kConnA));
        QCOMPARE(routeNames(vh, "t", "a.b"), (std::vector<std::string>{"other"}));
    }

    void deleteExchangeIfUnusedRefusesWhileItHasBindings()
    {
        VirtualHost vh("/");
        QVERIFY(vh.declareExchange("x", exOpts(ExchangeType::Direct), false));
        QVERIFY(vh.declareQueue("q", queueOpts(), false, kConnA));
        QVERIFY(vh.bindQueue("q", "x", "k", {}, kConnA));
        const ModelStatus st = vh.deleteExchange("x", true);
        QVERIFY(!st);
        QCOMPARE(st.error().kind, ErrorKind::PreconditionFailed);
        QCOMPARE(st.error().text, std::string("exchange 'x' in vhost '/' in use"));
        QVERIFY(vh.unbindQueue("q", "x", "k", {}, kConnA));
        QVERIFY(vh.deleteExchange("x", true));
        QVERIFY(!vh.findExchange("x"));
    }

    void bindingToTheDefaultExchangeIsRefused()
    {
        VirtualHost vh("/");
        QVERIFY(vh.declareQueue("q", queueOpts(), false, kConnA));
        const ModelStatus st = vh.bindQueue("q", "", "q", {}, kConnA);
        QVERIFY(!st);
        QCOMPARE(st.error().kind, ErrorKind::AccessRefused);
        QCOMPARE(st.error().text, std::string("operation not permitted on the default exchange"));
        const ModelStatus un = vh.unbindQueue("q", "", "q", {}, kConnA);
        QVERIFY(!un);
        QCOMPARE(un.error().kind, ErrorKind::AccessRefused);
    }

    void bindingToMissingThingsIsNotFound()
    {
        VirtualHost vh("/");
        QVERIFY(vh.declareQueue("q", queueOpts(), false, kConnA));
        ModelStatus st = vh.bindQueue("q", "nope", "", {}, kConnA);
        QVERIFY(!st);
        QCOMPARE(st.error().kind, ErrorKind::NotFound);
        QCOMPARE(st.error().text, std::string("no exchange 'nope' in vhost '/'"));
        st = vh.bindQueue("nope", "amq.direct", "", {}, kConnA);
        QVERIFY(!st);
        QCOMPARE(st.error().kind, ErrorKind::NotFound);
        QCOMPARE(st.error().text, std::string("no queue 'nope' in vhost '/'"));
    }

    // --------------------------------------------------------- auto-delete

    void autoDeleteExchangeGoesWithItsLastBinding_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("unbind queue") << "unbind queue";
        QTest::newRow("delete bound queue") << "delete queue";
        QTest::newRow("unbind exchange") << "unbind exchange";
        QTest::newRow("delete bound exchange") << "delete exchange";
    }
    void autoDeleteExchangeGoesWithItsLastBinding()
    {
        QFETCH(QString, how);
        VirtualHost vh("/");
        QVERIFY(vh.declareExchange("ad", exOpts(ExchangeType::Direct, false, true), false));
        QVERIFY(vh.findExchange("ad")); // no bindings yet, not deleted at declare
        QVERIFY(vh.declareQueue("q", queueOpts(), false, kConnA));
        QVERIFY(vh.declareExchange("dest", exOpts(ExchangeType::Fanout), false));
        QVERIFY(vh.bindQueue("q", "ad", "k1", {}, kConnA));
        QVERIFY(vh.bindExchange("dest", "ad", "k2", {}));
        // Remove one binding: still there.
        if (how == "unbind queue" || how == "delete queue")
            QVERIFY(vh.unbindExchange("dest", "ad", "k2", {}));
        else
            QVERIFY(vh.unbindQueue("q", "ad", "k1", {}, kConnA));
        QVERIFY(vh.findExchange("ad"));
        // Remove the last one.
        if (how == "unbind queue")
            QVERIFY(vh.unbindQueue("q", "ad", "k1", {}, kConnA));
        else if (how == "delete queue")
            QVERIFY(vh.deleteQueue("q", false, false, kConnA));
        else if (how == "unbind exchange")
            QVERIFY(vh.unbindExchange("dest", "ad", "k2", {}));
        else
            QVERIFY(vh.deleteExchange("dest", false));
        QVERIFY(!vh.findExchange("ad"));
    }

    // ------------------------------------------------------------- routing

    void exchangeToExchangeBindingsRoute()
    {
        VirtualHost vh("/");
        QVERIFY(vh.declareExchange("src", exOpts(ExchangeType::Topic), false));
        QVERIFY(vh.declareExchange("mid", exOpts(ExchangeType::Direct), false));
        QVERIFY(vh.declareQueue("q1", queueOpts(), false, kConnA));
        QVERIFY(vh.declareQueue("q2", queueOpts(), false, kConnA));
        QVERIFY(vh.bindExchange("mid", "src", "a.#", {}));
        QVERIFY(vh.bindQueue("q1", "mid", "a.b", {}, kConnA));
        QVERIFY(vh.bindQueue("q2", "src", "*.b", {}, kConnA));
        QCOMPARE(routeNames(vh, "src", "a.b"), (std::vector<std::string>{"q1", "q2"}));
        QCOMPARE(routeNames(vh, "src", "a.c"), std::vector<std::string>{});
        QCOMPARE(routeNames(vh, "src", "x.b"), (std::vector<std::string>{"q2"}));
        // Deleting the middle exchange cuts the path.
        QVERIFY(vh.deleteExchange("mid", false));
        QCOMPARE(routeNames(vh, "src", "a.b"), (std::vector<std::string>{"q2"}));
        QCOMPARE(vh.findExchange("src")->bindingCount(), 1u);
    }

    void exchangeBindingCycleDeliversOncePerQueue_data()
    {
        QTest::addColumn<int>("exchanges"); // a full mesh of fanout exchanges, each bound to every other
        QTest::newRow("a<->b") << 2;
        QTest::newRow("mesh of 3") << 3;
        QTest::newRow("mesh of 4") << 4;
    }
    void exchangeBindingCycleDeliversOncePerQueue()
    {
        QFETCH(int, exchanges);
        VirtualHost vh("/");
        std::vector<std::string> names, queues;
        for (int i = 0; i < exchanges; ++i) {
            names.push_back("x" + std::to_string(i));
            queues.push_back("q" + std::to_string(i));
            QVERIFY(vh.declareExchange(names.back(), exOpts(ExchangeType::Fanout), false));
            QVERIFY(vh.declareQueue(queues.back(), queueOpts(), false, kConnA));
            QVERIFY(vh.bindQueue(queues.back(), names.back(), "", {}, kConnA));
        }
        for (int i = 0; i < exchanges; ++i)
            for (int j = 0; j < exchanges; ++j)
                if (i != j)
                    QVERIFY(vh.bindExchange(names[std::size_t(j)], names[std::size_t(i)], "", {}));

        const auto started = std::chrono::steady_clock::now();
        for (const auto &start : names)
            QCOMPARE(routeNames(vh, start, "any"), queues);
        const auto took = std::chrono::steady_clock::now() - started;
        // A cycle must be cut by "visited", not by a depth limit: with a
        // depth limit alone, routing walks every path up to that depth,
        // exponentially many in a mesh.
        QVERIFY2(took < std::chrono::seconds(1),
                 qPrintable(QStringLiteral("routing took %1 ms")
                                .arg(std::chrono::duration_cast<std::chrono::milliseconds>(took).count())));
    }

    void routingWithAStaleTableToADeletedQueueIsHarmless()
    {
        VirtualHost vh("/");
        QVERIFY(vh.declareQueue("q", queueOpts(), false, kConnA));
        QVERIFY(vh.declareExchange("x", exOpts(ExchangeType::Fanout), false));
        QVERIFY(vh.declareExchange("y", exOpts(ExchangeType::Fanout), false));
        QVERIFY(vh.bindQueue("q", "x", "", {}, kConnA));
        QVERIFY(vh.bindExchange("y", "x", "", {}));
        QVERIFY(vh.bindQueue("q", "y", "", {}, kConnA));
        const RoutingTablePtr stale = vh.findExchange("x")->routingTable(); // as a channel caches it

        QVERIFY(vh.deleteQueue("q", false, false, kConnA));
        QVERIFY(vh.deleteExchange("y", false));

        std::vector<QueuePtr> out;
        const Message m = message("k");
        vh.route(*stale, m, out);
        QCOMPARE(out.size(), 1u); // the old queue object, once; the gone exchange is skipped
        QVERIFY(out.front()->isDeleted());
        QVERIFY(out.front()->enqueue(std::make_shared<Message>(m)) == EnqueueOutcome::Deleted);
        QCOMPARE(out.front()->messageCount(), 0u);
        // The current table routes nowhere.
        QCOMPARE(routeNames(vh, "x", "k"), std::vector<std::string>{});
    }

    // ---------------------------------------------------- topology version

    void topologyVersionBumpsOnEveryDefinitionChange_data()
    {
        QTest::addColumn<QString>("change");
        for (const char *c : {"declare exchange", "declare queue", "declare server-named queue", "bind queue",
                              "unbind queue", "bind exchange", "unbind exchange", "delete queue", "delete exchange",
                              "delete queue internally", "connection closed with exclusive queue",
                              "auto-delete exchange by unbind"})
            QTest::newRow(c) << QString::fromLatin1(c);
    }
    void topologyVersionBumpsOnEveryDefinitionChange()
    {
        QFETCH(QString, change);
        VirtualHost vh("/");
        QVERIFY(vh.declareExchange("x", exOpts(ExchangeType::Direct), false));
        QVERIFY(vh.declareExchange("ad", exOpts(ExchangeType::Direct, false, true), false));
        QVERIFY(vh.declareQueue("q", queueOpts(), false, kConnA));
        QVERIFY(vh.declareQueue("ex", queueOpts(false, false, true), false, kConnA));
        QVERIFY(vh.bindQueue("q", "x", "bound", {}, kConnA));
        QVERIFY(vh.bindQueue("q", "ad", "k", {}, kConnA));
        QVERIFY(vh.bindExchange("x", "amq.direct", "bound", {}));
        const auto before = vh.topologyVersion();

        if (change == "declare exchange")
            QVERIFY(vh.declareExchange("new", exOpts(ExchangeType::Topic), false));
        else if (change == "declare queue")
            QVERIFY(vh.declareQueue("new", queueOpts(), false, kConnA));
        else if (change == "declare server-named queue")
            QVERIFY(vh.declareQueue("", queueOpts(), false, kConnA));
        else if (change == "bind queue")
            QVERIFY(vh.bindQueue("q", "x", "k2", {}, kConnA));
        else if (change == "unbind queue")
            QVERIFY(vh.unbindQueue("q", "x", "bound", {}, kConnA));
        else if (change == "bind exchange")
            QVERIFY(vh.bindExchange("x", "amq.topic", "#", {}));
        else if (change == "unbind exchange")
            QVERIFY(vh.unbindExchange("x", "amq.direct", "bound", {}));
        else if (change == "delete queue")
            QVERIFY(vh.deleteQueue("q", false, false, kConnA));
        else if (change == "delete exchange")
            QVERIFY(vh.deleteExchange("x", false));
        else if (change == "delete queue internally")
            vh.deleteQueueInternal(vh.findQueue("q"));
        else if (change == "connection closed with exclusive queue")
            vh.connectionClosed(kConnA);
        else if (change == "auto-delete exchange by unbind") {
            QVERIFY(vh.unbindQueue("q", "ad", "k", {}, kConnA));
            QVERIFY(!vh.findExchange("ad"));
        }
        QVERIFY2(vh.topologyVersion() > before, qPrintable(change));
    }

    void operationsThatChangeNothingKeepTheTopologyVersion()
    {
        VirtualHost vh("/");
        QVERIFY(vh.declareQueue("q", queueOpts(), false, kConnA));
        QVERIFY(vh.bindQueue("q", "amq.direct", "k", {}, kConnA));
        const auto before = vh.topologyVersion();
        QVERIFY(vh.bindQueue("q", "amq.direct", "k", {}, kConnA)); // duplicate binding
        QVERIFY(vh.declareQueue("q", queueOpts(), true, kConnA));
        QVERIFY(vh.declareExchange("amq.direct", {}, true));
        QVERIFY(vh.unbindQueue("q", "amq.direct", "other", {}, kConnA));
        QVERIFY(vh.purgeQueue("q", kConnA));
        QCOMPARE(vh.topologyVersion(), before);
        QCOMPARE(vh.findExchange("amq.direct")->bindingCount(), 1u);
    }
};

QTEST_APPLESS_MAIN(TestVirtualHost)
#include "tst_virtual_host.moc"
