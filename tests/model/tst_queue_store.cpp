// Queues on the storage engine (model/queue_store): persistent messages in a
// durable queue's log survive a restart and settled ones do not come back;
// transient ones are gone; paging keeps memory near the budget and the order
// intact; purge and delete reach the disk; segments go once settled; a crash
// (appends after the last sync lost) never loses what whenDurable() covered;
// fsync failures and short writes surface as errors and never as success.
//
// "Restart" here is what the broker does on start: close every queue's log,
// then a new VirtualHost restores the queue definitions over the same files.

#ifndef Q_MOC_RUN
#include "kafka/codec/record_batch.h"
#include "model/queue_store/message_record.h"
#include "model/queue_store/queue_log_store.h"
#include "model/queue_store/queue_store_provider.h"
#include "model/virtual_host.h"
#include "storage/fault_injecting_file_system.h"
#include "storage/group_commit.h"
#include "storage/memory_file_system.h"
#endif

#include <QtTest>

#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <vector>

using namespace warren;
using namespace warren::model;
using namespace std::chrono_literals;

namespace {

MessagePtr message(const std::string &body, bool persistent)
{
    auto m = std::make_shared<Message>();
    m->routingKey = "q";
    m->body = body;
    m->persistent = persistent;
    m->encodedProperties = std::string("\x10\x00\x02", 3); // flags: delivery-mode set; value 2
    m->messageId = "id-" + body;
    return m;
}

// The broker's storage stack over one in-memory file system that outlives
// "restarts" (new VirtualHost, provider and flusher over the same files).
struct Stack {
    explicit Stack(storage::FileSystem &files, std::uint64_t budget = 32ull << 20,
                   storage::DurabilityPolicy policy = storage::DurabilityPolicy::Interval,
                   std::uint64_t segmentBytes = 64ull << 20)
        : fs(files)
    {
        storage::FlusherConfig fc;
        fc.policy = policy;
        fc.interval = 1ms;
        flusher = std::make_unique<storage::Flusher>(fc);
        queue_store::QueueStoreConfig qc;
        qc.root = "/amqp";
        qc.memoryBudget = budget;
        qc.segmentBytes = segmentBytes;
        provider = std::make_unique<queue_store::QueueStoreProvider>(fs, flusher.get(), qc);
        vhost = std::make_unique<VirtualHost>("/");
        vhost->setMessageStoreProvider(provider.get());
    }
    ~Stack() { stop(); }
    void stop()
    {
        if (!vhost)
            return;
        flusher->stop();
        vhost->closeMessageStores();
        vhost.reset();
    }
    /// A restart over the same files: stop, then restore `durableQueues`.
    void restart(const std::vector<std::string> &durableQueues)
    {
        stop();
        storage::FlusherConfig fc;
        fc.interval = 1ms;
        flusher = std::make_unique<storage::Flusher>(fc);
        queue_store::QueueStoreConfig qc = config();
        provider = std::make_unique<queue_store::QueueStoreProvider>(fs, flusher.get(), qc);
        vhost = std::make_unique<VirtualHost>("/");
        vhost->setMessageStoreProvider(provider.get());
        Definitions defs;
        for (const auto &name : durableQueues) {
            QueueDefinition d;
            d.vhost = "/";
            d.name = name;
            d.options.durable = true;
            defs.queues.push_back(d);
        }
        const std::string problems = vhost->restore(defs);
        QVERIFY2(problems.empty(), problems.c_str());
    }
    queue_store::QueueStoreConfig config() const
    {
        queue_store::QueueStoreConfig qc;
        qc.root = "/amqp";
        return qc;
    }
    QueuePtr declare(const std::string &name, bool durable, FieldTable args = {})
    {
        QueueOptions o;
        o.durable = durable;
        o.arguments = std::move(args);
        auto r = vhost->declareQueue(name, o, false, ConnectionId{1});
        if (!r)
            qFatal("declare failed: %s", r.error().text.c_str());
        return r->queue;
    }
    /// Waits for the queue's durability barrier; returns its error, if any.
    std::optional<std::string> durable(Queue &q)
    {
        std::atomic<int> done{0};
        std::optional<std::string> err;
        q.whenDurable([&](std::optional<std::string> e) {
            err = std::move(e);
            done.store(1);
        });
        QElapsedTimer t;
        t.start();
        while (done.load() != 1 && t.elapsed() < 5000)
            QTest::qWait(1);
        if (done.load() != 1)
            return std::string("timed out waiting for durability");
        return err;
    }

