#pragma once
// ConnectionActions: the Connections tab's "Close connection" action — a
// button next to the filter box and a context-menu entry on the table. It
// asks for confirmation, then closes every selected connection through the
// command API (AMQP clients get connection.close 320 CONNECTION_FORCED
// "Closed via management UI", Kafka sockets are closed) and reports the
// outcome through message().
//
// Owns the button and the menu; holds non-owning pointers to the page and
// the CommandApi (null: the action is disabled). GUI thread.

#include <QObject>

#include <api/command_api.h>

#include <functional>

class QPushButton;
class QAction;
class QPoint;

namespace warren::widgets {

class TablePage;

class ConnectionActions : public QObject
{
    Q_OBJECT
public:
    /// Asks the user; `question` names what is about to be closed.
    using Confirm = std::function<bool(const QString &question)>;

    ConnectionActions(TablePage *page, QObject *parent = nullptr);

    void setCommands(api::CommandApi *commands);
    /// Replaces the confirmation dialog (tests).
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    QPushButton *closeButton() const { return m_button; }
    QAction *closeAction() const { return m_action; }
    /// Ids of the selected connections (from the model's KeyRole).
    QList<quint64> selectedConnections() const;

public slots:
    /// Confirms and closes the selected connections.
    void closeSelected();

signals:
    /// A one-line outcome for the status bar.
    void message(const QString &text);

private:
    void showMenu(const QPoint &pos);
    void updateEnabled();

    TablePage *m_page;
    api::CommandApi *m_commands = nullptr;
    QPushButton *m_button;
    QAction *m_action;
    Confirm m_confirm;
};

} // namespace warren::widgets
