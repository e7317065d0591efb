#include "storage/metadata/metadata_store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <atomic>

Q_LOGGING_CATEGORY(lcMeta, "warren.metadata")

namespace warren::storage {

namespace {
std::atomic<int> g_storeCounter{0};

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

bool exec(QSqlQuery &query, const char *what)
{
    if (query.exec())
        return true;
    qCWarning(lcMeta) << what << "failed:" << query.lastError().text();
    return false;
}
} // namespace

MetadataStore::MetadataStore(QString path)
    : m_path(std::move(path)), m_connectionPrefix(QStringLiteral("warren-meta-%1-").arg(g_storeCounter.fetch_add(1)))
{
}

MetadataStore::~MetadataStore()
{
    // Connections of other threads are released with those threads; drop ours.
    const QString name = m_connectionPrefix + QString::number(quintptr(QThread::currentThreadId()));
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

std::unique_ptr<MetadataStore> MetadataStore::open(const QString &path, QString *error)
{
    std::unique_ptr<MetadataStore> store(new MetadataStore(path));
    QSqlDatabase db = store->connection();
    if (!db.isOpen()) {
        if (error)
            *error = QStringLiteral("cannot open metadata database %1: %2").arg(path, db.lastError().text());
        return nullptr;
    }
    if (!store->createSchema()) {
        if (error)
            *error = QStringLiteral("cannot create the metadata schema in %1").arg(path);
        return nullptr;
    }
    return store;
}

std::unique_ptr<MetadataStore> MetadataStore::openInMemory()
{
    // A shared-cache in-memory database, so every thread's connection sees it.
    const QString uri = QStringLiteral("file:warren-mem-%1?mode=memory&cache=shared").arg(g_storeCounter.load());
    QString error;
    auto store = open(uri, &error);
    return store;
}

QSqlDatabase MetadataStore::connection()
{
    const QString name = m_connectionPrefix + QString::number(quintptr(QThread::currentThreadId()));
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    if (m_path.startsWith(QLatin1String("file:")))
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI"));
    if (!db.open()) {
        qCWarning(lcMeta) << "cannot open" << m_path << db.lastError().text();
        return db;
    }
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    pragma.exec(QStringLiteral("PRAGMA busy_timeout=5000"));
    return db;
}

bool MetadataStore::createSchema()
{
    std::lock_guard lock(m_writeMutex);
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    const char *statements[] = {
        "CREATE TABLE IF NOT EXISTS kafka_topics (name TEXT PRIMARY KEY, partitions INTEGER NOT NULL, "
        "topic_id TEXT NOT NULL, configs TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS committed_offsets (group_id TEXT NOT NULL, topic TEXT NOT NULL, "
        "partition INTEGER NOT NULL, committed_offset INTEGER NOT NULL, metadata TEXT NOT NULL, "
        "PRIMARY KEY (group_id, topic, partition))",
        "CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL)",
        // Durable AMQP definitions (SqlDefinitionStore); arguments are
        // encodeFieldTable() bytes.
        "CREATE TABLE IF NOT EXISTS amqp_exchanges (vhost TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL, "
        "auto_delete INTEGER NOT NULL, internal INTEGER NOT NULL, arguments BLOB NOT NULL, "
        "PRIMARY KEY (vhost, name))",
        "CREATE TABLE IF NOT EXISTS amqp_queues (vhost TEXT NOT NULL, name TEXT NOT NULL, "
        "auto_delete INTEGER NOT NULL, arguments BLOB NOT NULL, PRIMARY KEY (vhost, name))",
        "CREATE TABLE IF NOT EXISTS amqp_bindings (vhost TEXT NOT NULL, source TEXT NOT NULL, "
        "destination TEXT NOT NULL, destination_kind TEXT NOT NULL, routing_key TEXT NOT NULL, "
        "arguments BLOB NOT NULL, "
        "PRIMARY KEY (vhost, source, destination, destination_kind, routing_key, arguments))",
    };
    for (const char *sql : statements)
        if (!query.exec(QString::fromLatin1(sql))) {
            qCWarning(lcMeta) << "schema:" << query.lastError().text();
            return false;
        }
    return true;
}

bool MetadataStore::saveTopic(const TopicRecord &topic)
{
    QJsonObject configs;
    for (const auto &[k, v] : topic.configs)
        configs.insert(q(k), q(v));
    std::lock_guard lock(m_writeMutex);
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO kafka_topics (name, partitions, topic_id, configs) "
                                 "VALUES (?, ?, ?, ?)"));
    query.addBindValue(q(topic.name));
    query.addBindValue(topic.partitions);
    query.addBindValue(q(topic.topicId));
    query.addBindValue(QString::fromUtf8(QJsonDocument(configs).toJson(QJsonDocument::Compact)));
    return exec(query, "saveTopic");
}

