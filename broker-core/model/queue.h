#pragma once
// A queue: ordered ready messages, its consumers, and what it handed out.
//
// Thread-safety: every member is guarded by m_mutex; any thread may call any
// public method (publishing sessions enqueue, consuming sessions settle and
// re-dispatch, the snapshot builder reads stats). Lock order: a queue's lock
// may be held while calling a DeliverySink (session inbox) — never the
// reverse — and never while taking a VirtualHost's definition lock.
//
// Delivery is push-based: enqueue() and every credit-freeing call end in
// dispatch(), which hands ready messages round-robin to consumers that have
// credit, in queue order. Requeued messages go back to their original
// position (ordered by QueueSeq) with their delivery count raised.
//
// Storage (model/message_store.h): a durable queue appends persistent
// messages to its log and records their settlement there. Ready messages
// beyond the memory budget are "paged": once the in-memory ready list is
// over budget, every further message goes only to the log (a paging-only
// log for non-durable queues), and the queue reads them back in order as
// the in-memory part drains. The ready order is therefore
// [in-memory ready list][paged range in the log], and every paged message
// is newer than every message in memory. Priority queues never page.

#include "common/field_value.h"
#include "common/ids.h"
#include "model/consumer.h"
#include "model/dead_letter.h"
#include "model/message_store.h"
#include "model/model_error.h"
#include "model/queue_policy.h"
#include "model/ready_list.h"
#include "model/stream/stream_state.h"

#include <atomic>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <set>
#include <span>
#include <unordered_map>
#include <string>
#include <vector>

namespace warren::model {

struct QueueOptions {
    bool durable = false;
    bool exclusive = false;
    bool autoDelete = false;
    FieldTable arguments;
    ConnectionId owner; ///< exclusive queues: the declaring connection
};

struct QueueStats {
    std::uint64_t ready = 0;
    std::uint64_t readyBytes = 0;
    std::uint64_t unacked = 0;
    int consumers = 0;
    std::uint64_t published = 0;
    std::uint64_t delivered = 0;
    std::uint64_t acked = 0;
    std::uint64_t redelivered = 0;
    // Memory and storage
    std::uint64_t memoryBytes = 0;    ///< estimated memory of the in-memory ready messages
    std::uint64_t pagedOut = 0;       ///< ready messages held only on disk
    std::uint64_t pagedOutBytes = 0;  ///< their body bytes
    std::uint64_t diskBytes = 0;      ///< the queue's log on disk
    std::uint64_t persistedOnDisk = 0; ///< appended to the log (cumulative)
    // RabbitMQ's extensions (cumulative)
    std::uint64_t expired = 0;        ///< messages that reached their TTL
    std::uint64_t deadLettered = 0;   ///< handed to the dead-letter exchange
    std::uint64_t droppedMaxLen = 0;  ///< dropped or refused by the length limit
    std::uint64_t duplicates = 0;     ///< refused by the de-duplication window
    std::string storageError;         ///< the log's failure, if it failed
    // Streams (x-queue-type: stream): `ready` is the number of messages in the log
    bool stream = false;
    std::int64_t streamFirstOffset = 0; ///< the oldest offset still stored
    std::int64_t streamNextOffset = 0;  ///< the offset the next message gets
    std::uint64_t streamSegments = 0;   ///< segments of the stream's log
};

/// Where a stream queue's log stands (Queue::streamPosition()).
struct StreamPosition {
    std::int64_t firstOffset = 0;
    std::int64_t nextOffset = 0;
    std::uint64_t diskBytes = 0;
    std::size_t segments = 0;
};

/// What enqueue() did with a message.
enum class EnqueueOutcome {
    Queued,       ///< in memory or paged to a log that needs no durability wait
    QueuedDurable, ///< appended to a durable log: confirm after whenDurable()
    Rejected,     ///< refused by x-overflow reject-publish(-dlx): the publisher gets a nack
    Duplicate,    ///< a message-id inside the de-duplication window: dropped, confirmed
    Deleted,      ///< the queue is gone; dropped
    StorageFailed ///< a persistent message could not be stored; dropped
};

// ---- Browsing (the monitor's message browser) -----------------------------
/// A copy of one ready message, as Queue::peek() found it.
struct PeekedMessage {
    MessagePtr message;
    std::uint64_t position = 0;      ///< in delivery order; 0 = the next to be delivered
    QueueSeq seq;
    std::uint32_t deliveryCount = 0; ///< > 0: redelivered (messages recovered after a restart count 1)
    bool paged = false;              ///< held only in the queue's log, read back for the copy
    bool stored = false;             ///< the queue's log holds it (durable copy or paged)
    std::int64_t expiresAtMs = 0;    ///< when its TTL runs out (ms since the epoch); 0 = never
    std::int64_t storedAtMs = 0;     ///< paged/stream: when it was appended to the log; 0 = not known
    std::int64_t streamOffset = -1;  ///< streams: its offset in the stream's log; -1 = not a stream
};

/// What Queue::peek() returns.
struct QueuePeek {
    std::vector<PeekedMessage> messages;
    std::uint64_t ready = 0;   ///< ready messages (in memory + paged) when the peek began; streams: messages in the log
    bool moved = false;        ///< the queue changed while the paged range was read: positions are approximate
    std::string error;         ///< reading the paged range failed (what was read before is kept)
};
// ---------------------------------------------------------------------------

class Queue final : public DurabilityTarget, public std::enable_shared_from_this<Queue> {
public:
    Queue(std::string vhost, std::string name, QueueOptions options);

