#include "model/topics/topic_registry.h"

#include <QLoggingCategory>
#include <QString>

#include <charconv>
#include <random>
#include <set>

Q_LOGGING_CATEGORY(lcTopics, "warren.topics")

namespace warren::model {

namespace {
std::string newTopicId()
{
    thread_local std::mt19937_64 rng{std::random_device{}()};
    static constexpr char kHex[] = "0123456789abcdef";
    std::string id;
    for (int i = 0; i < 32; ++i)
        id += kHex[rng() % 16];
    return id;
}

std::optional<std::int64_t> parseLong(const std::string &s)
{
    std::int64_t v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size() || s.empty())
        return std::nullopt;
    return v;
}

// Topic-level configs Kafka knows; others are INVALID_CONFIG as in Kafka.
const std::set<std::string> &knownConfigs()
{
    static const std::set<std::string> k{
        "cleanup.policy", "compression.type", "delete.retention.ms", "file.delete.delay.ms", "flush.messages",
        "flush.ms", "follower.replication.throttled.replicas", "index.interval.bytes",
        "leader.replication.throttled.replicas", "local.retention.bytes", "local.retention.ms",
        "max.compaction.lag.ms", "max.message.bytes", "message.downconversion.enable", "message.format.version",
        "message.timestamp.difference.max.ms", "message.timestamp.type", "min.cleanable.dirty.ratio",
        "min.compaction.lag.ms", "min.insync.replicas", "preallocate", "remote.storage.enable", "retention.bytes",
        "retention.ms", "segment.bytes", "segment.index.bytes", "segment.jitter.ms", "segment.ms",
        "unclean.leader.election.enable"};
    return k;
}
} // namespace

TopicRegistry::TopicRegistry(storage::FileSystem &fs, std::string dir, storage::MetadataStore *metadata,
                             TopicDefaults defaults, std::function<void(storage::Log &)> beforeClose)
    : m_fs(fs), m_dir(std::move(dir)), m_metadata(metadata), m_defaults(std::move(defaults)),
      m_beforeClose(std::move(beforeClose))
{
}

TopicRegistry::~TopicRegistry()
{
    std::map<std::string, TopicPtr> topics;
    {
        std::lock_guard lock(m_mutex);
        topics.swap(m_topics);
    }
    for (auto &[name, t] : topics)
        closeTopic(*t, false);
}

bool TopicRegistry::isValidName(const std::string &name)
{
    if (name.empty() || name.size() > 249 || name == "." || name == "..")
        return false;
    for (char c : name)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-'))
            return false;
    return true;
}

std::optional<storage::LogConfig> TopicRegistry::logConfigFor(const std::map<std::string, std::string> &configs,
                                                              std::string *why) const
{
    storage::LogConfig cfg = m_defaults.log;
    for (const auto &[key, value] : configs) {
        if (!knownConfigs().count(key)) {
            *why = "Unknown topic config name: " + key;
            return std::nullopt;
        }
        auto number = [&](std::int64_t min) -> std::optional<std::int64_t> {
            auto v = parseLong(value);
            if (!v || *v < min) {
                *why = "Invalid value " + value + " for configuration " + key;
                return std::nullopt;
            }
            return v;
        };
        if (key == "retention.ms") {
            auto v = number(-1);
            if (!v)
                return std::nullopt;
            cfg.retentionMs = *v;
        } else if (key == "retention.bytes") {
            auto v = number(-1);
            if (!v)
                return std::nullopt;
            cfg.retentionBytes = *v;
        } else if (key == "segment.bytes") {
            auto v = number(14);
            if (!v)
                return std::nullopt;
            cfg.segmentBytes = std::uint64_t(*v);
        } else if (key == "segment.ms") {
            auto v = number(1);
            if (!v)
                return std::nullopt;
            cfg.segmentMs = *v;
        } else if (key == "max.message.bytes") {
            if (!number(0))
                return std::nullopt;
        } else if (key == "index.interval.bytes") {
            auto v = number(0);
            if (!v)
                return std::nullopt;
            cfg.indexIntervalBytes = std::uint32_t(*v);
        }
    }
    return cfg;
}

std::string TopicRegistry::loadAll()
{
    if (!m_metadata)
        return {};
    std::string problems;
    for (storage::TopicRecord &rec : m_metadata->loadTopics()) {
        std::lock_guard createLock(m_createMutex);
        CreateResult r = openTopic(rec.name, rec.partitions, rec.topicId, rec.configs);
        if (r.error != Error::None)
            problems += "topic " + rec.name + ": " + r.message + "\n";
    }
    return problems;
}

