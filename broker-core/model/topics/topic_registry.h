#pragma once
// Kafka topics: creation (with Kafka's name and config rules), deletion,
// look-up, restart recovery from the metadata store, and background
// retention. Each topic's partitions are logs under <dir>/<topic>/<index>/.
//
// Thread-safety: any thread; the topic map is guarded by m_mutex, which is
// never held while a log is opened, closed or synced.

#include "model/topics/partition.h"
#include "storage/file_system.h"
#include "storage/metadata/metadata_store.h"

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace warren::model {

struct Topic {
    std::string name;
    std::string topicId; ///< 32 hex digits
    std::map<std::string, std::string> configs;
    std::vector<PartitionPtr> partitions;
    /// max.message.bytes: the largest record batch a Produce may append.
    std::int64_t maxMessageBytes = 1048588;
};
using TopicPtr = std::shared_ptr<const Topic>;

struct TopicDefaults {
    std::int32_t partitions = 1;
    bool autoCreate = true;
    storage::LogConfig log;
    /// Kafka's message.max.bytes: max.message.bytes of topics that do not set it.
    std::int64_t maxMessageBytes = 1048588;
    /// At most this many topics (0 = unlimited); creating more is LimitReached.
    std::size_t maxTopics = 0;
};

class TopicRegistry {
public:
    enum class Error { None, AlreadyExists, InvalidName, InvalidPartitions, InvalidConfig, UnknownTopic, Storage, LimitReached };
    struct CreateResult {
        Error error = Error::None;
        std::string message;
        TopicPtr topic;
    };

    /// `beforeClose` runs before a partition's log is closed (the broker
    /// uses it to make the flusher forget the log).
    TopicRegistry(storage::FileSystem &fs, std::string dir, storage::MetadataStore *metadata, TopicDefaults defaults,
                  std::function<void(storage::Log &)> beforeClose = {});
    ~TopicRegistry();

    /// Opens every topic recorded in the metadata store (recovering logs).
    /// Returns a description of problems, empty if none.
    std::string loadAll();

    /// partitions == -1 uses the default; 0 or < -1 is InvalidPartitions. validateOnly checks without creating.
    CreateResult create(const std::string &name, std::int32_t partitions,
                        const std::map<std::string, std::string> &configs, bool validateOnly = false);
    Error remove(const std::string &name);
    TopicPtr find(const std::string &name) const;
    /// The partition, or null if the topic or the index does not exist.
    PartitionPtr partition(const std::string &topic, std::int32_t index) const;
    std::vector<TopicPtr> list() const;

    const TopicDefaults &defaults() const { return m_defaults; }
    /// Deletes expired segments of every partition; returns how many.
    std::size_t applyRetention(std::int64_t nowMs);

    /// Kafka's rule: 1–249 chars of [a-zA-Z0-9._-], not "." or "..".
    static bool isValidName(const std::string &name);
    /// Parses the configs Warren acts on (retention.ms, retention.bytes,
    /// segment.bytes, segment.ms) over the defaults; nullopt + reason if bad.
    std::optional<storage::LogConfig> logConfigFor(const std::map<std::string, std::string> &configs,
                                                   std::string *why) const;

private:
    CreateResult openTopic(const std::string &name, std::int32_t partitions, std::string topicId,
                           std::map<std::string, std::string> configs);
    void closeTopic(const Topic &topic, bool destroy);

    storage::FileSystem &m_fs;
    const std::string m_dir;
    storage::MetadataStore *m_metadata;
    const TopicDefaults m_defaults;
    const std::function<void(storage::Log &)> m_beforeClose;

    mutable std::mutex m_mutex;
    std::map<std::string, TopicPtr> m_topics; // guarded by m_mutex
    std::mutex m_createMutex;                 // one create/remove at a time
};

} // namespace warren::model
