#include "storage/metadata/sql_definition_store.h"

#include "common/field_table_encoding.h"
#include "storage/metadata/metadata_store.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>

Q_DECLARE_LOGGING_CATEGORY(lcMeta)

namespace warren::storage {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QByteArray blob(const FieldTable &t)
{
    const std::string bytes = encodeFieldTable(t);
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

std::optional<FieldTable> fromBlob(const QVariant &v)
{
    const QByteArray bytes = v.toByteArray();
    return decodeFieldTable(std::string_view(bytes.constData(), std::size_t(bytes.size())));
}

const char *kindOf(bool destinationIsQueue)
{
    return destinationIsQueue ? "queue" : "exchange";
}

/// One statement: SQL and its positional values.
struct Statement {
    const char *sql;
    QVariantList values;
};

/// Runs the statements in one transaction; logs and rolls back on failure.
bool runInTransaction(QSqlDatabase db, const char *what, std::initializer_list<Statement> statements)
{
    if (!db.transaction()) {
        qCWarning(lcMeta) << what << "cannot begin:" << db.lastError().text();
        return false;
    }
    for (const Statement &s : statements) {
        QSqlQuery query(db);
        query.prepare(QString::fromLatin1(s.sql));
        for (const QVariant &v : s.values)
            query.addBindValue(v);
        if (!query.exec()) {
            qCWarning(lcMeta) << what << "failed:" << query.lastError().text();
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        qCWarning(lcMeta) << what << "commit failed:" << db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

} // namespace

void SqlDefinitionStore::exchangeDeclared(const std::string &vhost, const std::string &name,
                                          const model::ExchangeOptions &options)
{
    std::lock_guard lock(m_store.m_writeMutex);
    runInTransaction(m_store.connection(), "exchangeDeclared",
                     {{"INSERT OR REPLACE INTO amqp_exchanges (vhost, name, type, auto_delete, internal, arguments) "
                       "VALUES (?, ?, ?, ?, ?, ?)",
                       {q(vhost), q(name), q(std::string(model::toString(options.type))), int(options.autoDelete),
                        int(options.internal), blob(options.arguments)}}});
}

void SqlDefinitionStore::exchangeDeleted(const std::string &vhost, const std::string &name)
{
    std::lock_guard lock(m_store.m_writeMutex);
    runInTransaction(m_store.connection(), "exchangeDeleted",
                     {{"DELETE FROM amqp_exchanges WHERE vhost = ? AND name = ?", {q(vhost), q(name)}},
                      {"DELETE FROM amqp_bindings WHERE vhost = ? AND (source = ? OR "
                       "(destination = ? AND destination_kind = 'exchange'))",
                       {q(vhost), q(name), q(name)}}});
}

void SqlDefinitionStore::queueDeclared(const std::string &vhost, const std::string &name,
                                       const model::QueueOptions &options)
{
    std::lock_guard lock(m_store.m_writeMutex);
    runInTransaction(m_store.connection(), "queueDeclared",
                     {{"INSERT OR REPLACE INTO amqp_queues (vhost, name, auto_delete, arguments) VALUES (?, ?, ?, ?)",
                       {q(vhost), q(name), int(options.autoDelete), blob(options.arguments)}}});
}

void SqlDefinitionStore::queueDeleted(const std::string &vhost, const std::string &name)
{
    std::lock_guard lock(m_store.m_writeMutex);
    runInTransaction(m_store.connection(), "queueDeleted",
                     {{"DELETE FROM amqp_queues WHERE vhost = ? AND name = ?", {q(vhost), q(name)}},
                      {"DELETE FROM amqp_bindings WHERE vhost = ? AND destination = ? AND destination_kind = 'queue'",
                       {q(vhost), q(name)}}});
}

void SqlDefinitionStore::bindingAdded(const model::BindingDefinition &b)
{
    std::lock_guard lock(m_store.m_writeMutex);
    runInTransaction(m_store.connection(), "bindingAdded",
                     {{"INSERT OR REPLACE INTO amqp_bindings "
                       "(vhost, source, destination, destination_kind, routing_key, arguments) "
                       "VALUES (?, ?, ?, ?, ?, ?)",
                       {q(b.vhost), q(b.source), q(b.destination), QString::fromLatin1(kindOf(b.destinationIsQueue)),
                        q(b.key), blob(b.arguments)}}});
}

void SqlDefinitionStore::bindingRemoved(const model::BindingDefinition &b)
{
    std::lock_guard lock(m_store.m_writeMutex);
    runInTransaction(m_store.connection(), "bindingRemoved",
                     {{"DELETE FROM amqp_bindings WHERE vhost = ? AND source = ? AND destination = ? AND "
                       "destination_kind = ? AND routing_key = ? AND arguments = ?",
                       {q(b.vhost), q(b.source), q(b.destination), QString::fromLatin1(kindOf(b.destinationIsQueue)),
                        q(b.key), blob(b.arguments)}}});
}

model::Definitions SqlDefinitionStore::load()
{
    model::Definitions out;
    QSqlDatabase db = m_store.connection();
    auto select = [&](const char *sql, const std::function<void(const QSqlQuery &)> &row) {
        QSqlQuery query(db);
        if (!query.exec(QString::fromLatin1(sql))) {
            qCWarning(lcMeta) << "load definitions failed:" << query.lastError().text();
            return;
        }
        while (query.next())
            row(query);
    };
    select("SELECT vhost, name, type, auto_delete, internal, arguments FROM amqp_exchanges ORDER BY vhost, name",
           [&](const QSqlQuery &r) {
               model::ExchangeDefinition d;
               d.vhost = r.value(0).toString().toStdString();
               d.name = r.value(1).toString().toStdString();
               const auto type = model::exchangeTypeFromString(r.value(2).toString().toStdString());
               auto args = fromBlob(r.value(5));
               if (!type || !args) {
                   qCWarning(lcMeta) << "skipping unreadable stored exchange" << q(d.name);
                   return;
               }
               d.options.type = *type;
               d.options.durable = true;
               d.options.autoDelete = r.value(3).toInt() != 0;
               d.options.internal = r.value(4).toInt() != 0;
               d.options.arguments = std::move(*args);
               out.exchanges.push_back(std::move(d));
           });
    select("SELECT vhost, name, auto_delete, arguments FROM amqp_queues ORDER BY vhost, name",
           [&](const QSqlQuery &r) {
               model::QueueDefinition d;
               d.vhost = r.value(0).toString().toStdString();
               d.name = r.value(1).toString().toStdString();
               auto args = fromBlob(r.value(3));
               if (!args) {
                   qCWarning(lcMeta) << "skipping unreadable stored queue" << q(d.name);
                   return;
               }
               d.options.durable = true;
               d.options.autoDelete = r.value(2).toInt() != 0;
               d.options.arguments = std::move(*args);
               out.queues.push_back(std::move(d));
           });
    // rowid order = the order the bindings were made (kept by the routing
    // tables, which list bindings in insertion order).
    select("SELECT vhost, source, destination, destination_kind, routing_key, arguments FROM amqp_bindings "
           "ORDER BY rowid",
           [&](const QSqlQuery &r) {
               model::BindingDefinition b;
               b.vhost = r.value(0).toString().toStdString();
               b.source = r.value(1).toString().toStdString();
               b.destination = r.value(2).toString().toStdString();
               b.destinationIsQueue = r.value(3).toString() == QLatin1String("queue");
               b.key = r.value(4).toString().toStdString();
               auto args = fromBlob(r.value(5));
               if (!args) {
                   qCWarning(lcMeta) << "skipping unreadable stored binding to" << q(b.destination);
                   return;
               }
               b.arguments = std::move(*args);
               out.bindings.push_back(std::move(b));
           });
    return out;
}

} // namespace warren::storage
