#pragma once
// DelayedSchedule: the messages an `x-delayed-message` exchange holds back
// (RabbitMQ's delayed-message-exchange plugin). A message published with an
// integer `x-delay` header > 0 waits here for that many milliseconds, then
// the vhost routes it through the exchange's underlying type
// (`x-delayed-type`). A durable exchange keeps them in a log on the storage
// engine (the queue-log format), so they survive restarts; the log records
// each release as a settlement.
//
// Thread-safety: all members guarded by m_mutex. Publishing sessions call
// schedule(), the broker's control thread calls takeDue(), the snapshot
// builder reads size()/nextDueMs().

#include "model/message.h"
#include "model/message_store.h"

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace warren::model {

enum class EnqueueOutcome;

class DelayedSchedule final : public DurabilityTarget {
public:
    /// The message's x-delay in ms if it has one > 0 (any integer type).
    static std::optional<std::int64_t> delayOf(const Message &message);

    /// Makes the schedule durable: `store` holds it; `recovery` says what
    /// it holds from before, which is read back and rescheduled (due at
    /// its publish time + x-delay). Call before use.
    void attachStorage(MessageStorePtr store, const StoreRecovery &recovery);

    /// Holds `message` until nowMs + delayMs. Queued, QueuedDurable (a
    /// persistent message in a durable schedule: confirm after
    /// whenDurable()) or StorageFailed.
    EnqueueOutcome schedule(MessagePtr message, std::int64_t delayMs, std::int64_t nowMs);
    /// Removes and returns the messages due by nowMs, earliest first, and
    /// records them released in the log.
    std::vector<MessagePtr> takeDue(std::int64_t nowMs);

    std::size_t size() const;
    /// When the next message is due (ms since the epoch), if any.
    std::optional<std::int64_t> nextDueMs() const;
    /// Up to `max` scheduled messages with their due times, earliest first.
    std::vector<std::pair<std::int64_t, MessagePtr>> scheduled(std::size_t max) const;

    /// The exchange was deleted: drop everything and remove the log.
    void destroy();
    /// Shutdown: close the log (its messages stay for the next start).
    void close();

    // DurabilityTarget
    void flushStorage() override;
    void whenDurable(std::function<void(std::optional<std::string> error)> done) override;

private:
    struct Entry {
        MessagePtr message;
        std::int64_t storeOffset = -1;
    };
    mutable std::mutex m_mutex;
    std::multimap<std::pair<std::int64_t, std::uint64_t>, Entry> m_entries; // (due, seq) → message
    std::uint64_t m_nextSeq = 1;
    MessageStorePtr m_store;
    std::set<std::int64_t> m_liveOffsets;
    std::int64_t m_releasedBefore = 0;
};

} // namespace warren::model
