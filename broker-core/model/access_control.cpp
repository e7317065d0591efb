#include "model/access_control.h"

#include "model/password_hash.h"

#include <QRegularExpression>

namespace warren::model {

namespace {
QRegularExpression compile(const std::string &pattern)
{
    // RabbitMQ treats an empty pattern as "^$" (only the empty name).
    return QRegularExpression(pattern.empty() ? QStringLiteral("^$") : QString::fromStdString(pattern));
}
} // namespace

struct VhostAccess::Compiled {
    QRegularExpression configure, write, read;
};

VhostAccess::VhostAccess(const PermissionPatterns &patterns)
    : m_compiled(new Compiled{compile(patterns.configure), compile(patterns.write), compile(patterns.read)})
{
    for (auto *re : {&m_compiled->configure, &m_compiled->write, &m_compiled->read})
        re->optimize();
}

VhostAccess::~VhostAccess() = default;

bool VhostAccess::allows(Permission permission, const std::string &resourceName) const
{
    const QRegularExpression &re = permission == Permission::Configure ? m_compiled->configure
                                   : permission == Permission::Write   ? m_compiled->write
                                                                       : m_compiled->read;
    return re.isValid() && re.match(QString::fromStdString(resourceName)).hasMatch();
}

AccessDefinitions defaultAccessDefinitions()
{
    AccessDefinitions d;
    d.users.push_back(UserDefinition{"guest", hashPassword("guest"), {"administrator"}});
    d.vhosts.push_back("/");
    d.permissions.push_back(PermissionDefinition{"guest", "/", PermissionPatterns{".*", ".*", ".*"}});
    return d;
}

std::string validatePattern(const std::string &pattern)
{
    const QRegularExpression re = compile(pattern);
    return re.isValid() ? std::string() : re.errorString().toStdString();
}

std::string accessRefusedText(ResourceKind kind, const std::string &name, const std::string &vhost,
                              const std::string &user)
{
    return std::string("access to ") + (kind == ResourceKind::Queue ? "queue" : "exchange") + " '" + name +
           "' in vhost '" + vhost + "' refused for user '" + user + "'";
}

AccessControl::AccessControl() = default;
AccessControl::~AccessControl() = default;

void AccessControl::load(const AccessDefinitions &definitions)
{
    std::lock_guard lock(m_mutex);
    m_users.clear();
    for (const auto &u : definitions.users)
        m_users[u.name].user = u;
    for (const auto &p : definitions.permissions) {
        auto it = m_users.find(p.user);
        if (it != m_users.end())
            it->second.permissions[p.vhost] = {p.patterns, std::make_shared<const VhostAccess>(p.patterns)};
    }
    changed();
}

void AccessControl::setStore(AccessStore *store)
{
    std::lock_guard lock(m_mutex);
    m_store = store;
}

bool AccessControl::authenticate(const std::string &user, const std::string &password, bool fromLoopback,
                                 std::string *why) const
{
    std::string hash;
    {
        std::lock_guard lock(m_mutex);
        auto it = m_users.find(user);
        if (it == m_users.end()) {
            if (why)
                *why = "user '" + user + "' - invalid credentials";
            return false;
        }
        hash = it->second.user.passwordHash;
    }
    if (!checkPassword(hash, password)) {
        if (why)
            *why = "user '" + user + "' - invalid credentials";
        return false;
    }
    if (isLoopbackOnly(user) && !fromLoopback) {
        if (why)
            *why = "user '" + user + "' can only connect via localhost";
        return false;
    }
    return true;
}

VhostAccessPtr AccessControl::access(const std::string &user, const std::string &vhost) const
{
    std::lock_guard lock(m_mutex);
    auto it = m_users.find(user);
    if (it == m_users.end())
        return nullptr;
    auto p = it->second.permissions.find(vhost);
    return p == it->second.permissions.end() ? nullptr : p->second.second;
}

bool AccessControl::hasUser(const std::string &name) const
{
    std::lock_guard lock(m_mutex);
    return m_users.count(name) != 0;
}

ModelStatus AccessControl::addUser(const std::string &name, const std::string &password,
                                   const std::vector<std::string> &tags, bool replace)
{
    if (name.empty())
        return modelError(ErrorKind::PreconditionFailed, "user name must not be empty");
    UserDefinition user{name, hashPassword(password), tags};
    std::lock_guard lock(m_mutex);
    auto it = m_users.find(name);
    if (it != m_users.end() && !replace)
        return modelError(ErrorKind::PreconditionFailed, "user '" + name + "' already exists");
    m_users[name].user = user;
    if (m_store)
        m_store->userSaved(user);
    changed();
    return {};
}

ModelStatus AccessControl::addUserWithHash(const UserDefinition &user)
{
    std::lock_guard lock(m_mutex);
    m_users[user.name].user = user;
    if (m_store)
        m_store->userSaved(user);
    changed();
    return {};
}

ModelStatus AccessControl::deleteUser(const std::string &name)
{
    std::lock_guard lock(m_mutex);
    if (!m_users.erase(name))
        return modelError(ErrorKind::NotFound, "no such user '" + name + "'");
    if (m_store)
        m_store->userDeleted(name);
    changed();
    return {};
}

ModelStatus AccessControl::setPassword(const std::string &name, const std::string &password)
{
    const std::string hash = hashPassword(password);
    std::lock_guard lock(m_mutex);
    auto it = m_users.find(name);
    if (it == m_users.end())
        return modelError(ErrorKind::NotFound, "no such user '" + name + "'");
    it->second.user.passwordHash = hash;
    if (m_store)
        m_store->userSaved(it->second.user);
    changed();
    return {};
}

ModelStatus AccessControl::setTags(const std::string &name, const std::vector<std::string> &tags)
{
    std::lock_guard lock(m_mutex);
    auto it = m_users.find(name);
    if (it == m_users.end())
        return modelError(ErrorKind::NotFound, "no such user '" + name + "'");
    it->second.user.tags = tags;
    if (m_store)
        m_store->userSaved(it->second.user);
    changed();
    return {};
}

ModelStatus AccessControl::setPermissions(const std::string &user, const std::string &vhost,
                                          const PermissionPatterns &patterns)
{
    for (const std::string *p : {&patterns.configure, &patterns.write, &patterns.read})
        if (auto err = validatePattern(*p); !err.empty())
            return modelError(ErrorKind::PreconditionFailed, "invalid regular expression '" + *p + "': " + err);
    auto compiled = std::make_shared<const VhostAccess>(patterns);
    std::lock_guard lock(m_mutex);
    auto it = m_users.find(user);
    if (it == m_users.end())
        return modelError(ErrorKind::NotFound, "no such user '" + user + "'");
    it->second.permissions[vhost] = {patterns, std::move(compiled)};
    if (m_store)
        m_store->permissionsSet(PermissionDefinition{user, vhost, patterns});
    changed();
    return {};
}

ModelStatus AccessControl::clearPermissions(const std::string &user, const std::string &vhost)
{
    std::lock_guard lock(m_mutex);
    auto it = m_users.find(user);
    if (it == m_users.end())
        return modelError(ErrorKind::NotFound, "no such user '" + user + "'");
    it->second.permissions.erase(vhost);
    if (m_store)
        m_store->permissionsCleared(user, vhost);
    changed();
    return {};
}

void AccessControl::vhostDeleted(const std::string &vhost)
{
    std::lock_guard lock(m_mutex);
    for (auto &[name, entry] : m_users)
        entry.permissions.erase(vhost);
    changed();
}

AccessDefinitions AccessControl::definitions() const
{
    AccessDefinitions out;
    std::lock_guard lock(m_mutex);
    for (const auto &[name, entry] : m_users) {
        out.users.push_back(entry.user);
        for (const auto &[vhost, perm] : entry.permissions)
            out.permissions.push_back(PermissionDefinition{name, vhost, perm.first});
    }
    return out;
}

} // namespace warren::model
