// The Exchanges and Queues tabs' detail data: QueueDepthHistory (a bounded
// ring of changes per queue), ConsumerTableModel and BindingTableModel (diffed
// rows, no resets, switching subjects removes and inserts) and ArgumentList.

#include "model_signal_recorder.h"
#include "topology_script.h"

#include <models/argument_list.h>
#include <models/binding_table_model.h>
#include <models/consumer_table_model.h>
#include <models/queue_depth_history.h>

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace warren::widgets;
using namespace warren::widgets::test;
using ConsumerCol = ConsumerTableModel::Column;
using BindingCol = BindingTableModel::Column;
using Subject = BindingTableModel::Subject;
using Point = QueueDepthHistory::Point;

namespace {

const QString Root = QStringLiteral("/");

int structural(const ModelSignalRecorder &rec)
{
    return int(rec.inserted.count() + rec.removed.count() + rec.reset.count() + rec.layout.count()
               + rec.moved.count());
}

QString cell(const QAbstractItemModel &model, const QString &key, int column)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data(SnapshotTableModel::KeyRole).toString() == key)
            return model.index(r, column).data().toString();
    }
    return QStringLiteral("<no row %1>").arg(key);
}

} // namespace

class TestQueueDetailModels : public QObject
{
    Q_OBJECT

private slots:
    // ---- QueueDepthHistory

