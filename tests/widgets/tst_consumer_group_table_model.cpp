// ConsumerGroupTableModel: diffing snapshots by group id into row inserts,
// removals and dataChanged for changed rows only — never a reset.

#include "model_signal_recorder.h"
#include "snapshot_script.h"

#include <models/consumer_group_table_model.h>

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>

using namespace warren::widgets;
using namespace warren::widgets::test;
using Col = ConsumerGroupTableModel::Column;

class TestConsumerGroupTableModel : public QObject
{
    Q_OBJECT

private:
    static BrokerSnapshot threeGroups(qint64 at, qint64 billingCommitted = 90)
    {
        BrokerSnapshot s = snapshotAt(at);
        s.groups = {
            group("orders", {member("m1", "svc", {"orders-0"}), member("m2", "svc", {"orders-1"})},
                  {offset("orders", 0, 10, 15), offset("orders", 1, 20, 20)}),
            group("billing", {member("b1", "billing")}, {offset("payments", 0, billingCommitted, 100)}),
            group("replay", {}, {offset("orders", 0, 3, 15)}),
        };
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
    void firstSnapshotInsertsAllRows()
    {
        ConsumerGroupTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ModelSignalRecorder rec(&model);
        model.applySnapshot(threeGroups(1000));
        QCOMPARE(rec.inserted.count(), 1);
        QCOMPARE(ModelSignalRecorder::range(rec.inserted), std::make_pair(0, 2));
        QCOMPARE(rec.reset.count() + rec.changed.count(), 0);
        QCOMPARE(shown(model, "orders", Col::State), QStringLiteral("Stable"));
        QCOMPARE(shown(model, "orders", Col::Members), QStringLiteral("2"));
        QCOMPARE(shown(model, "orders", Col::TotalLag), QStringLiteral("5"));
        QCOMPARE(shown(model, "orders", Col::Generation), QStringLiteral("1"));
        QCOMPARE(shown(model, "orders", Col::Protocol), QStringLiteral("consumer (range)"));
        QCOMPARE(shown(model, "replay", Col::State), QStringLiteral("Empty"));
        QCOMPARE(shown(model, "replay", Col::Protocol), QStringLiteral("consumer"));
        QCOMPARE(shown(model, "replay", Col::TotalLag), QStringLiteral("12"));
    }

    void unchangedSnapshotEmitsNothing()
    {
        ConsumerGroupTableModel model;
        model.applySnapshot(threeGroups(1000));
        ModelSignalRecorder rec(&model);
        model.applySnapshot(threeGroups(1250));
        QCOMPARE(structural(rec) + rec.changed.count(), 0);
    }

    void lagChangeEmitsDataChangedForThatRowOnly()
    {
        ConsumerGroupTableModel model;
        model.applySnapshot(threeGroups(1000));
        ModelSignalRecorder rec(&model);
        model.applySnapshot(threeGroups(1250, 40));
        QCOMPARE(rec.changed.count(), 1);
        const int row = rowOf(model, "billing");
        QCOMPARE(rec.changedRows(), std::make_pair(row, row));
        QCOMPARE(rec.changed.at(0).at(1).toModelIndex().column(), Col::ColumnCount - 1);
        QCOMPARE(structural(rec), 0);
        QCOMPARE(shown(model, "billing", Col::TotalLag), QStringLiteral("60"));
        QCOMPARE(model.index(row, Col::TotalLag).data(SnapshotTableModel::SortRole).toLongLong(), 60);
    }

    void rebalanceEmitsDataChanged()
    {
        ConsumerGroupTableModel model;
        model.applySnapshot(threeGroups(1000));
        ModelSignalRecorder rec(&model);
        BrokerSnapshot s = threeGroups(1250);
        s.groups[0].state = "PreparingRebalance";
        s.groups[0].members.pop_back();
        s.groups[0].generation = 2;
        model.applySnapshot(s);
        QCOMPARE(rec.changed.count(), 1);
        QCOMPARE(rec.changedRows(), std::make_pair(rowOf(model, "orders"), rowOf(model, "orders")));
        QCOMPARE(shown(model, "orders", Col::State), QStringLiteral("PreparingRebalance"));
        QCOMPARE(shown(model, "orders", Col::Members), QStringLiteral("1"));
        QCOMPARE(shown(model, "orders", Col::Generation), QStringLiteral("2"));
    }

    void groupsComeAndGo()
    {
        ConsumerGroupTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.applySnapshot(threeGroups(1000));
        ModelSignalRecorder rec(&model);
        BrokerSnapshot s = threeGroups(1250);
        s.groups.erase(s.groups.begin()); // orders deleted
        s.groups.push_back(group("fresh"));
        model.applySnapshot(s);
        QCOMPARE(rec.removed.count(), 1);
        QCOMPARE(ModelSignalRecorder::range(rec.removed), std::make_pair(0, 0));
        QCOMPARE(rec.inserted.count(), 1);
        QCOMPARE(ModelSignalRecorder::range(rec.inserted), std::make_pair(2, 2));
        QCOMPARE(rec.changed.count() + rec.reset.count(), 0);
        QCOMPARE(rowOf(model, "orders"), -1);
        QCOMPARE(shown(model, "fresh", Col::TotalLag), QStringLiteral("0"));
    }

    void selectedGroupSurvivesLagResorting()
    {
        ConsumerGroupTableModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SnapshotTableModel::SortRole);
        proxy.setDynamicSortFilter(true);
        QTableView view;
        view.setModel(&proxy);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.setSortingEnabled(true);
        view.sortByColumn(Col::TotalLag, Qt::DescendingOrder);
        model.applySnapshot(threeGroups(1000)); // billing 10 < replay 12 < ... orders 5
        view.show();
        view.selectRow(proxy.mapFromSource(model.index(rowOf(model, "billing"), 0)).row());
        model.applySnapshot(threeGroups(1250, 0)); // billing's lag: 100, sorts first
        const QModelIndexList rows = view.selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().data(SnapshotTableModel::KeyRole).toString(), QStringLiteral("billing"));
        QCOMPARE(rows.first().row(), 0);
    }
};

QTEST_MAIN(TestConsumerGroupTableModel)
#include "tst_consumer_group_table_model.moc"
