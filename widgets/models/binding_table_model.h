#pragma once
// BindingTableModel: the bindings of one exchange (in: exchanges bound to it;
// out: what it routes to) or of one queue (in, with the default exchange's
// implicit binding), with an estimated message rate per binding (see
// FlowEstimator, which it owns and feeds from every snapshot). Keyed by the
// binding's identity and refreshed by diffing (see SnapshotTableModel);
// choosing another exchange or queue removes the old rows and inserts the new
// ones, never resets. When its parent is a widget (the page showing it) and
// that page is hidden behind another tab of a shown window, snapshots are
// skipped: the estimate costs time in proportion to the broker's size.
// GUI thread.

#include "flow_estimator.h"
#include "snapshot_table_model.h"

#include <QMetaType> // broker_snapshot.h uses Q_DECLARE_METATYPE without including it
#include <metrics/broker_snapshot.h>

namespace warren::widgets {

class BindingTableModel : public SnapshotTableModel
{
    Q_OBJECT
public:
    enum Column { Direction, Source, Destination, DestinationType, RoutingKey, Arguments, Rate, ColumnCount };
    enum class Subject { None, Exchange, Queue };

    explicit BindingTableModel(QObject *parent = nullptr);

    /// Shows the bindings of an exchange or a queue (Subject::None: none).
    /// Takes effect at once (old rows are removed); rows come with applySnapshot().
    void setSubject(Subject kind, const QString &vhost, const QString &name);
    Subject subjectKind() const { return m_kind; }
    QString subjectVhost() const { return m_vhost; }
    QString subjectName() const { return m_name; }

    void applySnapshot(const metrics::BrokerSnapshot &snapshot);
    /// The rates behind the Rate column (exchange and queue rates too).
    const FlowEstimator &flows() const { return m_flows; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    int storedRowCount() const override { return int(m_rows.size()); }

private:
    struct Item {
        metrics::BindingSnapshot binding;
        bool incoming = false;
        bool implicit = false; ///< the default exchange's binding to a queue
        double rate = 0.0;
        QString key;
    };
    struct Row {
        Item item;
    };

    QVariant displayData(const Row &row, int column) const;
    QVariant sortData(const Row &row, int column) const;
    QString exchangeText(const QString &name) const;

    FlowEstimator m_flows;
    Subject m_kind = Subject::None;
    QString m_vhost;
    QString m_name;
    std::vector<Row> m_rows;
};

} // namespace warren::widgets
