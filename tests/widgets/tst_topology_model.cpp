// FlowEstimator, TopologyGraph and TopologyLayout against scripted snapshots:
// nodes and edges follow declarations and deletions, positions of remaining
// nodes stay put, and edge activity follows the estimated per-binding rates
// (a fanout lights every binding, a topic exchange only the matching ones).

#include "topology_script.h"

#include <models/flow_estimator.h>
#include <models/topology_graph.h>
#include <models/topology_layout.h>

#include <QtTest>

using namespace warren::widgets;
using namespace warren::widgets::test;
using Kind = TopologyGraph::NodeKind;
using EdgeKind = TopologyGraph::EdgeKind;

namespace {

const QString Root = QStringLiteral("/");

QString xid(const QString &name, const QString &vhost = Root)
{
    return TopologyGraph::exchangeId(vhost, name);
}

QString qid(const QString &name, const QString &vhost = Root)
{
    return TopologyGraph::queueId(vhost, name);
}

/// Id of the edge from exchange `source` to queue (or exchange) `dest` with `key`.
QString bindingEdge(const TopologyGraph &g, const QString &source, const QString &dest, bool toQueue = true)
{
    for (const auto &e : g.edges()) {
        if (e.from == xid(source) && e.to == (toQueue ? qid(dest) : xid(dest)))
            return e.id;
    }
    return {};
}

bool edgeActive(const TopologyGraph &g, const QString &source, const QString &dest, bool toQueue = true)
{
    const auto *e = g.edge(bindingEdge(g, source, dest, toQueue));
    return e && e->active;
}

double edgeRate(const TopologyGraph &g, const QString &source, const QString &dest, bool toQueue = true)
{
    const auto *e = g.edge(bindingEdge(g, source, dest, toQueue));
    return e ? e->rate : -1.0;
}

} // namespace

class TestTopologyModel : public QObject
{
    Q_OBJECT

private slots:
    void topicMatchingOfTheScript()
    {
        QVERIFY(TopologySim::topicMatches("order.*.eu", "order.shipped.eu"));
        QVERIFY(!TopologySim::topicMatches("order.*.eu", "order.created"));
        QVERIFY(TopologySim::topicMatches("#", "a.b.c"));
        QVERIFY(TopologySim::topicMatches("order.shipped.#", "order.shipped"));
        QVERIFY(!TopologySim::topicMatches("order.created", "order.created.x"));
    }

    void flowsShareAQueueRateAmongItsSources()
    {
        // q is bound to a fanout and a topic exchange; only the fanout gets messages.
        TopologySim sim;
        sim.addVhost(Root);
        sim.declareExchange(Root, "fan", "fanout");
        sim.declareExchange(Root, "top", "topic");
        sim.declareQueue(Root, "q");
        sim.declareQueue(Root, "other");
        sim.bind(Root, "fan", "q");
        sim.bind(Root, "top", "q", "a.*");
        sim.bind(Root, "top", "other", "b.*");
        FlowEstimator flows;
        flows.update(*sim.snapshot(1000));
        sim.publish(Root, "fan", "x", 10);
        flows.update(*sim.snapshot(2000));

        const BrokerSnapshotPtr snap = sim.snapshot(2000);
        auto rateOf = [&](const QString &source, const QString &dest) {
            for (const auto &b : snap->bindings)
                if (b.source == source && b.destination == dest)
                    return flows.bindingRate(b);
            return -1.0;
        };
        QCOMPARE(flows.queueIn(Root, "q"), 10.0);
        QCOMPARE(flows.exchangeIn(Root, "fan"), 10.0);
        QCOMPARE(rateOf("fan", "q"), 10.0);
        QCOMPARE(rateOf("top", "q"), 0.0);
        QCOMPARE(rateOf("top", "other"), 0.0);
        QCOMPARE(flows.defaultBindingRate(Root, "q"), 0.0);

        // Both exchanges busy at the same rate: half each.
        sim.publish(Root, "fan", "x", 6);
        sim.publish(Root, "top", "a.z", 6);
        flows.update(*sim.snapshot(3000));
        QCOMPARE(flows.queueIn(Root, "q"), 12.0);
        QCOMPARE(rateOf("fan", "q"), 6.0);
        QCOMPARE(rateOf("top", "q"), 6.0);

        // Publishing to the default exchange is credited to its implicit binding.
        sim.publish(Root, QString(), "q", 4);
        flows.update(*sim.snapshot(4000));
        QCOMPARE(flows.defaultBindingRate(Root, "q"), 4.0);
        QCOMPARE(rateOf("fan", "q"), 0.0);
    }

