// Durable definitions: what a VirtualHost reports to its DefinitionStore and
// how it restores from one, against the real SQLite store
// (storage::SqlDefinitionStore over an in-memory MetadataStore).
//
// - only durable entities are stored: durable exchanges, durable
//   non-exclusive queues, bindings whose two ends are durable;
// - deletions cascade (queue → its bindings; exchange → bindings from and to
//   it), auto-deletes included;
// - restore re-creates exchanges (type, flags, arguments), queues
//   (arguments), bindings (keys, arguments) of its vhost, reports nothing
//   back to the store, and routing works through what it restored.

#ifndef Q_MOC_RUN
#include "model/broker.h"
#include "model/consumer.h"
#include "model/definition_store.h"
#include "model/message.h"
#include "model/virtual_host.h"
#include "storage/metadata/metadata_store.h"
#include "storage/metadata/sql_definition_store.h"
#endif

#include <QtTest>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

using namespace warren;
using namespace warren::model;

namespace {

const ConnectionId kConn{1};

class NullSink final : public DeliverySink {
public:
    bool deliver(Delivery &&) override { return true; }
    void consumerCancelled(const std::shared_ptr<Consumer> &) override {}
};

QueueOptions queueOpts(bool durable, bool autoDelete = false, bool exclusive = false, FieldTable args = {})
{
    QueueOptions o;
    o.durable = durable;
    o.autoDelete = autoDelete;
    o.exclusive = exclusive;
    o.arguments = std::move(args);
    return o;
}

ExchangeOptions exOpts(ExchangeType type, bool durable, bool autoDelete = false, bool internal = false,
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

FieldTable table(std::initializer_list<std::pair<std::string, FieldValue>> entries)
{
    FieldTable t;
    for (const auto &[k, v] : entries)
        t.set(k, v);
    return t;
}

std::vector<std::string> exchangeNames(const Definitions &d)
{
    std::vector<std::string> v;
    for (const auto &e : d.exchanges)
        v.push_back(e.name);
    std::sort(v.begin(), v.end());
    return v;
}

std::vector<std::string> queueNames(const Definitions &d)
{
    std::vector<std::string> v;
    for (const auto &q : d.queues)
        v.push_back(q.name);
    std::sort(v.begin(), v.end());
    return v;
}

/// "source->destination(q|e):key" for each stored binding, sorted.
std::vector<std::string> bindingNames(const Definitions &d)
{
    std::vector<std::string> v;
    for (const auto &b : d.bindings)
        v.push_back(b.source + "->" + b.destination + (b.destinationIsQueue ? "(q)" : "(e)") + ":" + b.key);
    std::sort(v.begin(), v.end());
    return v;
}

std::vector<std::string> routeNames(const VirtualHost &vh, const std::string &exchange, const std::string &key,
                                    std::optional<FieldTable> headers = std::nullopt)
{
    auto ex = vh.findExchange(exchange);
    if (!ex)
        return {"<no exchange>"};
    Message m;
    m.routingKey = key;
    m.body = "x";
    m.headers = std::move(headers);
    std::vector<QueuePtr> out;
    vh.route(*ex->routingTable(), m, out);
    std::vector<std::string> names;
    for (const auto &q : out)
        names.push_back(q->name());
    std::sort(names.begin(), names.end());
    return names;
}

using Names = std::vector<std::string>;

struct Fixture {
    std::unique_ptr<storage::MetadataStore> metadata = storage::MetadataStore::openInMemory();
    std::unique_ptr<storage::SqlDefinitionStore> store = std::make_unique<storage::SqlDefinitionStore>(*metadata);
    VirtualHost vh{"/"};
    Fixture() { vh.setDefinitionStore(store.get()); }
    ~Fixture() { vh.setDefinitionStore(nullptr); }
};

} // namespace

class TestDefinitionStore : public QObject {
    Q_OBJECT

private slots:
    void onlyDurableExchangesAndQueuesAreStored()
    {
        Fixture f;
        QVERIFY(f.metadata);
        QVERIFY(f.vh.declareExchange("dx", exOpts(ExchangeType::Topic, true), false));
        QVERIFY(f.vh.declareExchange("tx", exOpts(ExchangeType::Topic, false), false));
        QVERIFY(f.vh.declareQueue("dq", queueOpts(true), false, kConn));
        QVERIFY(f.vh.declareQueue("tq", queueOpts(false), false, kConn));
        // Exclusive queues are never durable, whatever the client asked.
        QVERIFY(f.vh.declareQueue("eq", queueOpts(true, false, true), false, kConn));
        QVERIFY(f.vh.declareQueue("", queueOpts(false, false, true), false, kConn));
        const Definitions d = f.store->load();
        QCOMPARE(exchangeNames(d), Names{"dx"}); // built-ins are never stored
        QCOMPARE(queueNames(d), Names{"dq"});
        QCOMPARE(d.exchanges.front().vhost, std::string("/"));
        QCOMPARE(d.queues.front().vhost, std::string("/"));
        // Redeclaring changes nothing; a passive declare writes nothing.
        QVERIFY(f.vh.declareQueue("dq", queueOpts(true), false, kConn));
        QVERIFY(f.vh.declareQueue("dq", queueOpts(true), true, kConn));
        QCOMPARE(queueNames(f.store->load()), Names{"dq"});
    }