    const std::string &name() const { return m_name; }
    const std::string &vhost() const { return m_vhost; }
    const QueueOptions &options() const { return m_options; }
    bool isExclusiveTo(ConnectionId c) const { return m_options.exclusive && m_options.owner == c; }
    /// The x- arguments it acts on (TTL, limits, dead-lettering, …).
    const QueuePolicy &policy() const { return m_policy; }

    /// Where dead letters go (the vhost); set once, before use. Without a
    /// target, or without x-dead-letter-exchange, they are dropped.
    void setDeadLetterTarget(DeadLetterTarget *target) { m_deadLetterTarget = target; }

    /// Expires ready messages whose time has come (called by the broker's
    /// timer for queues with needsTimer(); also done on every dispatch).
    void expireMessages(std::int64_t nowMs);
    /// True for queues with a TTL, x-expires, or messages with an
    /// expiration: the broker's timer visits them. Lock-free.
    bool needsTimer() const { return m_needsTimer.load(std::memory_order_relaxed); }
    /// x-expires: unused (no consumers, no basic.get, not redeclared) for
    /// the queue's expiry period by nowMs.
    bool idleExpired(std::int64_t nowMs) const;
    /// A redeclaration (or other use) restarts the x-expires period.
    void touch();

    /// Attaches the queue's storage: `store` (durable: recovered, whose
    /// `recovery` messages become the paged range) or, with only a
    /// provider, a paging log is opened when first needed. Call before use.
    void attachStorage(MessageStoreProvider *provider, MessageStorePtr durableStore, const StoreRecovery &recovery);

    /// Closes the queue's log (syncing it) and stops using storage: broker
    /// shutdown. Messages in memory stay; paged ones are no longer reachable.
    void closeStorage();

    /// Appends a routed message and dispatches.
    EnqueueOutcome enqueue(MessagePtr message);
    /// Writes what the queue's log buffered (end of a publisher's input batch).
    void flushStorage() override;
    /// The text of the last storage failure ("" if none).
    std::string storageError() const;
    /// `done` runs once every message appended to this queue's durable log
    /// so far is either as durable as the policy promises or settled for
    /// good (acked by a consumer — RabbitMQ confirms those too, without
    /// waiting for the disk), or with an error text if the fsync failed.
    /// Runs on the flusher thread, or on the thread that settled the last
    /// one, or at once.
    void whenDurable(std::function<void(std::optional<std::string> error)> done) override;

    ModelStatus addConsumer(ConsumerPtr consumer);
    /// Removes the consumer. Returns true when this was the last consumer of
    /// an auto-delete queue, which the caller must then delete.
    bool removeConsumer(const Consumer *consumer);
    /// Hands ready messages to consumers with credit.
    void dispatch();

    /// basic.get: the head message, or nothing. With ackRequired the message
    /// counts as unacked until settled. `remaining` = ready count after it.
    std::optional<QueuedMessage> get(bool ackRequired, std::uint32_t &remaining);

    /// Settles delivered messages for good (ack, or reject/nack without
    /// requeue) and dispatches more.
    void settle(std::span<const QueuedMessage> entries, bool acknowledged);
    /// Puts delivered messages back in order, marked redelivered, and
    /// dispatches. `wereUnacked`: they were handed out for acknowledgement
    /// (false for auto-ack deliveries that never reached the client).
    void requeue(std::vector<QueuedMessage> entries, bool wereUnacked = true);

