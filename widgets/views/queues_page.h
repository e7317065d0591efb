#pragma once
// QueuesPage: the Queues tab. The filterable, sortable table of queues (over
// MainWindow's QueueTableModel) above the selected queue's detail: a chart of
// its ready and unacked counts over the last five minutes (fed from a
// QueueDepthHistory that takes every snapshot, shown or not) beside tabs for
// its consumers, its bindings, its arguments and its messages (a
// QueueMessageBrowser, which fetches through the command API on demand).
// Keeps the newest snapshot so choosing another queue fills the detail at
// once. Owned by its parent; GUI thread.

#include <QMetaType> // broker_snapshot.h uses Q_DECLARE_METATYPE without including it
#include <metrics/broker_snapshot.h>

#include <QPair>
#include <QWidget>

#include <memory>

class QGroupBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace warren::widgets {

class BindingTableModel;
class ConsumerTableModel;
class DepthChart;
class QueueDepthHistory;
class QueueMessageBrowser;
class QueueTableModel;
class TablePage;

class QueuesPage : public QWidget
{
    Q_OBJECT
public:
    /// `model` is not owned; MainWindow feeds it before applySnapshot().
    explicit QueuesPage(QueueTableModel *model, QWidget *parent = nullptr);
    ~QueuesPage() override;

    /// Feeds the depth history and refreshes the selected queue's detail
    /// (the table's model is fed by its owner).
    void applySnapshot(const metrics::BrokerSnapshotPtr &snapshot);

    TablePage *table() const { return m_table; }
    QTableView *view() const;
    QLineEdit *filterEdit() const;
    QSortFilterProxyModel *proxy() const;
    ConsumerTableModel *consumerModel() const { return m_consumerModel; }
    BindingTableModel *bindingModel() const { return m_bindingModel; }
    const QueueDepthHistory &depthHistory() const { return *m_history; }
    DepthChart *depthChart() const { return m_chart; }
    QTableWidget *argumentTable() const { return m_arguments; }
    /// Consumers, Bindings, Arguments, Messages.
    QTabWidget *detailTabs() const { return m_tabs; }
    QueueMessageBrowser *messageBrowser() const { return m_messages; }

    /// vhost and name of the selected queue; an empty vhost when none is.
    QPair<QString, QString> selectedQueue() const;
    /// Selects the queue's row (clearing a filter that hides it) and scrolls
    /// to it. Returns false when the table has no such queue.
    bool selectQueue(const QString &vhost, const QString &name);

private:
    void showSelectedQueue();
    void updateSummary();
    void updateArguments();
    void updateTabTitles();

    std::unique_ptr<QueueDepthHistory> m_history;
    QueueTableModel *m_model;
    ConsumerTableModel *m_consumerModel;
    BindingTableModel *m_bindingModel;
    TablePage *m_table;
    QGroupBox *m_chartBox;
    QLabel *m_summary;
    DepthChart *m_chart;
    QTabWidget *m_tabs;
    TablePage *m_consumers;
    TablePage *m_bindings;
    QWidget *m_argumentsPage;
    QLabel *m_features;
    QTableWidget *m_arguments;
    QueueMessageBrowser *m_messages;
    QString m_shownArguments; ///< the argument text m_arguments was filled from
    metrics::BrokerSnapshotPtr m_last;
    bool m_selectedOnce = false; ///< the first queue was selected for the user
};

} // namespace warren::widgets
