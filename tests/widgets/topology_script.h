#pragma once
// TopologySim: a tiny scripted AMQP broker for the topology and queue-detail
// tests. It keeps exchanges, bindings, queues and consumers, routes published
// messages like the broker does (direct, fanout, topic, the default exchange,
// exchange-to-exchange bindings; each queue reached once) and counts them the
// way the real snapshot does (publishedIn / routedOut / unroutable on the
// exchange published to, published / delivered on queues). snapshot(t) turns
// the state into a BrokerSnapshot. demo() is a realistic topology.

#include "snapshot_script.h"

#include <QSet>
#include <QStringList>

#include <cmath>

namespace warren::widgets::test {

class TopologySim
{
public:
    struct Exchange {
        QString vhost, name, type;
        bool internal = false;
        bool durable = true;
        QString arguments;
        quint64 in = 0, out = 0, unroutable = 0;
    };
    struct Binding {
        QString vhost, source, destination;
        bool toQueue = true;
        QString key;
        QString arguments;
    };
    struct Queue {
        QString vhost, name;
        QString arguments;
        bool durable = true, exclusive = false, autoDelete = false;
        quint64 ready = 0, unacked = 0, published = 0, delivered = 0;
    };

    std::vector<Exchange> exchanges;
    std::vector<Binding> bindings;
    std::vector<Queue> queues;
    std::vector<metrics::ConsumerSnapshot> consumers;
    std::vector<metrics::ConnectionSnapshot> connections;

    /// A vhost with the default exchange and the amq.* ones.
    void addVhost(const QString &vhost)
    {
        declareExchange(vhost, QString(), QStringLiteral("direct"));
        for (const char *n : {"amq.direct", "amq.fanout", "amq.topic", "amq.headers", "amq.match"}) {
            const QString name = QLatin1String(n);
            declareExchange(vhost, name,
                            name.endsWith(QLatin1String("fanout"))  ? QStringLiteral("fanout")
                                : name.endsWith(QLatin1String("topic")) ? QStringLiteral("topic")
                                : name == QLatin1String("amq.direct")   ? QStringLiteral("direct")
                                                                        : QStringLiteral("headers"));
        }
    }
    Exchange &declareExchange(const QString &vhost, const QString &name, const QString &type)
    {
        Exchange x;
        x.vhost = vhost;
        x.name = name;
        x.type = type;
        exchanges.push_back(x);
        return exchanges.back();
    }
    Queue &declareQueue(const QString &vhost, const QString &name)
    {
        Queue q;
        q.vhost = vhost;
        q.name = name;
        queues.push_back(q);
        return queues.back();
    }
    void bind(const QString &vhost, const QString &source, const QString &queue, const QString &key = {},
              const QString &arguments = {})
    {
        bindings.push_back({vhost, source, queue, true, key, arguments});
    }
    void bindExchange(const QString &vhost, const QString &source, const QString &destination, const QString &key = {})
    {
        bindings.push_back({vhost, source, destination, false, key, {}});
    }
    void unbind(const QString &vhost, const QString &source, const QString &destination, const QString &key)
    {
        std::erase_if(bindings, [&](const Binding &b) {
            return b.vhost == vhost && b.source == source && b.destination == destination && b.key == key;
        });
    }
    void deleteQueue(const QString &vhost, const QString &name)
    {
        std::erase_if(queues, [&](const Queue &q) { return q.vhost == vhost && q.name == name; });
        std::erase_if(bindings,
                      [&](const Binding &b) { return b.vhost == vhost && b.toQueue && b.destination == name; });
        std::erase_if(consumers, [&](const auto &c) { return c.vhost == vhost && c.queue == name; });
    }
    void deleteExchange(const QString &vhost, const QString &name)
    {
        std::erase_if(exchanges, [&](const Exchange &x) { return x.vhost == vhost && x.name == name; });
        std::erase_if(bindings, [&](const Binding &b) {
            return b.vhost == vhost && (b.source == name || (!b.toQueue && b.destination == name));
        });
    }
    void consume(const QString &vhost, const QString &queue, const QString &tag, quint64 connection, int channel = 1,
                 int prefetch = 0, bool ack = true)
    {
        metrics::ConsumerSnapshot c;
        c.vhost = vhost;
        c.queue = queue;
        c.consumerTag = tag;
        c.connectionId = connection;
        c.channel = channel;
        c.prefetch = prefetch;
        c.ackRequired = ack;
        consumers.push_back(c);
    }
    void cancel(const QString &tag)
    {
        std::erase_if(consumers, [&](const auto &c) { return c.consumerTag == tag; });
    }