    void flowsFollowExchangeToExchangeBindings()
    {
        TopologySim sim = TopologySim::demo();
        FlowEstimator flows;
        flows.update(*sim.snapshot(1000));
        sim.publish(Root, "orders", "order.shipped.eu", 5);
        flows.update(*sim.snapshot(2000));
        const auto s = sim.snapshot(2000);
        auto rateOf = [&](const QString &source, const QString &dest) {
            for (const auto &b : s->bindings)
                if (b.source == source && b.destination == dest)
                    return flows.bindingRate(b);
            return -1.0;
        };
        QCOMPARE(rateOf("orders", "notifications"), 15.0); // it feeds three queues, 5 each
        QCOMPARE(rateOf("notifications", "email.send"), 5.0);
        QCOMPARE(rateOf("notifications", "push.send"), 5.0);
        QCOMPARE(rateOf("orders", "orders.eu"), 5.0);
        QCOMPARE(rateOf("orders", "orders.audit"), 5.0);
        QCOMPARE(rateOf("orders", "orders.created"), 0.0);
        QCOMPARE(rateOf("billing", "orders.audit"), 0.0);
        QCOMPARE(flows.intervalMs(), 1000);
    }

    void nodesAndEdgesFollowDeclarations()
    {
        TopologySim sim = TopologySim::demo();
        TopologyGraph g;
        g.update(sim.snapshot(1000));
        // Built-in amq.* exchanges without bindings and the default exchange are hidden.
        QVERIFY(!g.node(xid("amq.direct")));
        QVERIFY(!g.node(xid("")));
        QCOMPARE(g.count(Kind::Exchange), 5);   // orders, notifications, billing, reports, staging's events
        QCOMPARE(g.count(Kind::Queue), 11);
        QVERIFY(g.node(xid("orders")));
        QCOMPARE(g.node(xid("orders"))->exchange.type, QStringLiteral("topic"));
        QVERIFY(g.node(qid("orders.created")));
        QVERIFY(!bindingEdge(g, "orders", "orders.created").isEmpty());
        QVERIFY(!bindingEdge(g, "orders", "notifications", false).isEmpty());
        QCOMPARE(g.edge(bindingEdge(g, "orders", "notifications", false))->kind, EdgeKind::ExchangeBinding);
        QCOMPARE(g.edge(bindingEdge(g, "orders", "orders.eu"))->routingKey, QStringLiteral("order.*.eu"));
        QCOMPARE(g.edge(bindingEdge(g, "reports", "reports.pdf"))->arguments,
                 QStringLiteral("{format: \"pdf\", x-match: \"all\"}"));
        QVERIFY(g.edge(bindingEdge(g, "notifications", "email.send"))->keyIgnored);
        QVERIFY(!g.edge(bindingEdge(g, "orders", "orders.eu"))->keyIgnored);

        // Layers: orders feeds notifications, so it stands one column further left.
        QCOMPARE(g.queueLayer(), 2);
        QCOMPARE(g.node(xid("orders"))->layer, 0);
        QCOMPARE(g.node(xid("notifications"))->layer, 1);
        QCOMPARE(g.node(xid("billing"))->layer, 1);
        QCOMPARE(g.node(qid("invoices"))->layer, 2);
        QCOMPARE(g.node(TopologyGraph::consumerId(sim.consumers.front()))->layer, 3);

        // Declare and bind a queue: a node and an edge appear.
        sim.declareQueue(Root, "orders.us");
        g.update(sim.snapshot(1200));
        QVERIFY(g.node(qid("orders.us")));
        QVERIFY(bindingEdge(g, "orders", "orders.us").isEmpty());
        sim.bind(Root, "orders", "orders.us", "order.*.us");
        g.update(sim.snapshot(1400));
        QVERIFY(!bindingEdge(g, "orders", "orders.us").isEmpty());

        // Delete a queue: its node, bindings and consumers go.
        const QString consumer = TopologyGraph::consumerId(sim.consumers[3]); // eu-fulfilment
        QVERIFY(g.node(consumer));
        sim.deleteQueue(Root, "orders.eu");
        g.update(sim.snapshot(1600));
        QVERIFY(!g.node(qid("orders.eu")));
        QVERIFY(!g.node(consumer));
        for (const auto &e : g.edges())
            QVERIFY(e.from != qid("orders.eu") && e.to != qid("orders.eu"));

        // Delete an exchange: the e2e binding goes and notifications moves next to the queues.
        sim.deleteExchange(Root, "orders");
        g.update(sim.snapshot(1800));
        QVERIFY(!g.node(xid("orders")));
        QCOMPARE(g.queueLayer(), 1);
        QCOMPARE(g.node(xid("notifications"))->layer, 0);
    }

