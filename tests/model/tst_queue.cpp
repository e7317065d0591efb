// Queue in isolation: ordering, round-robin, credit (per consumer, per
// channel, in-transit window), requeue position, refusing sinks, priorities,
// basic.get, purge, exclusive consumers and auto-delete.
//
// The test plays the protocol channel's part by hand: a RecordingSink takes
// deliveries, `written()` drops the in-transit count as a session does once
// it has written a delivery to its socket, and `ack()`/`requeueBack()` free
// credit the way AmqpChannel::applySettlement does before calling the queue.

// moc cannot parse <compare>/<concepts> (pulled in by common/ids.h): hide
// the model headers from it; it only needs the test class below.
#ifndef Q_MOC_RUN
#include "model/consumer.h"
#include "model/message.h"
#include "model/queue.h"
#endif

#include <QtTest>

#include <memory>
#include <string>
#include <vector>

using namespace warren;
using namespace warren::model;

namespace {

struct Recorded {
    std::string tag;
    std::string body;
    QueueSeq seq;
    std::uint32_t deliveryCount = 0;
    QueuedMessage entry;
};

// Records deliveries; refuses them (like a closing session) while `refuse` is set.
class RecordingSink final : public DeliverySink {
public:
    bool deliver(Delivery &&d) override
    {
        ++offered;
        if (refuse)
            return false;
        // Keep no shared_ptr to the consumer or queue: they own this sink.
        deliveries.push_back(Recorded{d.consumer->tag, d.entry.message->body, d.entry.seq, d.entry.deliveryCount,
                                      d.entry});
        return true;
    }
    void consumerCancelled(const std::shared_ptr<Consumer> &c) override { cancelled.push_back(c->tag); }

    std::vector<std::string> bodies() const
    {
        std::vector<std::string> v;
        for (const auto &r : deliveries)
            v.push_back(r.body);
        return v;
    }
    std::vector<std::string> tags() const
    {
        std::vector<std::string> v;
        for (const auto &r : deliveries)
            v.push_back(r.tag);
        return v;
    }

    bool refuse = false;
    int offered = 0;
    std::vector<Recorded> deliveries;
    std::vector<std::string> cancelled;
};

MessagePtr msg(std::string body, std::uint8_t priority = 0)
{
    auto m = std::make_shared<Message>();
    m->routingKey = "rk";
    m->body = std::move(body);
    m->priority = priority;
    return m;
}

QueuePtr makeQueue(FieldTable arguments = {}, bool autoDelete = false)
{
    QueueOptions o;
    o.autoDelete = autoDelete;
    o.arguments = std::move(arguments);
    return std::make_shared<Queue>("/", "q", std::move(o));
}

struct ConsumerSpec {
    std::string tag;
    std::uint32_t prefetch = 0;
    bool noAck = false;
    bool exclusive = false;
};

ConsumerPtr makeConsumer(const ConsumerSpec &spec, std::shared_ptr<DeliverySink> sink,
                         std::shared_ptr<ChannelCredit> credit = std::make_shared<ChannelCredit>())
{
    auto c = std::make_shared<Consumer>();
    c->tag = spec.tag;
    c->prefetch = spec.prefetch;
    c->noAck = spec.noAck;
    c->exclusive = spec.exclusive;
    c->connection = ConnectionId{1};
    c->channel = 1;
    c->channelCredit = std::move(credit);
    c->sink = std::move(sink);
    return c;
}

// Settlement entries for in-memory messages: only the sequence matters.
std::vector<QueuedMessage> asEntries(std::span<const QueueSeq> seqs)
{
    std::vector<QueuedMessage> out;
    for (QueueSeq s : seqs)
        out.push_back(QueuedMessage{nullptr, s, 0});
    return out;
}
std::vector<QueuedMessage> asEntries(std::initializer_list<QueueSeq> seqs)
{
    return asEntries(std::span<const QueueSeq>(seqs.begin(), seqs.size()));
}

// The session wrote `n` deliveries of this consumer to its socket.
void written(Consumer &c, std::uint32_t n)
{
    c.inTransit.fetch_sub(n);
}

// basic.ack of these deliveries, as the channel does it: credit first, then the queue.
void ack(Queue &q, Consumer &c, const std::vector<QueueSeq> &seqs)
{
    c.unacked.fetch_sub(std::uint32_t(seqs.size()));
    c.channelCredit->release(std::uint32_t(seqs.size()));
    q.settle(asEntries(seqs), true);
}

void requeueBack(Queue &q, Consumer &c, std::vector<QueuedMessage> entries)
{
    c.unacked.fetch_sub(std::uint32_t(entries.size()));
    c.channelCredit->release(std::uint32_t(entries.size()));
    q.requeue(std::move(entries));
}

std::vector<std::string> numbered(int n, int from = 0)
{
    std::vector<std::string> v;
    for (int i = from; i < from + n; ++i)
        v.push_back("m" + std::to_string(i));
    return v;
}

// Drains the queue with basic.get (no ack) and returns bodies plus delivery counts.
std::vector<std::pair<std::string, std::uint32_t>> drainWithGet(Queue &q)
{
    std::vector<std::pair<std::string, std::uint32_t>> v;
    std::uint32_t remaining = 0;
    while (auto e = q.get(false, remaining))
        v.emplace_back(e->message->body, e->deliveryCount);
    return v;
}

} // namespace