    Exchange *findExchange(const QString &vhost, const QString &name)
    {
        for (auto &x : exchanges)
            if (x.vhost == vhost && x.name == name)
                return &x;
        return nullptr;
    }
    Queue *findQueue(const QString &vhost, const QString &name)
    {
        for (auto &q : queues)
            if (q.vhost == vhost && q.name == name)
                return &q;
        return nullptr;
    }

    /// AMQP topic matching: words split by '.', '*' one word, '#' zero or more.
    static bool topicMatches(const QString &pattern, const QString &key)
    {
        return matchWords(pattern.split(QLatin1Char('.')), 0, key.split(QLatin1Char('.')), 0);
    }

    /// Publishes `n` messages with `key` to an exchange and routes them. Queues
    /// with consumers deliver them at once; the others keep them ready.
    /// Returns the queues reached.
    QStringList publish(const QString &vhost, const QString &exchangeName, const QString &key, quint64 n = 1)
    {
        Exchange *x = findExchange(vhost, exchangeName);
        if (!x)
            return {};
        QStringList reached;
        if (exchangeName.isEmpty()) {
            if (findQueue(vhost, key))
                reached << key;
        } else {
            QSet<QString> visited;
            route(vhost, exchangeName, key, visited, reached);
        }
        x->in += n;
        if (reached.isEmpty())
            x->unroutable += n;
        else
            x->out += n * quint64(reached.size());
        for (const QString &name : std::as_const(reached)) {
            Queue *q = findQueue(vhost, name);
            q->published += n;
            if (hasConsumers(vhost, name))
                q->delivered += n;
            else
                q->ready += n;
        }
        return reached;
    }

    BrokerSnapshotPtr snapshot(qint64 at) const
    {
        BrokerSnapshot s = snapshotAt(at);
        for (const Exchange &x : exchanges) {
            metrics::ExchangeSnapshot e = exchange(x.vhost, x.name, x.type);
            e.internal = x.internal;
            e.durable = x.durable;
            e.arguments = x.arguments;
            e.publishedIn = x.in;
            e.routedOut = x.out;
            e.unroutable = x.unroutable;
            e.bindingsOut = int(std::count_if(bindings.begin(), bindings.end(), [&x](const Binding &b) {
                return b.vhost == x.vhost && b.source == x.name;
            }));
            s.exchanges.push_back(e);
        }
        for (const Binding &b : bindings) {
            metrics::BindingSnapshot bs;
            bs.vhost = b.vhost;
            bs.source = b.source;
            bs.destination = b.destination;
            bs.destinationIsQueue = b.toQueue;
            bs.routingKey = b.key;
            bs.arguments = b.arguments.isEmpty() ? QStringLiteral("{}") : b.arguments;
            s.bindings.push_back(bs);
        }
        for (const Queue &q : queues) {
            metrics::QueueSnapshot qs = queue(q.vhost, q.name, q.ready, q.unacked);
            qs.arguments = q.arguments;
            qs.durable = q.durable;
            qs.exclusive = q.exclusive;
            qs.autoDelete = q.autoDelete;
            qs.published = q.published;
            qs.delivered = q.delivered;
            qs.consumers = int(std::count_if(consumers.begin(), consumers.end(), [&q](const auto &c) {
                return c.vhost == q.vhost && c.queue == q.name;
            }));
            s.queues.push_back(qs);
            s.published += q.published;
            s.delivered += q.delivered;
        }
        s.consumers = consumers;
        s.connections = connections;
        return share(std::move(s));
    }

