#pragma once
// Where committed offsets are kept across restarts. The coordinator keeps all
// offsets in memory and writes each commit through to its OffsetStore; load()
// is read once, by the coordinator's constructor.
//
// Thread: store() and removeGroup() are called with GroupCoordinator's mutex
// held (so that two commits to one partition reach the store in the order
// they were accepted). An implementation must therefore be quick, may take
// its own lock (it comes after the coordinator's in the lock order) and must
// never call back into the coordinator.

#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

namespace warren::model {

struct StoredOffset {
    std::string groupId;
    std::string topic;
    std::int32_t partition = 0;
    std::int64_t offset = -1;
    std::string metadata;
};

class OffsetStore {
public:
    virtual ~OffsetStore() = default;
    /// Every offset stored so far (the last store() per group/topic/partition).
    virtual std::vector<StoredOffset> load() = 0;
    /// Records one commit; false if it could not be made durable, which the
    /// coordinator reports as COORDINATOR_NOT_AVAILABLE (clients retry it).
    virtual bool store(const std::string &groupId, const std::string &topic, std::int32_t partition,
                       std::int64_t offset, const std::string &metadata) = 0;
    /// Forgets a deleted group's offsets.
    virtual void removeGroup(const std::string &groupId) = 0;
};

/// Keeps offsets in a vector; survives nothing. The default store, and a
/// reference for the persistent one. Thread-safe (own mutex, a leaf).
class InMemoryOffsetStore final : public OffsetStore {
public:
    std::vector<StoredOffset> load() override;
    bool store(const std::string &groupId, const std::string &topic, std::int32_t partition,
               std::int64_t offset, const std::string &metadata) override;
    void removeGroup(const std::string &groupId) override;

private:
    std::mutex m_mutex;
    std::vector<StoredOffset> m_offsets; // guarded by m_mutex
};

} // namespace warren::model
