// TopicTableModel: diffing snapshots by topic name into row inserts, removals
// and dataChanged for changed rows only; the produce rate from the growth of
// the partitions' high watermarks.

#include "model_signal_recorder.h"
#include "snapshot_script.h"

#include <models/topic_table_model.h>

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>

using namespace warren::widgets;
using namespace warren::widgets::test;
using Col = TopicTableModel::Column;

class TestTopicTableModel : public QObject
{
    Q_OBJECT

private:
    static BrokerSnapshot threeTopics(qint64 at, qint64 ordersHw = 100)
    {
        BrokerSnapshot s = snapshotAt(at);
        addTopic(s, "orders", {ordersHw, ordersHw});
        addTopic(s, "clicks", {10, 20, 30});
        addTopic(s, "dlq", {0});
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

    static int structural(const ModelSignalRecorder &rec)
    {
        return int(rec.inserted.count() + rec.removed.count() + rec.reset.count() + rec.layout.count()
                   + rec.moved.count());
    }

private slots:
    void firstSnapshotInsertsAllRowsWithoutReset()
    {
        TopicTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ModelSignalRecorder rec(&model);
        model.applySnapshot(threeTopics(1000));
        QCOMPARE(rec.inserted.count(), 1);
        QCOMPARE(ModelSignalRecorder::range(rec.inserted), std::make_pair(0, 2));
        QCOMPARE(rec.reset.count(), 0);
        QCOMPARE(rec.changed.count(), 0);
        QCOMPARE(shown(model, "orders", Col::Partitions), QStringLiteral("2"));
        QCOMPARE(shown(model, "orders", Col::Messages), QStringLiteral("200"));
        QCOMPARE(shown(model, "clicks", Col::Messages), QStringLiteral("60"));
        QCOMPARE(model.index(rowOf(model, "clicks"), Col::Size).data(SnapshotTableModel::SortRole).toULongLong(),
                 6000u);
    }

    void unchangedSnapshotEmitsNothing()
    {
        TopicTableModel model;
        model.applySnapshot(threeTopics(1000));
        model.applySnapshot(threeTopics(1250)); // rate 0 → 0
        ModelSignalRecorder rec(&model);
        model.applySnapshot(threeTopics(1500));
        QCOMPARE(structural(rec) + rec.changed.count(), 0);
    }

    void addedTopicIsInsertedRemovedTopicIsRemoved()
    {
        TopicTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.applySnapshot(threeTopics(1000));
        const int clicks = rowOf(model, "clicks");
        ModelSignalRecorder rec(&model);
        BrokerSnapshot s = threeTopics(1000); // same time: rates untouched
        s.topics.erase(s.topics.begin() + 1);
        addTopic(s, "new", {5});
        model.applySnapshot(s);
        QCOMPARE(rec.removed.count(), 1);
        QCOMPARE(ModelSignalRecorder::range(rec.removed), std::make_pair(clicks, clicks));
        QCOMPARE(rec.inserted.count(), 1);
        QCOMPARE(ModelSignalRecorder::range(rec.inserted), std::make_pair(2, 2));
        QCOMPARE(rec.changed.count(), 0);
        QCOMPARE(rec.reset.count(), 0);
        QCOMPARE(rowOf(model, "clicks"), -1);
        QCOMPARE(shown(model, "new", Col::Messages), QStringLiteral("5"));
    }

    void changedTopicEmitsDataChangedForThatRowOnly_data()
    {
        QTest::addColumn<int>("field");
        QTest::newRow("messages") << 0;
        QTest::newRow("size") << 1;
        QTest::newRow("partitions") << 2;
        QTest::newRow("configs") << 3;
    }

    void changedTopicEmitsDataChangedForThatRowOnly()
    {
        QFETCH(int, field);
        TopicTableModel model;
        model.applySnapshot(threeTopics(1000));
        ModelSignalRecorder rec(&model);
        BrokerSnapshot s = threeTopics(1000);
        auto &t = s.topics[2]; // dlq
        switch (field) {
        case 0: t.messages = 9; break;
        case 1: t.sizeBytes = 4096; break;
        case 2: t.partitions = 3; break;
        case 3: t.configs = "retention.ms=1000"; break;
        }
        model.applySnapshot(s);
        QCOMPARE(rec.changed.count(), 1);
        const int row = rowOf(model, "dlq");
        QCOMPARE(rec.changedRows(), std::make_pair(row, row));
        QCOMPARE(rec.changed.at(0).at(1).toModelIndex().column(), Col::ColumnCount - 1);
        QCOMPARE(structural(rec), 0);
    }

    void produceRateComesFromHighWatermarkSums()
    {
        TopicTableModel model;
        model.applySnapshot(threeTopics(10'000, 100));
        QCOMPARE(shown(model, "orders", Col::ProduceRate), QLocale().toString(0.0, 'f', 1));
        ModelSignalRecorder rec(&model);
        BrokerSnapshot s = threeTopics(10'500, 150); // 2 partitions × 50 in 0.5 s
        // Retention removing old records changes messages, not the rate.
        s.partitions[0].logStartOffset = 120;
        s.topics[0].messages = 30 + 150;
        model.applySnapshot(s);
        QCOMPARE(rec.changed.count(), 1);
        QCOMPARE(rec.changedRows(), std::make_pair(rowOf(model, "orders"), rowOf(model, "orders")));
        QCOMPARE(model.index(rowOf(model, "orders"), Col::ProduceRate).data(SnapshotTableModel::SortRole).toDouble(),
                 200.0);
        QCOMPARE(shown(model, "orders", Col::ProduceRate), QLocale().toString(200.0, 'f', 1));
        QCOMPARE(shown(model, "orders", Col::Messages), QStringLiteral("180"));
        QCOMPARE(model.index(rowOf(model, "clicks"), Col::ProduceRate).data(SnapshotTableModel::SortRole).toDouble(),
                 0.0);
    }

    void topicWithoutListedPartitionsUsesItsMessageCount()
    {
        TopicTableModel model;
        BrokerSnapshot s = snapshotAt(1000);
        s.topics = {topic("bare", 1, 10)};
        model.applySnapshot(s);
        s.takenAtMs = 2000;
        s.topics[0].messages = 35;
        model.applySnapshot(s);
        QCOMPARE(model.index(0, Col::ProduceRate).data(SnapshotTableModel::SortRole).toDouble(), 25.0);
    }

    void selectionOnSortedProxyViewSurvivesRefreshes()
    {
        TopicTableModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SnapshotTableModel::SortRole);
        proxy.setDynamicSortFilter(true);
        QTableView view;
        view.setModel(&proxy);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.setSortingEnabled(true);
        view.sortByColumn(Col::Messages, Qt::DescendingOrder);

        BrokerSnapshot s = snapshotAt(1000);
        for (int i = 0; i < 30; ++i)
            addTopic(s, QStringLiteral("t%1").arg(i), {qint64(i * 10)});
        model.applySnapshot(s);
        view.show();
        view.selectRow(proxy.mapFromSource(model.index(rowOf(model, "t12"), 0)).row());
        const auto selectedKey = [&] {
            const QModelIndexList rows = view.selectionModel()->selectedRows();
            return rows.size() == 1 ? rows.first().data(SnapshotTableModel::KeyRole).toString() : QString();
        };
        QCOMPARE(selectedKey(), QStringLiteral("t12"));

        ModelSignalRecorder rec(&model);
        s.takenAtMs = 1500;
        s.topics[12].messages = 1000; // the selected row re-sorts to the top
        s.topics[3].messages = 0;
        s.topics.erase(s.topics.begin() + 20);
        addTopic(s, "late", {55});
        model.applySnapshot(s);
        QCOMPARE(rec.reset.count(), 0);
        QCOMPARE(selectedKey(), QStringLiteral("t12"));
        QCOMPARE(view.currentIndex().data(SnapshotTableModel::KeyRole).toString(), QStringLiteral("t12"));
        QCOMPARE(proxy.index(0, Col::Name).data().toString(), QStringLiteral("t12"));
    }
};

QTEST_MAIN(TestTopicTableModel)
#include "tst_topic_table_model.moc"
