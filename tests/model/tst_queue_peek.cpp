// Queue::peek, the message browser's view of a queue: copies of the ready
// messages in delivery order (priority order too), the paged range read back
// from the log after the in-memory part, requeued messages marked
// redelivered — and nothing changes: no delivery, no count, no paging, and
// after a restart the messages recovery found settled stay settled for the
// consumers that come after the browse.

#ifndef Q_MOC_RUN
#include "model/queue.h"
#include "model/queue_store/queue_store_provider.h"
#include "model/virtual_host.h"
#include "storage/group_commit.h"
#include "storage/memory_file_system.h"
#endif

#include <QtTest>

#include <atomic>
#include <memory>
#include <string>
#include <vector>

using namespace warren;
using namespace warren::model;
using namespace std::chrono_literals;

namespace {

MessagePtr message(const std::string &body, bool persistent = false, std::uint8_t priority = 0)
{
    auto m = std::make_shared<Message>();
    m->exchange = "ex";
    m->routingKey = "key." + body;
    m->body = body;
    m->persistent = persistent;
    m->priority = priority;
    return m;
}

std::string head(const std::string &body)
{
    return body.substr(0, body.find(':'));
}

std::vector<std::string> heads(const QueuePeek &p)
{
    std::vector<std::string> v;
    for (const auto &m : p.messages)
        v.push_back(head(m.message->body));
    return v;
}

std::vector<std::string> numbered(int from, int to)
{
    std::vector<std::string> v;
    for (int i = from; i < to; ++i)
        v.push_back(std::to_string(i));
    return v;
}

/// Takes every ready message as basic.get with ack required would.
std::vector<QueuedMessage> drain(Queue &q)
{
    std::vector<QueuedMessage> out;
    std::uint32_t remaining = 0;
    while (auto m = q.get(true, remaining))
        out.push_back(std::move(*m));
    return out;
}

std::vector<std::string> heads(const std::vector<QueuedMessage> &v)
{
    std::vector<std::string> out;
    for (const auto &m : v)
        out.push_back(head(m.message->body));
    return out;
}

// The broker's queue storage over an in-memory file system that outlives
// restarts (as tst_queue_store's stack, reduced to what peeking needs).
struct Stack {
    explicit Stack(storage::FileSystem &files, std::uint64_t budget) : fs(files), budget(budget) { start(); }
    ~Stack() { stop(); }
    void start()
    {
        storage::FlusherConfig fc;
        fc.interval = 1ms;
        flusher = std::make_unique<storage::Flusher>(fc);
        queue_store::QueueStoreConfig qc;
        qc.root = "/amqp";
        qc.memoryBudget = budget;
        provider = std::make_unique<queue_store::QueueStoreProvider>(fs, flusher.get(), qc);
        vhost = std::make_unique<VirtualHost>("/");
        vhost->setMessageStoreProvider(provider.get());
    }
    void stop()
    {
        if (!vhost)
            return;
        flusher->stop();
        vhost->closeMessageStores();
        vhost.reset();
    }
    void restart(const std::string &durableQueue)
    {
        stop();
        start();
        Definitions defs;
        QueueDefinition d;
        d.vhost = "/";
        d.name = durableQueue;
        d.options.durable = true;
        defs.queues.push_back(d);
        const std::string problems = vhost->restore(defs);
        QVERIFY2(problems.empty(), problems.c_str());
    }
    QueuePtr declare(const std::string &name, bool durable)
    {
        QueueOptions o;
        o.durable = durable;
        auto r = vhost->declareQueue(name, o, false, ConnectionId{1});
        if (!r)
            qFatal("declare failed: %s", r.error().text.c_str());
        return r->queue;
    }
    bool durable(Queue &q)
    {
        std::atomic<bool> done{false};
        q.whenDurable([&](std::optional<std::string>) { done = true; });
        return QTest::qWaitFor([&] { return done.load(); }, 5000);
    }

    storage::FileSystem &fs;
    std::uint64_t budget;
    std::unique_ptr<storage::Flusher> flusher;
    std::unique_ptr<queue_store::QueueStoreProvider> provider;
    std::unique_ptr<VirtualHost> vhost;
};

} // namespace

