// BrokerCommands::changeAccessNow: users, vhosts and permissions from the
// monitor's Users page (or any CommandApi caller), through the model's
// AccessControl and Broker — the same calls `warren --add-user ...` makes.
// Runs on the command thread (or the caller's, for tests).
#include "net/broker_commands.h"

#include "model/broker.h"

namespace warren::net {

namespace {
std::vector<std::string> toTags(const QStringList &tags)
{
    std::vector<std::string> out;
    for (const QString &t : tags)
        if (!t.trimmed().isEmpty())
            out.push_back(t.trimmed().toStdString());
    return out;
}
} // namespace

api::CommandResult BrokerCommands::changeAccessNow(const api::AccessChange &change)
{
    using Kind = api::AccessChange::Kind;
    model::AccessControl &access = m_broker.access();
    const std::string user = change.user.toStdString();
    const std::string vhost = change.vhost.toStdString();
    model::ModelStatus status;
    std::string what;
    switch (change.kind) {
    case Kind::AddUser:
        status = access.addUser(user, change.password.toStdString(), toTags(change.tags));
        what = "user '" + user + "' added";
        break;
    case Kind::DeleteUser: {
        // RabbitMQ closes a deleted user's connections.
        std::vector<quint64> connections;
        for (const auto &c : m_broker.snapshot()->connections)
            if (c.user == change.user)
                connections.push_back(c.id);
        status = access.deleteUser(user);
        what = "user '" + user + "' deleted";
        if (status)
            for (quint64 id : connections)
                closeConnection(id, nullptr, {});
        break;
    }
    case Kind::SetPassword:
        status = access.setPassword(user, change.password.toStdString());
        what = "password of user '" + user + "' changed";
        break;
    case Kind::SetTags:
        status = access.setTags(user, toTags(change.tags));
        what = "tags of user '" + user + "' set";
        break;
    case Kind::AddVhost:
        status = m_broker.addVhost(vhost); // records its own event
        break;
    case Kind::DeleteVhost: {
        // RabbitMQ closes a deleted vhost's connections.
        std::vector<quint64> connections;
        for (const auto &c : m_broker.snapshot()->connections)
            if (c.vhost == change.vhost)
                connections.push_back(c.id);
        status = m_broker.deleteVhost(vhost); // records its own event
        if (status)
            for (quint64 id : connections)
                closeConnection(id, nullptr, {});
        break;
    }
    case Kind::SetPermissions:
        status = m_broker.setPermissions(user, vhost,
                                         model::PermissionPatterns{change.configure.toStdString(),
                                                                   change.write.toStdString(),
                                                                   change.read.toStdString()});
        what = "permissions of user '" + user + "' in vhost '" + vhost + "' set";
        break;
    case Kind::ClearPermissions:
        status = access.clearPermissions(user, vhost);
        what = "permissions of user '" + user + "' in vhost '" + vhost + "' cleared";
        break;
    }
    api::CommandResult result;
    if (!status) {
        result.ok = false;
        result.error = QString::fromStdString(status.error().text);
    } else if (!what.empty()) {
        m_broker.events().append(metrics::EventKind::Management, what + " from the monitor");
    }
    return result;
}

} // namespace warren::net