    /// Drops every ready message; returns how many.
    std::uint32_t purge();
    /// Marks the queue deleted, drops its messages and returns its consumers
    /// (their sinks are told by the caller). Returns the ready count dropped.
    std::uint32_t markDeleted(std::vector<ConsumerPtr> &consumersOut);
    bool isDeleted() const;

    std::uint32_t messageCount() const;
    std::uint32_t consumerCount() const;
    bool hasExclusiveConsumer() const;
    QueueStats stats() const;
    /// Consumers (copies of their pointers) for snapshots.
    std::vector<ConsumerPtr> consumers() const;

    // ---- Streams (x-queue-type: stream; model/stream/queue_stream.cpp) -----
    /// A stream queue: an append-only log that consumers read from their own
    /// positions (Consumer::streamStart), acks returning only credit.
    bool isStream() const { return m_stream != nullptr; }
    /// Gives a stream queue its log (opened by the vhost). Call before use.
    void attachStream(StreamLogPtr log);
    /// The stream's offsets and size; nullopt for other queues.
    std::optional<StreamPosition> streamPosition() const;
    /// [first offset, written end) of the stream's log: what readers can see.
    std::optional<std::pair<std::int64_t, std::int64_t>> streamWrittenRange() const;
    /// The first offset of the first chunk written at or after `ms` (StreamLog::offsetForTimestamp).
    std::optional<std::int64_t> streamOffsetForTimestamp(std::int64_t ms) const;
    /// As peek(), from the stream offset `offset` (clamped into the log);
    /// positions still count from the log's first offset.
    QueuePeek peekStreamAt(std::int64_t offset, std::size_t maxCount, std::size_t maxBytes = 64u << 20);
    // -----------------------------------------------------------------------

    // ---- Browsing ---------------------------------------------------------
    /// The most messages one peek() copies.
    static constexpr std::size_t kMaxPeek = 1000;
    /// Copies of up to `maxCount` (at most kMaxPeek) ready messages from
    /// position `from` on, in delivery order — the in-memory ready list, then
    /// the paged range read from the log — without delivering, expiring,
    /// paging or counting anything. Paged messages are read in short chunks,
    /// each under the lock, stopping after about `maxBytes` of bodies (at
    /// least one message). Unacked messages are not included (as RabbitMQ's
    /// "get messages" shows only ready ones). Streams: the written messages
    /// of the log, position 0 = its oldest (firstOffset), nothing consumed.
    QueuePeek peek(std::uint64_t from, std::size_t maxCount, std::size_t maxBytes = 64u << 20);
    // -----------------------------------------------------------------------

private:
    class Guard;
    void dispatchLocked();
    /// Hands the dead letters collected under the lock to the target; call
    /// with the lock released (it routes into other queues).
    void publishDeadLetters(std::vector<DeadLetter> &letters);
    /// Drops `entry` for `reason`: dead-letters it when the queue has a
    /// dead-letter exchange, and records its settlement in the log.
    void killLocked(QueuedMessage entry, DeathReason reason);
    /// When a message enqueued at enqueuedAtMs expires (0 = never).
    std::int64_t expiryOf(const Message &message, std::int64_t enqueuedAtMs) const;
    /// Expires what is due at the head (pages in as needed).
    void expireHeadLocked(std::int64_t nowMs);
    /// Drops from the head while over x-max-length / x-max-length-bytes.
    void enforceLengthLimitLocked();
    /// Whether one more message of `bodyBytes` would exceed a length limit.
    bool wouldOverflowLocked(std::uint64_t bodyBytes) const;
    /// x-deduplication-window: true if messageId was seen within it
    /// (forgets what fell out of the window first).
    bool isDuplicateLocked(const std::string &messageId, std::int64_t nowMs);
    /// Remembers an accepted message's id for the window.
    void rememberIdLocked(const std::string &messageId, std::int64_t nowMs);
    /// The index of the consumer to hand the next message to (credit taken),
    /// or m_consumers.size() if none can take one.
    std::size_t pickConsumerLocked();
    /// Reads paged messages back into memory when the in-memory part runs low.
    void pageInLocked();
    /// Sends `entry` to the log instead of memory when the queue is over its
    /// budget (or already paging); false: keep it in memory.
    bool pageOutLocked(QueuedMessage &entry);
    /// Ready messages, in memory and paged, capped for the AMQP fields.
    std::uint32_t readyCountLocked() const;
    /// Records settled durable copies and lets go of log segments no longer needed.
    void forgetStoredLocked(std::span<const QueuedMessage> entries);
    void releaseStorageLocked();
    std::int64_t minLiveOffsetLocked() const;
    /// Completes the durability waiters that settlements have overtaken.
    void completeSettledWaitersLocked(std::int64_t minLive);
    /// Drops ready messages (purge, delete): records durable ones settled.
    std::uint32_t dropReadyLocked();
    void noteStorageFailureLocked(const std::string &text);