    storage::FileSystem &fs;
    std::unique_ptr<storage::Flusher> flusher;
    std::unique_ptr<queue_store::QueueStoreProvider> provider;
    std::unique_ptr<VirtualHost> vhost;
};

/// Takes every ready message with basic.get semantics (ack required).
std::vector<QueuedMessage> drain(Queue &q)
{
    std::vector<QueuedMessage> out;
    std::uint32_t remaining = 0;
    while (auto m = q.get(true, remaining))
        out.push_back(std::move(*m));
    return out;
}

std::vector<std::string> bodies(const std::vector<QueuedMessage> &v)
{
    std::vector<std::string> b;
    for (const auto &m : v)
        b.push_back(m.message->body);
    return b;
}

std::vector<std::string> numbered(int from, int to)
{
    std::vector<std::string> v;
    for (int i = from; i < to; ++i)
        v.push_back(std::to_string(i));
    return v;
}

} // namespace

class TestQueueStore : public QObject {
    Q_OBJECT
private slots:
    void messageRecordIsAValidKafkaBatchAndRoundTrips()
    {
        Message m;
        m.exchange = "amq.topic";
        m.routingKey = "a.b";
        m.body = std::string(300, 'b');
        m.encodedProperties = std::string("\x90\x00\x02", 3);
        m.persistent = true;
        m.priority = 7;
        m.expirationMs = 60000;
        m.messageId = "m-1";
        FieldTable h;
        h.set("k", FieldValue(std::string("v")));
        m.headers = h;
        std::string batch;
        queue_store::appendMessageBatch(batch, m, QueueSeq{42}, 1700000000000);
        QVERIFY(kafka::validateBatch(std::as_bytes(std::span(batch))).ok());
        int n = 0;
        QVERIFY(queue_store::forEachMessageRecord(std::as_bytes(std::span(batch)), [&](queue_store::DecodedRecord &&r) {
            ++n;
            QCOMPARE(r.seq.value, 42u);
            QCOMPARE(r.timestampMs, 1700000000000);
            QCOMPARE(r.message->exchange, m.exchange);
            QCOMPARE(r.message->routingKey, m.routingKey);
            QCOMPARE(r.message->body, m.body);
            QCOMPARE(r.message->encodedProperties, m.encodedProperties);
            QVERIFY(r.message->persistent);
            QCOMPARE(int(r.message->priority), 7);
            QCOMPARE(*r.message->expirationMs, 60000u);
            QCOMPARE(r.message->messageId, m.messageId);
            QVERIFY(r.message->headers && *r.message->headers == h);
        }));
        QCOMPARE(n, 1);
    }

    void persistentMessagesSurviveRestartTransientOnesDoNot()
    {
        storage::MemoryFileSystem files;
        Stack s(files);
        auto q = s.declare("orders", true);
        for (int i = 0; i < 10; ++i)
            QVERIFY(q->enqueue(message(std::to_string(i), i % 2 == 0)) ==
                    (i % 2 == 0 ? EnqueueOutcome::QueuedDurable : EnqueueOutcome::Queued));
        QVERIFY(!s.durable(*q));
        auto transientQueue = s.declare("scratch", false);
        QVERIFY(transientQueue->enqueue(message("t", true)) == EnqueueOutcome::Queued);

        s.restart({"orders"});
        QVERIFY(!s.vhost->findQueue("scratch"));
        auto back = s.vhost->findQueue("orders");
        QVERIFY(back);
        QCOMPARE(back->messageCount(), 5u);
        auto got = drain(*back);
        QCOMPARE(bodies(got), (std::vector<std::string>{"0", "2", "4", "6", "8"}));
        for (const auto &m : got) {
            QVERIFY2(m.redelivered(), "recovered messages carry the redelivered flag");
            QVERIFY(m.message->persistent);
            QCOMPARE(m.message->messageId, "id-" + m.message->body);
            QCOMPARE(m.message->encodedProperties, std::string("\x10\x00\x02", 3));
        }
    }

    void settledMessagesStaySettledAcrossRestarts()
    {
        storage::MemoryFileSystem files;
        Stack s(files);
        auto q = s.declare("work", true);
        for (int i = 0; i < 100; ++i)
            q->enqueue(message(std::to_string(i), true));
        QVERIFY(!s.durable(*q));
        auto taken = drain(*q);
        QCOMPARE(taken.size(), std::size_t(100));
        // Ack 0..39, reject 40..49 (dropped), leave 50..99 unacknowledged.
        q->settle(std::span(taken).first(40), true);
        q->settle(std::span(taken).subspan(40, 10), false);
        QVERIFY(!s.durable(*q)); // settlements are written once the log is durable past them

        s.restart({"work"});
        auto back = s.vhost->findQueue("work");
        QCOMPARE(back->messageCount(), 50u);
        auto got = drain(*back);
        QCOMPARE(bodies(got), numbered(50, 100));
        // Ack 50..59 in this life; a second restart keeps both lives' settlements.
        back->settle(std::span(got).first(10), true);
        QVERIFY(!s.durable(*back));
        s.restart({"work"});
        auto third = s.vhost->findQueue("work");
        QCOMPARE(bodies(drain(*third)), numbered(60, 100));
    }

