#include "demo_workload.h"

#include "demo_amqp_client.h"
#include "demo_kafka_client.h"

#include "kafka/codec/record_batch.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <cmath>
#include <cstring>
#include <deque>

namespace warren::demo {

using namespace warren::amqp;

namespace {

struct ExchangeDef {
    const char *name;
    const char *type;
};

struct QueueDef {
    const char *name;
    FieldTable arguments;
};

struct BindingDef {
    const char *exchange;
    const char *queue;
    const char *key;
    FieldTable arguments = {};
};

FieldTable table(std::initializer_list<std::pair<const char *, FieldValue>> entries)
{
    FieldTable t;
    for (const auto &[k, v] : entries)
        t.set(k, v);
    return t;
}

bool declareTopology(DemoAmqpClient &c, QString *error)
{
    const ExchangeDef exchanges[] = {{"orders", "topic"},     {"notifications", "fanout"}, {"billing", "direct"},
                                     {"media", "headers"},    {"orders.dlx", "fanout"}};
    for (const auto &e : exchanges) {
        ExchangeDeclare d;
        d.exchange = e.name;
        d.type = e.type;
        d.durable = true;
        if (!c.call(1, d)) {
            *error = QStringLiteral("exchange.declare %1: %2").arg(QLatin1String(e.name), c.lastError());
            return false;
        }
    }
    const QueueDef queues[] = {
        {"orders.created", table({{"x-dead-letter-exchange", "orders.dlx"}})},
        {"orders.eu", {}},
        {"orders.audit", table({{"x-max-length", std::int32_t(50000)}})},
        {"orders.dead", {}},
        {"email", {}},
        {"sms", {}},
        {"push", {}},
        {"billing.invoices", {}},
        {"billing.refunds", {}},
        {"media.images", {}},
        {"media.video", table({{"x-queue-mode", "lazy"}})},
    };
    for (const auto &q : queues) {
        QueueDeclare d;
        d.queue = q.name;
        d.durable = true;
        d.arguments = q.arguments;
        if (!c.call(1, d)) {
            // An argument this broker does not take: the queue without it.
            if (!c.openChannel(1))
                return false;
            d.arguments = {};
            if (!c.call(1, d)) {
                *error = QStringLiteral("queue.declare %1: %2").arg(QLatin1String(q.name), c.lastError());
                return false;
            }
        }
    }
    const BindingDef bindings[] = {
        {"orders", "orders.created", "order.created.*"},
        {"orders", "orders.eu", "order.*.eu"},
        {"orders", "orders.audit", "#"},
        {"orders.dlx", "orders.dead", ""},
        {"notifications", "email", ""},
        {"notifications", "sms", ""},
        {"notifications", "push", ""},
        {"billing", "billing.invoices", "invoice"},
        {"billing", "billing.refunds", "refund"},
        {"media", "media.images", "", table({{"x-match", "any"}, {"kind", "image"}, {"kind-alt", "thumbnail"}})},
        {"media", "media.video", "", table({{"x-match", "all"}, {"kind", "video"}, {"codec", "h264"}})},
    };
    for (const auto &b : bindings) {
        QueueBind d;
        d.queue = b.queue;
        d.exchange = b.exchange;
        d.routingKey = b.key;
        d.arguments = b.arguments;
        if (!c.call(1, d)) {
            *error = QStringLiteral("queue.bind %1: %2").arg(QLatin1String(b.queue), c.lastError());
            return false;
        }
    }
    ExchangeBind e2e;
    e2e.destination = "notifications";
    e2e.source = "orders";
    e2e.routingKey = "order.shipped.*";
    if (!c.call(1, e2e)) {
        *error = QStringLiteral("exchange.bind: %1").arg(c.lastError());
        return false;
    }
    return true;
}

bool consume(DemoAmqpClient &c, std::uint16_t channel, const char *queue, int prefetch, bool noAck,
             const char *tag)
{
    if (!c.openChannel(channel))
        return false;
    if (prefetch > 0 && !c.call(channel, BasicQos{0, std::uint16_t(prefetch), false}))
        return false;
    BasicConsume consume;
    consume.queue = queue;
    consume.noAck = noAck;
    consume.consumerTag = tag;
    return c.call(channel, consume);
}

/// How a consumer channel settles what it gets.
struct ConsumerPolicy {
    std::uint16_t channel;
    enum Kind { AckAll, RejectSome, AckSlowly, AutoAck } kind;
};

struct Consumer {
    DemoAmqpClient client;
    std::vector<ConsumerPolicy> channels;
    std::deque<AmqpDelivery> held; ///< AckSlowly deliveries not yet acked
    quint64 seen = 0;
};

void settle(Consumer &consumer)
{
    for (AmqpDelivery &d : consumer.client.poll(0)) {
        const auto it = std::find_if(consumer.channels.begin(), consumer.channels.end(),
                                     [&](const ConsumerPolicy &p) { return p.channel == d.channel; });
        const ConsumerPolicy::Kind kind = it == consumer.channels.end() ? ConsumerPolicy::AckAll : it->kind;
        ++consumer.seen;
        switch (kind) {
        case ConsumerPolicy::AutoAck:
            break;
        case ConsumerPolicy::AckAll:
            consumer.client.send(d.channel, BasicAck{d.deliveryTag, false});
            break;
        case ConsumerPolicy::RejectSome:
            if (consumer.seen % 10 == 0)
                consumer.client.send(d.channel, BasicReject{d.deliveryTag, false}); // dead-lettered
            else if (consumer.seen % 7 == 0 && !d.redelivered)
                consumer.client.send(d.channel, BasicNack{d.deliveryTag, false, true}); // redelivered
            else
                consumer.client.send(d.channel, BasicAck{d.deliveryTag, false});
            break;
        case ConsumerPolicy::AckSlowly:
            consumer.held.push_back(std::move(d));
            break;
        }
    }
    consumer.client.flush(200);
}

std::string orderBody(quint64 n, const char *region)
{
    return QStringLiteral(R"({"order":%1,"customer":"c-%2","region":"%3","total":%4})")
        .arg(n + 10000)
        .arg((n * 37) % 500)
        .arg(QLatin1String(region))
        .arg(double((n * 7919) % 20000) / 100.0, 0, 'f', 2)
        .toStdString();
}

BasicProperties jsonProperties(bool persistent)
{
    BasicProperties p;
    p.contentType = "application/json";
    p.deliveryMode = persistent ? 2 : 1;
    p.timestamp = std::uint64_t(QDateTime::currentSecsSinceEpoch());
    p.appId = "orders-api";
    return p;
}

/// One Produce (acks=1) of a small batch per partition.
bool produce(DemoKafkaClient &client, const std::string &topic, int partitions, int recordsPerPartition,
             quint64 &sequence)
{
    using namespace warren::kafka;
    std::vector<std::string> batches(static_cast<std::size_t>(partitions));
    ProduceRequest request;
    request.acks = 1;
    request.timeoutMs = 5000;
    ProduceRequest::Topic t;
    t.name = topic;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int p = 0; p < partitions; ++p) {
        BatchBuild build;
        for (int i = 0; i < recordsPerPartition; ++i) {
            const quint64 n = sequence++;
            RecordBuild r;
            r.key = "user-" + std::to_string((n * 13) % 97);
            r.value = QStringLiteral(R"({"event":"%1","page":"/p/%2","ms":%3})")
                          .arg(QLatin1String(n % 3 == 0 ? "click" : n % 3 == 1 ? "view" : "scroll"))
                          .arg(n % 40)
                          .arg((n * 31) % 900)
                          .toStdString();
            r.headers = {{"source", std::string("web")}};
            r.timestamp = now;
            build.records.push_back(std::move(r));
        }
        if (!appendRecordBatch(batches[std::size_t(p)], build))
            return false;
        ProduceRequest::Topic::Partition part;
        part.index = p;
        part.records.bytes = {reinterpret_cast<const std::byte *>(batches[std::size_t(p)].data()),
                              batches[std::size_t(p)].size()};
        t.partitions.push_back(part);
    }
    request.topics.push_back(std::move(t));
    return client.request<ProduceResponse>(request, 3).has_value();
}

} // namespace