    void bindingsAreStoredOnlyBetweenDurableEnds()
    {
        Fixture f;
        QVERIFY(f.vh.declareExchange("dx", exOpts(ExchangeType::Topic, true), false));
        QVERIFY(f.vh.declareExchange("dx2", exOpts(ExchangeType::Fanout, true), false));
        QVERIFY(f.vh.declareExchange("tx", exOpts(ExchangeType::Topic, false), false));
        QVERIFY(f.vh.declareQueue("dq", queueOpts(true), false, kConn));
        QVERIFY(f.vh.declareQueue("tq", queueOpts(false), false, kConn));
        QVERIFY(f.vh.declareQueue("eq", queueOpts(true, false, true), false, kConn));
        QVERIFY(f.vh.bindQueue("dq", "dx", "a.#", {}, kConn));
        QVERIFY(f.vh.bindQueue("dq", "amq.direct", "k", {}, kConn)); // built-ins are durable
        QVERIFY(f.vh.bindQueue("tq", "dx", "a.#", {}, kConn));
        QVERIFY(f.vh.bindQueue("eq", "dx", "a.#", {}, kConn));
        QVERIFY(f.vh.bindQueue("dq", "tx", "a.#", {}, kConn));
        QVERIFY(f.vh.bindExchange("dx2", "dx", "e.*", {}));
        QVERIFY(f.vh.bindExchange("tx", "dx", "e.*", {}));
        QVERIFY(f.vh.bindExchange("dx", "tx", "e.*", {}));
        QCOMPARE(bindingNames(f.store->load()),
                 (Names{"amq.direct->dq(q):k", "dx->dq(q):a.#", "dx->dx2(e):e.*"}));

        // Unbinding removes exactly that binding (key and arguments).
        QVERIFY(f.vh.unbindQueue("dq", "amq.direct", "other", {}, kConn));
        QCOMPARE(f.store->load().bindings.size(), std::size_t(3));
        QVERIFY(f.vh.unbindQueue("dq", "amq.direct", "k", {}, kConn));
        QVERIFY(f.vh.unbindExchange("dx2", "dx", "e.*", {}));
        QCOMPARE(bindingNames(f.store->load()), Names{"dx->dq(q):a.#"});
    }

