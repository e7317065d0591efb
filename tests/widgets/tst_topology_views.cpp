// The Topology tab and the Exchanges/Queues detail panes inside MainWindow:
// the scene follows the graph only while shown, items keep their positions,
// traffic animates and stops, a node opens its row in its tab, selections
// survive refreshes. Also renders the new views to /tmp/warren-gui-*.png for
// a human to look at.

#include "topology_script.h"

#include <models/binding_table_model.h>
#include <models/consumer_table_model.h>
#include <models/queue_depth_history.h>
#include <models/topology_graph.h>
#include <models/topology_layout.h>
#include <plots/depth_chart.h>
#include <views/exchanges_page.h>
#include <views/main_window.h>
#include <views/queues_page.h>
#include <views/table_page.h>
#include <views/topology_items.h>
#include <views/topology_page.h>
#include <views/topology_view.h>

#include <QCheckBox>
#include <QDir>
#include <QGraphicsScene>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace warren::widgets;
using namespace warren::widgets::test;
using Kind = TopologyGraph::NodeKind;

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

int nodeItems(QGraphicsScene *scene)
{
    int n = 0;
    for (QGraphicsItem *item : scene->items())
        n += item->type() == TopologyNodeItem::Type;
    return n;
}

QTabWidget *tabsOf(MainWindow &w)
{
    return w.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
}

QString edgeId(const TopologyGraph &g, const QString &from, const QString &to)
{
    for (const auto &e : g.edges())
        if (e.from == from && e.to == to)
            return e.id;
    return {};
}

} // namespace

class TestTopologyViews : public QObject
{
    Q_OBJECT

private slots:
    void topologyTabExists()
    {
        MainWindow w;
        QTabWidget *tabs = tabsOf(w);
        const int index = tabs->indexOf(w.topologyPage());
        QVERIFY(index >= 0);
        QCOMPARE(tabs->tabText(index), QStringLiteral("Topology"));
    }

    void hiddenTopologyDoesNotTouchTheScene()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        TopologyPage *page = w.topologyPage();
        QVERIFY(!page->isVisible());
        TopologySim sim = TopologySim::demo();
        for (int i = 0; i < 5; ++i) {
            sim.demoTraffic(i);
            w.applySnapshot(sim.snapshot(1000 + i * 200));
        }
        QCOMPARE(page->sceneSyncCount(), 0);
        QCOMPARE(nodeItems(page->scene()), 0);
        // Nor the graph: with 10,000 queues building it costs tens of ms per
        // snapshot (issue 5); the newest snapshot is taken on show.
        QCOMPARE(page->graph().count(Kind::Queue), 0);
        QVERIFY(!page->animationRunning());

        tabsOf(w)->setCurrentWidget(page);
        QCOMPARE(page->graph().count(Kind::Queue), 11);
        QCOMPARE(page->sceneSyncCount(), 1);
        QCOMPARE(nodeItems(page->scene()), int(page->graph().nodes().size()));
        for (const auto &n : page->graph().nodes()) {
            TopologyNodeItem *item = page->nodeItem(n.id);
            QVERIFY(item);
            const auto slot = page->layout().slot(n.id);
            QVERIFY(slot);
            QCOMPARE(item->pos().y(), page->layout().rowPosition(*slot) * TopologyGeometry::RowPitch);
            QCOMPARE(item->pos().x(), TopologyGeometry::columnX(slot->layer, page->graph().queueLayer()));
        }
        w.applySnapshot(sim.snapshot(2200));
        QCOMPARE(page->sceneSyncCount(), 2);