Q_DECLARE_METATYPE(std::vector<std::string>)
Q_DECLARE_METATYPE(std::vector<int>)
Q_DECLARE_METATYPE(std::vector<std::vector<int>>)
Q_DECLARE_METATYPE(std::vector<bool>)
Q_DECLARE_METATYPE(warren::FieldValue)

class TestQueue : public QObject {
    Q_OBJECT

private slots:
    // ------------------------------------------------------------ ordering

    void readyMessagesAreDeliveredInPublishOrder_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("consumerFirst");
        QTest::newRow("one, consumer first") << 1 << true;
        QTest::newRow("five, consumer first") << 5 << true;
        QTest::newRow("500, consumer first") << 500 << true;
        QTest::newRow("five, consumer after backlog") << 5 << false;
        QTest::newRow("500, consumer after backlog") << 500 << false;
    }
    void readyMessagesAreDeliveredInPublishOrder()
    {
        QFETCH(int, count);
        QFETCH(bool, consumerFirst);
        auto q = makeQueue();
        auto sink = std::make_shared<RecordingSink>();
        auto c = makeConsumer({"c1"}, sink);
        if (consumerFirst)
            QVERIFY(q->addConsumer(c));
        for (const auto &b : numbered(count))
            QVERIFY(q->enqueue(msg(b)) == EnqueueOutcome::Queued);
        if (!consumerFirst) {
            QCOMPARE(q->messageCount(), std::uint32_t(count));
            QVERIFY(q->addConsumer(c));
        }
        QCOMPARE(sink->bodies(), numbered(count));
        QCOMPARE(q->messageCount(), 0u);
        for (std::size_t i = 1; i < sink->deliveries.size(); ++i)
            QVERIFY(sink->deliveries[i - 1].seq < sink->deliveries[i].seq);
        QCOMPARE(q->stats().unacked, std::uint64_t(count));
    }

    void consumersAreServedRoundRobin_data()
    {
        QTest::addColumn<int>("consumers");
        QTest::addColumn<int>("messages");
        QTest::newRow("2 consumers, 6 messages") << 2 << 6;
        QTest::newRow("3 consumers, 7 messages") << 3 << 7;
        QTest::newRow("5 consumers, 23 messages") << 5 << 23;
    }
    void consumersAreServedRoundRobin()
    {
        QFETCH(int, consumers);
        QFETCH(int, messages);
        auto q = makeQueue();
        auto sink = std::make_shared<RecordingSink>();
        std::vector<ConsumerPtr> cs;
        for (int i = 0; i < consumers; ++i) {
            cs.push_back(makeConsumer({"c" + std::to_string(i)}, sink));
            QVERIFY(q->addConsumer(cs.back()));
        }
        for (const auto &b : numbered(messages))
            QVERIFY(q->enqueue(msg(b)) == EnqueueOutcome::Queued);
        std::vector<std::string> expectedTags;
        for (int i = 0; i < messages; ++i)
            expectedTags.push_back("c" + std::to_string(i % consumers));
        QCOMPARE(sink->tags(), expectedTags);
        QCOMPARE(sink->bodies(), numbered(messages)); // and in queue order overall
    }

    void removingAConsumerKeepsTheRoundRobinTurn_data()
    {
        // Consumers a, b, c; `before` messages go out, one consumer is
        // cancelled, then three more go out. As in RabbitMQ, whoever was
        // next in turn stays next.
        QTest::addColumn<int>("before");
        QTest::addColumn<QString>("removed");
        QTest::addColumn<std::vector<std::string>>("after");
        QTest::newRow("a served, a cancelled") << 1 << "a" << std::vector<std::string>{"b", "c", "b"};
        QTest::newRow("a served, b (next) cancelled") << 1 << "b" << std::vector<std::string>{"c", "a", "c"};
        QTest::newRow("a and b served, a cancelled") << 2 << "a" << std::vector<std::string>{"c", "b", "c"};
        QTest::newRow("a and b served, c (next) cancelled") << 2 << "c" << std::vector<std::string>{"a", "b", "a"};
        QTest::newRow("all served, b cancelled") << 3 << "b" << std::vector<std::string>{"a", "c", "a"};
    }
    void removingAConsumerKeepsTheRoundRobinTurn()
    {
        QFETCH(int, before);
        QFETCH(QString, removed);
        QFETCH(std::vector<std::string>, after);
        auto q = makeQueue();
        auto sink = std::make_shared<RecordingSink>();
        std::vector<ConsumerPtr> cs;
        for (const char *tag : {"a", "b", "c"}) {
            cs.push_back(makeConsumer({tag}, sink));
            QVERIFY(q->addConsumer(cs.back()));
        }
        for (const auto &b : numbered(before))
            q->enqueue(msg(b));
        const auto gone = std::find_if(cs.begin(), cs.end(),
                                       [&](const ConsumerPtr &c) { return c->tag == removed.toStdString(); });
        QCOMPARE(q->removeConsumer(gone->get()), false);
        sink->deliveries.clear();
        for (const auto &b : numbered(3, before))
            q->enqueue(msg(b));
        QCOMPARE(sink->tags(), after);
    }

    // --------------------------------------------------------------- credit

    void perConsumerPrefetchStopsDispatchUntilSettle_data()
    {
        QTest::addColumn<int>("prefetch");
        QTest::newRow("prefetch 1") << 1;
        QTest::newRow("prefetch 2") << 2;
        QTest::newRow("prefetch 10") << 10;
    }
    void perConsumerPrefetchStopsDispatchUntilSettle()
    {
        QFETCH(int, prefetch);
        const int total = prefetch * 3 + 1;
        auto q = makeQueue();
        auto sink = std::make_shared<RecordingSink>();
        auto c = makeConsumer({"c1", std::uint32_t(prefetch)}, sink);
        QVERIFY(q->addConsumer(c));
        for (const auto &b : numbered(total))
            q->enqueue(msg(b));
        QCOMPARE(int(sink->deliveries.size()), prefetch);
        QCOMPARE(q->messageCount(), std::uint32_t(total - prefetch));
        QCOMPARE(c->unacked.load(), std::uint32_t(prefetch));

        q->dispatch(); // no credit freed: nothing more
        QCOMPARE(int(sink->deliveries.size()), prefetch);

        // Acking one frees one slot.
        ack(*q, *c, {sink->deliveries.front().seq});
        QCOMPARE(int(sink->deliveries.size()), prefetch + 1);

        // Ack everything delivered so far, repeatedly, until the queue is empty.
        std::size_t acked = 1;
        while (acked < sink->deliveries.size()) {
            std::vector<QueueSeq> seqs;
            for (std::size_t i = acked; i < sink->deliveries.size(); ++i)
                seqs.push_back(sink->deliveries[i].seq);
            acked = sink->deliveries.size();
            written(*c, std::uint32_t(seqs.size()));
            ack(*q, *c, seqs);
            QVERIFY(c->unacked.load() <= std::uint32_t(prefetch));
        }
        QCOMPARE(sink->bodies(), numbered(total));
        QCOMPARE(q->stats().unacked, 0u);
        QCOMPARE(q->stats().acked, std::uint64_t(total));
    }

    void channelPrefetchIsSharedAcrossQueues()
    {
        auto credit = std::make_shared<ChannelCredit>();
        credit->prefetch = 3;
        auto q1 = std::make_shared<Queue>("/", "q1", QueueOptions{});
        auto q2 = std::make_shared<Queue>("/", "q2", QueueOptions{});
        auto sink = std::make_shared<RecordingSink>();
        auto c1 = makeConsumer({"c1"}, sink, credit);
        auto c2 = makeConsumer({"c2"}, sink, credit);
        QVERIFY(q1->addConsumer(c1));
        QVERIFY(q2->addConsumer(c2));
        for (const auto &b : numbered(4, 0))
            q1->enqueue(msg(b));
        for (const auto &b : numbered(4, 10))
            q2->enqueue(msg(b));
        // q1 took 3 units of the channel's 3; q2 gets nothing.
        QCOMPARE(sink->tags(), (std::vector<std::string>{"c1", "c1", "c1"}));
        QCOMPARE(credit->unacked.load(), 3u);
        QCOMPARE(q2->messageCount(), 4u);

        // One ack on q1 frees one unit of channel credit; the channel pokes q2 first.
        c1->unacked.fetch_sub(1);
        credit->release(1);
        q2->dispatch();
        QCOMPARE(sink->deliveries.back().tag, std::string("c2"));
        QCOMPARE(sink->deliveries.back().body, std::string("m10"));
        QCOMPARE(credit->unacked.load(), 3u);
        q1->settle(asEntries({sink->deliveries[0].seq}), true); // no credit left: nothing moves
        QCOMPARE(sink->deliveries.size(), 4u);

        // Raising the channel prefetch to unlimited lets both drain.
        credit->prefetch = 0;
        q1->dispatch();
        q2->dispatch();
        QCOMPARE(q1->messageCount(), 0u);
        QCOMPARE(q2->messageCount(), 0u);
        QCOMPARE(sink->deliveries.size(), 8u);
    }

    void channelFlowPausedStopsDispatchUntilResumed()
    {
        auto credit = std::make_shared<ChannelCredit>();
        credit->flowActive = false;
        auto q = makeQueue();
        auto sink = std::make_shared<RecordingSink>();
        auto c = makeConsumer({"c1"}, sink, credit);
        QVERIFY(q->addConsumer(c));
        q->enqueue(msg("a"));
        QCOMPARE(sink->deliveries.size(), 0u);
        credit->flowActive = true;
        q->dispatch();
        QCOMPARE(sink->bodies(), (std::vector<std::string>{"a"}));
    }

    void inTransitWindowStopsDispatchUntilWrittenAndDispatched_data()
    {
        QTest::addColumn<bool>("noAck");
        QTest::newRow("auto-ack consumer") << true;
        QTest::newRow("acknowledging consumer without prefetch") << false;
    }
    void inTransitWindowStopsDispatchUntilWrittenAndDispatched()
    {
        QFETCH(bool, noAck);
        const std::uint32_t window = Consumer::kInTransitWindow;
        auto q = makeQueue();
        auto sink = std::make_shared<RecordingSink>();
        auto c = makeConsumer({"c1", 0, noAck}, sink);
        QVERIFY(q->addConsumer(c));
        for (const auto &b : numbered(int(window) + 10))
            q->enqueue(msg(b));
        QCOMPARE(sink->deliveries.size(), std::size_t(window));
        QCOMPARE(c->inTransit.load(), window);
        QCOMPARE(q->messageCount(), 10u);

        // Writing frees the window, but nothing moves until someone dispatches.
        written(*c, 5);
        QCOMPARE(sink->deliveries.size(), std::size_t(window));
        q->dispatch();
        QCOMPARE(sink->deliveries.size(), std::size_t(window) + 5);
        QCOMPARE(c->inTransit.load(), window);

        written(*c, window);
        q->dispatch();
        QCOMPARE(sink->deliveries.size(), std::size_t(window) + 10);
        QCOMPARE(sink->bodies(), numbered(int(window) + 10));
        QCOMPARE(c->inTransit.load(), 5u);
    }

    // -------------------------------------------------------------- requeue

    void requeuedMessagesReturnToTheirOriginalPosition_data()
    {
        // Five messages m0..m4 taken with basic.get (ack required); the rows
        // requeue subsets (in the given call order) and settle the rest.
        QTest::addColumn<std::vector<std::vector<int>>>("requeueCalls");
        QTest::addColumn<std::vector<std::string>>("expectedOrder");
        QTest::newRow("all at once")
            << std::vector<std::vector<int>>{{0, 1, 2, 3, 4}}
            << std::vector<std::string>{"m0", "m1", "m2", "m3", "m4", "m5", "m6"};
        QTest::newRow("all, given in reverse order")
            << std::vector<std::vector<int>>{{4, 3, 2, 1, 0}}
            << std::vector<std::string>{"m0", "m1", "m2", "m3", "m4", "m5", "m6"};
        QTest::newRow("non-contiguous in one call")
            << std::vector<std::vector<int>>{{1, 3}} << std::vector<std::string>{"m1", "m3", "m5", "m6"};
        QTest::newRow("interleaved: later seq first, then earlier")
            << std::vector<std::vector<int>>{{3}, {1}} << std::vector<std::string>{"m1", "m3", "m5", "m6"};
        QTest::newRow("interleaved singles out of order")
            << std::vector<std::vector<int>>{{4}, {0}, {2}}
            << std::vector<std::string>{"m0", "m2", "m4", "m5", "m6"};
        QTest::newRow("last one only") << std::vector<std::vector<int>>{{4}}
                                       << std::vector<std::string>{"m4", "m5", "m6"};
    }
    void requeuedMessagesReturnToTheirOriginalPosition()
    {
        QFETCH(std::vector<std::vector<int>>, requeueCalls);
        QFETCH(std::vector<std::string>, expectedOrder);
        auto q = makeQueue();
        for (const auto &b : numbered(7))
            q->enqueue(msg(b));
        std::vector<QueuedMessage> taken;
        std::uint32_t remaining = 0;
        for (int i = 0; i < 5; ++i)
            taken.push_back(*q->get(true, remaining));
        QCOMPARE(remaining, 2u);
        QCOMPARE(q->stats().unacked, 5u);

        std::vector<bool> requeued(5, false);
        for (const auto &call : requeueCalls) {
            std::vector<QueuedMessage> back;
            for (int i : call) {
                back.push_back(taken[std::size_t(i)]);
                requeued[std::size_t(i)] = true;
            }
            q->requeue(std::move(back));
        }
        std::vector<QueueSeq> settled;
        for (int i = 0; i < 5; ++i)
            if (!requeued[std::size_t(i)])
                settled.push_back(taken[std::size_t(i)].seq);
        q->settle(asEntries(settled), true);
        QCOMPARE(q->stats().unacked, 0u);

        const auto drained = drainWithGet(*q);
        std::vector<std::string> order;
        for (const auto &[body, count] : drained) {
            order.push_back(body);
            const bool wasRequeued = body < "m5";
            QCOMPARE(count, wasRequeued ? 1u : 0u);
        }
        QCOMPARE(order, expectedOrder);
    }

    void requeuedDeliveryGoesBackToAConsumerMarkedRedelivered()
    {
        auto q = makeQueue();
        auto sink = std::make_shared<RecordingSink>();
        auto c = makeConsumer({"c1", 2}, sink);
        QVERIFY(q->addConsumer(c));
        for (const auto &b : numbered(4))
            q->enqueue(msg(b));
        QCOMPARE(sink->bodies(), (std::vector<std::string>{"m0", "m1"}));
        // Requeue m1 only (basic.reject requeue=true); it comes back before m2.
        written(*c, 2);
        requeueBack(*q, *c, {sink->deliveries[1].entry});
        QCOMPARE(sink->bodies(), (std::vector<std::string>{"m0", "m1", "m1"}));
        QCOMPARE(sink->deliveries[2].deliveryCount, 1u);
        QVERIFY(sink->deliveries[2].entry.redelivered());
        QVERIFY(!sink->deliveries[0].entry.redelivered());
        QCOMPARE(sink->deliveries[2].seq, sink->deliveries[1].seq);

        // Requeue it again: the count keeps rising.
        written(*c, 1);
        requeueBack(*q, *c, {sink->deliveries[2].entry});
        QCOMPARE(sink->deliveries.back().body, std::string("m1"));
        QCOMPARE(sink->deliveries.back().deliveryCount, 2u);
        QCOMPARE(q->stats().redelivered, 2u);
    }

    void requeueOfAutoAckDeliveriesThatNeverLeftRestoresCounters()
    {
        auto q = makeQueue();
        auto sink = std::make_shared<RecordingSink>();
        auto c = makeConsumer({"c1", 0, true}, sink);
        QVERIFY(q->addConsumer(c));
        q->enqueue(msg("a"));
        QCOMPARE(q->stats().acked, 1u);
        QVERIFY(q->removeConsumer(c.get()) == false);
        c->returnCredit();
        q->requeue({sink->deliveries[0].entry}, false);
        QCOMPARE(q->stats().acked, 0u);
        QCOMPARE(q->stats().unacked, 0u);
        QCOMPARE(q->messageCount(), 1u);
    }

    // ------------------------------------------------------- refusing sinks

    void sinkThatRefusesKeepsTheMessageAndDropsTheConsumer()
    {
        auto q = makeQueue();
        auto sink = std::make_shared<RecordingSink>();
        sink->refuse = true;
        auto credit = std::make_shared<ChannelCredit>();
        auto c = makeConsumer({"closing", 5}, sink, credit);
        QVERIFY(q->addConsumer(c));
        QVERIFY(q->enqueue(msg("a")) == EnqueueOutcome::Queued);
        QCOMPARE(sink->offered, 1);
        QCOMPARE(q->messageCount(), 1u);
        QCOMPARE(q->consumerCount(), 0u);
        // Credit taken for the refused delivery was returned.
        QCOMPARE(c->unacked.load(), 0u);
        QCOMPARE(c->inTransit.load(), 0u);
        QCOMPARE(credit->unacked.load(), 0u);
        QCOMPARE(q->stats().unacked, 0u);
        QCOMPARE(q->stats().delivered, 0u);

        // The next consumer gets it, not marked redelivered.
        auto ok = std::make_shared<RecordingSink>();
        auto c2 = makeConsumer({"live"}, ok);
        QVERIFY(q->addConsumer(c2));
        QCOMPARE(ok->bodies(), (std::vector<std::string>{"a"}));
        QCOMPARE(ok->deliveries[0].deliveryCount, 0u);
    }

    void refusedMessageGoesToTheRemainingConsumersInOrder()
    {
        auto q = makeQueue();
        auto refusing = std::make_shared<RecordingSink>();
        refusing->refuse = true;
        auto live = std::make_shared<RecordingSink>();
        auto a = makeConsumer({"a"}, live);
        auto b = makeConsumer({"b"}, refusing);
        auto c = makeConsumer({"c"}, live);
        QVERIFY(q->addConsumer(a));
        QVERIFY(q->addConsumer(b));
        QVERIFY(q->addConsumer(c));
        for (const auto &m : numbered(6))
            q->enqueue(msg(m));
        QCOMPARE(q->consumerCount(), 2u);
        QCOMPARE(live->bodies(), numbered(6)); // nothing lost, nothing reordered
        // b's turn passes to c, then round-robin goes on between a and c.
        QCOMPARE(live->tags(), (std::vector<std::string>{"a", "c", "a", "c", "a", "c"}));
        QCOMPARE(refusing->offered, 1);
        for (const auto &r : live->deliveries)
            QCOMPARE(r.deliveryCount, 0u);
    }

    // ------------------------------------------------------------ priorities

    void priorityQueueDeliversHighestFirstFifoWithinPriority_data()
    {
        QTest::addColumn<FieldValue>("maxPriority");
        QTest::addColumn<std::vector<int>>("priorities");
        QTest::addColumn<std::vector<std::string>>("expected");
        // Message i has body "m<i>" and priority priorities[i].
        const std::vector<int> mixed{1, 5, 1, 10, 5, 0, 10};
        const std::vector<std::string> mixedOrder{"m3", "m6", "m1", "m4", "m0", "m2", "m5"};
        QTest::newRow("x-max-priority 10 as int32") << FieldValue(std::int32_t(10)) << mixed << mixedOrder;
        QTest::newRow("x-max-priority 10 as int8 (amqplib)") << FieldValue(std::int8_t(10)) << mixed << mixedOrder;
        QTest::newRow("x-max-priority 10 as int64") << FieldValue(std::int64_t(10)) << mixed << mixedOrder;
        QTest::newRow("above max counts as max, FIFO with max")
            << FieldValue(std::int32_t(5)) << std::vector<int>{5, 200, 9, 5, 1}
            << std::vector<std::string>{"m0", "m1", "m2", "m3", "m4"};
        QTest::newRow("above max interleaved with lower")
            << FieldValue(std::int32_t(3)) << std::vector<int>{1, 7, 0, 3, 2}
            << std::vector<std::string>{"m1", "m3", "m4", "m0", "m2"};
        QTest::newRow("no x-max-priority: plain FIFO")
            << FieldValue() << std::vector<int>{1, 9, 5} << std::vector<std::string>{"m0", "m1", "m2"};
    }
    void priorityQueueDeliversHighestFirstFifoWithinPriority()
    {
        QFETCH(FieldValue, maxPriority);
        QFETCH(std::vector<int>, priorities);
        QFETCH(std::vector<std::string>, expected);
        FieldTable args;
        if (!maxPriority.isVoid())
            args.set("x-max-priority", maxPriority);
        auto q = makeQueue(args);
        for (std::size_t i = 0; i < priorities.size(); ++i)
            q->enqueue(msg("m" + std::to_string(i), std::uint8_t(priorities[i])));
        auto sink = std::make_shared<RecordingSink>();
        QVERIFY(q->addConsumer(makeConsumer({"c1"}, sink)));
        QCOMPARE(sink->bodies(), expected);
    }

    void priorityQueueRequeueReturnsToPositionWithinItsPriority()
    {
        FieldTable args;
        args.set("x-max-priority", std::int32_t(5));
        auto q = makeQueue(args);
        q->enqueue(msg("lo0", 1));
        q->enqueue(msg("hi0", 5));
        q->enqueue(msg("hi1", 5));
        q->enqueue(msg("lo1", 1));
        std::uint32_t remaining = 0;
        auto hi0 = q->get(true, remaining);
        QCOMPARE(hi0->message->body, std::string("hi0"));
        QCOMPARE(remaining, 3u);
        q->requeue({*hi0});
        const auto drained = drainWithGet(*q);
        QCOMPARE(drained.size(), 4u);
        QCOMPARE(drained[0], (std::pair<std::string, std::uint32_t>{"hi0", 1}));
        QCOMPARE(drained[1].first, std::string("hi1"));
        QCOMPARE(drained[2].first, std::string("lo0"));
        QCOMPARE(drained[3].first, std::string("lo1"));
    }

    // ------------------------------------------------------------ basic.get

    void basicGetReportsRemainingAndCountsUnacked_data()
    {
        QTest::addColumn<bool>("ackRequired");
        QTest::newRow("basic.get with ack") << true;
        QTest::newRow("basic.get no-ack") << false;
    }
    void basicGetReportsRemainingAndCountsUnacked()
    {
        QFETCH(bool, ackRequired);
        auto q = makeQueue();
        std::uint32_t remaining = 99;
        QVERIFY(!q->get(ackRequired, remaining));
        QCOMPARE(remaining, 0u);

        for (const auto &b : numbered(3))
            q->enqueue(msg(b));
        std::vector<QueueSeq> seqs;
        for (std::uint32_t expectRemaining : {2u, 1u, 0u}) {
            auto e = q->get(ackRequired, remaining);
            QVERIFY(e);
            QCOMPARE(remaining, expectRemaining);
            QCOMPARE(e->deliveryCount, 0u);
            seqs.push_back(e->seq);
        }
        QVERIFY(!q->get(ackRequired, remaining));
        QCOMPARE(remaining, 0u);
        QCOMPARE(q->messageCount(), 0u);
        QCOMPARE(q->stats().delivered, 3u);
        QCOMPARE(q->stats().unacked, ackRequired ? 3u : 0u);
        QCOMPARE(q->stats().acked, ackRequired ? 0u : 3u);
        if (ackRequired) {
            q->settle(asEntries(std::span(seqs).first(2)), true);
            QCOMPARE(q->stats().unacked, 1u);
            QCOMPARE(q->stats().acked, 2u);
            q->settle(asEntries(std::span(seqs).last(1)), false); // reject without requeue
            QCOMPARE(q->stats().unacked, 0u);
            QCOMPARE(q->stats().acked, 2u);
        }
    }

    // ---------------------------------------------------------------- purge

    void purgeReturnsReadyCountAndKeepsUnacked_data()
    {
        QTest::addColumn<int>("published");
        QTest::addColumn<int>("taken");
        QTest::newRow("empty queue") << 0 << 0;
        QTest::newRow("5 ready") << 5 << 0;
        QTest::newRow("5 published, 2 unacked") << 5 << 2;
        QTest::newRow("all unacked") << 3 << 3;
    }
    void purgeReturnsReadyCountAndKeepsUnacked()
    {
        QFETCH(int, published);
        QFETCH(int, taken);
        auto q = makeQueue();
        for (const auto &b : numbered(published))
            q->enqueue(msg(b));
        std::uint32_t remaining = 0;
        std::vector<QueuedMessage> held;
        for (int i = 0; i < taken; ++i)
            held.push_back(*q->get(true, remaining));
        QCOMPARE(q->purge(), std::uint32_t(published - taken));
        QCOMPARE(q->messageCount(), 0u);
        QCOMPARE(q->stats().readyBytes, 0u);
        QCOMPARE(q->stats().unacked, std::uint64_t(taken));
        QCOMPARE(q->purge(), 0u);
        // Unacked messages requeued after a purge come back.
        q->requeue(held);
        QCOMPARE(q->messageCount(), std::uint32_t(taken));
    }

    // ----------------------------------------------------- exclusive consumers

    void exclusiveConsumerConflicts_data()
    {
        QTest::addColumn<bool>("firstExclusive");
        QTest::addColumn<bool>("secondExclusive");
        QTest::addColumn<bool>("secondAccepted");
        QTest::newRow("shared then shared") << false << false << true;
        QTest::newRow("exclusive then shared") << true << false << false;
        QTest::newRow("shared then exclusive") << false << true << false;
        QTest::newRow("exclusive then exclusive") << true << true << false;
    }
    void exclusiveConsumerConflicts()
    {
        QFETCH(bool, firstExclusive);
        QFETCH(bool, secondExclusive);
        QFETCH(bool, secondAccepted);
        auto q = makeQueue();
        auto sink = std::make_shared<RecordingSink>();
        auto first = makeConsumer({"first", 0, false, firstExclusive}, sink);
        auto second = makeConsumer({"second", 0, false, secondExclusive}, sink);
        QVERIFY(q->addConsumer(first));
        QCOMPARE(q->hasExclusiveConsumer(), firstExclusive);
        const ModelStatus st = q->addConsumer(second);
        QCOMPARE(st.ok(), secondAccepted);
        if (!secondAccepted) {
            QCOMPARE(st.error().kind, ErrorKind::ResourceLocked);
            QCOMPARE(st.error().text, std::string("queue 'q' in vhost '/' in exclusive use"));
            QCOMPARE(q->consumerCount(), 1u);
            // Once the first goes, the second may consume.
            q->removeConsumer(first.get());
            QVERIFY(q->addConsumer(second));
            QCOMPARE(q->hasExclusiveConsumer(), secondExclusive);
        } else {
            QCOMPARE(q->consumerCount(), 2u);
        }
    }

    // ----------------------------------------------------------- auto-delete

    void removeConsumerReportsAutoDeleteOnlyForTheLastConsumer_data()
    {
        QTest::addColumn<bool>("autoDelete");
        QTest::addColumn<int>("consumers");
        QTest::addColumn<std::vector<bool>>("expectedReturns"); // one per removal, in order
        QTest::newRow("auto-delete, one consumer") << true << 1 << std::vector<bool>{true};
        QTest::newRow("auto-delete, three consumers") << true << 3 << std::vector<bool>{false, false, true};
        QTest::newRow("not auto-delete") << false << 2 << std::vector<bool>{false, false};
    }
    void removeConsumerReportsAutoDeleteOnlyForTheLastConsumer()
    {
        QFETCH(bool, autoDelete);
        QFETCH(int, consumers);
        QFETCH(std::vector<bool>, expectedReturns);
        auto q = makeQueue({}, autoDelete);
        auto sink = std::make_shared<RecordingSink>();
        std::vector<ConsumerPtr> cs;
        for (int i = 0; i < consumers; ++i) {
            cs.push_back(makeConsumer({"c" + std::to_string(i)}, sink));
            QVERIFY(q->addConsumer(cs.back()));
        }
        auto stranger = makeConsumer({"never-added"}, sink);
        QCOMPARE(q->removeConsumer(stranger.get()), false);
        for (int i = 0; i < consumers; ++i)
            QCOMPARE(q->removeConsumer(cs[std::size_t(i)].get()), bool(expectedReturns[std::size_t(i)]));
        // Removing again, or removing one that never consumed, is not "last consumer".
        QCOMPARE(q->removeConsumer(cs.front().get()), false);
        QCOMPARE(q->removeConsumer(stranger.get()), false);
    }

    void autoDeleteQueueWithoutConsumerEverIsNotReportedForDeletion()
    {
        auto q = makeQueue({}, true);
        auto sink = std::make_shared<RecordingSink>();
        auto c = makeConsumer({"c"}, sink);
        QCOMPARE(q->removeConsumer(c.get()), false);
    }

    // -------------------------------------------------------------- deletion

    void deletedQueueRefusesEnqueueAndConsumersAndReturnsItsConsumers()
    {
        auto q = makeQueue();
        auto sink = std::make_shared<RecordingSink>();
        auto c = makeConsumer({"c", 1}, sink);
        QVERIFY(q->addConsumer(c));
        for (const auto &b : numbered(4))
            q->enqueue(msg(b));
        std::vector<ConsumerPtr> out;
        QCOMPARE(q->markDeleted(out), 3u); // one is with the consumer
        QVERIFY(q->isDeleted());
        QCOMPARE(out.size(), 1u);
        QCOMPARE(out.front(), c);
        QCOMPARE(q->consumerCount(), 0u);
        QVERIFY(q->enqueue(msg("late")) == EnqueueOutcome::Deleted);
        QCOMPARE(q->messageCount(), 0u);
        const ModelStatus st = q->addConsumer(makeConsumer({"late"}, sink));
        QVERIFY(!st);
        QCOMPARE(st.error().kind, ErrorKind::NotFound);
        // Settling or requeueing on a deleted queue is harmless.
        q->settle(asEntries({sink->deliveries[0].seq}), true);
        q->requeue({sink->deliveries[0].entry});
        QCOMPARE(q->messageCount(), 0u);
    }

    void statsCountPublishedDeliveredRedeliveredAndAcked()
    {
        auto q = makeQueue();
        auto sink = std::make_shared<RecordingSink>();
        auto c = makeConsumer({"c"}, sink);
        for (const auto &b : numbered(3))
            q->enqueue(msg(b));
        QCOMPARE(q->stats().ready, 3u);
        QCOMPARE(q->stats().readyBytes, 6u); // "m0" "m1" "m2"
        QVERIFY(q->addConsumer(c));
        written(*c, 3);
        requeueBack(*q, *c, {sink->deliveries[0].entry}); // m0 redelivered at once
        written(*c, 1);
        std::vector<QueueSeq> all;
        for (std::size_t i = 1; i < sink->deliveries.size(); ++i)
            all.push_back(sink->deliveries[i].seq);
        ack(*q, *c, all);
        const QueueStats s = q->stats();
        QCOMPARE(s.published, 3u);
        QCOMPARE(s.delivered, 4u);
        QCOMPARE(s.redelivered, 1u);
        QCOMPARE(s.acked, 3u);
        QCOMPARE(s.unacked, 0u);
        QCOMPARE(s.ready, 0u);
        QCOMPARE(s.consumers, 1);
    }
};

QTEST_APPLESS_MAIN(TestQueue)
#include "tst_queue.moc"