    void pagingKeepsMemoryNearBudgetAndOrderIntact()
    {
        storage::MemoryFileSystem files;
        const std::uint64_t budget = 256 * 1024;
        Stack s(files, budget);
        auto q = s.declare("backlog", false);
        const std::string pad(1000, 'x');
        for (int i = 0; i < 5000; ++i)
            q->enqueue(message(std::to_string(i) + ":" + pad, false));
        const QueueStats st = q->stats();
        QCOMPARE(st.ready, 5000u);
        QVERIFY2(st.pagedOut > 4000, qPrintable(QString::number(st.pagedOut)));
        QVERIFY2(st.memoryBytes <= budget + 2000, qPrintable(QString::number(st.memoryBytes)));
        QVERIFY(st.diskBytes > 4000u * 1000u);
        // Drain in order; memory never holds more than the budget plus one refill.
        std::uint32_t remaining = 0;
        for (int i = 0; i < 5000; ++i) {
            auto m = q->get(false, remaining);
            QVERIFY(m);
            QCOMPARE(m->message->body.substr(0, m->message->body.find(':')), std::to_string(i));
            QVERIFY(!m->redelivered());
            QVERIFY(q->stats().memoryBytes <= budget + 2000);
        }
        QVERIFY(!q->get(false, remaining));
        QCOMPARE(q->stats().pagedOut, 0u);
        // Back under budget: new messages stay in memory again.
        q->enqueue(message("after", false));
        QCOMPARE(q->stats().pagedOut, 0u);
        QCOMPARE(bodies(drain(*q)), std::vector<std::string>{"after"});
    }

    void requeuedMessagesKeepTheirPlaceBeforePagedOnes()
    {
        storage::MemoryFileSystem files;
        Stack s(files, 16 * 1024);
        auto q = s.declare("mixed", true);
        const std::string pad(1000, 'y');
        for (int i = 0; i < 200; ++i)
            q->enqueue(message(std::to_string(i) + ":" + pad, true));
        QVERIFY(q->stats().pagedOut > 100);
        std::uint32_t remaining = 0;
        std::vector<QueuedMessage> first;
        for (int i = 0; i < 3; ++i)
            first.push_back(*q->get(true, remaining));
        q->requeue(first);
        auto all = drain(*q);
        QCOMPARE(all.size(), std::size_t(200));
        for (int i = 0; i < 200; ++i)
            QCOMPARE(all[std::size_t(i)].message->body.substr(0, all[std::size_t(i)].message->body.find(':')),
                     std::to_string(i));
        QVERIFY(all[0].redelivered() && all[2].redelivered() && !all[3].redelivered());
    }

    void durablePagedBacklogSurvivesRestart()
    {
        storage::MemoryFileSystem files;
        Stack s(files, 64 * 1024);
        auto q = s.declare("big", true);
        const std::string pad(500, 'z');
        for (int i = 0; i < 3000; ++i)
            q->enqueue(message(std::to_string(i) + ":" + pad, true));
        QVERIFY(q->stats().pagedOut > 2000);
        std::uint32_t remaining = 0;
        std::vector<QueuedMessage> taken;
        for (int i = 0; i < 1000; ++i)
            taken.push_back(*q->get(true, remaining));
        q->settle(taken, true);
        QVERIFY(!s.durable(*q));
        s.restart({"big"});
        auto back = s.vhost->findQueue("big");
        QCOMPARE(back->messageCount(), 2000u);
        QVERIFY2(back->stats().memoryBytes < 200 * 1024, "recovery does not load the backlog into memory");
        auto got = drain(*back);
        QCOMPARE(got.size(), std::size_t(2000));
        QCOMPARE(got.front().message->body.substr(0, 4), std::string("1000"));
        QCOMPARE(got.back().message->body.substr(0, 4), std::string("2999"));
    }