        tabsOf(w)->setCurrentIndex(0);
        sim.demoTraffic(9);
        w.applySnapshot(sim.snapshot(2400));
        QCOMPARE(page->sceneSyncCount(), 2);
        QVERIFY(!page->animationRunning());
    }

    void trafficAnimatesThenStops()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        TopologyPage *page = w.topologyPage();
        tabsOf(w)->setCurrentWidget(page);
        TopologySim sim = TopologySim::demo();
        w.applySnapshot(sim.snapshot(1000));
        QVERIFY(!page->animationRunning());

        sim.publish(Root, "notifications", "x", 2); // a fanout: three bindings
        w.applySnapshot(sim.snapshot(1200));
        const TopologyGraph &g = page->graph();
        for (const char *q : {"email.send", "sms.send", "push.send"}) {
            TopologyEdgeItem *edge = page->edgeItem(edgeId(g, xid("notifications"), qid(QLatin1String(q))));
            QVERIFY(edge);
            QCOMPARE(edge->dotsInFlight(), 1); // one dot per snapshot with traffic; width tells the rate
            QCOMPARE(edge->glow(), 1.0);
        }
        TopologyEdgeItem *quiet = page->edgeItem(edgeId(g, xid("billing"), qid("invoices")));
        QVERIFY(quiet);
        QCOMPARE(quiet->dotsInFlight(), 0);
        QVERIFY(page->animationRunning());
        // Dots arrive, the glow fades, the timer stops.
        QTRY_VERIFY_WITH_TIMEOUT(!page->animationRunning(), 5000);
        TopologyEdgeItem *email = page->edgeItem(edgeId(g, xid("notifications"), qid("email.send")));
        QCOMPARE(email->dotsInFlight(), 0);
        QCOMPARE(email->glow(), 0.0);
    }

    void itemsKeepTheirPlaceAcrossDeclarations()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        TopologyPage *page = w.topologyPage();
        tabsOf(w)->setCurrentWidget(page);
        TopologySim sim = TopologySim::demo();
        w.applySnapshot(sim.snapshot(1000));
        QHash<QString, QPointF> before;
        for (const auto &n : page->graph().nodes())
            before.insert(n.id, page->nodeItem(n.id)->pos());

        sim.declareQueue(Root, "orders.us");
        sim.bind(Root, "orders", "orders.us", "order.*.us");
        sim.deleteQueue(Root, "sms.send");
        w.applySnapshot(sim.snapshot(1200));
        QVERIFY(page->nodeItem(qid("orders.us")));
        QVERIFY(!page->nodeItem(qid("sms.send")));
        QCOMPARE(nodeItems(page->scene()), int(page->graph().nodes().size()));
        for (const auto &n : page->graph().nodes()) {
            if (before.contains(n.id))
                QCOMPARE(page->nodeItem(n.id)->pos(), before.value(n.id));
        }
        QCOMPARE(page->layout().freshLayouts(), 1);

        // Tidy starts over (and may move things).
        page->tidy();
        QCOMPARE(page->layout().freshLayouts(), 2);
    }

    void controlsFilterTheScene()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        TopologyPage *page = w.topologyPage();
        tabsOf(w)->setCurrentWidget(page);
        TopologySim sim = TopologySim::demo();
        w.applySnapshot(sim.snapshot(1000));
        QVERIFY(!page->nodeItem(xid("")));

        auto *defaults = page->findChild<QCheckBox *>(QStringLiteral("topologyDefaultBindings"));
        QVERIFY(defaults);
        QVERIFY(!defaults->isChecked());
        defaults->click();
        QVERIFY(page->nodeItem(xid("")));
        QVERIFY(page->nodeItem(xid("", "staging")));

        page->setNameFilter(QStringLiteral("email"));
        QVERIFY(page->nodeItem(qid("email.send")));
        QVERIFY(!page->nodeItem(qid("invoices")));
        QCOMPARE(nodeItems(page->scene()), int(page->graph().nodes().size()));

        auto *filter = page->findChild<QLineEdit *>(QStringLiteral("topologyFilter"));
        QVERIFY(filter);
        filter->clear(); // applies after a short pause
        QTRY_VERIFY(page->nodeItem(qid("invoices")));

        page->setVhostFilter(QStringLiteral("staging"));
        QVERIFY(page->nodeItem(qid("events.replay", "staging")));
        QVERIFY(!page->nodeItem(qid("invoices")));
        page->setVhostFilter(QString());
        QVERIFY(page->nodeItem(qid("invoices")));
    }

    void aNodeOpensItsRowInItsTab()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        TopologyPage *page = w.topologyPage();
        QTabWidget *tabs = tabsOf(w);
        tabs->setCurrentWidget(page);
        TopologySim sim = TopologySim::demo();
        w.applySnapshot(sim.snapshot(1000));
        w.applySnapshot(sim.snapshot(1200));

        auto *open = page->findChild<QPushButton *>(QStringLiteral("topologyOpen"));
        auto *detail = page->findChild<QLabel *>(QStringLiteral("topologyDetail"));
        QVERIFY(open && detail);
        QVERIFY(!open->isVisibleTo(page));

        // A queue: the Queues tab with its row selected.
        page->selectNode(qid("payments"));
        QCOMPARE(page->selectedNode(), qid("payments"));
        QVERIFY(detail->text().contains("payments"));
        QVERIFY(open->isVisibleTo(page));
        open->click();
        QCOMPARE(tabs->currentWidget(), w.queuesPage());
        QCOMPARE(w.queuesPage()->selectedQueue(), qMakePair(Root, QStringLiteral("payments")));

        // An exchange, by double-click: the Exchanges tab with its bindings.
        tabs->setCurrentWidget(page);
        page->fit();
        TopologyNodeItem *billing = page->nodeItem(xid("billing"));
        QVERIFY(billing);
        const QPoint at = page->view()->mapFromScene(billing->pos() + QPointF(billing->width() / 2, 0));
        QTest::mouseDClick(page->view()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(tabs->currentWidget(), w.exchangesPage());
        QCOMPARE(w.exchangesPage()->selectedExchange(), qMakePair(Root, QStringLiteral("billing")));
        QCOMPARE(w.exchangesPage()->bindingModel()->rowCount(), 3);

        // A consumer opens its queue; a filtered-out row is found anyway.
        w.queuesPage()->filterEdit()->setText(QStringLiteral("zzz"));
        tabs->setCurrentWidget(page);
        page->selectNode(TopologyGraph::consumerId(sim.consumers[4])); // mailer-a
        open->click();
        QCOMPARE(w.queuesPage()->selectedQueue(), qMakePair(Root, QStringLiteral("email.send")));
        QVERIFY(w.queuesPage()->filterEdit()->text().isEmpty());
        QCOMPARE(w.queuesPage()->consumerModel()->rowCount(), 2);
    }

    void exchangeDetailShowsBindingsAndRates()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        TopologySim sim = TopologySim::demo();
        w.applySnapshot(sim.snapshot(1000));
        ExchangesPage *page = w.exchangesPage();
        tabsOf(w)->setCurrentWidget(page);
        QVERIFY(!page->selectedExchange().first.isEmpty()); // the first row was chosen for the user
        QVERIFY(page->selectExchange(Root, "orders"));
        QCOMPARE(page->bindingModel()->rowCount(), 4); // three queues and the notifications exchange
        sim.publish(Root, "orders", "order.created", 25);
        w.applySnapshot(sim.snapshot(2000));
        QVERIFY2(page->rateLabel()->text().contains(QLocale().toString(25.0, 'f', 1)),
                 qPrintable(page->rateLabel()->text()));
        QCOMPARE(page->selectedExchange(), qMakePair(Root, QStringLiteral("orders")));

        // The default exchange is selectable too (its name is "").
        QVERIFY(page->selectExchange(Root, QString()));
        QCOMPARE(page->selectedExchange(), qMakePair(Root, QString()));
        QVERIFY(page->rateLabel()->text().contains("implicitly bound"));
        QVERIFY(!page->selectExchange(Root, "no-such-exchange"));
    }

    void queueDetailKeepsSelectionAcrossRefreshes()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        TopologySim sim = TopologySim::demo();
        w.applySnapshot(sim.snapshot(1000));
        QueuesPage *page = w.queuesPage();
        tabsOf(w)->setCurrentWidget(page);
        QVERIFY(page->selectQueue(Root, "orders.created"));
        QCOMPARE(page->consumerModel()->rowCount(), 3);
        auto *consumers = page->findChild<QTableView *>(QStringLiteral("consumerTable"));
        QVERIFY(consumers);
        consumers->selectRow(1);
        const QString chosenConsumer =
            consumers->selectionModel()->selectedRows().first().data(SnapshotTableModel::KeyRole).toString();

        // Refreshes with rows added and removed around the selection.
        for (int i = 1; i <= 6; ++i) {
            sim.demoTraffic(i);
            if (i == 2)
                sim.declareQueue(Root, "aaa.first");
            if (i == 3)
                sim.deleteQueue(Root, "email.send");
            if (i == 4)
                sim.consume(Root, "orders.created", "order-worker-0", 1, 9, 50);
            w.applySnapshot(sim.snapshot(1000 + i * 1000));
        }
        QCOMPARE(page->selectedQueue(), qMakePair(Root, QStringLiteral("orders.created")));
        QCOMPARE(page->consumerModel()->rowCount(), 4);
        QCOMPARE(consumers->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(consumers->selectionModel()->selectedRows().first().data(SnapshotTableModel::KeyRole).toString(),
                 chosenConsumer);

        // Depth history and chart.
        QCOMPARE(page->depthHistory().latest({Root, "orders.created"})->unacked, 60u + 6u);
        QTRY_VERIFY(page->depthChart()->pointCount() >= 6);
        QCOMPARE(page->depthChart()->queueName(), QStringLiteral("orders.created"));

        // Arguments and bindings tabs.
        QTableWidget *args = page->argumentTable();
        QCOMPARE(args->rowCount(), 2);
        QCOMPARE(args->item(0, 0)->text(), QStringLiteral("x-max-length"));
        QCOMPARE(args->item(1, 1)->text(), QStringLiteral("classic"));
        QCOMPARE(page->bindingModel()->rowCount(), 2); // the default exchange's and orders'
        QTabWidget *detail = page->detailTabs();
        QCOMPARE(detail->tabText(0), QStringLiteral("Consumers (4)"));
        QCOMPARE(detail->tabText(1), QStringLiteral("Bindings (2)"));
        QCOMPARE(detail->tabText(2), QStringLiteral("Arguments (2)"));

        // The selected queue goes: the detail empties.
        sim.deleteQueue(Root, "orders.created");
        w.applySnapshot(sim.snapshot(9000));
        QVERIFY(page->selectedQueue().first.isEmpty());
        QCOMPARE(page->consumerModel()->rowCount(), 0);
        QCOMPARE(args->rowCount(), 0);
    }

    void depthChartReplotsOnlyWhenShown()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        DepthChart *chart = w.findChild<DepthChart *>(QStringLiteral("depthChart"));
        QVERIFY(chart);
        TopologySim sim = TopologySim::demo();
        for (int i = 0; i < 5; ++i) {
            sim.demoTraffic(i);
            w.applySnapshot(sim.snapshot(1000 + i * 250));
        }
        QVERIFY(!chart->isVisible());
        QVERIFY(!chart->replotPending());
        QTest::qWait(2 * DepthChart::ReplotDelayMs);
        QCOMPARE(chart->replotCount(), 0);
        tabsOf(w)->setCurrentWidget(w.queuesPage());
        QTRY_VERIFY(chart->replotCount() > 0);
        const int before = chart->replotCount();
        for (int i = 5; i < 15; ++i)
            w.applySnapshot(sim.snapshot(1000 + i * 250));
        QVERIFY(chart->replotPending());
        QTRY_VERIFY(!chart->replotPending());
        QCOMPARE(chart->replotCount(), before + 1);
    }

    // Not asserted beyond saving: renders the new views for a human to look at.
    void rendersScreenshotsForReview()
    {
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        TopologySim sim = TopologySim::demo();
        const qint64 end = QDateTime::currentMSecsSinceEpoch();
        const qint64 start = end - 300'000;
        int second = 0;
        for (qint64 at = start; at < end - 2000; at += 1000) {
            sim.demoTraffic(second++);
            w.applySnapshot(sim.snapshot(at));
        }

        QTabWidget *tabs = tabsOf(w);
        TopologyPage *topology = w.topologyPage();
        tabs->setCurrentWidget(topology);
        // The last two seconds at five snapshots a second: traffic in flight.
        qint64 t = end - 2000;
        const auto tick = [&](bool traffic = true) {
            if (traffic)
                sim.demoTraffic(second++, 0.2);
            w.applySnapshot(sim.snapshot(t));
            t += 200;
        };
        for (int i = 0; i < 10; ++i) {
            tick();
            QTest::qWait(30);
        }
        topology->selectNode(xid("orders"));
        tick();
        QTest::qWait(250);
        const auto save = [&w](const char *name) {
            const QString path = QDir::temp().filePath(QStringLiteral("warren-gui-%1.png").arg(QLatin1String(name)));
            QVERIFY(w.grab().save(path));
            qInfo("rendered %s", qPrintable(path));
        };
        save("topology");

        // A teacher's moment: one message to the fanout lights its three bindings.
        tick(false);
        tick(false);
        topology->selectNode(xid("notifications"));
        QTest::qWait(TopologyGraph::ActiveHoldMs + 300); // the steady traffic fades out
        tick(false);
        sim.publish(Root, "notifications", "hello", 1);
        tick(false);
        QTest::qWait(350); // the dots are half way
        save("topology-fanout");

        topology->setShowDefaultBindings(true);
        topology->setNameFilter(QStringLiteral("order"));
        tick();
        QTest::qWait(250);
        save("topology-filtered");
        topology->setShowDefaultBindings(false);
        topology->setNameFilter(QString());

        tabs->setCurrentWidget(w.exchangesPage());
        w.exchangesPage()->selectExchange(Root, "orders");
        tick();
        QTest::qWait(150);
        save("exchanges-detail");

        tabs->setCurrentWidget(w.queuesPage());
        w.queuesPage()->selectQueue(Root, "orders.created");
        tick();
        QTest::qWait(200);
        save("queues-detail");

        w.queuesPage()->detailTabs()->setCurrentIndex(2);
        w.queuesPage()->selectQueue(Root, "payments");
        QTest::qWait(200);
        save("queues-detail-arguments");
    }
};

QTEST_MAIN(TestTopologyViews)
#include "tst_topology_views.moc"
