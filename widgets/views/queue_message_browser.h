#pragma once
// QueueMessageBrowser: the Queues tab's "Messages" sub-tab. Peeks at the
// selected queue's ready messages through api::CommandApi::browseQueue —
// nothing is consumed, redelivered or reordered — on demand: Refresh, a new
// queue while the tab is shown, or the optional auto-refresh (every 2 s,
// only while visible). A "from position" and a count (1–1000) choose the
// page.
//
// Above: the list (BrowsedMessageModel through a MessageFilterProxy: a
// search box over payload / headers / routing key / anywhere, client-side
// over the fetched page). Below: the current message's delivery line, its
// body (PayloadView: Text, Hex with offsets and ASCII, pretty JSON), its
// properties and its headers with their AMQP types. Export writes the listed
// messages (after the search) as JSON or CSV (MessageExport). Re-publish…
// (RepublishDialog) publishes copies of the selected messages with their
// original properties through the command API — by default to where they
// were published, or for dead-lettered ones to where they were published
// before they died — and reports where they were routed. The originals
// stay in the queue.
//
// Owns its child widgets, the model and the proxy; holds non-owning pointers
// to the CommandApi (null: no broker, a hint is shown) and the newest
// snapshot (exchanges for the re-publish dialog). GUI thread.

#include <QMetaType> // broker_snapshot.h uses Q_DECLARE_METATYPE without including it
#include <metrics/broker_snapshot.h>

#include <QList>
#include <QPair>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;
class QTabWidget;
class QTimer;
class QToolButton;

namespace warren::api {
class CommandApi;
struct BrowsedMessage;
struct QueueBrowseResult;
} // namespace warren::api

namespace warren::widgets {

class BrowsedMessageModel;
class MessageFilterProxy;
class PayloadView;

class QueueMessageBrowser : public QWidget
{
    Q_OBJECT
public:
    enum class ExportFormat { Json, Csv };

    explicit QueueMessageBrowser(QWidget *parent = nullptr);
    ~QueueMessageBrowser() override;

    void setCommands(api::CommandApi *commands);
    /// The queue to browse ("" vhost: none). Clears the list; fetches at once
    /// when shown, else when next shown.
    void setQueue(const QString &vhost, const QString &queue);
    QString vhost() const { return m_vhost; }
    QString queue() const { return m_queue; }
    /// Keeps the snapshot for the re-publish dialog's exchange list; does not fetch.
    void setSnapshot(const metrics::BrokerSnapshotPtr &snapshot) { m_snapshot = snapshot; }

    /// Fetches the page chosen by the from/count boxes (no-op without a
    /// broker or a queue). The answer arrives later: fetched() follows.
    void refresh();
    bool isFetching() const { return m_fetching; }

    /// Writes the listed messages (those the search keeps) to `path`.
    bool exportTo(const QString &path, ExportFormat format, QString *error = nullptr);
    /// Publishes copies of the selected messages to `exchange` in `vhost`
    /// with `routingKey` (nullopt: each its own); the outcome comes through
    /// message() and republished(). Messages fetched only in part are skipped.
    void republishSelected(const QString &vhost, const QString &exchange, const std::optional<QString> &routingKey);
    /// The selected messages, in list order.
    QList<api::BrowsedMessage> selectedMessages() const;
    /// Where re-publishing sends a message by default: the exchange and
    /// routing key it was published with — for a dead-lettered message, those
    /// it had before it died (x-death), so that it goes back.
    static QPair<QString, QString> defaultTarget(const api::BrowsedMessage &message);

    // The parts, for tests and for the page that embeds it.
    QTableView *messageTable() const { return m_table; }
    BrowsedMessageModel *model() const { return m_model; }
    MessageFilterProxy *proxy() const { return m_proxy; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *scopeBox() const { return m_scope; }
    QSpinBox *fromBox() const { return m_from; }
    QSpinBox *countBox() const { return m_count; }
    QCheckBox *autoRefreshBox() const { return m_autoRefresh; }
    QPushButton *refreshButton() const { return m_refresh; }
    QPushButton *republishButton() const { return m_republish; }
    QToolButton *exportButton() const { return m_export; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *deliveryLabel() const { return m_delivery; }
    PayloadView *payloadView() const { return m_payload; }
    QTableWidget *propertyTable() const { return m_properties; }
    QTableWidget *headerTable() const { return m_headers; }
    QTabWidget *detailTabs() const { return m_detailTabs; }

signals:
    /// A fetch's answer was shown (or its error).
    void fetched();
    /// Every copy of a republishSelected() was answered.
    void republished();
    /// A one-line outcome for the status bar.
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void apply(const api::QueueBrowseResult &result);
    void showCurrent();
    void showMessage(const api::BrowsedMessage &m);
    void clearDetail();
    void updateActions();
    void updateAutoRefresh();
    void applySearch();
    void askExport(ExportFormat format);
    void askRepublish();
    void setStatus(const QString &text);

    api::CommandApi *m_commands = nullptr;
    metrics::BrokerSnapshotPtr m_snapshot;
    QString m_vhost;
    QString m_queue;
    quint64 m_ticket = 0;       ///< the newest fetch; older answers are dropped
    bool m_fetching = false;
    bool m_fetchedOnce = false; ///< the current queue was fetched at least once

    BrowsedMessageModel *m_model;
    MessageFilterProxy *m_proxy;
    QPushButton *m_refresh;
    QSpinBox *m_from;
    QSpinBox *m_count;
    QCheckBox *m_autoRefresh;
    QLineEdit *m_search;
    QComboBox *m_scope;
    QToolButton *m_export;
    QPushButton *m_republish;
    QLabel *m_status;
    QTableView *m_table;
    QLabel *m_delivery;
    QTabWidget *m_detailTabs;
    PayloadView *m_payload;
    QTableWidget *m_properties;
    QTableWidget *m_headers;
    QTimer *m_autoTimer;
};

} // namespace warren::widgets
