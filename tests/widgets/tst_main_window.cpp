// MainWindow smoke tests: snapshots (AMQP and Kafka) reach the tables, the overview and the
// status bar; the charts do not replot while hidden. Also renders the window
// with a simulated broker to /tmp/warren-gui-*.png for a human to look at.

#include "snapshot_script.h"

#include <models/consumer_group_table_model.h>
#include <models/group_lag_table_model.h>
#include <models/lag_history.h>
#include <models/partition_table_model.h>
#include <models/queue_table_model.h>
#include <models/topic_table_model.h>
#include <plots/lag_chart.h>
#include <plots/rate_chart.h>
#include <views/consumer_groups_page.h>
#include <views/main_window.h>
#include <views/topics_page.h>

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace warren::widgets;
using namespace warren::widgets::test;
using Col = QueueTableModel::Column;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    static BrokerSnapshot twoQueues(qint64 at, quint64 ordersReady, quint64 ordersUnacked,
                                    quint64 published)
    {
        BrokerSnapshot s = snapshotAt(at);
        s.exchanges = {exchange("/", ""), exchange("/", "orders", "topic", 1)};
        s.queues = {queue("/", "orders", ordersReady, ordersUnacked, 2), queue("/", "audit", 3)};
        s.queues[0].published = published;
        s.connections = {connection(1, "127.0.0.1:50000")};
        s.published = published;
        return s;
    }

    /// Two topics and two groups; `ordersHw` is each orders partition's high
    /// watermark and `committed` what the "billing" group committed on each.
    static BrokerSnapshot kafkaState(qint64 at, qint64 ordersHw, qint64 committed)
    {
        BrokerSnapshot s = snapshotAt(at);
        s.listeners.push_back({"Kafka", "0.0.0.0", 9092});
        addTopic(s, "orders", {ordersHw, ordersHw, ordersHw});
        addTopic(s, "clicks", {5});
        s.groups = {group("billing", {member("m1", "billing-svc", {"orders-0", "orders-1", "orders-2"})},
                          {offset("orders", 0, committed, ordersHw), offset("orders", 1, committed, ordersHw),
                           offset("orders", 2, committed, ordersHw)}),
                    group("idle", {}, {offset("clicks", 0, 5, 5)})};
        s.kafkaProduced = quint64(3 * ordersHw + 5);
        s.kafkaFetched = quint64(3 * committed);
        return s;
    }

    static QString cellOf(QTableView *view, const QString &name, int column, int nameColumn = Col::Name)
    {
        QAbstractItemModel *m = view->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->index(r, nameColumn).data().toString() == name)
                return m->index(r, column).data().toString();
        }
        return QStringLiteral("<missing>");
    }