    // Stream mode (model/stream/queue_stream.cpp), all under m_mutex.
    EnqueueOutcome enqueueStreamLocked(MessagePtr message);
    /// Writes the buffered chunk and hands it to consumers.
    void flushStreamLocked();
    void whenStreamDurableLocked(std::function<void(std::optional<std::string> error)> &done);
    /// Places a new consumer's read position by its streamStart.
    void startStreamCursorLocked(const Consumer &consumer);
    void dispatchStreamLocked();
    /// Delivers to one consumer within its credit; false: its sink refused.
    bool feedStreamConsumerLocked(const std::shared_ptr<Queue> &self, const ConsumerPtr &consumer);
    void settleStreamLocked(std::size_t count, bool acknowledged, bool wereUnacked);
    /// Timer: writes what is buffered, applies retention now and then.
    void streamTickLocked(std::int64_t nowMs);
    /// Closes (destroy: and removes) the stream's log.
    void closeStreamLocked(bool destroy);
    QueuePeek peekStream(std::uint64_t from, std::size_t maxCount, std::size_t maxBytes);
    QueuePeek peekStreamFrom(std::optional<std::int64_t> offset, std::uint64_t from, std::size_t maxCount,
                             std::size_t maxBytes);
    void streamStatsLocked(QueueStats &s) const;

    const std::string m_vhost;
    const std::string m_name;
    const QueueOptions m_options;
    const QueuePolicy m_policy;
    DeadLetterTarget *m_deadLetterTarget = nullptr; // set before use
    std::atomic<bool> m_needsTimer{false};

    mutable std::mutex m_mutex;
    ReadyList m_ready;                      // guarded by m_mutex
    std::uint64_t m_unacked = 0;            // guarded by m_mutex
    std::vector<ConsumerPtr> m_consumers;   // guarded by m_mutex
    std::size_t m_nextConsumer = 0;         // guarded by m_mutex; round-robin cursor
    bool m_hadConsumer = false;             // guarded by m_mutex; for auto-delete
    bool m_deleted = false;                 // guarded by m_mutex
    std::uint64_t m_nextSeq = 1;            // guarded by m_mutex
    QueueStats m_counters;                  // guarded by m_mutex; cumulative fields only
    std::vector<DeadLetter> m_deadLetters;  // guarded by m_mutex; published after unlocking
    std::int64_t m_lastUsedMs = 0;          // guarded by m_mutex; for x-expires
    // x-deduplication-window, guarded by m_mutex: message-id → when seen,
    // and the ids in the order seen (oldest first).
    std::unordered_map<std::string, std::int64_t> m_seenIds;
    std::deque<std::pair<std::string, std::int64_t>> m_seenOrder;

    // Storage, all guarded by m_mutex.
    MessageStoreProvider *m_provider = nullptr;
    MessageStorePtr m_store;                // durable log, or paging log once opened
    bool m_durableStore = false;
    std::uint64_t m_memoryBudget = 0;       // 0 = unlimited
    std::int64_t m_pageCursor = 0;          // log offset where the paged range continues
    std::uint64_t m_pagedCount = 0;
    std::uint64_t m_pagedBytes = 0;
    std::int64_t m_recoveredEnd = 0;        // offsets below were stored before the last start
    std::set<std::int64_t> m_liveOffsets;   // stored messages that are in memory (ready or unacked)
    std::int64_t m_releasedBefore = 0;
    struct DurabilityWaiter;
    std::deque<std::pair<std::int64_t, std::shared_ptr<DurabilityWaiter>>> m_durabilityWaiters; // by upTo
    std::string m_storageError;

    std::unique_ptr<StreamState> m_stream;  // streams only; guarded by m_mutex (the pointer is set once)
};

using QueuePtr = std::shared_ptr<Queue>;

} // namespace warren::model
