#pragma once
// ExchangesPage: the Exchanges tab. The filterable, sortable table of
// exchanges (over MainWindow's ExchangeTableModel) above the selected
// exchange's publish/route rates and its bindings in and out
// (BindingTableModel, which this page owns), and for an x-delayed-message
// exchange a "Scheduled" tab listing the messages it holds back with their
// due times (fetched through the command API while the tab is shown, at
// most once a second). Keeps the newest snapshot so choosing another
// exchange fills the bindings at once. Owned by its parent; GUI thread.

#include <QMetaType> // broker_snapshot.h uses Q_DECLARE_METATYPE without including it
#include <metrics/broker_snapshot.h>

#include <QPair>
#include <QWidget>

class QGroupBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace warren::api {
class CommandApi;
struct QueueBrowseResult;
}

namespace warren::widgets {

class BindingTableModel;
class ExchangeTableModel;
class ScheduledMessageModel;
class TablePage;

class ExchangesPage : public QWidget
{
    Q_OBJECT
public:
    /// `model` is not owned; MainWindow feeds it before applySnapshot().
    explicit ExchangesPage(ExchangeTableModel *model, QWidget *parent = nullptr);

    /// Refreshes the detail of the selected exchange (the table's model is
    /// fed by its owner).
    void applySnapshot(const metrics::BrokerSnapshotPtr &snapshot);

    TablePage *table() const { return m_table; }
    QTableView *view() const;
    QLineEdit *filterEdit() const;
    QSortFilterProxyModel *proxy() const;
    BindingTableModel *bindingModel() const { return m_bindingModel; }
    TablePage *bindingTable() const { return m_bindings; }
    QLabel *rateLabel() const { return m_rates; }
    QTabWidget *detailTabs() const { return m_detailTabs; }
    ScheduledMessageModel *scheduledModel() const { return m_scheduledModel; }
    QTableView *scheduledView() const { return m_scheduledView; }
    QLabel *scheduledStatus() const { return m_scheduledStatus; }

    /// The broker's commands (for the Scheduled list); nullptr when stopped.
    void setCommands(api::CommandApi *commands);
    /// Fetches the selected delayed exchange's scheduled messages now.
    void refreshScheduled();

    /// vhost and name of the selected exchange; an empty vhost when none is.
    QPair<QString, QString> selectedExchange() const;
    /// Selects the exchange's row (clearing a filter that hides it) and
    /// scrolls to it. Returns false when the table has no such exchange.
    bool selectExchange(const QString &vhost, const QString &name);

private:
    void showSelectedExchange();
    void updateRates();
    void updateScheduledTab();
    void applyScheduled(const api::QueueBrowseResult &result);
    bool selectedIsDelayed() const;

    ExchangeTableModel *m_model;
    BindingTableModel *m_bindingModel;
    TablePage *m_table;
    QGroupBox *m_detailBox;
    QLabel *m_rates;
    TablePage *m_bindings;
    QTabWidget *m_detailTabs;
    QWidget *m_scheduledTab;
    QLabel *m_scheduledStatus;
    ScheduledMessageModel *m_scheduledModel;
    QSortFilterProxyModel *m_scheduledProxy;
    QTableView *m_scheduledView;
    api::CommandApi *m_commands = nullptr;
    quint64 m_scheduledTicket = 0;   ///< answers to older fetches are dropped
    bool m_scheduledFetching = false;
    qint64 m_scheduledFetchedAtMs = 0;
    metrics::BrokerSnapshotPtr m_last;
    bool m_selectedOnce = false; ///< the first exchange was selected for the user
};

} // namespace warren::widgets
