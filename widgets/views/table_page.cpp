#include "table_page.h"

#include "models/snapshot_table_model.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace warren::widgets {

namespace {
// Value changes re-fit at most this often; inserted rows re-fit at once.
constexpr int ValueFitDelayMs = 1000;
// Long names and argument lists elide beyond this width rather than push the
// other columns off screen.
constexpr int MaxFittedWidth = 360;
// Air between a right-aligned number and the next column's left-aligned text.
constexpr int CellPadding = 6;
} // namespace

TablePage::TablePage(QAbstractItemModel *model, const QString &noun, int sortColumn, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_noun(noun)
    , m_filter(new QLineEdit(this))
    , m_countLabel(new QLabel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
{
    m_filter->setPlaceholderText(tr("Filter %1…").arg(noun));
    m_filter->setClearButtonEnabled(true);
    m_countLabel->setTextInteractionFlags(Qt::NoTextInteraction);

    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(SnapshotTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setDynamicSortFilter(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(sortColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->setResizeContentsPrecision(200);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionsMovable(true);

    auto *top = new QHBoxLayout;
    m_top = top;
    top->addWidget(m_filter, 1);
    top->addWidget(m_countLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    m_fitTimer.setSingleShot(true);
    connect(&m_fitTimer, &QTimer::timeout, this, &TablePage::fitColumns);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] { scheduleFit(0); });
    connect(model, &QAbstractItemModel::dataChanged, this, [this] { scheduleFit(ValueFitDelayMs); });
    // Source signals change the total, proxy signals the number shown.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TablePage::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TablePage::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TablePage::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TablePage::updateCountLabel);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TablePage::updateCountLabel);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TablePage::updateCountLabel);
    updateCountLabel();
}

void TablePage::setStretchLastColumn(bool stretch)
{
    m_view->horizontalHeader()->setStretchLastSection(stretch);
    scheduleFit(0);
}

void TablePage::addToolWidget(QWidget *widget)
{
    m_top->insertWidget(m_top->indexOf(m_countLabel), widget);
}

void TablePage::setFilterVisible(bool visible)
{
    if (!visible)
        m_filter->clear();
    m_filter->setVisible(visible);
}

void TablePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    scheduleFit(0);
}

void TablePage::hideEvent(QHideEvent *event)
{
    m_fitTimer.stop();
    QWidget::hideEvent(event);
}

void TablePage::scheduleFit(int delayMs)
{
    if (!isVisible())
        return; // showEvent fits
    if (m_fitTimer.isActive() && m_fitTimer.remainingTime() <= delayMs)
        return;
    m_fitTimer.start(delayMs);
}

void TablePage::fitColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    // The last column stretches (unless a page turned that off): leave it be.
    const int last = header->stretchLastSection() ? header->logicalIndex(header->count() - 1) : -1;
    // QTableView hides sizeHintForColumn(); the base class's is public and virtual.
    const QAbstractItemView *view = m_view;
    for (int column = 0; column < header->count(); ++column) {
        if (column == last || header->isSectionHidden(column))
            continue;
        const int wanted = qMin(qMax(header->sectionSizeHint(column), view->sizeHintForColumn(column)) + CellPadding,
                                MaxFittedWidth);
        // The first fit with rows sets the widths; later fits only widen, so
        // a width the user chose survives until the contents outgrow it.
        if (!m_fitted || wanted > header->sectionSize(column))
            header->resizeSection(column, wanted);
    }
    if (m_model->rowCount() > 0)
        m_fitted = true;
}

void TablePage::updateCountLabel()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    // "members: 1", "queues: 12 of 40": reads right for any count.
    m_countLabel->setText(shown == total ? tr("%1: %2").arg(m_noun).arg(total)
                                         : tr("%1: %2 of %3").arg(m_noun).arg(shown).arg(total));
}

} // namespace warren::widgets
