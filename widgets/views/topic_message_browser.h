#pragma once
// TopicMessageBrowser: the Topics tab's "Messages" page — reads a topic's
// records through the command API (CommandApi::browseTopic) and shows them:
// which partition (all, merged by timestamp, or one), where to start
// (earliest, the latest N per partition, an offset, a time), how many, and
// an optional search (text in key / value / headers / any, match case).
// "Browse" starts over; "Continue" goes on from where the last answer
// stopped (more records, or a search that used up its scan budget — the
// broker scans at most ~1 s or 2M records per request). "Live tail" polls
// every 500 ms from the last cursors while the page is visible (stops when
// hidden, resumes when shown), appending what arrived; the list keeps the
// newest rowCap() records. Export writes the listed records as JSON or CSV
// (RecordExport). "Produce…" asks the main window for the publish dialog.
// A record's key, value, headers and metadata show below the list
// (RecordDetailView).
//
// Owns its model, child widgets and the tail timer; holds a non-owning
// CommandApi (null: everything disabled, with a hint). One request is in
// flight at a time; answers to a superseded request (new topic, new browse)
// are dropped. GUI thread.

#include <api/command_api.h>

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace warren::widgets {

class RecordDetailView;
class TopicMessageModel;

class TopicMessageBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit TopicMessageBrowser(QWidget *parent = nullptr);
    ~TopicMessageBrowser() override;

    void setCommands(api::CommandApi *commands);
    /// The topic to browse and its partition count (from the snapshot). A
    /// different topic clears the list and stops the live tail.
    /// The topic to browse; `streamVhost` non-empty: `topic` is an AMQP
    /// stream queue in that vhost (one partition; records: key = routing
    /// key, value = body, headers = AMQP headers as text).
    void setTopic(const QString &topic, int partitions, const QString &streamVhost = {});
    QString streamVhost() const { return m_streamVhost; }
    QString topic() const { return m_topic; }

    /// The request the controls describe (a fresh browse).
    api::TopicBrowseRequest requestFromControls() const;
    bool isBusy() const { return m_inFlight; }
    bool isTailing() const;
    bool canContinue() const { return m_canContinue; }
    QString statusText() const;
    /// Writes the listed records to `path`: CSV if it ends in .csv, else JSON.
    bool exportTo(const QString &path, QString *error);
    void setTailInterval(int ms) { m_tailIntervalMs = ms; }
    void setRowCap(int rows);

    TopicMessageModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    RecordDetailView *detail() const { return m_detail; }
    QComboBox *partitionCombo() const { return m_partition; }
    QComboBox *startCombo() const { return m_start; }
    QLineEdit *startValueEdit() const { return m_startValue; }
    QDateTimeEdit *startTimeEdit() const { return m_startTime; }
    QSpinBox *maxRecordsSpin() const { return m_maxRecords; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *scopeCombo() const { return m_scope; }
    QCheckBox *caseCheck() const { return m_case; }

    static constexpr int kDefaultRowCap = 10000;

public slots:
    /// A new browse (or search) from the controls; replaces the list.
    void browse();
    /// The next records after the last answer (same search); appends.
    void continueBrowse();
    void setTailing(bool on);
    /// Asks for a file name, then exportTo().
    void exportRecords();

signals:
    /// "Produce…": the main window opens its publish dialog for this topic.
    void produceRequested(const QString &topic);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    enum class Purpose { Browse, Continue, TailStart, Tail };
    void send(api::TopicBrowseRequest request, Purpose purpose);
    void applyResult(const api::TopicBrowseResult &result, Purpose purpose);
    void pollTail();
    void scheduleTail(int ms);
    void updateStartControls();
    void updateEnabled();
    void showSelected();
    void rebuildPartitions(int partitions);

    api::CommandApi *m_commands = nullptr;
    QString m_topic;
    QString m_streamVhost;
    int m_partitionCount = 0;

    QComboBox *m_partition;
    QComboBox *m_start;
    QLineEdit *m_startValue;
    QDateTimeEdit *m_startTime;
    QSpinBox *m_maxRecords;
    QLineEdit *m_search;
    QComboBox *m_scope;
    QCheckBox *m_case;
    QPushButton *m_browse;
    QPushButton *m_continue;
    QPushButton *m_tail;
    QPushButton *m_export;
    QPushButton *m_produce;
    QLabel *m_hint;
    QLabel *m_status;
    TopicMessageModel *m_model;
    QTableView *m_view;
    RecordDetailView *m_detail;
    QTimer m_tailTimer;

    // The browse the list shows: where it stopped, and how it was asked.
    api::TopicBrowseRequest m_last;
    QList<api::PartitionCursor> m_cursors;
    bool m_canContinue = false;
    bool m_inFlight = false;
    quint64 m_generation = 0;  ///< bumped to drop answers to superseded requests
    qint64 m_scanned = 0;      ///< records scanned since the last fresh browse
    int m_tailIntervalMs = 500;
};

} // namespace warren::widgets