TopicRegistry::CreateResult TopicRegistry::create(const std::string &name, std::int32_t partitions,
                                                  const std::map<std::string, std::string> &configs,
                                                  bool validateOnly)
{
    if (!isValidName(name))
        return {Error::InvalidName, "Topic name \"" + name + "\" is illegal, it contains a character other than "
                                    "ASCII alphanumerics, '.', '_' and '-' or is too long", nullptr};
    // -1 (CreateTopics v4+ "broker default", and auto-creation) means the default;
    // 0 is INVALID_PARTITIONS, as in Kafka.
    if (partitions == -1)
        partitions = m_defaults.partitions;
    if (partitions <= 0 || partitions > 100000)
        return {Error::InvalidPartitions, "Number of partitions must be larger than 0.", nullptr};
    std::string why;
    if (!logConfigFor(configs, &why))
        return {Error::InvalidConfig, why, nullptr};

    std::lock_guard createLock(m_createMutex);
    if (find(name))
        return {Error::AlreadyExists, "Topic '" + name + "' already exists.", nullptr};
    if (m_defaults.maxTopics != 0 && list().size() >= m_defaults.maxTopics)
        return {Error::LimitReached,
                "Cannot create topic '" + name + "': the broker's topic limit (" +
                    std::to_string(m_defaults.maxTopics) + ") is reached.",
                nullptr};
    if (validateOnly)
        return {Error::None, {}, nullptr};
    storage::TopicRecord rec{name, partitions, newTopicId(), configs};
    CreateResult r = openTopic(name, partitions, rec.topicId, configs);
    if (r.error == Error::None && m_metadata && !m_metadata->saveTopic(rec)) {
        qCWarning(lcTopics) << "could not record topic" << QString::fromStdString(name) << "in the metadata store";
    }
    if (r.error == Error::None)
        qCInfo(lcTopics) << "created topic" << QString::fromStdString(name) << "with" << partitions << "partition(s)";
    return r;
}

TopicRegistry::CreateResult TopicRegistry::openTopic(const std::string &name, std::int32_t partitions,
                                                     std::string topicId, std::map<std::string, std::string> configs)
{
    std::string why;
    auto logCfg = logConfigFor(configs, &why);
    if (!logCfg)
        return {Error::InvalidConfig, why, nullptr};
    auto topic = std::make_shared<Topic>();
    topic->name = name;
    topic->topicId = std::move(topicId);
    topic->configs = std::move(configs);
    topic->maxMessageBytes = m_defaults.maxMessageBytes;
    if (auto it = topic->configs.find("max.message.bytes"); it != topic->configs.end())
        if (auto v = parseLong(it->second))
            topic->maxMessageBytes = *v;
    for (std::int32_t p = 0; p < partitions; ++p) {
        const std::string dir = m_dir + "/" + name + "/" + std::to_string(p);
        auto log = storage::Log::open(m_fs, dir, *logCfg);
        if (!log) {
            closeTopic(*topic, false);
            return {Error::Storage, "cannot open partition " + std::to_string(p) + ": " + log.error().text, nullptr};
        }
        if (!(*log)->recoveryReport().reason.empty())
            qCWarning(lcTopics) << "recovered" << QString::fromStdString(dir) << ":"
                                << QString::fromStdString((*log)->recoveryReport().reason);
        auto partition = std::make_shared<Partition>(name, p, std::move(*log));
        partition->rebuildProducerState();
        topic->partitions.push_back(std::move(partition));
    }
    std::lock_guard lock(m_mutex);
    m_topics[name] = topic;
    return {Error::None, {}, topic};
}

void TopicRegistry::closeTopic(const Topic &topic, bool destroy)
{
    for (const auto &p : topic.partitions) {
        if (m_beforeClose)
            m_beforeClose(p->log());
        p->log().close();
        if (destroy)
            storage::Log::destroy(m_fs, p->log().directory());
    }
}

TopicRegistry::Error TopicRegistry::remove(const std::string &name)
{
    std::lock_guard createLock(m_createMutex);
    TopicPtr topic;
    {
        std::lock_guard lock(m_mutex);
        auto it = m_topics.find(name);
        if (it == m_topics.end())
            return Error::UnknownTopic;
        topic = it->second;
        m_topics.erase(it);
    }
    closeTopic(*topic, true);
    m_fs.removeDir(m_dir + "/" + name);
    if (m_metadata) {
        m_metadata->deleteTopic(name);
        m_metadata->deleteTopicOffsets(name);
    }
    qCInfo(lcTopics) << "deleted topic" << QString::fromStdString(name);
    return Error::None;
}

TopicPtr TopicRegistry::find(const std::string &name) const
{
    std::lock_guard lock(m_mutex);
    auto it = m_topics.find(name);
    return it == m_topics.end() ? nullptr : it->second;
}

PartitionPtr TopicRegistry::partition(const std::string &topic, std::int32_t index) const
{
    TopicPtr t = find(topic);
    if (!t || index < 0 || std::size_t(index) >= t->partitions.size())
        return nullptr;
    return t->partitions[std::size_t(index)];
}

std::vector<TopicPtr> TopicRegistry::list() const
{
    std::lock_guard lock(m_mutex);
    std::vector<TopicPtr> out;
    for (auto &[n, t] : m_topics)
        out.push_back(t);
    return out;
}

std::size_t TopicRegistry::applyRetention(std::int64_t nowMs)
{
    std::size_t removed = 0;
    for (const TopicPtr &t : list())
        for (const auto &p : t->partitions)
            removed += p->log().applyRetention(nowMs);
    return removed;
}

} // namespace warren::model
