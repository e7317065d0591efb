// Stream queues (x-queue-type: stream) in the model, on the storage engine
// over an in-memory file system: RabbitMQ's declaration rules, consumers
// starting at first / last / next / an offset / a timestamp, credit by
// prefetch with acks (and nacks) only returning credit, every consumer
// reading everything, retention by size and age in whole segments, and a
// restart that keeps the stream.

#ifndef Q_MOC_RUN
#include "model/queue_store/queue_store_provider.h"
#include "model/stream/stream_arguments.h"
#include "model/virtual_host.h"
#include "storage/group_commit.h"
#include "storage/memory_file_system.h"
#endif

#include <QtTest>

#include <memory>
#include <string>
#include <thread>
#include <vector>

using namespace warren;
using namespace warren::model;
using namespace std::chrono_literals;

namespace {

MessagePtr message(const std::string &body)
{
    auto m = std::make_shared<Message>();
    m->routingKey = "s";
    m->body = body;
    m->encodedProperties = std::string("\x00\x00", 2);
    return m;
}

FieldTable streamArgs(std::initializer_list<std::pair<std::string, FieldValue>> extra = {})
{
    FieldTable t;
    t.set("x-queue-type", FieldValue(std::string("stream")));
    for (const auto &[k, v] : extra)
        t.set(k, v);
    return t;
}

// Records deliveries as a session would: takes them out of transit.
class Sink final : public DeliverySink {
public:
    struct Got {
        std::string body;
        std::int64_t offset;
        QueuedMessage entry;
    };
    bool deliver(Delivery &&d) override
    {
        d.consumer->inTransit.fetch_sub(1);
        got.push_back(Got{d.entry.message->body, d.streamOffset, d.entry});
        return true;
    }
    void consumerCancelled(const std::shared_ptr<Consumer> &) override { ++cancelled; }
    std::vector<std::int64_t> offsets() const
    {
        std::vector<std::int64_t> v;
        for (const auto &g : got)
            v.push_back(g.offset);
        return v;
    }
    std::vector<Got> got;
    int cancelled = 0;
};

struct Reader {
    std::shared_ptr<Sink> sink = std::make_shared<Sink>();
    ConsumerPtr consumer;
};

Reader subscribe(Queue &q, StreamStart start, std::uint32_t prefetch = 100, const std::string &tag = "c")
{
    Reader r;
    r.consumer = std::make_shared<Consumer>();
    r.consumer->tag = tag;
    r.consumer->prefetch = prefetch;
    r.consumer->streamStart = start;
    r.consumer->connection = ConnectionId{1};
    r.consumer->channelCredit = std::make_shared<ChannelCredit>();
    r.consumer->sink = r.sink;
    const auto st = q.addConsumer(r.consumer);
    if (!st)
        qFatal("addConsumer: %s", st.error().text.c_str());
    return r;
}

/// Settles the reader's first `n` unsettled deliveries as the channel does:
/// credit back first, then the queue.
void settle(Queue &q, Reader &r, std::size_t from, std::size_t n, bool ack)
{
    std::vector<QueuedMessage> entries;
    for (std::size_t i = from; i < from + n; ++i)
        entries.push_back(r.sink->got[i].entry);
    r.consumer->unacked.fetch_sub(std::uint32_t(n));
    r.consumer->channelCredit->release(std::uint32_t(n));
    if (ack)
        q.settle(entries, true);
    else
        q.requeue(std::move(entries)); // nack with requeue: ignored by streams
}

std::vector<std::int64_t> range(std::int64_t from, std::int64_t to)
{
    std::vector<std::int64_t> v;
    for (std::int64_t i = from; i < to; ++i)
        v.push_back(i);
    return v;
}

struct Stack {
    explicit Stack(storage::FileSystem &files) : fs(files) { start(); }
    ~Stack() { stop(); }
    void start()
    {
        storage::FlusherConfig fc;
        fc.interval = 1ms;
        flusher = std::make_unique<storage::Flusher>(fc);
        queue_store::QueueStoreConfig qc;
        qc.root = "/amqp";
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
    void restart(const std::string &name, const FieldTable &args)
    {
        stop();
        start();
        Definitions defs;
        QueueDefinition d;
        d.vhost = "/";
        d.name = name;
        d.options.durable = true;
        d.options.arguments = args;
        defs.queues.push_back(d);
        const std::string problems = vhost->restore(defs);
        QVERIFY2(problems.empty(), problems.c_str());
    }
    ModelResult<DeclareQueueResult> tryDeclare(const std::string &name, QueueOptions o)
    {
        return vhost->declareQueue(name, o, false, ConnectionId{1});
    }
    QueuePtr declare(const std::string &name, FieldTable args = streamArgs())
    {
        QueueOptions o;
        o.durable = true;
        o.arguments = std::move(args);
        auto r = tryDeclare(name, o);
        if (!r)
            qFatal("declare failed: %s", r.error().text.c_str());
        return r->queue;
    }
    /// Publishes `bodies` as one chunk (one publisher input batch).
    static void chunk(Queue &q, std::initializer_list<const char *> bodies)
    {
        for (const char *b : bodies)
            QVERIFY(q.enqueue(message(b)) == EnqueueOutcome::QueuedDurable);
        q.flushStorage();
    }

    storage::FileSystem &fs;
    std::unique_ptr<storage::Flusher> flusher;
    std::unique_ptr<queue_store::QueueStoreProvider> provider;
    std::unique_ptr<VirtualHost> vhost;
};

} // namespace

class TestStreamQueue : public QObject {
    Q_OBJECT
private slots:
    void declarationFollowsRabbitmqRules_data()
    {
        QTest::addColumn<bool>("durable");
        QTest::addColumn<bool>("exclusive");
        QTest::addColumn<bool>("autoDelete");
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error"); // "" = accepted
        const QString where = QStringLiteral("for queue 's' in vhost '/'");
        QTest::newRow("durable") << true << false << false << "" << "" << "";
        QTest::newRow("non-durable") << false << false << false << "" << ""
                                     << "invalid property 'non-durable' " + where;
        QTest::newRow("exclusive") << true << true << false << "" << ""
                                   << "invalid property 'exclusive-owner' " + where;
        QTest::newRow("auto-delete before exclusive") << true << true << true << "" << ""
                                                      << "invalid property 'auto-delete' " + where;
        QTest::newRow("x-message-ttl") << true << false << false << "x-message-ttl" << "int:10"
                                       << "invalid arg 'x-message-ttl' " + where + " of queue type rabbit_stream_queue";
        QTest::newRow("x-max-length") << true << false << false << "x-max-length" << "int:10"
                                      << "invalid arg 'x-max-length' " + where + " of queue type rabbit_stream_queue";
        QTest::newRow("x-max-age 7D") << true << false << false << "x-max-age" << "7D" << "";
        QTest::newRow("x-max-age 30s") << true << false << false << "x-max-age" << "30s" << "";
        QTest::newRow("x-max-age ms") << true << false << false << "x-max-age" << "10ms"
                                      << "invalid arg 'x-max-age' " + where + ": invalid_max_age";
        QTest::newRow("x-max-age 0s") << true << false << false << "x-max-age" << "0s"
                                      << "invalid arg 'x-max-age' " + where + ": invalid_max_age";
        QTest::newRow("x-max-age int") << true << false << false << "x-max-age" << "int:7"
                                       << "invalid arg 'x-max-age' " + where + ": {unacceptable_type,signedint}";
        QTest::newRow("x-max-length-bytes") << true << false << false << "x-max-length-bytes" << "int:1000" << "";
        QTest::newRow("segment size text") << true << false << false << "x-stream-max-segment-size-bytes" << "1"
                                           << "invalid arg 'x-stream-max-segment-size-bytes' " + where +
                                                  ": \"expected integer, got longstr\"";
        QTest::newRow("unknown argument") << true << false << false << "x-foo" << "int:1" << "";
    }
    void declarationFollowsRabbitmqRules()
    {
        QFETCH(bool, durable);
        QFETCH(bool, exclusive);
        QFETCH(bool, autoDelete);
        QFETCH(QString, argument);
        QFETCH(QString, value);
        QFETCH(QString, error);
        storage::MemoryFileSystem files;
        Stack s(files);
        QueueOptions o;
        o.durable = durable;
        o.exclusive = exclusive;
        o.autoDelete = autoDelete;
        o.arguments = streamArgs();
        if (!argument.isEmpty()) {
            if (value.startsWith(QLatin1String("int:")))
                o.arguments.set(argument.toStdString(), FieldValue(std::int32_t(value.mid(4).toInt())));
            else
                o.arguments.set(argument.toStdString(), FieldValue(value.toStdString()));
        }
        auto r = s.tryDeclare("s", o);
        if (error.isEmpty()) {
            QVERIFY2(bool(r), r ? "" : r.error().text.c_str());
            QVERIFY(r->queue->isStream());
        } else {
            QVERIFY(!r);
            QCOMPARE(r.error().kind, ErrorKind::PreconditionFailed);
            QCOMPARE(QString::fromStdString(r.error().text), error);
        }
    }