    void purgeAndDeleteReachTheDisk()
    {
        storage::MemoryFileSystem files;
        Stack s(files, 32 * 1024);
        auto q = s.declare("p", true);
        for (int i = 0; i < 500; ++i)
            q->enqueue(message(std::string(400, 'a') + std::to_string(i), true));
        QVERIFY(q->stats().pagedOut > 0);
        QCOMPARE(q->purge(), 500u);
        QCOMPARE(q->messageCount(), 0u);
        q->enqueue(message("kept", true));
        QVERIFY(!s.durable(*q));
        // The purge's settlement waits for durability like any other; give it a pass.
        QTest::qWait(50);
        s.restart({"p"});
        QCOMPARE(bodies(drain(*s.vhost->findQueue("p"))), std::vector<std::string>{"kept"});

        const std::string dir = s.provider->durableDir("/", "p");
        QVERIFY(files.exists(dir + "/messages"));
        QVERIFY(s.vhost->deleteQueue("p", false, false, ConnectionId{1}));
        QVERIFY(!files.exists(dir + "/messages"));
        // Declared again: a new, empty queue, not the old messages.
        auto again = s.declare("p", true);
        QCOMPARE(again->messageCount(), 0u);
    }

    void settledSegmentsAreDeleted()
    {
        storage::MemoryFileSystem files;
        Stack s(files, 32ull << 20, storage::DurabilityPolicy::Interval, 64 * 1024);
        auto q = s.declare("roll", true);
        for (int i = 0; i < 1000; ++i)
            q->enqueue(message(std::string(500, 'r'), true));
        QVERIFY(!s.durable(*q));
        const std::uint64_t before = q->stats().diskBytes;
        QVERIFY(before > 500u * 1000u);
        auto all = drain(*q);
        q->settle(all, true);
        q->enqueue(message("tail", true)); // moves the log on past the settled ones
        QVERIFY(q->stats().diskBytes < before / 4);
    }

    void crashNeverLosesWhatWasDurable()
    {
        // Appends after the last sync are lost in a crash; whenDurable()
        // covered everything before it, so all of that must come back.
        storage::MemoryFileSystem files;
        {
            Stack s(files);
            auto q = s.declare("c", true);
            for (int i = 0; i < 50; ++i)
                q->enqueue(message(std::to_string(i), true));
            QVERIFY(!s.durable(*q));
            auto taken = drain(*q);
            q->settle(std::span(taken).first(10), true); // written at once: the log is durable past them
            QTest::qWait(50);                               // and the settlement log's own sync runs
            for (int i = 50; i < 60; ++i)
                q->enqueue(message(std::to_string(i), true)); // never made durable
            files.simulateCrash();
            s.flusher->stop();
            s.vhost.reset(); // stores close without syncing what the crash cut
        }
        Stack s2(files);
        s2.restart({"c"});
        auto got = bodies(drain(*s2.vhost->findQueue("c")));
        QVERIFY2(got.size() >= 40, qPrintable(QString::number(got.size())));
        QCOMPARE(std::vector<std::string>(got.begin(), got.begin() + 40), numbered(10, 50));
    }

    void fsyncFailureIsReportedNeverConfirmed()
    {
        storage::MemoryFileSystem inner;
        storage::FaultInjectingFileSystem files(inner);
        Stack s(files);
        auto bad = s.declare("bad", true);
        auto good = s.declare("good", true);
        QVERIFY(bad->enqueue(message("1", true)) == EnqueueOutcome::QueuedDurable);
        QVERIFY(!s.durable(*bad));
        files.failSyncs(1, "/amqp/queues/%2F/bad/messages");
        QVERIFY(bad->enqueue(message("2", true)) == EnqueueOutcome::QueuedDurable);
        auto err = s.durable(*bad);
        QVERIFY2(err.has_value(), "an fsync failure must not look like durability");
        QVERIFY(!bad->stats().storageError.empty());
        // The failed log takes nothing more; the other queue is unaffected.
        QVERIFY(bad->enqueue(message("3", true)) == EnqueueOutcome::StorageFailed);
        QVERIFY(good->enqueue(message("g", true)) == EnqueueOutcome::QueuedDurable);
        QVERIFY(!s.durable(*good));
        QVERIFY(good->stats().storageError.empty());
    }

