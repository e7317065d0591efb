#pragma once
// Builders for scripted broker snapshots used by the widgets tests, and a
// small simulated broker (DemoBroker) for rendering screenshots.

#include <QMetaType> // broker_snapshot.h uses Q_DECLARE_METATYPE without including it
#include <metrics/broker_snapshot.h>

#include <QtMath>

#include <memory>

namespace warren::widgets::test {

using metrics::BrokerSnapshot;
using metrics::BrokerSnapshotPtr;

inline metrics::QueueSnapshot queue(const QString &vhost, const QString &name, quint64 ready = 0,
                                    quint64 unacked = 0, int consumers = 0)
{
    metrics::QueueSnapshot q;
    q.vhost = vhost;
    q.name = name;
    q.durable = true;
    q.ready = ready;
    q.unacked = unacked;
    q.consumers = consumers;
    return q;
}

inline metrics::ExchangeSnapshot exchange(const QString &vhost, const QString &name,
                                          const QString &type = QStringLiteral("direct"),
                                          int bindings = 0)
{
    metrics::ExchangeSnapshot e;
    e.vhost = vhost;
    e.name = name;
    e.type = type;
    e.durable = true;
    e.bindingsOut = bindings;
    return e;
}

inline metrics::ConnectionSnapshot connection(quint64 id, const QString &peer,
                                              const QString &product = QStringLiteral("pika"),
                                              const QString &version = QStringLiteral("1.3.1"))
{
    metrics::ConnectionSnapshot c;
    c.id = id;
    c.protocol = QStringLiteral("AMQP 0-9-1");
    c.peer = peer;
    c.user = QStringLiteral("guest");
    c.vhost = QStringLiteral("/");
    c.clientProduct = product;
    c.clientVersion = version;
    c.channels = 1;
    return c;
}

inline metrics::TopicSnapshot topic(const QString &name, int partitions, qint64 messages = 0,
                                    quint64 sizeBytes = 0)
{
    metrics::TopicSnapshot t;
    t.name = name;
    t.partitions = partitions;
    t.messages = messages;
    t.sizeBytes = sizeBytes;
    return t;
}

inline metrics::PartitionSnapshot partition(const QString &topic, int number, qint64 highWatermark,
                                            qint64 logStart = 0)
{
    metrics::PartitionSnapshot p;
    p.topic = topic;
    p.partition = number;
    p.logStartOffset = logStart;
    p.highWatermark = highWatermark;
    p.sizeBytes = quint64(highWatermark - logStart) * 100;
    p.segments = 1;
    return p;
}

/// A topic and its partitions, consistent with each other: partition i has
/// high watermark highWatermarks[i] and log start 0.
inline void addTopic(metrics::BrokerSnapshot &s, const QString &name, const std::vector<qint64> &highWatermarks)
{
    metrics::TopicSnapshot t = topic(name, int(highWatermarks.size()));
    for (int i = 0; i < int(highWatermarks.size()); ++i) {
        s.partitions.push_back(partition(name, i, highWatermarks[size_t(i)]));
        t.messages += highWatermarks[size_t(i)];
        t.sizeBytes += s.partitions.back().sizeBytes;
    }
    s.topics.push_back(t);
}

inline metrics::GroupOffsetSnapshot offset(const QString &topic, int partition, qint64 committed,
                                           qint64 highWatermark)
{
    metrics::GroupOffsetSnapshot o;
    o.topic = topic;
    o.partition = partition;
    o.committedOffset = committed;
    o.highWatermark = highWatermark;
    o.lag = committed < 0 ? -1 : highWatermark - committed;
    return o;
}

inline metrics::GroupMemberSnapshot member(const QString &memberId, const QString &clientId,
                                           const QStringList &assigned = {})
{
    metrics::GroupMemberSnapshot m;
    m.memberId = memberId;
    m.clientId = clientId;
    m.clientHost = QStringLiteral("/127.0.0.1");
    m.assignedPartitions = assigned;
    return m;
}

/// A Stable "consumer/range" group; totalLag is summed from the offsets.
inline metrics::ConsumerGroupSnapshot group(const QString &groupId,
                                            std::vector<metrics::GroupMemberSnapshot> members = {},
                                            std::vector<metrics::GroupOffsetSnapshot> offsets = {})
{
    metrics::ConsumerGroupSnapshot g;
    g.groupId = groupId;
    g.state = members.empty() ? QStringLiteral("Empty") : QStringLiteral("Stable");
    g.protocolType = QStringLiteral("consumer");
    g.protocol = members.empty() ? QString() : QStringLiteral("range");
    g.generation = members.empty() ? 0 : 1;
    g.leader = members.empty() ? QString() : members.front().memberId;
    g.members = std::move(members);
    g.offsets = std::move(offsets);
    for (const auto &o : g.offsets)
        g.totalLag += qMax<qint64>(0, o.lag);
    return g;
}

inline BrokerSnapshot snapshotAt(qint64 takenAtMs)
{
    BrokerSnapshot s;
    s.takenAtMs = takenAtMs;
    s.listeners.push_back({QStringLiteral("AMQP 0-9-1"), QStringLiteral("0.0.0.0"), 5672});
    return s;
}

inline BrokerSnapshotPtr share(BrokerSnapshot s)
{
    return std::make_shared<const BrokerSnapshot>(std::move(s));
}

/// A broker that looks busy: a few vhosts, exchanges, queues and clients whose
/// counters move smoothly with time. snapshot(t) is deterministic in t.
class DemoBroker
{
    /// Kafka side: three topics, three groups (one keeping up, one falling
    /// behind, one stopped) and a Kafka listener.
    static void addKafka(BrokerSnapshot &s, double secs, double wave)
    {
        s.listeners.push_back({QStringLiteral("Kafka"), QStringLiteral("0.0.0.0"), 9092});
        struct Spec { QString name; int partitions; double perSecond; qint64 retained; QString configs; };
        const std::vector<Spec> specs{
            {QStringLiteral("orders"), 6, 420.0, 0, QStringLiteral("retention.ms=604800000")},
            {QStringLiteral("clickstream.page-views"), 12, 2600.0, 1'500'000,
             QStringLiteral("cleanup.policy=delete, retention.bytes=1073741824, segment.bytes=104857600")},
            {QStringLiteral("payments.dlq"), 1, 0.2, 0, QString()},
        };
        std::vector<std::vector<qint64>> highWatermarks;
        for (const Spec &spec : specs) {
            metrics::TopicSnapshot t = topic(spec.name, spec.partitions);
            t.configs = spec.configs;
            std::vector<qint64> hws;
            for (int p = 0; p < spec.partitions; ++p) {
                const double share = 1.0 + 0.08 * ((p * 7) % 5 - 2); // a little skew
                const qint64 hw = qint64(spec.perSecond / spec.partitions * share * (secs + 600.0 + 4.0 * (wave - 1.0)));
                const qint64 start = spec.retained ? qMax<qint64>(0, hw - spec.retained / spec.partitions) : 0;
                metrics::PartitionSnapshot part = partition(spec.name, p, hw, start);
                part.sizeBytes = quint64(hw - start) * 380;
                part.segments = 1 + int(part.sizeBytes / 104'857'600);
                t.messages += hw - start;
                t.sizeBytes += part.sizeBytes;
                s.partitions.push_back(part);
                hws.push_back(hw);
            }
            highWatermarks.push_back(hws);
            s.topics.push_back(t);
        }

        // order-processor keeps up (lag breathes), analytics falls behind on
        // the clickstream, audit-replay stopped a while ago.
        std::vector<metrics::GroupOffsetSnapshot> orderOffsets, clickOffsets, replayOffsets;
        for (int p = 0; p < 6; ++p) {
            const qint64 hw = highWatermarks[0][size_t(p)];
            orderOffsets.push_back(offset(QStringLiteral("orders"), p,
                                          hw - qint64(40 + 35 * qSin(secs / 9.0 + p)), hw));
            replayOffsets.push_back(offset(QStringLiteral("orders"), p, qMin<qint64>(hw, 120'000 + p * 900), hw));
        }
        for (int p = 0; p < 12; ++p) {
            const qint64 hw = highWatermarks[1][size_t(p)];
            clickOffsets.push_back(offset(QStringLiteral("clickstream.page-views"), p,
                                          hw - qint64(800 + secs * (4.0 + p % 3) + 300 * qSin(secs / 31.0)), hw));
        }
        replayOffsets.push_back(offset(QStringLiteral("payments.dlq"), 0, -1, highWatermarks[2][0]));
        auto ids = [](const QString &client, int n) {
            return QStringLiteral("%1-%2-4f1c2a9e-77b1-4e0d-9a51-0c3f%3").arg(client).arg(n).arg(n, 8, 10, QLatin1Char('0'));
        };
        s.groups.push_back(group(QStringLiteral("order-processor"),
                                 {member(ids(QStringLiteral("order-svc"), 1), QStringLiteral("order-svc"),
                                         {QStringLiteral("orders-0"), QStringLiteral("orders-1")}),
                                  member(ids(QStringLiteral("order-svc"), 2), QStringLiteral("order-svc"),
                                         {QStringLiteral("orders-2"), QStringLiteral("orders-3")}),
                                  member(ids(QStringLiteral("order-svc"), 3), QStringLiteral("order-svc"),
                                         {QStringLiteral("orders-4"), QStringLiteral("orders-5")})},
                                 orderOffsets));
        s.groups.back().generation = 7;
        s.groups.back().members[1].clientHost = QStringLiteral("/10.0.0.7");
        QStringList even, odd;
        for (int p = 0; p < 12; ++p)
            (p % 2 ? odd : even) << QStringLiteral("clickstream.page-views-%1").arg(p);
        s.groups.push_back(group(QStringLiteral("analytics"),
                                 {member(ids(QStringLiteral("spark"), 1), QStringLiteral("spark-executor-1"), even),
                                  member(ids(QStringLiteral("spark"), 2), QStringLiteral("spark-executor-2"), odd)},
                                 clickOffsets));
        s.groups.back().protocol = QStringLiteral("cooperative-sticky");
        s.groups.back().generation = 3;
        s.groups.push_back(group(QStringLiteral("audit-replay"), {}, replayOffsets));

        s.kafkaProduced = 0;
        for (const auto &hws : highWatermarks)
            for (qint64 hw : hws)
                s.kafkaProduced += quint64(hw);
        s.kafkaProducedBytes = s.kafkaProduced * 380;
        s.kafkaFetched = quint64(double(s.kafkaProduced) * 0.93);
        s.kafkaFetchedBytes = s.kafkaFetched * 380;
    }

public:
    BrokerSnapshotPtr snapshot(qint64 atMs, qint64 startMs) const
    {
        const double secs = double(atMs - startMs) / 1000.0;
        const double wave = 1.0 + 0.35 * qSin(secs / 23.0) + 0.15 * qSin(secs / 7.0);
        const auto cumulative = [secs, wave](double base) {
            return quint64(base * secs + base * 6.0 * (wave - 1.0) + base * 40.0);
        };

        BrokerSnapshot s = snapshotAt(atMs);
        s.uptimeMs = atMs - startMs + 3'600'000;
        s.listeners.push_back({QStringLiteral("AMQP 0-9-1"), QStringLiteral("::"), 5672});

        const QString root = QStringLiteral("/");
        const QString staging = QStringLiteral("staging");
        s.exchanges = {
            exchange(root, QString(), QStringLiteral("direct"), 4),
            exchange(root, QStringLiteral("amq.direct")),
            exchange(root, QStringLiteral("amq.fanout"), QStringLiteral("fanout")),
            exchange(root, QStringLiteral("amq.headers"), QStringLiteral("headers")),
            exchange(root, QStringLiteral("amq.match"), QStringLiteral("headers")),
            exchange(root, QStringLiteral("amq.topic"), QStringLiteral("topic")),
            exchange(root, QStringLiteral("amq.rabbitmq.trace"), QStringLiteral("topic")),
            exchange(root, QStringLiteral("orders"), QStringLiteral("topic"), 3),
            exchange(root, QStringLiteral("notifications.fanout.with-a-long-name"),
                     QStringLiteral("fanout"), 2),
            exchange(staging, QString(), QStringLiteral("direct"), 1),
            exchange(staging, QStringLiteral("events"), QStringLiteral("fanout"), 1),
        };
        s.exchanges[6].internal = true;
        s.exchanges[8].durable = false;
        s.exchanges[8].autoDelete = true;
        s.exchanges[10].arguments = QStringLiteral("alternate-exchange=unrouted");
        s.exchanges[7].publishedIn = cumulative(180);
        s.exchanges[7].routedOut = cumulative(230);
        s.exchanges[0].publishedIn = cumulative(35);
        s.exchanges[0].routedOut = cumulative(35);
        s.exchanges[8].publishedIn = cumulative(12);
        s.exchanges[8].routedOut = cumulative(24);
        s.exchanges[10].publishedIn = cumulative(2.5);
        s.exchanges[10].routedOut = cumulative(2.5);

        auto q1 = queue(root, QStringLiteral("orders.created"), 1200 + quint64(900 * wave), 48, 3);
        q1.arguments = QStringLiteral("x-max-length=100000, x-queue-type=classic");
        q1.published = cumulative(180);
        q1.delivered = cumulative(172);
        auto q2 = queue(root, QStringLiteral("orders.audit"), 18'250'113 + quint64(secs * 50), 0, 0);
        q2.arguments = QStringLiteral("x-message-ttl=86400000");
        q2.published = cumulative(50);
        auto q3 = queue(root, QStringLiteral("amq.gen-JzTY20BRgKO-HjmUJj0wLg"), 0, 2, 1);
        q3.durable = false;
        q3.exclusive = true;
        q3.autoDelete = true;
        q3.published = cumulative(12);
        q3.delivered = cumulative(12);
        auto q4 = queue(root, QStringLiteral("email.send"), 3, 10, 2);
        q4.published = cumulative(35);
        q4.delivered = cumulative(35);
        auto q5 = queue(staging, QStringLiteral("events.replay"), 0, 0, 1);
        q5.published = cumulative(2.5);
        q5.delivered = cumulative(2.5);
        s.queues = {q1, q2, q3, q4, q5};

        auto c1 = connection(1, QStringLiteral("127.0.0.1:53422"));
        c1.channels = 2;
        auto c2 = connection(2, QStringLiteral("10.0.0.7:40122"), QStringLiteral("amqplib"),
                             QStringLiteral("0.10.3"));
        c2.user = QStringLiteral("orders-service");
        c2.channels = 4;
        auto c3 = connection(3, QStringLiteral("[fe80::1c2a:9bff:fe42:7a10]:51000"),
                             QStringLiteral("rabbitmq-c"), QStringLiteral("0.11.0"));
        c3.vhost = staging;
        auto c4 = connection(4, QStringLiteral("127.0.0.1:53440"), QStringLiteral("pika"),
                             QStringLiteral("1.3.1"));
        const std::vector<double> inRates{52'000, 310'000, 900, 12'000};
        const std::vector<double> outRates{1'400'000, 4'500, 900, 60'000};
        s.connections = {c1, c2, c3, c4};
        for (size_t i = 0; i < s.connections.size(); ++i) {
            s.connections[i].connectedAtMs = startMs - qint64(600'000 * (i + 1));
            s.connections[i].bytesIn = cumulative(inRates[i]);
            s.connections[i].bytesOut = cumulative(outRates[i]);
        }

        for (const auto &q : s.queues) {
            s.published += q.published;
            s.delivered += q.delivered;
        }
        s.acked = s.delivered > 100 ? s.delivered - 100 : 0;
        addKafka(s, secs, wave);
        return share(std::move(s));
    }
};

} // namespace warren::widgets::test
