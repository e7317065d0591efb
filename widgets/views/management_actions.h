#pragma once
// Actions on queues, topics and consumer groups through the command API,
// attached to the tabs' tables (buttons next to the filter box, and a
// context menu), each asking before it acts:
// - QueueActions: purge or delete the selected queues;
// - TopicActions: create a topic (name, partitions, retention), delete the
//   selected topic;
// - GroupActions: reset the selected group's committed offsets (earliest,
//   latest, an offset or a time; all or one topic and partition) — the
//   broker refuses while the group has active members, as Kafka does.
// Outcomes are reported through message(). Each holds non-owning pointers to
// its TablePage and the CommandApi (null: actions disabled). GUI thread.

#include <QHash>
#include <QObject>
#include <QStringList>

#include <api/command_api.h>
#include <metrics/broker_snapshot.h>

#include <functional>

class QAction;
class QDialog;
class QWidget;
class QPoint;
class QPushButton;

namespace warren::widgets {

class TablePage;

/// What the subclasses share: buttons and a context menu on a TablePage,
/// enabled while rows are selected and a broker is attached.
class TableActions : public QObject
{
    Q_OBJECT
public:
    using Confirm = std::function<bool(const QString &title, const QString &question)>;

    void setCommands(api::CommandApi *commands);
    /// Replaces the confirmation dialog (tests).
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    /// Selected rows' values of `column` (display text).
    QStringList selected(int column) const;

signals:
    /// A one-line outcome for the status bar.
    void message(const QString &text);

protected:
    TableActions(TablePage *page, QObject *parent);
    /// A button + menu entry; `needsSelection`: enabled only with selected rows.
    QAction *addAction(const QString &text, const QString &objectName, bool needsSelection,
                       void (TableActions::*slot)());
    bool confirm(const QString &title, const QString &question) const;
    api::CommandApi *commands() const { return m_commands; }
    TablePage *page() const { return m_page; }

private:
    void updateEnabled();
    void showMenu(const QPoint &pos);

    TablePage *m_page;
    api::CommandApi *m_commands = nullptr;
    QList<QAction *> m_actions;
    QList<QPushButton *> m_buttons;
    QList<bool> m_needsSelection;
    Confirm m_confirm;
};

class QueueActions : public TableActions
{
    Q_OBJECT
public:
    QueueActions(TablePage *queueTable, QObject *parent = nullptr);

public slots:
    void purgeSelected();
    void deleteSelected();

private:
    /// (vhost, name) of the selected queues.
    QList<QPair<QString, QString>> selectedQueues() const;
};

class TopicActions : public TableActions
{
    Q_OBJECT
public:
    /// Asks for a new topic's name, partitions and configs (tests replace it).
    using Editor = std::function<bool(api::TopicCreateRequest *request)>;

    TopicActions(TablePage *topicTable, QObject *parent = nullptr);
    void setEditor(Editor editor) { m_editor = std::move(editor); }
    /// The dialog the default editor shows (for screenshots); the caller owns it.
    static QDialog *makeCreateDialog(QWidget *parent, api::TopicCreateRequest *request);

public slots:
    void createTopic();
    void deleteSelected();

private:
    Editor m_editor;
};

class GroupActions : public TableActions
{
    Q_OBJECT
public:
    /// Asks how to reset `request->groupId` (tests replace it).
    using Editor = std::function<bool(api::OffsetResetRequest *request)>;

    GroupActions(TablePage *groupTable, QObject *parent = nullptr);
    void setEditor(Editor editor) { m_editor = std::move(editor); }
    /// Topics the reset dialog offers (from the newest snapshot).
    void applySnapshot(const metrics::BrokerSnapshot &snapshot);
    /// The dialog the default editor shows (for screenshots); the caller owns it.
    QDialog *makeResetDialog(QWidget *parent, api::OffsetResetRequest *request) const;

public slots:
    void resetSelected();

private:
    Editor m_editor;
    QStringList m_topics;                       ///< every topic
    QHash<QString, QStringList> m_groupTopics;  ///< topics each group committed offsets for
};

} // namespace warren::widgets