    void headersBindingArgumentsIdentifyTheBinding()
    {
        Fixture f;
        QVERIFY(f.vh.declareExchange("hx", exOpts(ExchangeType::Headers, true), false));
        QVERIFY(f.vh.declareQueue("dq", queueOpts(true), false, kConn));
        const FieldTable all = table({{"x-match", "all"}, {"a", std::int32_t(1)}, {"b", "two"}});
        const FieldTable any = table({{"x-match", "any"}, {"a", std::int32_t(1)}});
        QVERIFY(f.vh.bindQueue("dq", "hx", "", all, kConn));
        QVERIFY(f.vh.bindQueue("dq", "hx", "", any, kConn));
        Definitions d = f.store->load();
        QCOMPARE(d.bindings.size(), std::size_t(2));
        QCOMPARE(d.bindings[0].arguments, all);
        QCOMPARE(d.bindings[1].arguments, any);
        QVERIFY(f.vh.unbindQueue("dq", "hx", "", any, kConn));
        d = f.store->load();
        QCOMPARE(d.bindings.size(), std::size_t(1));
        QCOMPARE(d.bindings[0].arguments, all);
    }

    void deletingAQueueCascadesToItsBindings()
    {
        Fixture f;
        QVERIFY(f.vh.declareExchange("dx", exOpts(ExchangeType::Direct, true), false));
        QVERIFY(f.vh.declareQueue("dq", queueOpts(true), false, kConn));
        QVERIFY(f.vh.declareQueue("dq2", queueOpts(true), false, kConn));
        QVERIFY(f.vh.bindQueue("dq", "dx", "k1", {}, kConn));
        QVERIFY(f.vh.bindQueue("dq", "dx", "k2", {}, kConn));
        QVERIFY(f.vh.bindQueue("dq2", "dx", "k1", {}, kConn));
        QVERIFY(f.vh.deleteQueue("dq", false, false, kConn));
        const Definitions d = f.store->load();
        QCOMPARE(queueNames(d), Names{"dq2"});
        QCOMPARE(bindingNames(d), Names{"dx->dq2(q):k1"});
    }

    void deletingAnExchangeCascadesToBindingsFromAndToIt()
    {
        Fixture f;
        QVERIFY(f.vh.declareExchange("dx", exOpts(ExchangeType::Direct, true), false));
        QVERIFY(f.vh.declareExchange("up", exOpts(ExchangeType::Fanout, true), false));
        QVERIFY(f.vh.declareExchange("keep", exOpts(ExchangeType::Fanout, true), false));
        QVERIFY(f.vh.declareQueue("dq", queueOpts(true), false, kConn));
        QVERIFY(f.vh.bindQueue("dq", "dx", "k", {}, kConn));
        QVERIFY(f.vh.bindExchange("dx", "up", "", {}));
        QVERIFY(f.vh.bindQueue("dq", "keep", "", {}, kConn));
        QVERIFY(f.vh.deleteExchange("dx", false));
        const Definitions d = f.store->load();
        QCOMPARE(exchangeNames(d), (Names{"keep", "up"}));
        QCOMPARE(bindingNames(d), Names{"keep->dq(q):"});
    }

    void autoDeletedEntitiesLeaveTheStore()
    {
        Fixture f;
        QVERIFY(f.vh.declareExchange("adx", exOpts(ExchangeType::Direct, true, true), false));
        QVERIFY(f.vh.declareQueue("dq", queueOpts(true), false, kConn));
        QVERIFY(f.vh.declareQueue("adq", queueOpts(true, true), false, kConn));
        QVERIFY(f.vh.bindQueue("dq", "adx", "k", {}, kConn));
        QCOMPARE(exchangeNames(f.store->load()), Names{"adx"});
        QCOMPARE(queueNames(f.store->load()), (Names{"adq", "dq"}));
        // Last binding gone: the auto-delete exchange goes, from the store too.
        QVERIFY(f.vh.unbindQueue("dq", "adx", "k", {}, kConn));
        QVERIFY(!f.vh.findExchange("adx"));
        QVERIFY(exchangeNames(f.store->load()).empty());
        // Last consumer gone: the auto-delete queue goes (as the channel does it).
        auto q = f.vh.findQueue("adq");
        auto c = std::make_shared<Consumer>();
        c->tag = "c";
        c->noAck = true;
        c->connection = kConn;
        c->channel = 1;
        c->channelCredit = std::make_shared<ChannelCredit>();
        c->sink = std::make_shared<NullSink>();
        QVERIFY(q->addConsumer(c));
        QVERIFY(q->removeConsumer(c.get()));
        f.vh.deleteQueueInternal(q);
        QCOMPARE(queueNames(f.store->load()), Names{"dq"});
    }

