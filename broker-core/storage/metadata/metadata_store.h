#pragma once
// Small, transactional broker metadata in SQLite through Qt SQL (WAL mode,
// one transaction per change): Kafka topic definitions, committed consumer
// group offsets, counters such as the next producer id, and the tables of
// durable AMQP definitions (amqp_exchanges, amqp_queues, amqp_bindings),
// which SqlDefinitionStore reads and writes.
//
// Thread-safety: any thread. Qt SQL connections belong to the thread that
// opened them, so each thread gets its own connection to the same file;
// writes are serialized by m_writeMutex so they never meet SQLITE_BUSY.

#include <QString>

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

class QSqlDatabase;

namespace warren::storage {

struct TopicRecord {
    std::string name;
    std::int32_t partitions = 1;
    std::string topicId; ///< 16 bytes as 32 hex digits
    std::map<std::string, std::string> configs;
};

struct OffsetRecord {
    std::string group;
    std::string topic;
    std::int32_t partition = 0;
    std::int64_t offset = -1;
    std::string metadata;
};

class MetadataStore {
public:
    /// Opens (creating) the database file; on failure returns null and a reason.
    static std::unique_ptr<MetadataStore> open(const QString &path, QString *error);
    /// An in-memory database (tests, or a broker without a data directory).
    static std::unique_ptr<MetadataStore> openInMemory();
    ~MetadataStore();

    bool saveTopic(const TopicRecord &topic);
    bool deleteTopic(const std::string &name);
    std::vector<TopicRecord> loadTopics();

    bool saveOffsets(const std::vector<OffsetRecord> &offsets);
    std::vector<OffsetRecord> loadOffsets();
    bool deleteGroupOffsets(const std::string &group);
    bool deleteTopicOffsets(const std::string &topic);

    /// Atomically adds `delta` to a named counter and returns the value before.
    std::optional<std::int64_t> fetchAdd(const std::string &counter, std::int64_t delta);

    QString path() const { return m_path; }

private:
    friend class SqlDefinitionStore; // shares the connections and the write lock
    friend class SqlAccessStore;     // likewise
    explicit MetadataStore(QString path);
    QSqlDatabase connection();
    bool createSchema();

    const QString m_path;
    const QString m_connectionPrefix;
    std::mutex m_writeMutex;
};

} // namespace warren::storage
