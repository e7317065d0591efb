#pragma once
// TablePage: a filter box over a sortable table of one SnapshotTableModel.
// Sorting and filtering happen in a QSortFilterProxyModel (sorting on the
// model's SortRole, filtering on the shown text of every column). Columns
// are sized to their contents once the first rows arrive; after that they
// only widen (as names or values grow), so a width the user chose is kept. Owned by its parent; GUI thread.

#include <QTimer>
#include <QWidget>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace warren::widgets {

class TablePage : public QWidget
{
    Q_OBJECT
public:
    /// `model` is not owned. `noun` names the rows for the count label
    /// (e.g. tr("queues")); rows start sorted by `sortColumn`.
    TablePage(QAbstractItemModel *model, const QString &noun, int sortColumn,
              QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QLineEdit *filterEdit() const { return m_filter; }
    /// Detail tables with a handful of rows hide the filter box; the count stays.
    void setFilterVisible(bool visible);
    /// Tables whose last column is a number fit it instead of stretching it.
    void setStretchLastColumn(bool stretch);
    /// Adds a widget (an action button) to the row of the filter box, before the count.
    void addToolWidget(QWidget *widget);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void scheduleFit(int delayMs);
    void fitColumns();
    void updateCountLabel();

    QAbstractItemModel *m_model;
    QString m_noun;
    QLineEdit *m_filter;
    QLabel *m_countLabel;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QHBoxLayout *m_top = nullptr;
    QTimer m_fitTimer;
    bool m_fitted = false; ///< widths were set once from real rows
};

} // namespace warren::widgets