    void consumersBeyondTheCapShareOneNode()
    {
        TopologySim sim = TopologySim::demo();
        TopologyGraph g;
        g.update(sim.snapshot(1000));
        // push.send has 6 consumers: 3 shown and "+3 more".
        int shown = 0;
        for (const auto &n : g.nodes())
            shown += n.kind == Kind::Consumer && n.queue == QLatin1String("push.send");
        QCOMPARE(shown, 3);
        const auto *more = g.node(TopologyGraph::moreConsumersId(Root, "push.send"));
        QVERIFY(more);
        QCOMPARE(more->hiddenConsumers, 3);
        // orders.created has 3, under the cap of 4: all shown, no summary.
        QVERIFY(!g.node(TopologyGraph::moreConsumersId(Root, "orders.created")));
        const auto *c = g.node(TopologyGraph::consumerId(sim.consumers.front()));
        QVERIFY(c);
        QCOMPARE(c->connectionPeer, QStringLiteral("10.0.0.7:40122"));
        QCOMPARE(c->consumer.prefetch, 50);

        sim.cancel("push-6");
        sim.cancel("push-5");
        g.update(sim.snapshot(1200));
        QVERIFY(!g.node(TopologyGraph::moreConsumersId(Root, "push.send")));
        shown = 0;
        for (const auto &n : g.nodes())
            shown += n.kind == Kind::Consumer && n.queue == QLatin1String("push.send");
        QCOMPARE(shown, 4);
    }

    void fanoutLightsEveryBindingTopicOnlyTheMatchingOne()
    {
        TopologySim sim = TopologySim::demo();
        TopologyGraph g;
        g.update(sim.snapshot(1000));
        for (const auto &e : g.edges())
            QVERIFY2(!e.active, qPrintable(e.id));

        // A fanout: every binding carries the message.
        sim.declareExchange(Root, "broadcast", "fanout");
        for (const char *q : {"email.send", "sms.send", "push.send"})
            sim.bind(Root, "broadcast", QLatin1String(q));
        g.update(sim.snapshot(1200));
        sim.publish(Root, "broadcast", "anything", 1);
        g.update(sim.snapshot(1400));
        QVERIFY(edgeActive(g, "broadcast", "email.send"));
        QVERIFY(edgeActive(g, "broadcast", "sms.send"));
        QVERIFY(edgeActive(g, "broadcast", "push.send"));
        QCOMPARE(g.edge(bindingEdge(g, "broadcast", "sms.send"))->newMessages, 1);
        QVERIFY(!edgeActive(g, "notifications", "email.send")); // the other fanout sent nothing
        QVERIFY(!edgeActive(g, "orders", "orders.created"));
        // The queue → consumer links of a queue that delivered light too.
        const auto *sms = g.edge(QLatin1Char('c') + TopologyGraph::consumerId(sim.consumers[6]));
        QVERIFY(sms);
        QVERIFY(sms->active);

        // A topic exchange: only the binding whose pattern matches.
        sim.publish(Root, "orders", "order.created", 3);
        g.update(sim.snapshot(4000)); // past the hold of the fanout's traffic
        QVERIFY(edgeActive(g, "orders", "orders.created"));
        QVERIFY(edgeActive(g, "orders", "orders.audit")); // "#"
        QVERIFY(!edgeActive(g, "orders", "orders.eu"));
        QVERIFY(!edgeActive(g, "orders", "notifications", false));
        QVERIFY(!edgeActive(g, "broadcast", "email.send"));
        QCOMPARE(edgeRate(g, "orders", "orders.created"), 3.0 / 2.6);

        sim.publish(Root, "orders", "order.shipped.eu", 2);
        g.update(sim.snapshot(4500));
        QVERIFY(edgeActive(g, "orders", "orders.eu"));
        QVERIFY(edgeActive(g, "orders", "notifications", false));
        QVERIFY(edgeActive(g, "notifications", "email.send"));
        QVERIFY(!edgeActive(g, "billing", "invoices"));
    }