    /// A shop's broker: a topic exchange for orders feeding a fanout of
    /// notifications, a direct exchange for billing, a headers exchange for
    /// reports, a second vhost, 11 queues and 17 consumers on 4 connections.
    static TopologySim demo()
    {
        TopologySim sim;
        const QString v = QStringLiteral("/");
        sim.addVhost(v);
        sim.declareExchange(v, QStringLiteral("orders"), QStringLiteral("topic"));
        sim.declareExchange(v, QStringLiteral("notifications"), QStringLiteral("fanout"));
        sim.declareExchange(v, QStringLiteral("billing"), QStringLiteral("direct"));
        sim.declareExchange(v, QStringLiteral("reports"), QStringLiteral("headers"));
        for (const char *q : {"orders.created", "orders.eu", "orders.audit", "email.send", "sms.send", "push.send",
                              "invoices", "payments", "reports.pdf"})
            sim.declareQueue(v, QLatin1String(q));
        sim.findQueue(v, QStringLiteral("orders.created"))->arguments = QStringLiteral("{x-max-length: 100000, x-queue-type: \"classic\"}");
        sim.findQueue(v, QStringLiteral("orders.audit"))->arguments = QStringLiteral("{x-message-ttl: 86400000}");
        sim.findQueue(v, QStringLiteral("payments"))->arguments = QStringLiteral("{x-dead-letter-exchange: \"billing.dlx\", x-max-priority: 5}");
        sim.bind(v, QStringLiteral("orders"), QStringLiteral("orders.created"), QStringLiteral("order.created"));
        sim.bind(v, QStringLiteral("orders"), QStringLiteral("orders.eu"), QStringLiteral("order.*.eu"));
        sim.bind(v, QStringLiteral("orders"), QStringLiteral("orders.audit"), QStringLiteral("#"));
        sim.bindExchange(v, QStringLiteral("orders"), QStringLiteral("notifications"), QStringLiteral("order.shipped.#"));
        sim.bind(v, QStringLiteral("notifications"), QStringLiteral("email.send"));
        sim.bind(v, QStringLiteral("notifications"), QStringLiteral("sms.send"));
        sim.bind(v, QStringLiteral("notifications"), QStringLiteral("push.send"));
        sim.bind(v, QStringLiteral("billing"), QStringLiteral("invoices"), QStringLiteral("invoice"));
        sim.bind(v, QStringLiteral("billing"), QStringLiteral("payments"), QStringLiteral("payment"));
        sim.bind(v, QStringLiteral("billing"), QStringLiteral("orders.audit"), QStringLiteral("payment"));
        sim.bind(v, QStringLiteral("reports"), QStringLiteral("reports.pdf"), QString(),
                 QStringLiteral("{format: \"pdf\", x-match: \"all\"}"));
        sim.findQueue(v, QStringLiteral("orders.audit"))->ready = 18'250;

        const QString s = QStringLiteral("staging");
        sim.addVhost(s);
        sim.declareExchange(s, QStringLiteral("events"), QStringLiteral("fanout"));
        sim.declareQueue(s, QStringLiteral("events.replay"));
        sim.declareQueue(s, QStringLiteral("events.archive"));
        sim.bind(s, QStringLiteral("events"), QStringLiteral("events.replay"));
        sim.bind(s, QStringLiteral("events"), QStringLiteral("events.archive"));

        sim.connections = {connection(1, QStringLiteral("10.0.0.7:40122"), QStringLiteral("amqplib"), QStringLiteral("0.10.3")),
                           connection(2, QStringLiteral("10.0.0.8:51800")),
                           connection(3, QStringLiteral("127.0.0.1:53422"), QStringLiteral("rabbitmq-c"), QStringLiteral("0.11.0")),
                           connection(4, QStringLiteral("10.0.0.9:60001"), QStringLiteral("Bunny"), QStringLiteral("2.22.0"))};
        sim.connections[3].vhost = s;
        for (int i = 1; i <= 3; ++i)
            sim.consume(v, QStringLiteral("orders.created"), QStringLiteral("order-worker-%1").arg(i), 1, i, 50);
        sim.consume(v, QStringLiteral("orders.eu"), QStringLiteral("eu-fulfilment"), 2, 1, 10);
        sim.consume(v, QStringLiteral("email.send"), QStringLiteral("mailer-a"), 2, 2, 20);
        sim.consume(v, QStringLiteral("email.send"), QStringLiteral("mailer-b"), 3, 1, 20);
        sim.consume(v, QStringLiteral("sms.send"), QStringLiteral("sms-gateway"), 3, 2, 0, false);
        for (int i = 1; i <= 6; ++i)
            sim.consume(v, QStringLiteral("push.send"), QStringLiteral("push-%1").arg(i), 3, 2 + i, 5);
        sim.consume(v, QStringLiteral("invoices"), QStringLiteral("amq.ctag-Xk2mJ0q9cZ1d"), 1, 4, 1);
        sim.consume(v, QStringLiteral("payments"), QStringLiteral("payment-processor"), 1, 5, 1);
        sim.consume(s, QStringLiteral("events.replay"), QStringLiteral("replayer"), 4, 1, 100);
        sim.consume(s, QStringLiteral("events.archive"), QStringLiteral("archiver"), 4, 2, 100);
        return sim;
    }

