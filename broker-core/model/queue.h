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

#include "common/field_value.h"
#include "common/ids.h"
#include "model/consumer.h"
#include "model/model_error.h"
#include "model/ready_list.h"

#include <deque>
#include <mutex>
#include <optional>
#include <span>
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
};

class Queue : public std::enable_shared_from_this<Queue> {
public:
    Queue(std::string vhost, std::string name, QueueOptions options);

    const std::string &name() const { return m_name; }
    const std::string &vhost() const { return m_vhost; }
    const QueueOptions &options() const { return m_options; }
    bool isExclusiveTo(ConnectionId c) const { return m_options.exclusive && m_options.owner == c; }

    /// Appends a routed message and dispatches. Returns false if the queue
    /// has been deleted (the message is dropped, as for an unrouted copy).
    bool enqueue(MessagePtr message);

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
    void settle(std::span<const QueueSeq> seqs, bool acknowledged);
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

private:
    void dispatchLocked();

    const std::string m_vhost;
    const std::string m_name;
    const QueueOptions m_options;

    mutable std::mutex m_mutex;
    ReadyList m_ready;                      // guarded by m_mutex
    std::uint64_t m_unacked = 0;            // guarded by m_mutex
    std::vector<ConsumerPtr> m_consumers;   // guarded by m_mutex
    std::size_t m_nextConsumer = 0;         // guarded by m_mutex; round-robin cursor
    bool m_hadConsumer = false;             // guarded by m_mutex; for auto-delete
    bool m_deleted = false;                 // guarded by m_mutex
    std::uint64_t m_nextSeq = 1;            // guarded by m_mutex
    QueueStats m_counters;                  // guarded by m_mutex; cumulative fields only
};

using QueuePtr = std::shared_ptr<Queue>;

} // namespace warren::model
