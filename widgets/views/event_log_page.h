#pragma once
// EventLogPage: the broker's event log — connections opened and closed,
// exchanges and queues declared and deleted, bindings, consumer-group
// rebalances, protocol errors and commands from this monitor — newest first,
// with a text filter and a kind filter. Fed by MainWindow from snapshots.
// Owned by its parent; GUI thread.

#include <QWidget>

#include <metrics/broker_snapshot.h>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace warren::widgets {

class EventLogModel;
class EventFilterProxy;

class EventLogPage : public QWidget
{
    Q_OBJECT
public:
    explicit EventLogPage(QWidget *parent = nullptr);

    void applySnapshot(const metrics::BrokerSnapshot &snapshot);

    EventLogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *kindCombo() const { return m_kind; }
    /// Rows shown after filtering.
    int shownCount() const;

private:
    void updateCountLabel();

    EventLogModel *m_model;
    EventFilterProxy *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_kind;
    QLabel *m_countLabel;
    QTableView *m_view;
};

} // namespace warren::widgets
