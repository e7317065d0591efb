// QueueTableModel: diffing snapshots by vhost+name into row inserts, removals
// and dataChanged for changed rows only — never a reset.

#include "model_signal_recorder.h"
#include "snapshot_script.h"

#include <models/queue_table_model.h>

#include <QAbstractItemModelTester>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>

using namespace warren::widgets;
using namespace warren::widgets::test;
using Col = QueueTableModel::Column;

class TestQueueTableModel : public QObject
{
    Q_OBJECT

private:
    static BrokerSnapshot threeQueues(qint64 at)
    {
        BrokerSnapshot s = snapshotAt(at);
        s.queues = {queue("/", "a", 1), queue("/", "b", 2), queue("/", "c", 3)};
        return s;
    }

    static int rowOf(const QAbstractItemModel &model, const QString &key)
    {
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, 0).data(SnapshotTableModel::KeyRole).toString() == key)
                return r;
        }
        return -1;
    }

    static QString shown(const QAbstractItemModel &model, const QString &key, int column)
    {
        return model.index(rowOf(model, key), column).data().toString();
    }

private slots:
    void firstSnapshotInsertsAllRowsWithoutReset()
    {
        QueueTableModel model;
        QAbstractItemModelTester tester(&model);
        ModelSignalRecorder rec(&model);
        model.applySnapshot(threeQueues(1000));
        QCOMPARE(rec.inserted.count(), 1);
        QCOMPARE(ModelSignalRecorder::range(rec.inserted), std::make_pair(0, 2));
        QCOMPARE(rec.reset.count(), 0);
        QCOMPARE(rec.changed.count(), 0);
        QCOMPARE(model.rowCount(), 3);
    }

    void unchangedSnapshotEmitsNothing()
    {
        QueueTableModel model;
        model.applySnapshot(threeQueues(1000));
        ModelSignalRecorder rec(&model);
        model.applySnapshot(threeQueues(1250));
        QCOMPARE(rec.inserted.count() + rec.removed.count() + rec.changed.count()
                     + rec.reset.count() + rec.layout.count() + rec.moved.count(),
                 0);
    }

    void addedQueueEmitsRowsInsertedOnly()
    {
        QueueTableModel model;
        QAbstractItemModelTester tester(&model);
        model.applySnapshot(threeQueues(1000));
        ModelSignalRecorder rec(&model);
        BrokerSnapshot s = threeQueues(1250);
        s.queues.insert(s.queues.begin() + 1, queue("/", "new", 7));
        model.applySnapshot(s);
        QCOMPARE(rec.inserted.count(), 1);
        QCOMPARE(ModelSignalRecorder::range(rec.inserted), std::make_pair(3, 3));
        QCOMPARE(rec.changed.count(), 0);
        QCOMPARE(rec.removed.count(), 0);
        QCOMPARE(rec.reset.count(), 0);
        QCOMPARE(shown(model, "//new", Col::Ready), QStringLiteral("7"));
    }

    void changedCounterEmitsDataChangedForThatRowOnly_data()
    {
        QTest::addColumn<int>("field");
        QTest::newRow("ready") << 0;
        QTest::newRow("unacked") << 1;
        QTest::newRow("consumers") << 2;
        QTest::newRow("arguments") << 3;
    }

    void changedCounterEmitsDataChangedForThatRowOnly()
    {
        QFETCH(int, field);
        QueueTableModel model;
        QAbstractItemModelTester tester(&model);
        model.applySnapshot(threeQueues(1000));
        ModelSignalRecorder rec(&model);
        BrokerSnapshot s = threeQueues(1250);
        auto &b = s.queues[1];
        switch (field) {
        case 0: b.ready = 99; break;
        case 1: b.unacked = 5; break;
        case 2: b.consumers = 4; break;
        case 3: b.arguments = "x-max-length=10"; break;
        }
        model.applySnapshot(s);
        QCOMPARE(rec.changed.count(), 1);
        const int row = rowOf(model, "//b");
        QCOMPARE(rec.changedRows(), std::make_pair(row, row));
        QCOMPARE(rec.changed.at(0).at(0).toModelIndex().column(), 0);
        QCOMPARE(rec.changed.at(0).at(1).toModelIndex().column(), Col::ColumnCount - 1);
        QCOMPARE(rec.inserted.count() + rec.removed.count() + rec.reset.count()
                     + rec.layout.count(),
                 0);
    }

    void removedQueueEmitsRowsRemovedOnly()
    {
        QueueTableModel model;
        QAbstractItemModelTester tester(&model);
        model.applySnapshot(threeQueues(1000));
        const int row = rowOf(model, "//b");
        ModelSignalRecorder rec(&model);
        BrokerSnapshot s = threeQueues(1250);
        s.queues.erase(s.queues.begin() + 1);
        model.applySnapshot(s);
        QCOMPARE(rec.removed.count(), 1);
        QCOMPARE(ModelSignalRecorder::range(rec.removed), std::make_pair(row, row));
        QCOMPARE(rec.inserted.count() + rec.changed.count() + rec.reset.count(), 0);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(rowOf(model, "//b"), -1);
    }

    void contiguousRemovalsAreOneRange()
    {
        QueueTableModel model;
        BrokerSnapshot s = snapshotAt(1000);
        for (int i = 0; i < 6; ++i)
            s.queues.push_back(queue("/", QString::number(i)));
        model.applySnapshot(s);
        ModelSignalRecorder rec(&model);
        s.takenAtMs = 1250;
        s.queues = {s.queues[0], s.queues[4]}; // drop 1..3 and 5
        model.applySnapshot(s);
        QCOMPARE(rec.removed.count(), 2);
        QCOMPARE(ModelSignalRecorder::range(rec.removed, 0), std::make_pair(5, 5));
        QCOMPARE(ModelSignalRecorder::range(rec.removed, 1), std::make_pair(1, 3));
        QCOMPARE(model.rowCount(), 2);
    }

    void mixedRefreshKeepsModelConsistent()
    {
        QueueTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.applySnapshot(threeQueues(1000));
        BrokerSnapshot s = snapshotAt(1250);
        s.queues = {queue("/", "d", 4), queue("/", "c", 30), queue("/", "a", 1)}; // -b, +d, c changed
        ModelSignalRecorder rec(&model);
        model.applySnapshot(s);
        QCOMPARE(rec.removed.count(), 1);
        QCOMPARE(rec.inserted.count(), 1);
        QCOMPARE(rec.changed.count(), 1);
        QCOMPARE(rec.changedRows(), std::make_pair(rowOf(model, "//c"), rowOf(model, "//c")));
        QCOMPARE(rec.reset.count(), 0);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(shown(model, "//c", Col::Ready), QStringLiteral("30"));
        QCOMPARE(shown(model, "//d", Col::Ready), QStringLiteral("4"));
    }

    void sameNameInTwoVhostsIsTwoRows()
    {
        QueueTableModel model;
        BrokerSnapshot s = snapshotAt(1000);
        s.queues = {queue("/", "jobs", 1), queue("staging", "jobs", 2)};
        model.applySnapshot(s);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(shown(model, "//jobs", Col::Ready), QStringLiteral("1"));
        QCOMPARE(shown(model, "staging/jobs", Col::Ready), QStringLiteral("2"));
    }

    void showsTotalsFlagsAndArguments()
    {
        QueueTableModel model;
        BrokerSnapshot s = snapshotAt(1000);
        auto q = queue("/", "q", 1500, 25, 3);
        q.autoDelete = true;
        q.exclusive = true;
        q.arguments = "x-message-ttl=60000";
        s.queues = {q};
        model.applySnapshot(s);
        QCOMPARE(model.index(0, Col::Total).data().toString(), QLocale().toString(1525));
        QCOMPARE(model.index(0, Col::Total).data(SnapshotTableModel::SortRole).toULongLong(), 1525u);
        QCOMPARE(model.index(0, Col::Features).data().toString(), QStringLiteral("D AD Excl Args"));
        QCOMPARE(model.index(0, Col::Arguments).data().toString(), QStringLiteral("x-message-ttl=60000"));
        QCOMPARE(model.index(0, Col::Consumers).data().toString(), QStringLiteral("3"));
    }

    void ratesComeFromConsecutiveSnapshots()
    {
        QueueTableModel model;
        BrokerSnapshot s = snapshotAt(10'000);
        s.queues = {queue("/", "q")};
        s.queues[0].published = 100;
        s.queues[0].delivered = 40;
        model.applySnapshot(s);
        QCOMPARE(model.index(0, Col::InRate).data().toString(), QLocale().toString(0.0, 'f', 1));
        ModelSignalRecorder rec(&model);
        s.takenAtMs = 10'500;
        s.queues[0].published = 150; // 50 in 0.5 s
        s.queues[0].delivered = 45;  // 5 in 0.5 s
        model.applySnapshot(s);
        QCOMPARE(rec.changed.count(), 1);
        QCOMPARE(model.index(0, Col::InRate).data(SnapshotTableModel::SortRole).toDouble(), 100.0);
        QCOMPARE(model.index(0, Col::OutRate).data(SnapshotTableModel::SortRole).toDouble(), 10.0);
        QCOMPARE(model.index(0, Col::InRate).data().toString(), QLocale().toString(100.0, 'f', 1));
    }

    void proxySortsCountsNumerically()
    {
        QueueTableModel model;
        BrokerSnapshot s = snapshotAt(1000);
        s.queues = {queue("/", "nine", 9), queue("/", "ten", 10), queue("/", "thousand", 1000)};
        model.applySnapshot(s);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SnapshotTableModel::SortRole);
        proxy.sort(Col::Ready, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, Col::Name).data().toString(), QStringLiteral("thousand"));
        QCOMPARE(proxy.index(2, Col::Name).data().toString(), QStringLiteral("nine"));
    }

    void selectionOnSortedProxyViewSurvivesRefreshes()
    {
        QueueTableModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SnapshotTableModel::SortRole);
        proxy.setDynamicSortFilter(true);
        QTableView view;
        view.setModel(&proxy);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.setSortingEnabled(true);
        view.sortByColumn(Col::Ready, Qt::DescendingOrder);

        BrokerSnapshot s = snapshotAt(1000);
        for (int i = 0; i < 50; ++i)
            s.queues.push_back(queue("/", QStringLiteral("q%1").arg(i), quint64(i)));
        model.applySnapshot(s);
        view.resize(400, 200);
        view.show();

        const auto selectedKey = [&] {
            const QModelIndexList rows = view.selectionModel()->selectedRows();
            return rows.size() == 1 ? rows.first().data(SnapshotTableModel::KeyRole).toString() : QString();
        };
        const QModelIndex target = proxy.mapFromSource(model.index(rowOf(model, "//q20"), 0));
        view.selectRow(target.row());
        view.scrollTo(target, QAbstractItemView::PositionAtTop);
        const int scroll = view.verticalScrollBar()->value();
        QVERIFY(scroll > 0);
        QCOMPARE(selectedKey(), QStringLiteral("//q20"));

        ModelSignalRecorder rec(&model);
        // Counters change (some rows re-sort), a row is added, another removed.
        s.takenAtMs = 1250;
        s.queues[45].ready = 0;
        s.queues[3].ready = 300;
        s.queues.erase(s.queues.begin() + 40);
        s.queues.push_back(queue("/", "late", 25));
        model.applySnapshot(s);
        QCOMPARE(rec.reset.count(), 0);
        QCOMPARE(selectedKey(), QStringLiteral("//q20"));
        QCOMPARE(view.currentIndex().data(SnapshotTableModel::KeyRole).toString(), QStringLiteral("//q20"));
        QCOMPARE(view.verticalScrollBar()->value(), scroll); // as many rows above it as before

        // The selected row's own counter changes: still selected.
        s.takenAtMs = 1500;
        s.queues[20].unacked = 5;
        model.applySnapshot(s);
        QCOMPARE(selectedKey(), QStringLiteral("//q20"));
        QCOMPARE(view.verticalScrollBar()->value(), scroll);
    }
};

QTEST_MAIN(TestQueueTableModel)
#include "tst_queue_table_model.moc"