private slots:
    void windowIsTitledWarren()
    {
        MainWindow w;
        QCOMPARE(w.windowTitle(), QStringLiteral("Warren"));
    }

    void keyboardPicksTabsAndFocusesTheFilter()
    {
        MainWindow w;
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w) || QTest::qWaitForWindowExposed(&w));
        auto *tabs = w.findChild<QTabWidget *>();
        QVERIFY(tabs);
        QTest::keyClick(&w, Qt::Key_3, Qt::AltModifier);
        QCOMPARE(tabs->currentIndex(), 2);
        QTest::keyClick(&w, Qt::Key_1, Qt::AltModifier);
        QCOMPARE(tabs->currentIndex(), 0);
        QTest::keyClick(&w, Qt::Key_2, Qt::AltModifier); // Exchanges: a filter box
        QCOMPARE(tabs->currentIndex(), 1);
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        auto *focused = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(focused);
        QVERIFY(tabs->currentWidget()->isAncestorOf(focused));
    }

    void queueTableShowsCountsAfterTwoSnapshots()
    {
        MainWindow w;
        w.show();
        w.applySnapshot(share(twoQueues(10'000, 5, 1, 100)));
        w.applySnapshot(share(twoQueues(11'000, 1234, 7, 400)));

        auto *view = w.findChild<QTableView *>(QStringLiteral("queueTable"));
        QVERIFY(view);
        QCOMPARE(view->model()->rowCount(), 2);
        QCOMPARE(cellOf(view, "orders", Col::Ready), QLocale().toString(1234));
        QCOMPARE(cellOf(view, "orders", Col::Unacked), QStringLiteral("7"));
        QCOMPARE(cellOf(view, "orders", Col::Total), QLocale().toString(1241));
        QCOMPARE(cellOf(view, "orders", Col::Consumers), QStringLiteral("2"));
        QCOMPARE(cellOf(view, "orders", Col::InRate), QLocale().toString(300.0, 'f', 1));
        QCOMPARE(cellOf(view, "audit", Col::Ready), QStringLiteral("3"));

        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(2), QStringLiteral("Queues (2)"));
        QVERIFY(w.statusBar()->findChildren<QLabel *>().size() >= 2);
        bool sawListener = false, sawRate = false;
        for (QLabel *label : w.statusBar()->findChildren<QLabel *>()) {
            sawListener |= label->text().contains("0.0.0.0:5672");
            sawRate |= label->text().contains(QLocale().toString(300.0, 'f', 1));
        }
        QVERIFY(sawListener);
        QVERIFY(sawRate);
    }

    void filterBoxNarrowsTheQueueTable()
    {
        MainWindow w;
        w.applySnapshot(share(twoQueues(1000, 1, 0, 0)));
        auto *view = w.findChild<QTableView *>(QStringLiteral("queueTable"));
        auto *filter = w.findChild<QLineEdit *>(QStringLiteral("queueFilter"));
        QVERIFY(view && filter);
        QTest::keyClicks(filter, "AUD");
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(cellOf(view, "audit", Col::Ready), QStringLiteral("3"));
        // A refresh keeps the filter applied.
        w.applySnapshot(share(twoQueues(1250, 2, 0, 10)));
        QCOMPARE(view->model()->rowCount(), 1);
        filter->clear();
        QCOMPARE(view->model()->rowCount(), 2);
    }

    void nullSnapshotIsIgnored()
    {
        MainWindow w;
        w.applySnapshot(share(twoQueues(1000, 1, 0, 0)));
        w.applySnapshot(nullptr);
        QCOMPARE(w.queueModel()->rowCount(), 2);
        QVERIFY(w.lastSnapshot());
    }

    void statusBarShowsAResourceAlarmWhilePublishersAreBlocked()
    {
        // Issue 7: a red status-bar label while a memory or disk alarm holds publishers.
        MainWindow w;
        auto *label = w.findChild<QLabel *>(QStringLiteral("alarmStatus"));
        QVERIFY(label);
        auto snap = twoQueues(1000, 1, 0, 0);
        w.applySnapshot(share(snap));
        QVERIFY(label->isHidden());
        snap.alarms.memoryAlarm = true;
        snap.alarms.memoryUsedBytes = 300ull << 20;
        snap.alarms.memoryHighWatermarkBytes = 200ull << 20;
        snap.alarms.blockedConnections = 2;
        w.applySnapshot(share(snap));
        QVERIFY(!label->isHidden());
        QCOMPARE(label->text(), QStringLiteral("Publishers blocked: memory alarm (300.0 MiB used, watermark 200.0 MiB)"));
        snap.alarms.diskAlarm = true;
        snap.alarms.diskFreeBytes = 10ull << 20;
        snap.alarms.diskFreeLimitBytes = 50ull << 20;
        w.applySnapshot(share(snap));
        QVERIFY(label->text().endsWith(QStringLiteral("; disk alarm (10.0 MiB free, limit 50.0 MiB)")));
        snap.alarms = {};
        w.applySnapshot(share(snap));
        QVERIFY(label->isHidden());
    }

    void snapshotsArriveThroughQueuedConnection()
    {
        // The app connects the broker's signal across threads: the pointer
        // type must be a registered metatype.
        MainWindow w;
        QMetaObject::invokeMethod(&w, "applySnapshot", Qt::QueuedConnection,
                                  Q_ARG(warren::metrics::BrokerSnapshotPtr,
                                        share(twoQueues(1000, 9, 0, 0))));
        QTRY_COMPARE(w.queueModel()->rowCount(), 2);
    }

    void chartDoesNotReplotWhileOverviewIsHidden()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        auto *chart = w.findChild<RateChart *>(QStringLiteral("rateChart"));
        QVERIFY(tabs && chart);
        tabs->setCurrentIndex(2);
        QVERIFY(!chart->isVisible());
        const int before = chart->replotCount();
        for (int i = 0; i < 5; ++i)
            w.applySnapshot(share(twoQueues(1000 + i * 250, 1, 0, quint64(i * 100))));
        QVERIFY(!chart->replotPending());
        QTest::qWait(2 * RateChart::ReplotDelayMs);
        QCOMPARE(chart->replotCount(), before);
        QCOMPARE(chart->pointCount(), 4); // data still kept, from the 2nd snapshot on

        tabs->setCurrentIndex(0);
        QTRY_VERIFY(chart->replotCount() > before);
    }

    void overviewChartsAmqpPublishDeliverAckAndRedeliver()
    {
        MainWindow w;
        auto *chart = w.findChild<RateChart *>(QStringLiteral("rateChart"));
        QVERIFY(chart);
        QCOMPARE(chart->seriesCount(), 4);
        for (int i = 0; i < 3; ++i)
            w.applySnapshot(share(twoQueues(1000 + i * 250, 1, 0, quint64(i * 100))));
        QCOMPARE(chart->pointCount(), 2);
    }

    void chartReplotsAreBatched()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *chart = w.findChild<RateChart *>(QStringLiteral("rateChart"));
        QVERIFY(chart);
        QTRY_VERIFY(!chart->replotPending()); // the replot that showing scheduled
        const int before = chart->replotCount();
        for (int i = 0; i < 10; ++i)
            w.applySnapshot(share(twoQueues(1000 + i * 100, 1, 0, quint64(i * 10))));
        QVERIFY(chart->replotPending());
        QTRY_VERIFY(!chart->replotPending());
        QCOMPARE(chart->replotCount(), before + 1);
    }

    void kafkaTabsShowTopicsAndLag()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.applySnapshot(share(kafkaState(10'000, 100, 40)));
        w.applySnapshot(share(kafkaState(11'000, 150, 60))); // 3 × 50 produced in 1 s

        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        QCOMPARE(tabs->tabText(4), QStringLiteral("Topics (2)"));
        QCOMPARE(tabs->tabText(5), QStringLiteral("Consumer groups (2)"));

        auto *topics = w.findChild<QTableView *>(QStringLiteral("topicTable"));
        QVERIFY(topics);
        QCOMPARE(topics->model()->rowCount(), 2);
        QCOMPARE(cellOf(topics, "orders", TopicTableModel::Messages, TopicTableModel::Name), QStringLiteral("450"));
        QCOMPARE(cellOf(topics, "orders", TopicTableModel::ProduceRate, TopicTableModel::Name),
                 QLocale().toString(150.0, 'f', 1));
        QCOMPARE(cellOf(topics, "clicks", TopicTableModel::Messages, TopicTableModel::Name), QStringLiteral("5"));

        // The first topic (by name: clicks) was selected for the user; pick orders.
        QCOMPARE(w.topicsPage()->selectedTopic(), QStringLiteral("clicks"));
        auto *partitions = w.findChild<QTableView *>(QStringLiteral("partitionTable"));
        QCOMPARE(partitions->model()->rowCount(), 1);
        for (int r = 0; r < topics->model()->rowCount(); ++r) {
            if (topics->model()->index(r, TopicTableModel::Name).data().toString() == "orders")
                topics->selectRow(r);
        }
        QCOMPARE(partitions->model()->rowCount(), 3);
        QCOMPARE(cellOf(partitions, "2", PartitionTableModel::HighWatermark, PartitionTableModel::Partition),
                 QStringLiteral("150"));

        auto *groups = w.findChild<QTableView *>(QStringLiteral("groupTable"));
        QVERIFY(groups);
        QCOMPARE(cellOf(groups, "billing", ConsumerGroupTableModel::TotalLag, ConsumerGroupTableModel::Group),
                 QStringLiteral("270"));
        QCOMPARE(cellOf(groups, "billing", ConsumerGroupTableModel::Members, ConsumerGroupTableModel::Group),
                 QStringLiteral("1"));
        QCOMPARE(w.groupsPage()->selectedGroup(), QStringLiteral("billing"));
        auto *lag = w.findChild<QTableView *>(QStringLiteral("groupLagTable"));
        QCOMPARE(lag->model()->rowCount(), 3);
        QCOMPARE(cellOf(lag, "1", GroupLagTableModel::Lag, GroupLagTableModel::Partition), QStringLiteral("90"));
        QCOMPARE(w.groupsPage()->lagHistory().pointCount("billing"), 2);
        QCOMPARE(w.groupsPage()->lagHistory().latest("billing")->lag, 270);

        // A third snapshot keeps the chosen topic and group.
        w.applySnapshot(share(kafkaState(12'000, 160, 160)));
        QCOMPARE(w.topicsPage()->selectedTopic(), QStringLiteral("orders"));
        QCOMPARE(w.groupsPage()->selectedGroup(), QStringLiteral("billing"));
        QCOMPARE(cellOf(lag, "1", GroupLagTableModel::Lag, GroupLagTableModel::Partition), QStringLiteral("0"));

        bool sawKafkaListener = false, sawProduceRate = false;
        for (QLabel *label : w.statusBar()->findChildren<QLabel *>()) {
            sawKafkaListener |= label->text().contains("Kafka on 0.0.0.0:9092");
            sawProduceRate |= label->text().contains(QStringLiteral("Kafka produce: %1").arg(QLocale().toString(30.0, 'f', 1)));
        }
        QVERIFY(sawKafkaListener);
        QVERIFY(sawProduceRate);
    }

    void lagChartReplotsOnlyWhenShownAndBatched()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        auto *chart = w.findChild<LagChart *>(QStringLiteral("lagChart"));
        QVERIFY(chart);
        QVERIFY(!chart->isVisible());
        for (int i = 0; i < 5; ++i)
            w.applySnapshot(share(kafkaState(1000 + i * 250, 100 + i, 90)));
        QVERIFY(!chart->replotPending());
        QTest::qWait(2 * LagChart::ReplotDelayMs);
        QCOMPARE(chart->replotCount(), 0);

        tabs->setCurrentIndex(5);
        QTRY_VERIFY(chart->replotCount() > 0);
        QCOMPARE(chart->pointCount(), 5); // caught up from the history at once
        const int before = chart->replotCount();
        for (int i = 5; i < 15; ++i)
            w.applySnapshot(share(kafkaState(1000 + i * 250, 100 + i, 90)));
        QVERIFY(chart->replotPending());
        QTRY_VERIFY(!chart->replotPending());
        QCOMPARE(chart->replotCount(), before + 1);
        QCOMPARE(chart->pointCount(), 15);
    }

    // Not asserted: renders each tab for a human to look at.
    void rendersScreenshotsForReview()
    {
        MainWindow w;
        w.resize(1100, 660);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        DemoBroker broker;
        const qint64 end = QDateTime::currentMSecsSinceEpoch();
        const qint64 start = end - 300'000;
        for (qint64 t = start; t <= end; t += 1000)
            w.applySnapshot(broker.snapshot(t, start));

        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        auto *queues = w.findChild<QTableView *>(QStringLiteral("queueTable"));
        queues->selectRow(1);
        auto *groups = w.findChild<QTableView *>(QStringLiteral("groupTable"));
        for (int r = 0; r < groups->model()->rowCount(); ++r) {
            if (groups->model()->index(r, ConsumerGroupTableModel::Group).data().toString() == "analytics")
                groups->selectRow(r);
        }
        const char *names[] = {"overview", "exchanges", "queues", "connections", "topics", "groups"};
        for (int tab = 0; tab < 6; ++tab) {
            tabs->setCurrentIndex(tab);
            QTest::qWait(150);
            const QString path = QDir::temp().filePath(QStringLiteral("warren-gui-%1.png").arg(names[tab]));
            QVERIFY(w.grab().save(path));
            qInfo("rendered %s", qPrintable(path));
        }
        tabs->setCurrentIndex(0);
        w.resize(760, 480);
        QTest::qWait(150);
        QVERIFY(w.grab().save(QDir::temp().filePath(QStringLiteral("warren-gui-overview-small.png"))));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