bool MetadataStore::deleteTopic(const std::string &name)
{
    std::lock_guard lock(m_writeMutex);
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("DELETE FROM kafka_topics WHERE name = ?"));
    query.addBindValue(q(name));
    return exec(query, "deleteTopic");
}

std::vector<TopicRecord> MetadataStore::loadTopics()
{
    std::vector<TopicRecord> out;
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT name, partitions, topic_id, configs FROM kafka_topics ORDER BY name"));
    if (!exec(query, "loadTopics"))
        return out;
    while (query.next()) {
        TopicRecord t;
        t.name = query.value(0).toString().toStdString();
        t.partitions = query.value(1).toInt();
        t.topicId = query.value(2).toString().toStdString();
        const QJsonObject configs = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
        for (auto it = configs.begin(); it != configs.end(); ++it)
            t.configs[it.key().toStdString()] = it.value().toString().toStdString();
        out.push_back(std::move(t));
    }
    return out;
}

bool MetadataStore::saveOffsets(const std::vector<OffsetRecord> &offsets)
{
    std::lock_guard lock(m_writeMutex);
    QSqlDatabase db = connection();
    if (!db.transaction())
        return false;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO committed_offsets "
                                 "(group_id, topic, partition, committed_offset, metadata) VALUES (?, ?, ?, ?, ?)"));
    for (const OffsetRecord &o : offsets) {
        query.addBindValue(q(o.group));
        query.addBindValue(q(o.topic));
        query.addBindValue(o.partition);
        query.addBindValue(qint64(o.offset));
        query.addBindValue(q(o.metadata));
        if (!exec(query, "saveOffsets")) {
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

std::vector<OffsetRecord> MetadataStore::loadOffsets()
{
    std::vector<OffsetRecord> out;
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT group_id, topic, partition, committed_offset, metadata FROM committed_offsets"));
    if (!exec(query, "loadOffsets"))
        return out;
    while (query.next())
        out.push_back(OffsetRecord{query.value(0).toString().toStdString(), query.value(1).toString().toStdString(),
                                   query.value(2).toInt(), query.value(3).toLongLong(),
                                   query.value(4).toString().toStdString()});
    return out;
}

bool MetadataStore::deleteGroupOffsets(const std::string &group)
{
    std::lock_guard lock(m_writeMutex);
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("DELETE FROM committed_offsets WHERE group_id = ?"));
    query.addBindValue(q(group));
    return exec(query, "deleteGroupOffsets");
}

bool MetadataStore::deleteTopicOffsets(const std::string &topic)
{
    std::lock_guard lock(m_writeMutex);
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("DELETE FROM committed_offsets WHERE topic = ?"));
    query.addBindValue(q(topic));
    return exec(query, "deleteTopicOffsets");
}

std::optional<std::int64_t> MetadataStore::fetchAdd(const std::string &counter, std::int64_t delta)
{
    std::lock_guard lock(m_writeMutex);
    QSqlDatabase db = connection();
    if (!db.transaction())
        return std::nullopt;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM counters WHERE name = ?"));
    query.addBindValue(q(counter));
    std::int64_t before = 0;
    if (!exec(query, "fetchAdd/select")) {
        db.rollback();
        return std::nullopt;
    }
    if (query.next())
        before = query.value(0).toLongLong();
    QSqlQuery update(db);
    update.prepare(QStringLiteral("INSERT OR REPLACE INTO counters (name, value) VALUES (?, ?)"));
    update.addBindValue(q(counter));
    update.addBindValue(qint64(before + delta));
    if (!exec(update, "fetchAdd/update") || !db.commit()) {
        db.rollback();
        return std::nullopt;
    }
    return before;
}

} // namespace warren::storage