    void historyStoresChangesOnly()
    {
        QueueDepthHistory h(100, 60'000, 0);
        const QueueDepthHistory::Key q{Root, "q"};
        h.add(q, 1000, 5, 1);
        h.add(q, 1200, 5, 1);
        h.add(q, 1400, 5, 1);
        QCOMPARE(h.pointCount(q), 1);
        QCOMPARE(h.lastSeenMs(q), 1400);
        h.add(q, 1600, 7, 1);
        QCOMPARE(h.points(q), (std::vector<Point>{{1000, 5, 1}, {1600, 7, 1}}));
        QCOMPARE(h.latest(q)->ready, 7u);
        QCOMPARE(h.peakTotal(q), 8u);
        h.add(q, 1600, 9, 9); // a repeated snapshot time: ignored
        QCOMPARE(h.latest(q)->ready, 7u);
        QVERIFY(!h.latest({Root, "unknown"}));
        QCOMPARE(h.lastSeenMs({Root, "unknown"}), 0);
    }

    void historyCoalescesChangesWithinTheResolution()
    {
        QueueDepthHistory h(100, 60'000, 1000);
        const QueueDepthHistory::Key q{Root, "q"};
        h.add(q, 0, 1, 0);
        h.add(q, 200, 2, 0);   // the first change is kept (1 → 2)
        h.add(q, 400, 3, 0);   // within 1 s of it: overwrites
        h.add(q, 600, 4, 0);
        QCOMPARE(h.points(q), (std::vector<Point>{{0, 1, 0}, {200, 4, 0}}));
        h.add(q, 1300, 5, 0);  // a new interval
        QCOMPARE(h.pointCount(q), 3);
        QCOMPARE(h.points(q).back(), (Point{1300, 5, 0}));
    }

    void historyIsBoundedByCapacityAndWindow()
    {
        QueueDepthHistory h(5, 10'000, 0);
        const QueueDepthHistory::Key q{Root, "q"};
        for (int i = 0; i < 12; ++i)
            h.add(q, 1000 + i * 100, quint64(i), 0);
        QCOMPARE(h.pointCount(q), 5);
        const auto pts = h.points(q);
        QCOMPARE(pts.front().ready, 7u);
        QCOMPARE(pts.back().ready, 11u);
        for (size_t i = 1; i < pts.size(); ++i)
            QVERIFY(pts[i - 1].atMs < pts[i].atMs);

        // Window: points wholly before it go; the last one before it stays
        // (it gives the counts at the window's start).
        QueueDepthHistory w(100, 1000, 0);
        w.add(q, 0, 1, 0);
        w.add(q, 500, 2, 0);
        w.add(q, 900, 3, 0);
        w.add(q, 2000, 4, 0);
        QCOMPARE(w.points(q), (std::vector<Point>{{900, 3, 0}, {2000, 4, 0}}));
        // An idle queue keeps one point however long it idles.
        for (int t = 3000; t < 60'000; t += 200)
            w.add(q, t, 4, 0);
        QCOMPARE(w.pointCount(q), 2);
        QCOMPARE(w.lastSeenMs(q), 59'800);
    }

    void historyStartsOverWhenTheClockStepsBack()
    {
        QueueDepthHistory h(100, 60'000, 0);
        const QueueDepthHistory::Key q{Root, "q"};
        h.add(q, 5000, 1, 0);
        h.add(q, 6000, 2, 0);
        h.add(q, 4000, 3, 0);
        QCOMPARE(h.points(q), (std::vector<Point>{{4000, 3, 0}}));
    }

    void historyFollowsSnapshotsAndForgetsDeletedQueues()
    {
        TopologySim sim = TopologySim::demo();
        QueueDepthHistory h;
        h.update(*sim.snapshot(1000));
        QCOMPARE(h.queueCount(), 11);
        QCOMPARE(h.latest({Root, "orders.audit"})->ready, 18'250u);
        for (int i = 1; i <= 5; ++i) {
            sim.demoTraffic(i);
            h.update(*sim.snapshot(1000 + i * 1000));
        }
        QCOMPARE(h.latest({Root, "orders.created"})->unacked, 60u + 5u);
        QVERIFY(h.pointCount({Root, "orders.created"}) >= 5);
        QCOMPARE(h.pointCount({Root, "invoices"}), 1); // always 0/0
        sim.deleteQueue(Root, "invoices");
        h.update(*sim.snapshot(7000));
        QVERIFY(!h.contains({Root, "invoices"}));
        QCOMPARE(h.queueCount(), 10);
    }

    // ---- ConsumerTableModel

    void consumerPriorityAndSingleActiveState()
    {
        TopologySim sim = TopologySim::demo();
        auto snap = std::make_shared<warren::metrics::BrokerSnapshot>(*sim.snapshot(1000));
        for (auto &c : snap->consumers) {
            if (c.queue != QLatin1String("email.send"))
                continue;
            const bool first = c.consumerTag == QLatin1String("mailer-a");
            c.priority = first ? 5 : 0;
            c.active = first;
        }
        ConsumerTableModel model;
        model.setQueue(Root, "email.send");
        model.applySnapshot(*snap);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(model, "2/2/mailer-a", ConsumerCol::Priority), QStringLiteral("5"));
        int waiting = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QString text = model.index(r, ConsumerCol::Priority).data().toString();
            if (text.contains(QLatin1String("waiting")))
                ++waiting;
        }
        QCOMPARE(waiting, 1);
        QCOMPARE(model.index(0, ConsumerCol::Priority).data(SnapshotTableModel::SortRole).typeId(), QMetaType::Int);
    }

    void consumersOfTheChosenQueue()
    {
        TopologySim sim = TopologySim::demo();
        ConsumerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.applySnapshot(*sim.snapshot(1000));
        QCOMPARE(model.rowCount(), 0);

        ModelSignalRecorder rec(&model);
        model.setQueue(Root, "email.send");
        model.applySnapshot(*sim.snapshot(1000));
        QCOMPARE(rec.inserted.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(model, "2/2/mailer-a", ConsumerCol::Connection), QStringLiteral("#2 10.0.0.8:51800"));
        QCOMPARE(cell(model, "2/2/mailer-a", ConsumerCol::Channel), QStringLiteral("2"));
        QCOMPARE(cell(model, "2/2/mailer-a", ConsumerCol::AckMode), QStringLiteral("manual"));
        QCOMPARE(cell(model, "2/2/mailer-a", ConsumerCol::Prefetch), QStringLiteral("20"));

        model.setQueue(Root, "sms.send");
        model.applySnapshot(*sim.snapshot(1000));
        QCOMPARE(cell(model, "3/2/sms-gateway", ConsumerCol::AckMode), QStringLiteral("auto"));
        QCOMPARE(cell(model, "3/2/sms-gateway", ConsumerCol::Prefetch), QStringLiteral("unlimited"));
        QCOMPARE(model.index(0, ConsumerCol::Prefetch).data(SnapshotTableModel::SortRole).toInt(),
                 std::numeric_limits<int>::max());
        QCOMPARE(rec.reset.count(), 0);
    }

    void consumerChangesAreDiffed()
    {
        TopologySim sim = TopologySim::demo();
        ConsumerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQueue(Root, "orders.created");
        model.applySnapshot(*sim.snapshot(1000));
        QCOMPARE(model.rowCount(), 3);

        ModelSignalRecorder rec(&model);
        model.applySnapshot(*sim.snapshot(1200));
        QCOMPARE(structural(rec) + rec.changed.count(), 0);

        // One consumer's unacked count changes: one row changes.
        sim.consumers[1].unacked = 17;
        model.applySnapshot(*sim.snapshot(1400));
        QCOMPARE(structural(rec), 0);
        QCOMPARE(rec.changed.count(), 1);
        QCOMPARE(rec.changedRows(), std::make_pair(1, 1));
        QCOMPARE(cell(model, "1/2/order-worker-2", ConsumerCol::Unacked), QStringLiteral("17"));

        // One cancels, one subscribes: a remove and an insert, no reset.
        rec.clear();
        sim.cancel("order-worker-1");
        sim.consume(Root, "orders.created", "order-worker-4", 2, 7, 50);
        model.applySnapshot(*sim.snapshot(1600));
        QCOMPARE(rec.removed.count(), 1);
        QCOMPARE(ModelSignalRecorder::range(rec.removed), std::make_pair(0, 0));
        QCOMPARE(rec.inserted.count(), 1);
        QCOMPARE(ModelSignalRecorder::range(rec.inserted), std::make_pair(2, 2));
        QCOMPARE(rec.reset.count(), 0);
        QCOMPARE(model.index(2, 0).data(SnapshotTableModel::KeyRole).toString(), QStringLiteral("2/7/order-worker-4"));

        // The queue goes: all rows go.
        rec.clear();
        sim.deleteQueue(Root, "orders.created");
        model.applySnapshot(*sim.snapshot(1800));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(rec.reset.count(), 0);
    }

    // ---- BindingTableModel

    void bindingsOfAnExchangeInAndOut()
    {
        TopologySim sim = TopologySim::demo();
        BindingTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSubject(Subject::Exchange, Root, "notifications");
        model.applySnapshot(*sim.snapshot(1000));
        QCOMPARE(model.rowCount(), 4); // in from orders, out to three queues
        int in = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, BindingCol::Direction).data().toString() == QLatin1String("In")) {
                ++in;
                QCOMPARE(model.index(r, BindingCol::Source).data().toString(), QStringLiteral("orders"));
                QCOMPARE(model.index(r, BindingCol::RoutingKey).data().toString(), QStringLiteral("order.shipped.#"));
                QCOMPARE(model.index(r, BindingCol::DestinationType).data().toString(), QStringLiteral("exchange"));
            } else {
                QCOMPARE(model.index(r, BindingCol::DestinationType).data().toString(), QStringLiteral("queue"));
            }
        }
        QCOMPARE(in, 1);

        // Rates: the estimate per binding, changed rows only.
        ModelSignalRecorder rec(&model);
        sim.publish(Root, "orders", "order.shipped.eu", 4);
        model.applySnapshot(*sim.snapshot(2000));
        QCOMPARE(structural(rec), 0);
        QCOMPARE(rec.changed.count(), 1); // all four rows changed: one contiguous run
        QCOMPARE(rec.changedRows(), std::make_pair(0, 3));
        for (int r = 0; r < model.rowCount(); ++r) {
            const bool inRow = model.index(r, BindingCol::Direction).data().toString() == QLatin1String("In");
            QCOMPARE(model.index(r, BindingCol::Rate).data(SnapshotTableModel::SortRole).toDouble(),
                     inRow ? 12.0 : 4.0);
        }
        QCOMPARE(model.flows().exchangeIn(Root, "orders"), 4.0);

        // Unbind one: one row goes.
        rec.clear();
        sim.unbind(Root, "notifications", "sms.send", QString());
        model.applySnapshot(*sim.snapshot(3000));
        QCOMPARE(rec.removed.count(), 1);
        QCOMPARE(rec.inserted.count(), 0);
        QCOMPARE(model.rowCount(), 3);

        // Another exchange: old rows removed, new ones inserted, never a reset.
        rec.clear();
        model.setSubject(Subject::Exchange, Root, "billing");
        QCOMPARE(model.rowCount(), 0);
        model.applySnapshot(*sim.snapshot(3000));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(rec.reset.count(), 0);
        model.setSubject(Subject::None, QString(), QString());
        QCOMPARE(model.rowCount(), 0);
    }

    void bindingsOfAQueueIncludeTheDefaultOne()
    {
        TopologySim sim = TopologySim::demo();
        BindingTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSubject(Subject::Queue, Root, "orders.audit");
        model.applySnapshot(*sim.snapshot(1000));
        QCOMPARE(model.rowCount(), 3); // default, orders "#", billing "payment"
        QCOMPARE(cell(model, "implicit:orders.audit", BindingCol::Source), QStringLiteral("(AMQP default)"));
        QCOMPARE(cell(model, "implicit:orders.audit", BindingCol::RoutingKey), QStringLiteral("orders.audit"));
        sim.publish(Root, QString(), "orders.audit", 2);
        sim.publish(Root, "billing", "payment", 2);
        model.applySnapshot(*sim.snapshot(2000));
        QCOMPARE(model.index(0, BindingCol::Rate).data(SnapshotTableModel::SortRole).toDouble()
                     + model.index(1, BindingCol::Rate).data(SnapshotTableModel::SortRole).toDouble()
                     + model.index(2, BindingCol::Rate).data(SnapshotTableModel::SortRole).toDouble(),
                 4.0);
        QCOMPARE(cell(model, "implicit:orders.audit", BindingCol::Rate), QLocale().toString(2.0, 'f', 1));
    }

    // ---- ArgumentList

    void argumentsSplitIntoPairs()
    {
        using E = ArgumentList::Entry;
        QCOMPARE(ArgumentList::split("{}"), QList<E>());
        QCOMPARE(ArgumentList::split(""), QList<E>());
        QCOMPARE(ArgumentList::split("{x-max-length: 100000, x-queue-type: \"classic\"}"),
                 (QList<E>{{"x-max-length", "100000"}, {"x-queue-type", "classic"}}));
        QCOMPARE(ArgumentList::split("{x-dead-letter-exchange: \"a, b: c\", x-args: {k: 1, j: [1, 2]}}"),
                 (QList<E>{{"x-dead-letter-exchange", "a, b: c"}, {"x-args", "{k: 1, j: [1, 2]}"}}));
        QCOMPARE(ArgumentList::split("x-max-length=100000, x-queue-type=classic"),
                 (QList<E>{{"x-max-length", "100000"}, {"x-queue-type", "classic"}}));
        QCOMPARE(ArgumentList::split("odd"), (QList<E>{{"", "odd"}}));
        QVERIFY(ArgumentList::isEmpty(" {} "));
    }
};

QTEST_GUILESS_MAIN(TestQueueDetailModels)
#include "tst_queue_detail_models.moc"