    void restoreRecreatesDurableDefinitionsOnly()
    {
        Fixture f;
        const FieldTable exArgs = table({{"alternate-exchange", "amq.fanout"}, {"x-custom", std::int64_t(-5)}});
        const FieldTable qArgs = table({{"x-max-length", std::int32_t(10)},
                                        {"x-queue-mode", "lazy"},
                                        {"x-nested", table({{"list", FieldArray{FieldValue(1.5), FieldValue(true)}}})}});
        const FieldTable hArgs = table({{"x-match", "any"}, {"color", "red"}, {"size", std::int16_t(3)}});
        QVERIFY(f.vh.declareExchange("topics", exOpts(ExchangeType::Topic, true, false, false, exArgs), false));
        QVERIFY(f.vh.declareExchange("inner", exOpts(ExchangeType::Fanout, true, true, true), false));
        QVERIFY(f.vh.declareExchange("hx", exOpts(ExchangeType::Headers, true), false));
        QVERIFY(f.vh.declareExchange("transient-x", exOpts(ExchangeType::Direct, false), false));
        QVERIFY(f.vh.declareQueue("orders", queueOpts(true, false, false, qArgs), false, kConn));
        QVERIFY(f.vh.declareQueue("audit", queueOpts(true, true), false, kConn));
        QVERIFY(f.vh.declareQueue("transient-q", queueOpts(false), false, kConn));
        QVERIFY(f.vh.declareQueue("excl-q", queueOpts(true, false, true), false, kConn));
        QVERIFY(f.vh.bindQueue("orders", "topics", "order.*.created", {}, kConn));
        QVERIFY(f.vh.bindExchange("inner", "topics", "audit.#", {}));
        QVERIFY(f.vh.bindQueue("audit", "inner", "", {}, kConn));
        QVERIFY(f.vh.bindQueue("orders", "hx", "", hArgs, kConn));
        QVERIFY(f.vh.bindQueue("transient-q", "topics", "#", {}, kConn));
        // Messages are not restored (a later step): a restored queue is empty.
        f.vh.findQueue("orders")->enqueue(std::make_shared<Message>());

        // A fresh broker on the same store; it must not write anything back.
        auto otherMetadata = storage::MetadataStore::openInMemory();
        storage::SqlDefinitionStore other(*otherMetadata);
        VirtualHost restored("/");
        restored.setDefinitionStore(&other);
        QCOMPARE(restored.restore(f.store->load()), std::string());
        const Definitions written = other.load();
        QVERIFY(written.exchanges.empty() && written.queues.empty() && written.bindings.empty());

        auto topics = restored.findExchange("topics");
        QVERIFY(topics);
        QVERIFY(topics->type() == ExchangeType::Topic);
        QVERIFY(topics->options().durable);
        QVERIFY(!topics->options().autoDelete);
        QVERIFY(!topics->options().internal);
        QCOMPARE(topics->options().arguments, exArgs);
        auto inner = restored.findExchange("inner");
        QVERIFY(inner);
        QVERIFY(inner->type() == ExchangeType::Fanout);
        QVERIFY(inner->options().autoDelete);
        QVERIFY(inner->options().internal);
        QVERIFY(restored.findExchange("amq.topic")->isBuiltIn());
        QVERIFY(!restored.findExchange("transient-x"));

        auto orders = restored.findQueue("orders");
        QVERIFY(orders);
        QVERIFY(orders->options().durable);
        QVERIFY(!orders->options().exclusive);
        QCOMPARE(orders->options().arguments, qArgs);
        QCOMPARE(orders->messageCount(), std::uint32_t(0));
        QVERIFY(restored.findQueue("audit")->options().autoDelete);
        QVERIFY(!restored.findQueue("transient-q"));
        QVERIFY(!restored.findQueue("excl-q"));

        const auto hb = restored.findExchange("hx")->bindings();
        QCOMPARE(hb.size(), std::size_t(1));
        QCOMPARE(hb.front().arguments, hArgs);
        QCOMPARE(topics->bindingCount(), std::size_t(2)); // not the one to transient-q

        // Routing goes through what was restored.
        QCOMPARE(routeNames(restored, "topics", "order.eu.created"), Names{"orders"});
        QCOMPARE(routeNames(restored, "topics", "audit.login"), Names{"audit"});
        QCOMPARE(routeNames(restored, "topics", "other"), Names{});
        QCOMPARE(routeNames(restored, "hx", "", table({{"color", "red"}})), Names{"orders"});
        QCOMPARE(routeNames(restored, "hx", "", table({{"color", "blue"}})), Names{});

        // Redeclaring as before is equivalent; differently is refused.
        QVERIFY(restored.declareQueue("orders", queueOpts(true, false, false, qArgs), false, kConn));
        QVERIFY(!restored.declareQueue("orders", queueOpts(true, false, false, table({{"x-max-length", std::int32_t(11)}})),
                                       false, kConn));
        QVERIFY(restored.declareExchange("topics", exOpts(ExchangeType::Topic, true, false, false, exArgs), false));
        QVERIFY(!restored.declareExchange("topics", exOpts(ExchangeType::Direct, true), false));

        // After restore, changes are written through again.
        QVERIFY(restored.declareQueue("later", queueOpts(true), false, kConn));
        QCOMPARE(queueNames(other.load()), Names{"later"});
        restored.setDefinitionStore(nullptr);
    }

