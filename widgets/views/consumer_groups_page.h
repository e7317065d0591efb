#pragma once
// ConsumerGroupsPage: the Kafka side's consumer groups. A filterable table of
// groups above, for the selected group, its members, its lag per partition
// and a chart of its total lag over the last five minutes. Owns the models
// and the LagHistory (fed with every snapshot, shown or not); keeps the newest
// snapshot so choosing another group fills the detail tables at once. Owned
// by its parent; GUI thread.

#include <QMetaType> // broker_snapshot.h uses Q_DECLARE_METATYPE without including it
#include <metrics/broker_snapshot.h>

#include <QWidget>

#include <memory>

class QGroupBox;

namespace warren::widgets {

class ConsumerGroupTableModel;
class GroupLagTableModel;
class GroupMemberTableModel;
class LagChart;
class LagHistory;
class TablePage;

class ConsumerGroupsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ConsumerGroupsPage(QWidget *parent = nullptr);
    ~ConsumerGroupsPage() override;

    void applySnapshot(const metrics::BrokerSnapshotPtr &snapshot);

    ConsumerGroupTableModel *groupModel() const { return m_groupModel; }
    GroupMemberTableModel *memberModel() const { return m_memberModel; }
    GroupLagTableModel *lagModel() const { return m_lagModel; }
    const LagHistory &lagHistory() const { return *m_history; }
    TablePage *groupTable() const { return m_groups; }
    LagChart *lagChart() const { return m_chart; }
    /// Id of the selected group; "" when none is.
    QString selectedGroup() const;

private:
    void showSelectedGroup();

    std::unique_ptr<LagHistory> m_history;
    ConsumerGroupTableModel *m_groupModel;
    GroupMemberTableModel *m_memberModel;
    GroupLagTableModel *m_lagModel;
    TablePage *m_groups;
    QGroupBox *m_membersBox;
    TablePage *m_members;
    QGroupBox *m_lagBox;
    TablePage *m_offsets;
    QGroupBox *m_chartBox;
    LagChart *m_chart;
    metrics::BrokerSnapshotPtr m_last;
    bool m_selectedOnce = false; ///< the first group was selected for the user
};

} // namespace warren::widgets