    void settlementCompletesDurabilityWithoutWaitingForTheDisk()
    {
        // RabbitMQ confirms a persistent message that a consumer acked before
        // it reached the disk: nothing is left to lose. With a 2 s fsync the
        // wait must end as soon as the ack arrives.
        storage::MemoryFileSystem inner;
        storage::FaultInjectingFileSystem files(inner);
        Stack s(files);
        auto q = s.declare("fast", true);
        files.setSyncDelay(2s);
        for (int i = 0; i < 3; ++i)
            q->enqueue(message(std::to_string(i), true));
        std::atomic<int> fired{0};
        std::optional<std::string> error;
        q->whenDurable([&](std::optional<std::string> e) {
            error = std::move(e);
            fired.fetch_add(1);
        });
        auto taken = drain(*q);
        q->settle(std::span(taken).first(2), true);
        QCOMPARE(fired.load(), 0); // one message is still unsettled and not on disk
        QElapsedTimer t;
        t.start();
        q->settle(std::span(taken).last(1), true);
        QCOMPARE(fired.load(), 1);
        QVERIFY(!error);
        QVERIFY(t.elapsed() < 1000);
        // Nothing new since: an immediate answer.
        std::atomic<int> again{0};
        q->whenDurable([&](std::optional<std::string>) { again.fetch_add(1); });
        QCOMPARE(again.load(), 1);
        files.setSyncDelay(0us);
        QTest::qWait(2100); // the flusher's late answer for the first wait is ignored
        QCOMPARE(fired.load(), 1);
    }

    void shortWriteFailsThePublish()
    {
        storage::MemoryFileSystem inner;
        storage::FaultInjectingFileSystem files(inner);
        Stack s(files);
        auto q = s.declare("sw", true);
        QVERIFY(q->enqueue(message("ok", true)) == EnqueueOutcome::QueuedDurable);
        QVERIFY(!s.durable(*q));
        files.failWritesAfter(10, storage::FaultInjectingFileSystem::WriteFault::ShortWrite,
                              "/amqp/queues/%2F/sw/messages");
        // Buffered until the write: the failure surfaces at the durability
        // wait (never as success), and the log takes nothing more.
        QVERIFY(q->enqueue(message("lost", true)) == EnqueueOutcome::QueuedDurable);
        QVERIFY2(s.durable(*q).has_value(), "a short write must not look durable");
        QVERIFY(!q->stats().storageError.empty());
        QVERIFY(q->enqueue(message("refused", true)) == EnqueueOutcome::StorageFailed);
        files.clearFaults();
        s.restart({"sw"});
        QCOMPARE(bodies(drain(*s.vhost->findQueue("sw"))), std::vector<std::string>{"ok"});
    }

    void bufferedMessagesAreWrittenAsOneBatch()
    {
        storage::MemoryFileSystem inner;
        storage::FaultInjectingFileSystem files(inner);
        Stack s(files);
        auto q = s.declare("batch", true);
        QVERIFY(!s.durable(*q));
        files.resetCounters();
        for (int i = 0; i < 50; ++i)
            q->enqueue(message(std::to_string(i), true));
        QCOMPARE(files.bytesWritten(), 0u); // still buffered
        q->flushStorage();
        const auto written = files.bytesWritten();
        QVERIFY(written > 0);
        QVERIFY(!s.durable(*q));
        s.restart({"batch"});
        QCOMPARE(bodies(drain(*s.vhost->findQueue("batch"))), numbered(0, 50));
    }

    void tornTailIsCutOnRecovery()
    {
        storage::MemoryFileSystem files;
        {
            Stack s(files);
            auto q = s.declare("t", true);
            for (int i = 0; i < 5; ++i)
                q->enqueue(message(std::to_string(i), true));
            QVERIFY(!s.durable(*q));
        }
        const std::string log = "/amqp/queues/%2F/t/messages/00000000000000000000.log";
        std::string bytes = files.contents(log);
        QVERIFY(!bytes.empty());
        files.setContents(log, bytes + std::string("\x00\x00\x00\x00\x00\x00\x00\x05\x00\x00\x01", 11));
        Stack s2(files);
        s2.restart({"t"});
        auto q = s2.vhost->findQueue("t");
        QCOMPARE(bodies(drain(*q)), numbered(0, 5));
        QVERIFY(q->enqueue(message("5", true)) == EnqueueOutcome::QueuedDurable);
    }

    void priorityQueuesKeepEverythingInMemoryInOrder()
    {
        storage::MemoryFileSystem files;
        Stack s(files, 8 * 1024);
        FieldTable args;
        args.set("x-max-priority", FieldValue(std::int32_t(5)));
        auto q = s.declare("prio", true, args);
        for (int i = 0; i < 100; ++i) {
            auto m = std::make_shared<Message>(*message(std::to_string(i), true));
            m->priority = std::uint8_t(i % 2 ? 5 : 1);
            q->enqueue(m);
        }
        QCOMPARE(q->stats().pagedOut, 0u);
        QVERIFY(!s.durable(*q));
        s.restart({"prio"});
        // Not part of the restored definition's arguments here, so FIFO
        // order after restart: every message is still there.
        QCOMPARE(s.vhost->findQueue("prio")->messageCount(), 100u);
    }
};

QTEST_GUILESS_MAIN(TestQueueStore)
#include "tst_queue_store.moc"
