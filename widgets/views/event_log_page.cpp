#include "event_log_page.h"

#include "models/event_log_model.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace warren::widgets {

/// Keeps the rows whose kind is the chosen one (or any) and whose time, kind
/// or text contains the filter text (case-insensitive).
class EventFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setKind(int kind) // -1 = every kind
    {
        if (kind == m_kind)
            return;
        m_kind = kind;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex first = sourceModel()->index(row, 0, parent);
        if (m_kind >= 0 && first.data(EventLogModel::KindRole).toInt() != m_kind)
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    int m_kind = -1;
};

EventLogPage::EventLogPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new EventLogModel(this))
    , m_proxy(new EventFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_countLabel(new QLabel(this))
    , m_view(new QTableView(this))
{
    m_filter->setObjectName(QStringLiteral("eventFilter"));
    m_filter->setPlaceholderText(tr("Filter events…"));
    m_filter->setClearButtonEnabled(true);
    m_kind->setObjectName(QStringLiteral("eventKind"));
    m_kind->addItem(tr("All kinds"), -1);
    for (int k = 0; k < metrics::kEventKindCount; ++k)
        m_kind->addItem(EventLogModel::kindName(metrics::EventKind(k)), k);
    auto *clear = new QPushButton(tr("Clear"), this);
    clear->setObjectName(QStringLiteral("eventClear"));
    clear->setToolTip(tr("Clear the list (the broker keeps its log)"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EventLogModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setDynamicSortFilter(true);

    m_view->setObjectName(QStringLiteral("eventTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EventLogModel::Time, Qt::DescendingOrder); // newest first
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    const QFontMetrics fm = m_view->fontMetrics();
    header->resizeSection(EventLogModel::Time, fm.horizontalAdvance(QStringLiteral("00:00:00.000")) + 24);
    int kindWidth = fm.horizontalAdvance(tr("Kind"));
    for (int k = 0; k < metrics::kEventKindCount; ++k)
        kindWidth = qMax(kindWidth, fm.horizontalAdvance(EventLogModel::kindName(metrics::EventKind(k))));
    header->resizeSection(EventLogModel::Kind, kindWidth + 24);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setKind(m_kind->currentData().toInt()); });
    connect(clear, &QPushButton::clicked, m_model, &EventLogModel::clear);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &EventLogPage::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &EventLogPage::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &EventLogPage::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &EventLogPage::updateCountLabel);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_kind);
    top->addWidget(clear);
    top->addWidget(m_countLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    updateCountLabel();
}

void EventLogPage::applySnapshot(const metrics::BrokerSnapshot &snapshot)
{
    m_model->applySnapshot(snapshot);
}

int EventLogPage::shownCount() const
{
    return m_proxy->rowCount();
}

void EventLogPage::updateCountLabel()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_countLabel->setText(shown == total ? tr("%1 events").arg(total) : tr("%1 of %2 events").arg(shown).arg(total));
}

} // namespace warren::widgets
