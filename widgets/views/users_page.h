#pragma once
// UsersPage: the broker's users (with tags), vhosts and per-vhost
// configure/write/read permissions, as RabbitMQ's management "Admin" tab —
// one row per user and vhost it has permissions in (users without any get
// one row with no vhost). Buttons add and delete users, set passwords and
// tags, set and clear permissions, add and delete vhosts, all through
// api::CommandApi::changeAccess. Fed by MainWindow from snapshots (which
// never carry password hashes); the table is rebuilt only when what it
// shows changed, keeping the selected user.
// Owned by its parent; GUI thread.

#include <QWidget>

#include <api/command_api.h>
#include <metrics/broker_snapshot.h>

class QLabel;
class QPushButton;
class QTableWidget;

namespace warren::widgets {

class UsersPage : public QWidget
{
    Q_OBJECT
public:
    explicit UsersPage(QWidget *parent = nullptr);

    void applySnapshot(const metrics::BrokerSnapshot &snapshot);
    /// nullptr while no broker runs (the buttons are disabled then). Not owned.
    void setCommands(api::CommandApi *commands);

    QTableWidget *table() const { return m_table; }

signals:
    /// A one-line outcome for the status bar.
    void message(const QString &text);

private:
    void addUser();
    void deleteUser();
    void setPassword();
    void setTags();
    void setPermissions();
    void clearPermissions();
    void addVhost();
    void deleteVhost();
    void send(const api::AccessChange &change, const QString &done);
    QString selectedUser() const;
    QString selectedVhost() const;
    void updateButtons();

    api::CommandApi *m_commands = nullptr;
    QTableWidget *m_table;
    QLabel *m_vhostsLabel;
    QList<QPushButton *> m_buttons;
    QStringList m_vhosts;
    QStringList m_users;
    QString m_shownDigest; ///< what the table shows, to skip identical rebuilds
};

} // namespace warren::widgets