    /// One second (or `share` of one) of steady traffic on the demo topology.
    void demoTraffic(int second, double share = 1.0)
    {
        const QString v = QStringLiteral("/");
        const auto n = [share](double perSecond) { return quint64(std::lround(perSecond * share)); };
        publish(v, QStringLiteral("orders"), QStringLiteral("order.created"), n(40 + second % 7));
        publish(v, QStringLiteral("orders"), QStringLiteral("order.shipped.eu"), n(12));
        publish(v, QStringLiteral("billing"), QStringLiteral("payment"), n(9));
        publish(v, QStringLiteral("billing"), QStringLiteral("invoice"), n(3));
        publish(v, QString(), QStringLiteral("orders.created"), n(1));
        publish(QStringLiteral("staging"), QStringLiteral("events"), QStringLiteral("e"), n(2));
        if (Queue *q = findQueue(v, QStringLiteral("orders.created"))) {
            // A backlog that builds and drains over a couple of minutes.
            q->ready = quint64(700 + 450 * std::sin(second / 25.0) + 120 * std::sin(second / 4.0));
            q->unacked = 60 + quint64(second % 9);
        }
        if (Queue *q = findQueue(v, QStringLiteral("push.send")))
            q->unacked = 20 + quint64(second % 5);
    }

private:
    static bool matchWords(const QStringList &p, int i, const QStringList &k, int j)
    {
        if (i == p.size())
            return j == k.size();
        if (p[i] == QLatin1String("#")) {
            for (int skip = j; skip <= k.size(); ++skip)
                if (matchWords(p, i + 1, k, skip))
                    return true;
            return false;
        }
        if (j == k.size())
            return false;
        return (p[i] == QLatin1String("*") || p[i] == k[j]) && matchWords(p, i + 1, k, j + 1);
    }

    bool hasConsumers(const QString &vhost, const QString &queueName) const
    {
        return std::any_of(consumers.begin(), consumers.end(),
                           [&](const auto &c) { return c.vhost == vhost && c.queue == queueName; });
    }

    void route(const QString &vhost, const QString &exchangeName, const QString &key, QSet<QString> &visited,
               QStringList &reached)
    {
        if (visited.contains(exchangeName))
            return;
        visited.insert(exchangeName);
        const Exchange *x = findExchange(vhost, exchangeName);
        if (!x)
            return;
        for (const Binding &b : std::vector<Binding>(bindings)) {
            if (b.vhost != vhost || b.source != exchangeName)
                continue;
            bool match = false;
            if (x->type == QLatin1String("fanout") || x->type == QLatin1String("headers"))
                match = true; // headers: the demo's bindings match what it publishes
            else if (x->type == QLatin1String("direct"))
                match = b.key == key;
            else if (x->type == QLatin1String("topic"))
                match = topicMatches(b.key, key);
            if (!match)
                continue;
            if (b.toQueue) {
                if (!reached.contains(b.destination))
                    reached << b.destination;
            } else {
                route(vhost, b.destination, key, visited, reached);
            }
        }
    }
};

} // namespace warren::widgets::test