DemoWorkload::DemoWorkload(Config config, QObject *parent)
    : QThread(parent)
    , m_config(std::move(config))
{
    setObjectName(QStringLiteral("warren-demo"));
}

DemoWorkload::~DemoWorkload()
{
    stop();
}

QString DemoWorkload::error() const
{
    return m_failed.load() ? m_error : QString();
}

void DemoWorkload::stop()
{
    requestInterruption();
    wait();
}

void DemoWorkload::run()
{
    auto fail = [this](const QString &why) {
        m_error = why;
        m_failed.store(true);
    };
    const QHostAddress host = m_config.host;

    // --- AMQP: the publisher declares the topology, three consumers.
    DemoAmqpClient publisher;
    QString why;
    if (!publisher.open(host, m_config.amqpPort, QStringLiteral("orders-api"), &why) || !publisher.openChannel(1))
        return fail(QStringLiteral("AMQP: %1").arg(why.isEmpty() ? publisher.lastError() : why));
    if (!declareTopology(publisher, &why))
        return fail(why);

    Consumer fulfilment;
    fulfilment.channels = {{1, ConsumerPolicy::RejectSome}, {2, ConsumerPolicy::AckAll}};
    Consumer notifier;
    notifier.channels = {{1, ConsumerPolicy::AutoAck}, {2, ConsumerPolicy::AutoAck}, {3, ConsumerPolicy::AckAll}};
    Consumer billing;
    billing.channels = {{1, ConsumerPolicy::AckSlowly}, {2, ConsumerPolicy::AutoAck}, {3, ConsumerPolicy::AckAll}};
    const bool consumersUp =
        fulfilment.client.open(host, m_config.amqpPort, QStringLiteral("fulfilment-worker"))
        && consume(fulfilment.client, 1, "orders.created", 20, false, "fulfil-created")
        && consume(fulfilment.client, 2, "orders.eu", 50, false, "fulfil-eu")
        && notifier.client.open(host, m_config.amqpPort, QStringLiteral("notifier"))
        && consume(notifier.client, 1, "email", 0, true, "mailer") && consume(notifier.client, 2, "sms", 0, true, "texter")
        && consume(notifier.client, 3, "push", 10, false, "pusher")
        && billing.client.open(host, m_config.amqpPort, QStringLiteral("billing-service"))
        && consume(billing.client, 1, "billing.invoices", 10, false, "invoicer")
        && consume(billing.client, 2, "billing.refunds", 0, true, "refunder")
        && consume(billing.client, 3, "media.images", 5, false, "thumbnailer");
    if (!consumersUp)
        return fail(QStringLiteral("AMQP consumers: %1 %2 %3")
                        .arg(fulfilment.client.lastError(), notifier.client.lastError(), billing.client.lastError()));

    // --- Kafka: topics, a producer, two groups.
    DemoKafkaClient producer, analyticsClient, ledgerClient;
    std::unique_ptr<DemoGroupMember> analytics, ledger;
    const bool kafka = m_config.kafkaPort != 0;
    if (kafka) {
        if (!producer.open(host, m_config.kafkaPort, QStringLiteral("clickstream-producer"), &why))
            return fail(QStringLiteral("Kafka: %1").arg(why));
        kafka::CreateTopicsRequest create;
        create.timeoutMs = 5000;
        kafka::CreateTopicsRequest::Topic clicks;
        clicks.name = "clickstream";
        clicks.numPartitions = 3;
        clicks.replicationFactor = 1;
        clicks.configs = {{"retention.ms", std::string("86400000")}};
        kafka::CreateTopicsRequest::Topic payments;
        payments.name = "payments";
        payments.numPartitions = 1;
        payments.replicationFactor = 1;
        create.topics = {clicks, payments};
        if (!producer.request<kafka::CreateTopicsResponse>(create, 1))
            return fail(QStringLiteral("Kafka: CreateTopics got no answer"));
        if (!analyticsClient.open(host, m_config.kafkaPort, QStringLiteral("analytics-job"), &why)
            || !ledgerClient.open(host, m_config.kafkaPort, QStringLiteral("ledger"), &why))
            return fail(QStringLiteral("Kafka: %1").arg(why));
        analytics = std::make_unique<DemoGroupMember>(analyticsClient, "analytics",
                                                      std::vector<std::string>{"clickstream"});
        ledger = std::make_unique<DemoGroupMember>(ledgerClient, "payments-ledger",
                                                   std::vector<std::string>{"payments"});
        if (!analytics->join({{"clickstream", 3}}) || !ledger->join({{"payments", 1}}))
            return fail(QStringLiteral("Kafka: could not join the consumer groups"));
    }
    m_ready.store(true);

    // --- Traffic, one tick at a time; consumers are polled in between.
    static const char *const kOrderKeys[] = {"order.created.eu", "order.created.us", "order.shipped.eu",
                                             "order.paid.us",    "order.created.eu", "order.shipped.us"};
    QElapsedTimer clock;
    clock.start();
    quint64 tick = 0, orders = 0, records = 0;
    while (!isInterruptionRequested()) {
        const double t = double(clock.elapsed()) / 1000.0;
        // Rates that breathe a little, so the charts are not flat lines.
        const int orderCount = int(std::lround(8.0 + 5.0 * std::sin(t * 0.9) + 2.0 * std::sin(t * 2.3)));
        for (int i = 0; i < orderCount; ++i, ++orders) {
            const char *key = kOrderKeys[orders % std::size(kOrderKeys)];
            publisher.publish(1, "orders", key, jsonProperties(true), orderBody(orders, key + std::strlen(key) - 2));
        }
        for (int i = 0; i < 3; ++i)
            publisher.publish(1, "billing", "invoice", jsonProperties(true), orderBody(orders + i, "eu"));
        if (tick % 3 == 0)
            publisher.publish(1, "billing", "refund", jsonProperties(true), orderBody(orders, "us"));
        for (int i = 0; i < 2; ++i) {
            BasicProperties p;
            p.contentType = "application/octet-stream";
            FieldTable headers;
            headers.set("kind", (tick + std::uint64_t(i)) % 3 == 0 ? "video" : "image");
            headers.set("codec", "h264");
            p.headers = headers;
            publisher.publish(1, "media", "", p, std::string(2048 + 512 * i, char('a' + tick % 26)));
        }
        publisher.flush(500);

        if (kafka) {
            produce(producer, "clickstream", 3, 2 + int(tick % 3), records);
            if (tick % 2 == 0)
                produce(producer, "payments", 1, 1, records);
            if (tick % 2 == 0)
                analytics->poll(64); // one batch per partition every other tick: the group falls behind
            ledger->poll(1 << 16);
            if (tick % 10 == 0) {
                analytics->commit();
                ledger->commit();
                analytics->heartbeat();
                ledger->heartbeat();
            }
        }

        // Until the next tick: settle what the consumers got.
        const qint64 next = qint64(tick + 1) * m_config.tickMs;
        do {
            settle(fulfilment);
            settle(notifier);
            settle(billing);
            QThread::msleep(5);
        } while (clock.elapsed() < next && !isInterruptionRequested());
        // The billing service acks two invoices a tick: slower than they come.
        for (int i = 0; i < 2 && !billing.held.empty(); ++i) {
            const AmqpDelivery d = billing.held.front();
            billing.held.pop_front();
            billing.client.send(d.channel, BasicAck{d.deliveryTag, false});
        }
        ++tick;
    }

    if (kafka) {
        analytics->commit();
        ledger->commit();
        analytics->leave();
        ledger->leave();
    }
    billing.client.close();
    notifier.client.close();
    fulfilment.client.close();
    publisher.close();
}

} // namespace warren::demo
