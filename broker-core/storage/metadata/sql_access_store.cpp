#include "storage/metadata/sql_access_store.h"

#include "model/password_hash.h"
#include "storage/metadata/metadata_store.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

Q_DECLARE_LOGGING_CATEGORY(lcMeta)

namespace warren::storage {

namespace {
QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

bool run(QSqlDatabase db, const char *what, const char *sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.prepare(QString::fromLatin1(sql));
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (query.exec())
        return true;
    qCWarning(lcMeta) << what << "failed:" << query.lastError().text();
    return false;
}

QString joinTags(const std::vector<std::string> &tags)
{
    QStringList list;
    for (const auto &t : tags)
        list << q(t);
    return list.join(QLatin1Char(','));
}
} // namespace

bool SqlAccessStore::initialise()
{
    std::lock_guard lock(m_store.m_writeMutex);
    QSqlDatabase db = m_store.connection();
    const char *schema[] = {
        "CREATE TABLE IF NOT EXISTS access_users (name TEXT PRIMARY KEY, password_hash TEXT NOT NULL, "
        "tags TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS access_vhosts (name TEXT PRIMARY KEY)",
        "CREATE TABLE IF NOT EXISTS access_permissions (user TEXT NOT NULL, vhost TEXT NOT NULL, "
        "configure TEXT NOT NULL, write TEXT NOT NULL, read TEXT NOT NULL, PRIMARY KEY (user, vhost))",
        "CREATE TABLE IF NOT EXISTS access_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    };
    for (const char *sql : schema)
        if (!run(db, "access schema", sql, {}))
            return false;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT value FROM access_meta WHERE key = 'initialised'"))) {
        qCWarning(lcMeta) << "access_meta:" << query.lastError().text();
        return false;
    }
    if (query.next())
        return true; // initialised before: never seed again
    // First boot, as RabbitMQ's: vhost "/", user guest/guest (administrator)
    // with every permission on it.
    const model::AccessDefinitions defaults = model::defaultAccessDefinitions();
    bool ok = true;
    for (const auto &v : defaults.vhosts)
        ok = ok && run(db, "access defaults", "INSERT OR IGNORE INTO access_vhosts (name) VALUES (?)", {q(v)});
    for (const auto &u : defaults.users)
        ok = ok && run(db, "access defaults",
                       "INSERT OR REPLACE INTO access_users (name, password_hash, tags) VALUES (?, ?, ?)",
                       {q(u.name), q(u.passwordHash), joinTags(u.tags)});
    for (const auto &p : defaults.permissions)
        ok = ok && run(db, "access defaults",
                       "INSERT OR REPLACE INTO access_permissions (user, vhost, configure, write, read) "
                       "VALUES (?, ?, ?, ?, ?)",
                       {q(p.user), q(p.vhost), q(p.patterns.configure), q(p.patterns.write), q(p.patterns.read)});
    return ok && run(db, "access initialised", "INSERT INTO access_meta (key, value) VALUES ('initialised', '1')", {});
}

void SqlAccessStore::userSaved(const model::UserDefinition &user)
{
    std::lock_guard lock(m_store.m_writeMutex);
    run(m_store.connection(), "userSaved",
        "INSERT OR REPLACE INTO access_users (name, password_hash, tags) VALUES (?, ?, ?)",
        {q(user.name), q(user.passwordHash), joinTags(user.tags)});
}

void SqlAccessStore::userDeleted(const std::string &name)
{
    std::lock_guard lock(m_store.m_writeMutex);
    QSqlDatabase db = m_store.connection();
    run(db, "userDeleted", "DELETE FROM access_permissions WHERE user = ?", {q(name)});
    run(db, "userDeleted", "DELETE FROM access_users WHERE name = ?", {q(name)});
}

void SqlAccessStore::vhostAdded(const std::string &name)
{
    std::lock_guard lock(m_store.m_writeMutex);
    run(m_store.connection(), "vhostAdded", "INSERT OR IGNORE INTO access_vhosts (name) VALUES (?)", {q(name)});
}

void SqlAccessStore::vhostDeleted(const std::string &name)
{
    std::lock_guard lock(m_store.m_writeMutex);
    QSqlDatabase db = m_store.connection();
    run(db, "vhostDeleted", "DELETE FROM access_permissions WHERE vhost = ?", {q(name)});
    run(db, "vhostDeleted", "DELETE FROM access_vhosts WHERE name = ?", {q(name)});
}

void SqlAccessStore::permissionsSet(const model::PermissionDefinition &p)
{
    std::lock_guard lock(m_store.m_writeMutex);
    run(m_store.connection(), "permissionsSet",
        "INSERT OR REPLACE INTO access_permissions (user, vhost, configure, write, read) VALUES (?, ?, ?, ?, ?)",
        {q(p.user), q(p.vhost), q(p.patterns.configure), q(p.patterns.write), q(p.patterns.read)});
}

void SqlAccessStore::permissionsCleared(const std::string &user, const std::string &vhost)
{
    std::lock_guard lock(m_store.m_writeMutex);
    run(m_store.connection(), "permissionsCleared", "DELETE FROM access_permissions WHERE user = ? AND vhost = ?",
        {q(user), q(vhost)});
}

model::AccessDefinitions SqlAccessStore::loadAccess()
{
    model::AccessDefinitions out;
    QSqlDatabase db = m_store.connection();
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT name, password_hash, tags FROM access_users ORDER BY name")))
        while (query.next()) {
            model::UserDefinition u;
            u.name = query.value(0).toString().toStdString();
            u.passwordHash = query.value(1).toString().toStdString();
            for (const QString &t : query.value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
                u.tags.push_back(t.trimmed().toStdString());
            out.users.push_back(std::move(u));
        }
    if (query.exec(QStringLiteral("SELECT name FROM access_vhosts ORDER BY name")))
        while (query.next())
            out.vhosts.push_back(query.value(0).toString().toStdString());
    if (query.exec(QStringLiteral("SELECT user, vhost, configure, write, read FROM access_permissions")))
        while (query.next()) {
            model::PermissionDefinition p;
            p.user = query.value(0).toString().toStdString();
            p.vhost = query.value(1).toString().toStdString();
            p.patterns.configure = query.value(2).toString().toStdString();
            p.patterns.write = query.value(3).toString().toStdString();
            p.patterns.read = query.value(4).toString().toStdString();
            out.permissions.push_back(std::move(p));
        }
    return out;
}

} // namespace warren::storage