    void restoreIgnoresOtherVhostsAndReportsDanglingBindings()
    {
        Definitions d;
        d.exchanges.push_back({"other", "x", exOpts(ExchangeType::Direct, true)});
        d.queues.push_back({"/", "q", queueOpts(true)});
        d.bindings.push_back({"/", "missing", "q", true, "k", {}});
        d.bindings.push_back({"/", "amq.direct", "gone", true, "k", {}});
        d.bindings.push_back({"/", "amq.direct", "q", true, "k", {}});
        Broker broker;
        const std::string problems = broker.restoreDefinitions(d);
        QVERIFY2(problems.find("missing") != std::string::npos, problems.c_str());
        QVERIFY2(problems.find("gone") != std::string::npos, problems.c_str());
        QVERIFY2(problems.find("unknown vhost 'other'") != std::string::npos, problems.c_str());
        VirtualHost &vh = broker.defaultVhost();
        QVERIFY(!vh.findExchange("x"));
        QVERIFY(vh.findQueue("q"));
        QCOMPARE(routeNames(vh, "amq.direct", "k"), Names{"q"});
    }

    void storeSurvivesReopeningTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("metadata.db");
        const FieldTable qArgs = table({{"x-max-length", std::int32_t(3)}, {"x-bytes", ByteArray{"\x01\x02"}}});
        {
            QString error;
            auto metadata = storage::MetadataStore::open(path, &error);
            QVERIFY2(metadata, qPrintable(error));
            storage::SqlDefinitionStore store(*metadata);
            VirtualHost vh("/");
            vh.setDefinitionStore(&store);
            QVERIFY(vh.declareExchange("dx", exOpts(ExchangeType::Topic, true), false));
            QVERIFY(vh.declareQueue("dq", queueOpts(true, false, false, qArgs), false, kConn));
            QVERIFY(vh.bindQueue("dq", "dx", "a.*", {}, kConn));
            vh.setDefinitionStore(nullptr);
        }
        QString error;
        auto metadata = storage::MetadataStore::open(path, &error);
        QVERIFY2(metadata, qPrintable(error));
        storage::SqlDefinitionStore store(*metadata);
        const Definitions d = store.load();
        QCOMPARE(exchangeNames(d), Names{"dx"});
        QCOMPARE(queueNames(d), Names{"dq"});
        QCOMPARE(d.queues.front().options.arguments, qArgs);
        QCOMPARE(bindingNames(d), Names{"dx->dq(q):a.*"});
    }
};

QTEST_GUILESS_MAIN(TestDefinitionStore)
#include "tst_definition_store.moc"
