// GroupMemberTableModel and GroupLagTableModel: the members and per-partition
// lag of the selected consumer group, diffed by member id and by
// topic-partition; choosing another group removes and inserts, never resets.

#include "model_signal_recorder.h"
#include "snapshot_script.h"

#include <models/group_lag_table_model.h>
#include <models/group_member_table_model.h>

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace warren::widgets;
using namespace warren::widgets::test;
using MemberCol = GroupMemberTableModel::Column;
using LagCol = GroupLagTableModel::Column;

class TestGroupDetailModels : public QObject
{
    Q_OBJECT

private:
    static BrokerSnapshot twoGroups(qint64 at, qint64 orders1Committed = 20)
    {
        BrokerSnapshot s = snapshotAt(at);
        s.groups = {
            group("orders", {member("m1", "svc-a", {"orders-0"}), member("m2", "svc-b", {"orders-1", "orders-2"})},
                  {offset("orders", 0, 10, 15), offset("orders", 1, orders1Committed, 30),
                   offset("orders", 2, -1, 4)}),
            group("billing", {member("b1", "billing")}, {offset("orders", 0, 1, 15)}),
        };
        return s;
    }

    static int structural(const ModelSignalRecorder &rec)
    {
        return int(rec.inserted.count() + rec.removed.count() + rec.reset.count() + rec.layout.count()
                   + rec.moved.count());
    }

private slots:
    void membersOfTheChosenGroup()
    {
        GroupMemberTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.applySnapshot(twoGroups(1000));
        QCOMPARE(model.rowCount(), 0);
        ModelSignalRecorder rec(&model);
        model.setGroup("orders");
        model.applySnapshot(twoGroups(1000));
        QCOMPARE(rec.inserted.count(), 1);
        QCOMPARE(ModelSignalRecorder::range(rec.inserted), std::make_pair(0, 1));
        QCOMPARE(model.index(1, MemberCol::ClientId).data().toString(), QStringLiteral("svc-b"));
        QCOMPARE(model.index(1, MemberCol::Host).data().toString(), QStringLiteral("/127.0.0.1"));
        QCOMPARE(model.index(1, MemberCol::Assigned).data().toString(), QStringLiteral("orders: 1, 2"));
        QCOMPARE(model.index(1, MemberCol::Assigned).data(SnapshotTableModel::SortRole).toInt(), 2);
        QCOMPARE(model.index(1, 0).data(SnapshotTableModel::KeyRole).toString(), QStringLiteral("m2"));
    }

    void assignmentIsShownPerTopic()
    {
        QCOMPARE(GroupMemberTableModel::compactAssignment({"orders-10", "orders-2", "a-b-c-0", "orders-0", "odd"}),
                 QStringLiteral("orders: 0, 2, 10; a-b-c: 0; odd"));
        QCOMPARE(GroupMemberTableModel::compactAssignment({}), QString());
    }

    void memberChangesAreDiffed()
    {
        GroupMemberTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGroup("orders");
        model.applySnapshot(twoGroups(1000));
        ModelSignalRecorder rec(&model);
        model.applySnapshot(twoGroups(1250));
        QCOMPARE(structural(rec) + rec.changed.count(), 0);

        BrokerSnapshot s = twoGroups(1500); // rebalance: m1 leaves, m2 takes all, m3 joins
        auto &g = s.groups[0];
        g.members = {member("m2", "svc-b", {"orders-0", "orders-1"}), member("m3", "svc-c", {"orders-2"})};
        model.applySnapshot(s);
        QCOMPARE(rec.removed.count(), 1);
        QCOMPARE(ModelSignalRecorder::range(rec.removed), std::make_pair(0, 0));
        QCOMPARE(rec.changed.count(), 1);
        QCOMPARE(rec.changedRows(), std::make_pair(0, 0)); // m2, now first
        QCOMPARE(rec.inserted.count(), 1);
        QCOMPARE(ModelSignalRecorder::range(rec.inserted), std::make_pair(1, 1));
        QCOMPARE(rec.reset.count(), 0);
    }

