#pragma once
// Where a queue keeps messages outside memory: the model's view of a queue's
// log (DESIGN.md, "One storage engine, two faces": a durable AMQP queue is a
// log plus a record of what was acknowledged). The model only knows these
// interfaces; the implementation over the storage engine is
// queue_store::QueueLogStore (broker-core/model/queue_store).
//
// A queue uses a store for two things:
//  - persistence: a persistent message routed to a durable queue is appended
//    and its settlement (ack, reject, drop) is recorded, so that a restart
//    brings back exactly the unsettled ones;
//  - paging: when a queue holds more than its memory budget, further messages
//    (persistent or not) go only to the log and are read back in order as
//    consumers need them. Non-durable queues get a paging-only store that is
//    never recovered.
//
// Thread-safety: a store is used by exactly one queue, under that queue's
// lock. whenDurable() callbacks run on the storage engine's flusher thread.

#include "common/ids.h"
#include "model/message.h"
#include "model/model_error.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace warren::model {

/// A message read back from a store.
struct StoredMessage {
    MessagePtr message;
    QueueSeq seq;
    std::int64_t offset = -1;
    std::int64_t timestampMs = 0; ///< when it was appended (its enqueue time): TTLs count from here
};

/// What a durable store found on disk when it was opened.
struct StoreRecovery {
    std::uint64_t messages = 0;    ///< persistent, unsettled messages to serve again
    std::uint64_t bytes = 0;       ///< their body bytes
    std::int64_t firstOffset = 0;  ///< where reading them starts
    std::uint64_t maxSeq = 0;      ///< largest queue sequence number stored (0 if none)
    std::uint64_t truncatedBytes = 0; ///< torn tail cut off by recovery
};

class MessageStore {
public:
    virtual ~MessageStore() = default;

    /// Appends one message; returns its offset. An error means nothing was
    /// stored (the log may now be failed: see failed()).
    virtual ModelResult<std::int64_t> append(const Message &message, QueueSeq seq, std::int64_t nowMs) = 0;
    /// Reads stored messages at offsets >= `from`, in order, up to the limits
    /// (maxBytes in ReadyList::memoryOf terms: what they will cost in memory)
    /// (at least one if any), skipping messages that recovery found settled
    /// and transient messages from before the last start. `next` is where
    /// the following read starts.
    virtual ModelResult<std::vector<StoredMessage>> read(std::int64_t from, std::size_t maxMessages,
                                                         std::size_t maxBytes, std::int64_t &next) = 0;
    /// As read(), but for browsing: it leaves nothing changed that a later
    /// read() depends on (read() may forget what it passed, e.g. recovery's
    /// settled offsets below `next`). It may write the append buffer out.
    virtual ModelResult<std::vector<StoredMessage>> peek(std::int64_t from, std::size_t maxMessages,
                                                         std::size_t maxBytes, std::int64_t &next) = 0;
    /// The offset the next append gets.
    virtual std::int64_t nextOffset() const = 0;
    /// Writes what append() buffered to the log (one write for all of it).
    virtual ModelStatus flush() = 0;

    /// Records that these persistent messages are settled for good (acked,
    /// rejected, dropped): a restart must not bring them back.
    virtual void recordSettled(std::span<const std::int64_t> offsets) = 0;
    /// Records every message in [first, end) settled (purge of a paged range).
    virtual void recordSettledRange(std::int64_t first, std::int64_t end) = 0;
    /// Nothing below `offset` is needed any more: whole segments below it may go.
    virtual void releaseBefore(std::int64_t offset) = 0;
    /// Calls `done` once every append so far is as durable as the broker's
    /// durability policy promises — with an error text if that failed. Runs
    /// on the flusher thread (or at once on the caller's, if nothing waits).
    virtual void whenDurable(std::function<void(std::optional<std::string> error)> done) = 0;

    /// The log failed (I/O error, fsync failure): nothing more can be appended.
    virtual std::optional<std::string> failure() const = 0;
    /// Bytes on disk (the log and its settlement record).
    virtual std::uint64_t diskBytes() const = 0;
    /// Closes the store and removes its files (queue deleted or purged).
    virtual void destroy() = 0;
};

using MessageStorePtr = std::unique_ptr<MessageStore>;

class StreamLog;       // model/stream/stream_log.h
struct StreamSettings; // model/stream/stream_log.h

/// Something a publisher stored into whose durability a confirm may have to
/// wait: a queue, or a delayed-message exchange's schedule. Any thread.
class DurabilityTarget {
public:
    virtual ~DurabilityTarget() = default;
    /// Writes what was buffered (the end of a publisher's input batch).
    virtual void flushStorage() = 0;
    /// `done` runs once what was stored so far is durable (or no longer
    /// needs to be), with an error text if that failed.
    virtual void whenDurable(std::function<void(std::optional<std::string> error)> done) = 0;
};
using DurabilityTargetPtr = std::shared_ptr<DurabilityTarget>;

/// Opens stores for queues; owned by the broker, outlives the queues.
/// Thread-safety: any thread.
class MessageStoreProvider {
public:
    virtual ~MessageStoreProvider() = default;
    /// The durable log of a durable queue: created if missing, recovered
    /// (torn tail cut, settlements read) if present.
    virtual ModelResult<MessageStorePtr> openDurable(const std::string &vhost, const std::string &queue,
                                                     StoreRecovery &recovery) = 0;
    /// A fresh paging-only log (never recovered; removed on destroy and at start).
    virtual ModelResult<MessageStorePtr> openPaging(const std::string &vhost, const std::string &queue) = 0;
    /// Removes a durable queue's log, if any (a queue declared anew must not
    /// find the messages of an older queue of the same name).
    virtual void discardDurable(const std::string &vhost, const std::string &queue) = 0;
    /// The log of a stream queue (x-queue-type: stream): created if
    /// missing, recovered (torn tail cut) if present.
    virtual ModelResult<std::unique_ptr<StreamLog>> openStream(const std::string &vhost, const std::string &queue,
                                                               const StreamSettings &settings) = 0;
    /// Removes a stream's log, if any (a stream declared anew starts empty).
    virtual void discardStream(const std::string &vhost, const std::string &queue) = 0;
    /// Memory a queue may fill with ready messages before it pages out.
    virtual std::uint64_t memoryBudget(bool lazyQueue) const = 0;
};

} // namespace warren::model
