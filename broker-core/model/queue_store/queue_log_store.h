#pragma once
// QueueLogStore: one queue's messages on the storage engine — the model's
// MessageStore over storage::Log (DESIGN.md: "a durable AMQP queue is a log
// plus a record of what was acknowledged").
//
// On disk, in the queue's directory:
//   messages/  a Log of message batches (message_record.h), one per message
//   settled/   a Log of settlement batches (durable stores only): one record
//              per recordSettled() call whose value is a list of ranges
//              (i64 first, i64 end-exclusive, big-endian)
// Recovery (open): both logs recover their torn tails; the settled ranges are
// read; the message log is scanned once to count what a restart must serve
// again (persistent and not settled). Transient messages from before the
// start are skipped.
//
// Write buffer: append() encodes the message as a record of a pending batch
// and assigns its offset; the pending batch is written as ONE record batch
// (one write) by flush() — the channel calls it at the end of each input
// batch — or by whenDurable(), read(), a full buffer, or closing.
//
// Ordering rule that keeps recovery right: a settlement of offset X is
// written only once the message log is durable beyond X, so a crash can
// never leave a settlement for a message that was lost (and whose offset
// would then be reused). Settlements wait in memory until then.
//
// Space: releaseBefore() deletes whole message segments below the oldest
// message still needed; settled-log segments go once every range in them
// lies below the message log's start.
//
// Threads: the owning Queue calls everything under its lock; flusher
// callbacks (durability, deferred settlements) run on the Flusher thread and
// take only this store's m_mutex (a leaf after Queue::m_mutex).

#include "model/message_store.h"
#include "model/queue_store/offset_ranges.h"
#include "storage/group_commit.h"
#include "storage/log.h"

#include <deque>
#include <memory>
#include <mutex>

namespace warren::model::queue_store {

struct QueueLogStoreOptions {
    storage::FileSystem *fs = nullptr;
    storage::Flusher *flusher = nullptr;
    std::string dir;
    bool durable = true;               ///< false: paging only (no settled log, never recovered)
    std::uint64_t segmentBytes = 64ull << 20;
};

class QueueLogStore final : public MessageStore {
public:
    /// Opens (creating) the store in opts.dir; for a durable store recovers
    /// it and fills `recovery`. A paging store starts empty (`fresh`).
    static ModelResult<std::unique_ptr<QueueLogStore>> open(const QueueLogStoreOptions &opts, StoreRecovery *recovery);
    /// Removes a store's directory (both logs) if it exists.
    static void removeDirectory(storage::FileSystem &fs, const std::string &dir);

    ~QueueLogStore() override;

    ModelResult<std::int64_t> append(const Message &message, QueueSeq seq, std::int64_t nowMs) override;
    ModelResult<std::vector<StoredMessage>> read(std::int64_t from, std::size_t maxMessages, std::size_t maxBytes,
                                                 std::int64_t &next) override;
    ModelResult<std::vector<StoredMessage>> peek(std::int64_t from, std::size_t maxMessages, std::size_t maxBytes,
                                                 std::int64_t &next) override;
    std::int64_t nextOffset() const override;
    ModelStatus flush() override;
    void recordSettled(std::span<const std::int64_t> offsets) override;
    void recordSettledRange(std::int64_t first, std::int64_t end) override;
    void releaseBefore(std::int64_t offset) override;
    void whenDurable(std::function<void(std::optional<std::string> error)> done) override;
    std::optional<std::string> failure() const override;
    std::uint64_t diskBytes() const override;
    void destroy() override;

    /// Settlement ranges waiting for the message log to become durable (tests).
    std::size_t pendingSettlements() const;

private:
    QueueLogStore(const QueueLogStoreOptions &opts);
    ModelStatus recover(StoreRecovery &recovery);
    /// read() and peek(); `forgetPassed`: drop recovery's settled offsets below `next`.
    ModelResult<std::vector<StoredMessage>> readMessages(std::int64_t from, std::size_t maxMessages,
                                                         std::size_t maxBytes, std::int64_t &next, bool forgetPassed);
    /// Writes the pending settlements that the message log's durable offset
    /// now covers; asks the flusher again for the rest. m_mutex held.
    void writeSettledLocked();
    void appendSettledLocked(const std::vector<std::pair<std::int64_t, std::int64_t>> &ranges);
    /// Asks the flusher to call back once the message log is durable, to
    /// write the settlements still waiting. Called without m_mutex (the
    /// flusher may run the callback at once).
    void requestSettleFlush();
    /// Queues settled ranges and writes what the log's durability allows.
    void addSettled(const std::vector<std::pair<std::int64_t, std::int64_t>> &ranges);
    /// No fsyncs: durability policy `never`, or a paging store without a flusher.
    bool syncsNothing() const;
    void closeLogs();

    const QueueLogStoreOptions m_opts;
    std::unique_ptr<storage::Log> m_messages;
    std::unique_ptr<storage::Log> m_settled; // durable stores only

    std::string m_scratch;               // batch being written (queue's lock)
    // The pending batch (queue's lock): records encoded, offsets assigned.
    std::string m_pendingRecords;
    std::int32_t m_pendingCount = 0;
    std::int64_t m_pendingBase = 0;      // offset of the first pending record
    std::int64_t m_pendingBaseTs = 0;
    std::int64_t m_pendingMaxTs = 0;
    OffsetRanges m_recoveredSettled;     // settled offsets below m_recoveredEnd (queue's lock)
    std::int64_t m_recoveredEnd = 0;
    std::int64_t m_nextReleaseCheck = 0; // no segment can go before the cursor passes this

    mutable std::mutex m_mutex;          // the fields below; a leaf
    std::vector<std::pair<std::int64_t, std::int64_t>> m_pendingSettled; // ranges not yet written
    bool m_settleFlushRequested = false;
    bool m_destroyed = false;
    std::string m_failure;
    std::int64_t m_settledMax = -1;      // largest offset any settled record names so far
    std::uint64_t m_settledBatches = 0;
    std::int64_t m_lastSettledSyncMs = 0;
    /// Checkpoints (settled-log offset, m_settledMax then): a settled-log
    /// prefix up to the offset names nothing at or above that max.
    std::deque<std::pair<std::int64_t, std::int64_t>> m_settledCheckpoints;
};

} // namespace warren::model::queue_store