class TestQueuePeek : public QObject {
    Q_OBJECT
private slots:
    void peekListsReadyMessagesInOrderWithoutConsumingThem()
    {
        auto q = std::make_shared<Queue>("/", "plain", QueueOptions{});
        for (int i = 0; i < 10; ++i)
            q->enqueue(message(std::to_string(i)));
        const QueueStats before = q->stats();

        const QueuePeek all = q->peek(0, 100);
        QCOMPARE(all.ready, 10u);
        QCOMPARE(heads(all), numbered(0, 10));
        for (std::size_t i = 0; i < all.messages.size(); ++i) {
            const PeekedMessage &m = all.messages[i];
            QCOMPARE(m.position, i);
            QCOMPARE(m.seq.value, i + 1);
            QCOMPARE(m.deliveryCount, 0u);
            QVERIFY(!m.paged);
            QVERIFY(!m.stored);
            QCOMPARE(m.message->exchange, std::string("ex"));
            QCOMPARE(m.message->routingKey, "key." + std::to_string(i));
        }
        const QueuePeek window = q->peek(3, 4);
        QCOMPARE(heads(window), numbered(3, 7));
        QCOMPARE(window.messages.front().position, 3u);
        QVERIFY(q->peek(10, 5).messages.empty());
        QVERIFY(q->peek(0, 0).messages.empty());

        const QueueStats after = q->stats();
        QCOMPARE(after.ready, before.ready);
        QCOMPARE(after.delivered, 0u);
        QCOMPARE(after.unacked, 0u);
        QCOMPARE(q->messageCount(), 10u);
        QCOMPARE(heads(drain(*q)), numbered(0, 10));
    }

    void peekIsCappedAndStopsAtItsByteBudget()
    {
        auto q = std::make_shared<Queue>("/", "many", QueueOptions{});
        for (int i = 0; i < 1500; ++i)
            q->enqueue(message(std::to_string(i) + ":" + std::string(100, 'x')));
        QCOMPARE(q->peek(0, 5000).messages.size(), Queue::kMaxPeek);
        // About 1000 body bytes: the message that reaches the budget is the last.
        const QueuePeek small = q->peek(0, 100, 1000);
        QCOMPARE(small.messages.size(), std::size_t(10));
        // A budget smaller than one message still gives one.
        QCOMPARE(q->peek(7, 100, 1).messages.size(), std::size_t(1));
        QCOMPARE(head(q->peek(7, 100, 1).messages[0].message->body), std::string("7"));
    }

    void priorityQueuePeekFollowsDeliveryOrder()
    {
        QueueOptions o;
        o.arguments.set("x-max-priority", FieldValue(std::int32_t(5)));
        auto q = std::make_shared<Queue>("/", "prio", o);
        const std::vector<std::pair<std::string, int>> published{
            {"a", 0}, {"b", 5}, {"c", 1}, {"d", 5}, {"e", 3}, {"f", 0}, {"g", 9}};
        for (const auto &[body, priority] : published)
            q->enqueue(message(body, false, std::uint8_t(priority)));
        const QueuePeek p = q->peek(0, 100);
        const std::vector<std::string> expected{"b", "d", "g", "e", "c", "a", "f"}; // 9 counts as 5
        QCOMPARE(heads(p), expected);
        QCOMPARE(heads(q->peek(2, 3)), (std::vector<std::string>{"g", "e", "c"}));
        QCOMPARE(int(p.messages[2].message->priority), 9);
        QCOMPARE(heads(drain(*q)), expected);
    }

    void requeuedMessagesShowAsRedeliveredInTheirPlace()
    {
        auto q = std::make_shared<Queue>("/", "requeue", QueueOptions{});
        for (int i = 0; i < 5; ++i)
            q->enqueue(message(std::to_string(i)));
        std::uint32_t remaining = 0;
        std::vector<QueuedMessage> taken{*q->get(true, remaining), *q->get(true, remaining)};
        QCOMPARE(heads(q->peek(0, 10)), numbered(2, 5)); // unacked ones are not shown
        q->requeue(taken);
        const QueuePeek p = q->peek(0, 10);
        QCOMPARE(heads(p), numbered(0, 5));
        QCOMPARE(p.messages[0].deliveryCount, 1u);
        QCOMPARE(p.messages[1].deliveryCount, 1u);
        QCOMPARE(p.messages[2].deliveryCount, 0u);
    }