    void activityHoldsThenFades()
    {
        TopologySim sim = TopologySim::demo();
        TopologyGraph g;
        g.update(sim.snapshot(1000));
        sim.publish(Root, "billing", "invoice", 1);
        g.update(sim.snapshot(1200));
        const QString id = bindingEdge(g, "billing", "invoices");
        QVERIFY(g.edge(id)->active);
        QCOMPARE(g.edge(id)->activity, 1.0);
        g.update(sim.snapshot(1400)); // no traffic: still lit for a moment
        QVERIFY(g.edge(id)->active);
        QVERIFY(g.edge(id)->activity < 1.0);
        QCOMPARE(g.edge(id)->newMessages, 0);
        QCOMPARE(g.edge(id)->rate, 0.0);
        g.update(sim.snapshot(1200 + TopologyGraph::ActiveHoldMs));
        QVERIFY(!g.edge(id)->active);
        QCOMPARE(g.edge(id)->activity, 0.0);
    }

    void messagesToAnimateAccumulateFractions()
    {
        // 1 message per second, snapshots every 250 ms: the fractions add up
        // to one animated message per second, not four or none.
        TopologySim sim = TopologySim::demo();
        TopologyGraph g;
        g.update(sim.snapshot(0));
        int animated = 0;
        for (int i = 1; i <= 8; ++i) {
            if (i % 4 == 0)
                sim.publish(Root, "billing", "invoice", 1);
            g.update(sim.snapshot(i * 250));
            animated += g.edge(bindingEdge(g, "billing", "invoices"))->newMessages;
        }
        QCOMPARE(animated, 2);
    }

    void defaultExchangeAndBuiltInsAreOptions()
    {
        TopologySim sim = TopologySim::demo();
        TopologyGraph g;
        g.update(sim.snapshot(1000));
        QVERIFY(!g.node(xid("")));
        int defaults = 0;
        for (const auto &e : g.edges())
            defaults += e.kind == EdgeKind::DefaultBinding;
        QCOMPARE(defaults, 0);

        TopologyGraph::Options o = g.options();
        o.showDefaultBindings = true;
        g.setOptions(o);
        QVERIFY(g.node(xid("")));
        for (const auto &e : g.edges())
            defaults += e.kind == EdgeKind::DefaultBinding;
        QCOMPARE(defaults, 11); // one per queue, in both vhosts
        const QString d = QLatin1Char('d') + Root + QChar(0x1f) + "invoices";
        QVERIFY(g.edge(d));
        QCOMPARE(g.edge(d)->routingKey, QStringLiteral("invoices"));

        sim.publish(Root, QString(), "invoices", 2);
        g.update(sim.snapshot(1500));
        QVERIFY(g.edge(d)->active);
        QVERIFY(!edgeActive(g, "billing", "invoices"));

        QVERIFY(!g.node(xid("amq.topic")));
        o.showIdleBuiltIns = true;
        g.setOptions(o);
        QVERIFY(g.node(xid("amq.topic")));
        QVERIFY(g.node(xid("amq.topic", "staging")));

        // A built-in exchange with a binding shows without the option.
        o.showIdleBuiltIns = false;
        g.setOptions(o);
        sim.bind(Root, "amq.topic", "orders.audit", "#");
        g.update(sim.snapshot(2000));
        QVERIFY(g.node(xid("amq.topic")));
        QVERIFY(!g.node(xid("amq.fanout")));
    }

