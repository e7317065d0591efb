#pragma once
// One partition of a topic: its log, the idempotent-producer state that
// guards appends, and the one-shot waiters of long-polling fetches.
//
// Thread-safety: any thread. Appends are serialized by m_appendMutex (which
// also guards producer state); reads go straight to the Log (which allows
// concurrent readers). Waiters are guarded by m_waitMutex and called after
// it is released, on the appending thread: they must only post to their
// own thread.

#include "storage/log.h"

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace warren::model {

/// The facts of a record batch header an append needs (parsed by the caller).
struct BatchFacts {
    std::int64_t producerId = -1;
    std::int16_t producerEpoch = -1;
    std::int32_t baseSequence = -1;
    std::int32_t lastOffsetDelta = 0;
    std::int32_t recordCount = 0;
    bool transactional = false;
    bool control = false;
};

struct PartitionAppend {
    enum class Outcome { Appended, Duplicate, OutOfOrderSequence, InvalidProducerEpoch, UnknownProducerId, StorageError };
    Outcome outcome = Outcome::Appended;
    std::int64_t baseOffset = -1;
    std::int64_t nextOffset = -1; ///< for durability requests
    std::int64_t logStartOffset = -1;
    std::string error;
};

class Partition {
public:
    Partition(std::string topic, std::int32_t index, std::unique_ptr<storage::Log> log);
    ~Partition();

    const std::string &topic() const { return m_topic; }
    std::int32_t index() const { return m_index; }
    storage::Log &log() { return *m_log; }
    const storage::Log &log() const { return *m_log; }

    /// Appends one validated batch, applying the idempotent-producer rules:
    /// the last 5 batches per producer are remembered; a batch identical in
    /// producer, epoch and sequence range to one of them is a duplicate (not
    /// written, its original offset returned); a gap is OutOfOrderSequence; an
    /// older epoch is InvalidProducerEpoch.
    PartitionAppend append(std::span<const std::byte> batch, const BatchFacts &facts, std::int64_t nowMs);

    /// Calls `wake` once, after the next append (or at once if the log has
    /// grown past `seenNextOffset` already). Returns an id for cancelWaiter.
    std::uint64_t addWaiter(std::int64_t seenNextOffset, std::function<void()> wake);
    void cancelWaiter(std::uint64_t id);

    /// Producer state is rebuilt from the log on open (the tail batches).
    void rebuildProducerState();

private:
    struct ProducerBatch {
        std::int32_t firstSeq;
        std::int32_t lastSeq;
        std::int64_t baseOffset;
    };
    struct ProducerState {
        std::int16_t epoch = -1;
        std::deque<ProducerBatch> recent; // at most kRememberedBatches, oldest first
    };
    static constexpr std::size_t kRememberedBatches = 5;
    void rememberLocked(const BatchFacts &facts, std::int64_t baseOffset);
    void wakeWaiters();

    const std::string m_topic;
    const std::int32_t m_index;
    std::unique_ptr<storage::Log> m_log;

    std::mutex m_appendMutex;
    std::unordered_map<std::int64_t, ProducerState> m_producers; // guarded by m_appendMutex

    std::mutex m_waitMutex;
    std::uint64_t m_nextWaiterId = 1;                                         // guarded by m_waitMutex
    std::vector<std::pair<std::uint64_t, std::function<void()>>> m_waiters; // guarded by m_waitMutex
};

using PartitionPtr = std::shared_ptr<Partition>;

} // namespace warren::model