    void serverNamedStreamIsRefused()
    {
        storage::MemoryFileSystem files;
        Stack s(files);
        QueueOptions o;
        o.durable = true;
        o.arguments = streamArgs();
        auto r = s.tryDeclare("", o);
        QVERIFY(!r);
        QCOMPARE(r.error().text, std::string("Cannot declare a server-named queue for type rabbit_stream_queue"));
    }

    void streamOffsetArgumentReadsEverySpec()
    {
        std::string error;
        const std::int64_t now = 1'700'000'000'000;
        auto parse = [&](const FieldValue &v) { return parseStreamOffset(&v, now, error); };
        QCOMPARE(int(parseStreamOffset(nullptr, now, error)->kind), int(StreamStart::Kind::Next));
        QCOMPARE(int(parse(FieldValue(std::string("first")))->kind), int(StreamStart::Kind::First));
        QCOMPARE(int(parse(FieldValue(std::string("last")))->kind), int(StreamStart::Kind::Last));
        QCOMPARE(int(parse(FieldValue(std::string("next")))->kind), int(StreamStart::Kind::Next));
        auto offset = parse(FieldValue(std::int16_t(42)));
        QCOMPARE(int(offset->kind), int(StreamStart::Kind::Offset));
        QCOMPARE(offset->value, 42);
        QCOMPARE(int(parse(FieldValue(std::int64_t(-1)))->kind), int(StreamStart::Kind::First));
        auto ts = parse(FieldValue(Timestamp{1'600'000'000}));
        QCOMPARE(int(ts->kind), int(StreamStart::Kind::Timestamp));
        QCOMPARE(ts->value, 1'600'000'000'000);
        auto ago = parse(FieldValue(std::string("1h")));
        QCOMPARE(int(ago->kind), int(StreamStart::Kind::Timestamp));
        QCOMPARE(ago->value, now - 3'600'000);
        QVERIFY(!parse(FieldValue(std::string("5"))));
        QCOMPARE(error, std::string("{invalid_stream_offset_arg,{longstr,<<\"5\">>}}"));
        QVERIFY(!parse(FieldValue(true)));
    }

    void consumersStartAtFirstLastNextAnOffsetOrATimestamp()
    {
        storage::MemoryFileSystem files;
        Stack s(files);
        auto q = s.declare("s");
        Stack::chunk(*q, {"a", "b", "c"}); // offsets 0-2: one chunk
        std::this_thread::sleep_for(20ms);
        const std::int64_t beforeSecond = QDateTime::currentMSecsSinceEpoch();
        std::this_thread::sleep_for(5ms);
        Stack::chunk(*q, {"d", "e"}); // 3-4
        Stack::chunk(*q, {"f"});      // 5

        auto first = subscribe(*q, {StreamStart::Kind::First, 0}, 100, "first");
        QCOMPARE(first.sink->offsets(), range(0, 6));
        QCOMPARE(first.sink->got[0].body, std::string("a"));
        auto last = subscribe(*q, {StreamStart::Kind::Last, 0}, 100, "last");
        QCOMPARE(last.sink->offsets(), range(5, 6));
        auto next = subscribe(*q, {StreamStart::Kind::Next, 0}, 100, "next");
        QVERIFY(next.sink->got.empty());
        auto at4 = subscribe(*q, {StreamStart::Kind::Offset, 4}, 100, "at4");
        QCOMPARE(at4.sink->offsets(), range(4, 6));
        auto beyond = subscribe(*q, {StreamStart::Kind::Offset, 100}, 100, "beyond");
        QVERIFY(beyond.sink->got.empty());
        auto since = subscribe(*q, {StreamStart::Kind::Timestamp, beforeSecond}, 100, "since");
        QCOMPARE(since.sink->offsets(), range(3, 6));
        auto future = subscribe(*q, {StreamStart::Kind::Timestamp, beforeSecond + 3'600'000}, 100, "future");
        QVERIFY(future.sink->got.empty());

        // A new chunk reaches every consumer, including the ones at the end.
        Stack::chunk(*q, {"g"});
        for (Reader *r : {&first, &last, &next, &at4, &beyond, &since, &future}) {
            QVERIFY(!r->sink->got.empty());
            QCOMPARE(r->sink->got.back().offset, 6);
            QCOMPARE(r->sink->got.back().body, std::string("g"));
        }
        QCOMPARE(q->messageCount(), 0u); // as RabbitMQ's queue.declare-ok says for streams
        const QueueStats st = q->stats();
        QVERIFY(st.stream);
        QCOMPARE(st.ready, 7u);
        QCOMPARE(st.streamFirstOffset, 0);
        QCOMPARE(st.streamNextOffset, 7);
    }

    void nothingIsDeliveredBeforeItsChunkIsWritten()
    {
        storage::MemoryFileSystem files;
        Stack s(files);
        auto q = s.declare("s");
        auto r = subscribe(*q, {StreamStart::Kind::Next, 0});
        QVERIFY(q->enqueue(message("x")) == EnqueueOutcome::QueuedDurable);
        QVERIFY(r.sink->got.empty());
        q->flushStorage();
        QCOMPARE(r.sink->offsets(), range(0, 1));
        // The broker's timer writes what no publisher batch flushed.
        QVERIFY(q->enqueue(message("y")) == EnqueueOutcome::QueuedDurable);
        QVERIFY(q->needsTimer());
        q->expireMessages(QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(r.sink->offsets(), range(0, 2));
    }

    void prefetchLimitsDeliveriesAndAcksOnlyReturnCredit()
    {
        storage::MemoryFileSystem files;
        Stack s(files);
        auto q = s.declare("s");
        Stack::chunk(*q, {"0", "1", "2", "3", "4", "5"});
        auto r = subscribe(*q, {StreamStart::Kind::First, 0}, 2);
        QCOMPARE(r.sink->offsets(), range(0, 2));
        QCOMPARE(q->stats().unacked, 2u);
        settle(*q, r, 0, 1, true);
        QCOMPARE(r.sink->offsets(), range(0, 3));
        // Deliveries handed back (a closing channel requeues them) return
        // credit too and redeliver nothing.
        settle(*q, r, 1, 2, false);
        QCOMPARE(r.sink->offsets(), range(0, 5));
        for (const auto &g : r.sink->got)
            QVERIFY(!g.entry.redelivered());
        settle(*q, r, 3, 2, true);
        QCOMPARE(r.sink->offsets(), range(0, 6));
        // Nothing was removed: a second consumer reads it all again.
        auto again = subscribe(*q, {StreamStart::Kind::First, 0}, 100, "again");
        QCOMPARE(again.sink->offsets(), range(0, 6));
        QCOMPARE(q->stats().ready, 6u);
    }

    void retentionByBytesDeletesWholeOldSegments()
    {
        storage::MemoryFileSystem files;
        Stack s(files);
        auto q = s.declare("s", streamArgs({{"x-max-length-bytes", FieldValue(std::int32_t(4000))},
                                            {"x-stream-max-segment-size-bytes", FieldValue(std::int32_t(1000))}}));
        const std::string body(200, 'x');
        for (int i = 0; i < 60; ++i)
            Stack::chunk(*q, {body.c_str()});
        QVERIFY(q->streamPosition()->segments > 10);
        q->expireMessages(QDateTime::currentMSecsSinceEpoch());
        const StreamPosition pos = *q->streamPosition();
        QVERIFY2(pos.diskBytes <= 4000 + 1000, std::to_string(pos.diskBytes).c_str());
        QVERIFY(pos.diskBytes >= 4000);
        QVERIFY(pos.firstOffset > 0);
        QCOMPARE(pos.nextOffset, 60);
        auto r = subscribe(*q, {StreamStart::Kind::First, 0}, 1000);
        QCOMPARE(r.sink->offsets(), range(pos.firstOffset, 60));
        // An offset below the start reads from the start.
        auto low = subscribe(*q, {StreamStart::Kind::Offset, 0}, 1000, "low");
        QCOMPARE(low.sink->offsets().front(), pos.firstOffset);
    }

    void retentionByAgeDeletesSegmentsOlderThanMaxAge()
    {
        storage::MemoryFileSystem files;
        Stack s(files);
        auto q = s.declare("s", streamArgs({{"x-max-age", FieldValue(std::string("10s"))},
                                            {"x-stream-max-segment-size-bytes", FieldValue(std::int32_t(1000))}}));
        const std::string body(300, 'x');
        for (int i = 0; i < 20; ++i)
            Stack::chunk(*q, {body.c_str()});
        const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
        q->expireMessages(now); // nothing is 10 s old yet
        QCOMPARE(q->streamPosition()->firstOffset, 0);
        q->expireMessages(now + 60'000); // a minute later: every closed segment goes
        const StreamPosition pos = *q->streamPosition();
        QCOMPARE(pos.segments, std::size_t(1));
        QVERIFY(pos.firstOffset > 15);
        QCOMPARE(pos.nextOffset, 20);
    }

    void restartKeepsTheStreamAndItsOffsets()
    {
        storage::MemoryFileSystem files;
        Stack s(files);
        const FieldTable args = streamArgs({{"x-max-age", FieldValue(std::string("7D"))}});
        auto q = s.declare("events", args);
        Stack::chunk(*q, {"a", "b"});
        Stack::chunk(*q, {"c", "d", "e"});
        QVERIFY(q->enqueue(message("f")) == EnqueueOutcome::QueuedDurable); // buffered at shutdown
        q.reset();
        s.restart("events", args);
        auto back = s.vhost->findQueue("events");
        QVERIFY(back && back->isStream());
        QCOMPARE(back->streamPosition()->nextOffset, 6);
        auto all = subscribe(*back, {StreamStart::Kind::First, 0});
        QCOMPARE(all.sink->offsets(), range(0, 6));
        QCOMPARE(all.sink->got[2].body, std::string("c"));
        auto last = subscribe(*back, {StreamStart::Kind::Last, 0}, 100, "last");
        QCOMPARE(last.sink->offsets(), range(5, 6));
        Stack::chunk(*back, {"g"});
        QCOMPARE(all.sink->got.back().offset, 6);
    }

    void peekReadsTheLogFromItsStartAndConsumesNothing()
    {
        storage::MemoryFileSystem files;
        Stack s(files);
        auto q = s.declare("s", streamArgs({{"x-max-length-bytes", FieldValue(std::int32_t(2000))},
                                            {"x-stream-max-segment-size-bytes", FieldValue(std::int32_t(500))}}));
        const std::string body(100, 'x');
        for (int i = 0; i < 40; ++i)
            Stack::chunk(*q, {(body + std::to_string(i)).c_str()});
        q->expireMessages(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(q->enqueue(message("buffered")) == EnqueueOutcome::QueuedDurable); // not written yet
        const StreamPosition pos = *q->streamPosition();
        QVERIFY(pos.firstOffset > 0);

        const QueuePeek all = q->peek(0, 1000);
        QCOMPARE(all.ready, std::uint64_t(40 - pos.firstOffset));
        QCOMPARE(all.messages.size(), std::size_t(40 - pos.firstOffset)); // the buffered one is not written
        QCOMPARE(all.messages.front().streamOffset, pos.firstOffset);
        QCOMPARE(all.messages.front().position, std::uint64_t(0));
        QCOMPARE(std::string(all.messages.back().message->body.begin(), all.messages.back().message->body.end()),
                 body + "39");
        QVERIFY(all.messages.back().storedAtMs > 0);

        // A page from position 3, two messages; then past the end.
        const QueuePeek page = q->peek(3, 2);
        QCOMPARE(page.messages.size(), std::size_t(2));
        QCOMPARE(page.messages[0].streamOffset, pos.firstOffset + 3);
        QCOMPARE(page.messages[1].position, std::uint64_t(4));
        QVERIFY(q->peek(1000, 10).messages.empty());

        // A consumer from "first" still gets everything: browsing moved nothing.
        auto r = subscribe(*q, {StreamStart::Kind::First, 0}, 1000);
        QCOMPARE(r.sink->offsets().front(), pos.firstOffset);
    }

    void deletingAStreamRemovesItsLog()
    {
        storage::MemoryFileSystem files;
        Stack s(files);
        auto q = s.declare("s");
        Stack::chunk(*q, {"a", "b"});
        auto r = subscribe(*q, {StreamStart::Kind::First, 0});
        QVERIFY(s.vhost->deleteQueue("s", false, false, ConnectionId{1}));
        QCOMPARE(r.sink->cancelled, 1);
        auto fresh = s.declare("s");
        QCOMPARE(fresh->streamPosition()->nextOffset, 0);
    }

    void durabilityWaitWritesTheChunkAndCompletes()
    {
        storage::MemoryFileSystem files;
        Stack s(files);
        auto q = s.declare("s");
        auto r = subscribe(*q, {StreamStart::Kind::Next, 0});
        QVERIFY(q->enqueue(message("x")) == EnqueueOutcome::QueuedDurable);
        std::atomic<int> done{0};
        q->whenDurable([&](std::optional<std::string> e) { done.store(e ? 2 : 1); });
        QTRY_COMPARE(done.load(), 1);
        QCOMPARE(r.sink->offsets(), range(0, 1));
    }
};

QTEST_GUILESS_MAIN(TestStreamQueue)
#include "tst_stream_queue.moc"