    void filtersKeepMatchesAndTheirNeighbours()
    {
        TopologySim sim = TopologySim::demo();
        TopologyGraph g;
        g.update(sim.snapshot(1000));
        QCOMPARE(g.vhosts(), QStringList({"/", "staging"}));

        TopologyGraph::Options o;
        o.vhost = QStringLiteral("staging");
        g.setOptions(o);
        QCOMPARE(g.count(Kind::Exchange), 1);
        QCOMPARE(g.count(Kind::Queue), 2);
        QVERIFY(g.node(xid("events", "staging")));
        QVERIFY(!g.node(xid("orders")));

        o = {};
        o.filter = QStringLiteral("EMAIL");
        g.setOptions(o);
        QVERIFY(g.node(qid("email.send")));
        QVERIFY(g.node(xid("notifications")));  // its neighbour
        QVERIFY(!g.node(qid("sms.send")));       // a neighbour's neighbour
        QVERIFY(!g.node(xid("orders")));
        QCOMPARE(g.count(Kind::Consumer), 2);    // the consumers of email.send
        QCOMPARE(g.edges().size(), size_t(3));   // notifications → email.send → 2 consumers

        o.filter = QStringLiteral("mailer-b"); // a consumer tag finds its queue
        g.setOptions(o);
        QVERIFY(g.node(qid("email.send")));
    }

    void firstLayoutOrdersLayersAndBlocksConsumers()
    {
        TopologySim sim = TopologySim::demo();
        TopologyGraph g;
        g.update(sim.snapshot(1000));
        TopologyLayout layout;
        layout.update(g);
        QCOMPARE(layout.freshLayouts(), 1);
        QCOMPARE(layout.nodeCount(), int(g.nodes().size()));

        // No two nodes share a slot; every node sits in its graph layer.
        QSet<QPair<int, int>> used;
        for (const auto &n : g.nodes()) {
            const auto slot = layout.slot(n.id);
            QVERIFY(slot);
            QCOMPARE(slot->layer, n.layer);
            QVERIFY2(!used.contains({slot->layer, slot->row}), qPrintable(n.id));
            used.insert({slot->layer, slot->row});
        }
        // Consumers sit beside their queue, two per row, centred on it.
        for (const auto &n : g.nodes()) {
            if (n.kind != Kind::Consumer && n.kind != Kind::MoreConsumers)
                continue;
            const double queueRow = layout.rowPosition(qid(n.queue, n.vhost));
            QVERIFY2(qAbs(layout.rowPosition(n.id) - queueRow) <= 1.0, qPrintable(n.id));
        }
        QCOMPARE(layout.rowPosition(TopologyGraph::consumerId(sim.consumers[1])), // order-worker-2 of 3
                 layout.rowPosition(qid("orders.created")));
        // A fanout sits within the rows of the queues it feeds.
        const int email = layout.slot(qid("email.send"))->row;
        const int push = layout.slot(qid("push.send"))->row;
        const int fanout = layout.slot(xid("notifications"))->row;
        QVERIFY(fanout >= qMin(email, push) && fanout <= qMax(email, push));
        // The staging vhost comes after "/" with a blank row between.
        int lastRoot = -1, firstStaging = INT_MAX;
        for (const auto &n : g.nodes()) {
            if (n.kind != Kind::Queue)
                continue;
            const int row = layout.slot(n.id)->row;
            if (n.vhost == Root)
                lastRoot = qMax(lastRoot, row);
            else
                firstStaging = qMin(firstStaging, row);
        }
        QVERIFY(firstStaging > lastRoot + 1);
    }

