#include "consumer_groups_page.h"

#include "models/consumer_group_table_model.h"
#include "models/group_lag_table_model.h"
#include "models/group_member_table_model.h"
#include "models/lag_history.h"
#include "plots/lag_chart.h"
#include "table_page.h"

#include <QGroupBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace warren::widgets {

namespace {

QGroupBox *boxAround(QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 0);
    content->setParent(box);
    layout->addWidget(content);
    return box;
}

void setTitleIfChanged(QGroupBox *box, const QString &title)
{
    if (box->title() != title)
        box->setTitle(title);
}

} // namespace

ConsumerGroupsPage::ConsumerGroupsPage(QWidget *parent)
    : QWidget(parent)
    , m_history(std::make_unique<LagHistory>())
    , m_groupModel(new ConsumerGroupTableModel(this))
    , m_memberModel(new GroupMemberTableModel(this))
    , m_lagModel(new GroupLagTableModel(this))
    , m_groups(new TablePage(m_groupModel, tr("groups"), ConsumerGroupTableModel::Group, this))
    , m_members(new TablePage(m_memberModel, tr("members"), GroupMemberTableModel::ClientId, this))
    , m_offsets(new TablePage(m_lagModel, tr("partitions"), GroupLagTableModel::Topic, this))
    , m_chart(new LagChart(m_history.get(), this))
{
    m_groups->view()->setObjectName(QStringLiteral("groupTable"));
    m_groups->filterEdit()->setObjectName(QStringLiteral("groupFilter"));
    m_groups->view()->setSelectionMode(QAbstractItemView::SingleSelection);
    m_members->view()->setObjectName(QStringLiteral("memberTable"));
    m_members->setFilterVisible(false);
    m_offsets->view()->setObjectName(QStringLiteral("groupLagTable"));
    m_offsets->setFilterVisible(false);
    m_offsets->setStretchLastColumn(false);
    m_chart->setObjectName(QStringLiteral("lagChart"));
    m_chart->setMinimumHeight(140);

    m_membersBox = boxAround(m_members, this);
    m_lagBox = boxAround(m_offsets, this);
    m_chartBox = boxAround(m_chart, this);

    auto *tables = new QSplitter(Qt::Vertical);
    tables->setChildrenCollapsible(false);
    tables->addWidget(m_membersBox);
    tables->addWidget(m_lagBox);
    tables->setStretchFactor(0, 2);
    tables->setStretchFactor(1, 3);
    tables->setSizes({200, 300});
    auto *details = new QSplitter(Qt::Horizontal);
    details->setChildrenCollapsible(false);
    details->addWidget(tables);
    details->addWidget(m_chartBox);
    details->setStretchFactor(0, 1);
    details->setStretchFactor(1, 1);
    details->setSizes({600, 400}); // the chart needs room for its time axis
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_groups);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({200, 500});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->addWidget(splitter);

    connect(m_groups->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConsumerGroupsPage::showSelectedGroup);
    showSelectedGroup();
}

ConsumerGroupsPage::~ConsumerGroupsPage() = default;

QString ConsumerGroupsPage::selectedGroup() const
{
    const QModelIndexList rows = m_groups->view()->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(SnapshotTableModel::KeyRole).toString();
}

void ConsumerGroupsPage::applySnapshot(const metrics::BrokerSnapshotPtr &snapshot)
{
    if (!snapshot)
        return;
    m_last = snapshot;
    m_history->update(*snapshot);
    m_groupModel->applySnapshot(*snapshot);
    if (!m_selectedOnce && m_groups->proxy()->rowCount() > 0) {
        m_selectedOnce = true;
        if (!m_groups->view()->selectionModel()->hasSelection())
            m_groups->view()->selectRow(0);
    }
    showSelectedGroup(); // the selected group may have gone
    m_memberModel->applySnapshot(*snapshot);
    m_lagModel->applySnapshot(*snapshot);
    m_chart->historyChanged();
}

void ConsumerGroupsPage::showSelectedGroup()
{
    const QString group = selectedGroup();
    if (group.isEmpty()) {
        setTitleIfChanged(m_membersBox, tr("Members (select a group)"));
        setTitleIfChanged(m_lagBox, tr("Lag per partition (select a group)"));
        setTitleIfChanged(m_chartBox, tr("Total lag, last 5 minutes (select a group)"));
    } else {
        setTitleIfChanged(m_membersBox, tr("Members of “%1”").arg(group));
        setTitleIfChanged(m_lagBox, tr("Lag per partition of “%1”").arg(group));
        setTitleIfChanged(m_chartBox, tr("Total lag of “%1”, last 5 minutes").arg(group));
    }
    m_chart->setGroup(group);
    if (group == m_memberModel->group())
        return;
    m_memberModel->setGroup(group);
    m_lagModel->setGroup(group);
    if (m_last) {
        m_memberModel->applySnapshot(*m_last);
        m_lagModel->applySnapshot(*m_last);
    }
}

} // namespace warren::widgets