    void pagedRangeFollowsTheInMemoryPartInOrder()
    {
        storage::MemoryFileSystem files;
        Stack s(files, 64 * 1024);
        auto q = s.declare("backlog", false);
        const std::string pad(1000, 'p');
        for (int i = 0; i < 2000; ++i)
            q->enqueue(message(std::to_string(i) + ":" + pad));
        const QueueStats before = q->stats();
        QVERIFY2(before.pagedOut > 1500, qPrintable(QString::number(before.pagedOut)));
        const std::uint64_t inMemory = before.ready - before.pagedOut;

        // Across the boundary between memory and the log.
        const QueuePeek across = q->peek(inMemory - 2, 5);
        QCOMPARE(across.ready, 2000u);
        QCOMPARE(heads(across), numbered(int(inMemory) - 2, int(inMemory) + 3));
        QVERIFY(!across.messages[1].paged);
        QVERIFY(across.messages[2].paged);
        QVERIFY(across.messages[2].stored);
        QVERIFY(across.messages[2].storedAtMs > 0);
        QCOMPARE(across.messages[2].position, inMemory);
        QCOMPARE(across.messages[2].message->routingKey, "key." + std::to_string(inMemory) + ":" + pad);

        // Deep into the paged range, and the whole queue in pages of 1000.
        QCOMPARE(heads(q->peek(1500, 10)), numbered(1500, 1510));
        std::vector<std::string> everything;
        for (std::uint64_t from = 0; from < 2000; from += 1000) {
            const QueuePeek page = q->peek(from, 1000);
            QVERIFY(page.error.empty());
            QVERIFY(!page.moved);
            for (const auto &m : page.messages)
                everything.push_back(head(m.message->body));
        }
        QCOMPARE(everything, numbered(0, 2000));
        QVERIFY(q->peek(2000, 10).messages.empty());

        // Nothing moved: same paging, same memory, nothing delivered; the
        // queue still serves everything in order.
        const QueueStats after = q->stats();
        QCOMPARE(after.ready, before.ready);
        QCOMPARE(after.pagedOut, before.pagedOut);
        QCOMPARE(after.memoryBytes, before.memoryBytes);
        QCOMPARE(after.delivered, 0u);
        QCOMPARE(heads(drain(*q)), numbered(0, 2000));
    }

    void browsingAfterRestartKeepsRecoveredSettlementsSettled()
    {
        storage::MemoryFileSystem files;
        Stack s(files, 32ull << 20);
        auto q = s.declare("orders", true);
        for (int i = 0; i < 100; ++i)
            q->enqueue(message(std::to_string(i), true));
        QVERIFY(s.durable(*q));
        auto taken = drain(*q);
        QCOMPARE(taken.size(), std::size_t(100));
        // Settle 10..19 in the middle; the rest stays unacknowledged.
        q->settle(std::span(taken).subspan(10, 10), true);
        QVERIFY(s.durable(*q));
        q.reset();
        taken.clear();

        s.restart("orders");
        auto back = s.vhost->findQueue("orders");
        QVERIFY(back);
        QCOMPARE(back->messageCount(), 90u);
        std::vector<std::string> expected = numbered(0, 10);
        for (const auto &b : numbered(20, 100))
            expected.push_back(b);
        const QueuePeek p = back->peek(0, 1000);
        QCOMPARE(heads(p), expected);
        for (const auto &m : p.messages) {
            QVERIFY(m.paged);
            QCOMPARE(m.deliveryCount, 1u); // recovered: may have been delivered before
            QVERIFY(m.message->persistent);
        }
        // Browsing read ahead of the queue's own cursor: the settled ones
        // must still be skipped when consumers read the log.
        QCOMPARE(back->messageCount(), 90u);
        QCOMPARE(heads(drain(*back)), expected);
    }
};

QTEST_GUILESS_MAIN(TestQueuePeek)
#include "tst_queue_peek.moc"