    void positionsStayForNodesThatRemain()
    {
        TopologySim sim = TopologySim::demo();
        TopologyGraph g;
        g.update(sim.snapshot(1000));
        TopologyLayout layout;
        layout.update(g);
        const auto slotsOf = [&] {
            QHash<QString, TopologyLayout::Slot> out;
            for (const auto &n : g.nodes())
                out.insert(n.id, *layout.slot(n.id));
            return out;
        };
        auto before = slotsOf();

        // Traffic and depth changes move nothing.
        for (int i = 1; i <= 5; ++i) {
            sim.demoTraffic(i);
            g.update(sim.snapshot(1000 + i * 200));
            layout.update(g);
        }
        QCOMPARE(slotsOf(), before);

        // Declarations: the new nodes are placed, the old ones stay.
        sim.declareQueue(Root, "orders.us");
        sim.bind(Root, "orders", "orders.us", "order.*.us");
        sim.consume(Root, "orders.us", "us-fulfilment", 2, 9);
        sim.declareExchange(Root, "audit", "fanout");
        sim.bind(Root, "audit", "orders.audit");
        g.update(sim.snapshot(3000));
        layout.update(g);
        auto after = slotsOf();
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(after.value(it.key()), it.value());
        QVERIFY(layout.slot(qid("orders.us")));
        QVERIFY(layout.slot(xid("audit")));
        // New nodes go near what they connect to.
        QVERIFY(qAbs(layout.slot(xid("audit"))->row - layout.slot(qid("orders.audit"))->row) <= 1);
        const auto us = TopologyGraph::consumerId(sim.consumers.back());
        QCOMPARE(layout.rowPosition(us), layout.rowPosition(qid("orders.us")));

        // Deletions: the rest stays where it was.
        before = after;
        sim.deleteQueue(Root, "sms.send");
        sim.deleteExchange(Root, "billing");
        g.update(sim.snapshot(3200));
        layout.update(g);
        after = slotsOf();
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            QCOMPARE(it.value(), before.value(it.key()));
        QVERIFY(!layout.slot(qid("sms.send")));
        QCOMPARE(layout.freshLayouts(), 1); // all incremental

        // Used slots stay unique.
        QSet<QPair<int, int>> used;
        for (const auto &n : g.nodes()) {
            const auto slot = *layout.slot(n.id);
            QVERIFY(!used.contains({slot.layer, slot.row}));
            used.insert({slot.layer, slot.row});
        }

        // Tidy lays out afresh.
        layout.relayout(g);
        QCOMPARE(layout.freshLayouts(), 2);
    }

    void aLayerChangeKeepsTheRow()
    {
        // With no exchange-to-exchange binding the queues are layer 1; binding
        // an exchange to another adds a column: queues move right, same rows.
        TopologySim sim;
        sim.addVhost(Root);
        sim.declareExchange(Root, "a", "fanout");
        sim.declareExchange(Root, "b", "direct");
        for (const char *q : {"q1", "q2", "q3"}) {
            sim.declareQueue(Root, QLatin1String(q));
            sim.bind(Root, "a", QLatin1String(q));
        }
        sim.bind(Root, "b", "q3", "k");
        TopologyGraph g;
        g.update(sim.snapshot(1000));
        TopologyLayout layout;
        layout.update(g);
        QCOMPARE(g.queueLayer(), 1);
        const int q2 = layout.slot(qid("q2"))->row;
        const int b = layout.slot(xid("b"))->row;

        sim.declareExchange(Root, "front", "topic");
        sim.bindExchange(Root, "front", "b", "#");
        g.update(sim.snapshot(1200));
        layout.update(g);
        QCOMPARE(g.queueLayer(), 2);
        QCOMPARE(layout.slot(qid("q2"))->layer, 2);
        QCOMPARE(layout.slot(qid("q2"))->row, q2);
        QCOMPARE(layout.slot(xid("b"))->row, b);
        QCOMPARE(layout.slot(xid("front"))->layer, 0);
        QCOMPARE(layout.freshLayouts(), 1);
    }

    void emptyAndCyclicGraphsAreHandled()
    {
        TopologyGraph g;
        TopologyLayout layout;
        layout.update(g);
        QCOMPARE(layout.nodeCount(), 0);
        g.update(nullptr);
        QVERIFY(g.nodes().empty());

        // Exchanges bound to each other in a cycle still get layers and slots.
        TopologySim sim;
        sim.addVhost(Root);
        sim.declareExchange(Root, "x", "fanout");
        sim.declareExchange(Root, "y", "fanout");
        sim.declareQueue(Root, "q");
        sim.bindExchange(Root, "x", "y");
        sim.bindExchange(Root, "y", "x");
        sim.bind(Root, "y", "q");
        g.update(sim.snapshot(1000));
        sim.publish(Root, "x", "k", 3);
        g.update(sim.snapshot(2000));
        layout.update(g);
        QVERIFY(layout.slot(xid("x")));
        QVERIFY(layout.slot(xid("y")));
        QVERIFY(g.node(qid("q"))->layer > g.node(xid("x"))->layer);
        QVERIFY(g.node(qid("q"))->layer > g.node(xid("y"))->layer);
        QCOMPARE(g.node(qid("q"))->inRate, 3.0);
    }
};

QTEST_GUILESS_MAIN(TestTopologyModel)
#include "tst_topology_model.moc"
