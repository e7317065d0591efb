// PartitionTableModel: the partitions of the selected topic, diffed by
// partition number; choosing another topic removes and inserts rows, never
// resets.

#include "model_signal_recorder.h"
#include "snapshot_script.h"

#include <models/partition_table_model.h>

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>

using namespace warren::widgets;
using namespace warren::widgets::test;
using Col = PartitionTableModel::Column;

class TestPartitionTableModel : public QObject
{
    Q_OBJECT

private:
    static BrokerSnapshot twoTopics(qint64 at)
    {
        BrokerSnapshot s = snapshotAt(at);
        addTopic(s, "orders", {100, 200, 300});
        addTopic(s, "clicks", {7, 8});
        return s;
    }

    static int structural(const ModelSignalRecorder &rec)
    {
        return int(rec.inserted.count() + rec.removed.count() + rec.reset.count() + rec.layout.count()
                   + rec.moved.count());
    }

private slots:
    void showsNothingUntilATopicIsChosen()
    {
        PartitionTableModel model;
        model.applySnapshot(twoTopics(1000));
        QCOMPARE(model.rowCount(), 0);
    }

    void showsOnlyTheChosenTopicsPartitions()
    {
        PartitionTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ModelSignalRecorder rec(&model);
        model.setTopic("orders");
        model.applySnapshot(twoTopics(1000));
        QCOMPARE(rec.inserted.count(), 1);
        QCOMPARE(ModelSignalRecorder::range(rec.inserted), std::make_pair(0, 2));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, Col::Partition).data().toString(), QStringLiteral("1"));
        QCOMPARE(model.index(1, Col::HighWatermark).data().toString(), QStringLiteral("200"));
        QCOMPARE(model.index(1, Col::Messages).data().toString(), QStringLiteral("200"));
        QCOMPARE(model.index(1, 0).data(SnapshotTableModel::KeyRole).toString(), QStringLiteral("orders-1"));
    }

    void changedPartitionEmitsDataChangedForThatRowOnly()
    {
        PartitionTableModel model;
        model.setTopic("orders");
        model.applySnapshot(twoTopics(1000));
        ModelSignalRecorder rec(&model);
        model.applySnapshot(twoTopics(1250));
        QCOMPARE(structural(rec) + rec.changed.count(), 0);

        BrokerSnapshot s = twoTopics(1500);
        s.partitions[2].highWatermark = 350;
        s.partitions[2].logStartOffset = 50;
        s.partitions[2].segments = 2;
        s.partitions[4].highWatermark = 99; // clicks: not shown, no signal
        model.applySnapshot(s);
        QCOMPARE(rec.changed.count(), 1);
        QCOMPARE(rec.changedRows(), std::make_pair(2, 2));
        QCOMPARE(structural(rec), 0);
        QCOMPARE(model.index(2, Col::Messages).data().toString(), QStringLiteral("300"));
        QCOMPARE(model.index(2, Col::LogStartOffset).data().toString(), QStringLiteral("50"));
        QCOMPARE(model.index(2, Col::Segments).data().toString(), QStringLiteral("2"));
    }

    void addedPartitionIsAppended()
    {
        PartitionTableModel model;
        model.setTopic("clicks");
        model.applySnapshot(twoTopics(1000));
        ModelSignalRecorder rec(&model);
        BrokerSnapshot s = twoTopics(1250);
        s.partitions.push_back(partition("clicks", 2, 0));
        model.applySnapshot(s);
        QCOMPARE(rec.inserted.count(), 1);
        QCOMPARE(ModelSignalRecorder::range(rec.inserted), std::make_pair(2, 2));
        QCOMPARE(rec.changed.count() + rec.removed.count() + rec.reset.count(), 0);
    }

    void choosingAnotherTopicRemovesThenInsertsWithoutReset()
    {
        PartitionTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTopic("orders");
        model.applySnapshot(twoTopics(1000));
        ModelSignalRecorder rec(&model);
        model.setTopic("clicks");
        QCOMPARE(rec.removed.count(), 1);
        QCOMPARE(ModelSignalRecorder::range(rec.removed), std::make_pair(0, 2));
        QCOMPARE(model.rowCount(), 0);
        model.applySnapshot(twoTopics(1000));
        QCOMPARE(rec.inserted.count(), 1);
        QCOMPARE(ModelSignalRecorder::range(rec.inserted), std::make_pair(0, 1));
        QCOMPARE(rec.reset.count() + rec.changed.count(), 0);
        QCOMPARE(model.index(0, Col::HighWatermark).data().toString(), QStringLiteral("7"));

        rec.clear();
        model.setTopic("clicks"); // same topic: nothing
        QCOMPARE(structural(rec), 0);
        model.setTopic(QString());
        QCOMPARE(model.rowCount(), 0);
    }

    void deletedTopicEmptiesTheTable()
    {
        PartitionTableModel model;
        model.setTopic("clicks");
        model.applySnapshot(twoTopics(1000));
        ModelSignalRecorder rec(&model);
        BrokerSnapshot s = twoTopics(1250);
        s.partitions.resize(3);
        s.topics.resize(1);
        model.applySnapshot(s);
        QCOMPARE(rec.removed.count(), 1);
        QCOMPARE(model.rowCount(), 0);
    }

    void selectedPartitionSurvivesRefreshes()
    {
        PartitionTableModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SnapshotTableModel::SortRole);
        proxy.setDynamicSortFilter(true);
        QTableView view;
        view.setModel(&proxy);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.setSortingEnabled(true);
        view.sortByColumn(Col::HighWatermark, Qt::DescendingOrder);
        model.setTopic("orders");
        model.applySnapshot(twoTopics(1000));
        view.show();
        view.selectRow(proxy.mapFromSource(model.index(0, 0)).row()); // partition 0
        BrokerSnapshot s = twoTopics(1250);
        s.partitions[0].highWatermark = 1000; // now sorts first
        model.applySnapshot(s);
        const QModelIndexList rows = view.selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().data(SnapshotTableModel::KeyRole).toString(), QStringLiteral("orders-0"));
        QCOMPARE(rows.first().row(), 0);
    }
};

QTEST_MAIN(TestPartitionTableModel)
#include "tst_partition_table_model.moc"