    void choosingAnotherGroupRemovesThenInserts()
    {
        GroupMemberTableModel members;
        GroupLagTableModel lag;
        members.setGroup("orders");
        lag.setGroup("orders");
        members.applySnapshot(twoGroups(1000));
        lag.applySnapshot(twoGroups(1000));
        ModelSignalRecorder memberRec(&members);
        ModelSignalRecorder lagRec(&lag);
        members.setGroup("billing");
        lag.setGroup("billing");
        members.applySnapshot(twoGroups(1000));
        lag.applySnapshot(twoGroups(1000));
        // orders-0 is in both groups' offsets: still removed and re-inserted,
        // so a selection never jumps to the other group's row.
        QCOMPARE(ModelSignalRecorder::range(lagRec.removed), std::make_pair(0, 2));
        QCOMPARE(ModelSignalRecorder::range(lagRec.inserted), std::make_pair(0, 0));
        QCOMPARE(ModelSignalRecorder::range(memberRec.removed), std::make_pair(0, 1));
        QCOMPARE(ModelSignalRecorder::range(memberRec.inserted), std::make_pair(0, 0));
        QCOMPARE(lagRec.reset.count() + memberRec.reset.count() + lagRec.changed.count(), 0);
        QCOMPARE(lag.index(0, LagCol::Lag).data().toString(), QStringLiteral("14"));
    }

    void lagPerPartition()
    {
        GroupLagTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGroup("orders");
        model.applySnapshot(twoGroups(1000));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, LagCol::Topic).data().toString(), QStringLiteral("orders"));
        QCOMPARE(model.index(1, LagCol::Partition).data().toString(), QStringLiteral("1"));
        QCOMPARE(model.index(1, LagCol::Committed).data().toString(), QStringLiteral("20"));
        QCOMPARE(model.index(1, LagCol::HighWatermark).data().toString(), QStringLiteral("30"));
        QCOMPARE(model.index(1, LagCol::Lag).data().toString(), QStringLiteral("10"));
        QCOMPARE(model.index(1, 0).data(SnapshotTableModel::KeyRole).toString(), QStringLiteral("orders-1"));
        // No committed offset: unknown lag shows as a dash, sorts below 0.
        QCOMPARE(model.index(2, LagCol::Committed).data().toString(), QStringLiteral("–"));
        QCOMPARE(model.index(2, LagCol::Lag).data().toString(), QStringLiteral("–"));
        QCOMPARE(model.index(2, LagCol::Lag).data(SnapshotTableModel::SortRole).toLongLong(), -1);
    }

    void commitEmitsDataChangedForThatPartitionOnly()
    {
        GroupLagTableModel model;
        model.setGroup("orders");
        model.applySnapshot(twoGroups(1000));
        ModelSignalRecorder rec(&model);
        model.applySnapshot(twoGroups(1250));
        QCOMPARE(structural(rec) + rec.changed.count(), 0);
        model.applySnapshot(twoGroups(1500, 29));
        QCOMPARE(rec.changed.count(), 1);
        QCOMPARE(rec.changedRows(), std::make_pair(1, 1));
        QCOMPARE(rec.changed.at(0).at(1).toModelIndex().column(), LagCol::ColumnCount - 1);
        QCOMPARE(structural(rec), 0);
        QCOMPARE(model.index(1, LagCol::Lag).data().toString(), QStringLiteral("1"));
    }

    void deletedGroupEmptiesBothTables()
    {
        GroupMemberTableModel members;
        GroupLagTableModel lag;
        members.setGroup("billing");
        lag.setGroup("billing");
        members.applySnapshot(twoGroups(1000));
        lag.applySnapshot(twoGroups(1000));
        BrokerSnapshot s = twoGroups(1250);
        s.groups.pop_back();
        ModelSignalRecorder rec(&lag);
        members.applySnapshot(s);
        lag.applySnapshot(s);
        QCOMPARE(members.rowCount(), 0);
        QCOMPARE(lag.rowCount(), 0);
        QCOMPARE(rec.removed.count(), 1);
        QCOMPARE(rec.reset.count(), 0);
    }
};

QTEST_MAIN(TestGroupDetailModels)
#include "tst_group_detail_models.moc"
