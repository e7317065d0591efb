// MainWindow smoke tests: snapshots reach the tables, the overview and the
// status bar; the chart does not replot while hidden. Also renders the window
// with a simulated broker to /tmp/warren-gui-*.png for a human to look at.

#include "snapshot_script.h"

#include <models/queue_table_model.h>
#include <plots/rate_chart.h>
#include <views/main_window.h>

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

    static QString cellOf(QTableView *view, const QString &name, int column)
    {
        QAbstractItemModel *m = view->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->index(r, Col::Name).data().toString() == name)
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
        auto *chart = w.findChild<RateChart *>();
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

    void chartReplotsAreBatched()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *chart = w.findChild<RateChart *>();
        QTRY_VERIFY(!chart->replotPending()); // the replot that showing scheduled
        const int before = chart->replotCount();
        for (int i = 0; i < 10; ++i)
            w.applySnapshot(share(twoQueues(1000 + i * 100, 1, 0, quint64(i * 10))));
        QVERIFY(chart->replotPending());
        QTRY_VERIFY(!chart->replotPending());
        QCOMPARE(chart->replotCount(), before + 1);
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
        const char *names[] = {"overview", "exchanges", "queues", "connections"};
        for (int tab = 0; tab < 4; ++tab) {
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
