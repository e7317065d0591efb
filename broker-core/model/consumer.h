#pragma once
// A consumer as the model sees it, and the sink its deliveries go to.
//
// A Consumer is shared (std::shared_ptr) between the queue it consumes from
// and the protocol channel that created it. The queue reads its counters
// under the queue's lock; the channel's thread updates them with atomics.
// Credit rules: a consumer takes a message only while
//   - its in-transit count (pushed to the session, not yet written to the
//     socket) is below kInTransitWindow — this bounds memory for slow or
//     auto-ack consumers;
//   - for acknowledging consumers: its unacked count is below its prefetch
//     (0 = unlimited), and its channel's shared credit allows it.
// After freeing credit, the channel calls Queue::dispatch() so that a queue
// that stopped for lack of credit resumes: nothing can be left stranded.

#include "common/ids.h"
#include "model/message.h"
#include "model/stream/stream_start.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>

namespace warren::model {

class Queue;
struct Consumer;

/// Credit shared by every consumer of one channel (basic.qos global=true and
/// channel.flow). Thread-safe: atomics only.
struct ChannelCredit {
    std::atomic<std::uint32_t> unacked{0};
    std::atomic<std::uint32_t> prefetch{0}; ///< 0 = unlimited
    std::atomic<bool> flowActive{true};

    /// Takes one unit of channel credit for an acknowledging delivery.
    bool tryTake()
    {
        const std::uint32_t limit = prefetch.load(std::memory_order_relaxed);
        if (limit == 0) {
            unacked.fetch_add(1, std::memory_order_relaxed);
            return true;
        }
        std::uint32_t cur = unacked.load(std::memory_order_relaxed);
        while (cur < limit) {
            if (unacked.compare_exchange_weak(cur, cur + 1, std::memory_order_relaxed))
                return true;
        }
        return false;
    }
    void release(std::uint32_t n) { unacked.fetch_sub(n, std::memory_order_relaxed); }
};

/// A message handed out by a queue: which queue, its position there and how
/// often it was delivered before (deliveryCount > 0 means redelivered).
struct QueuedMessage {
    MessagePtr message;
    QueueSeq seq;
    std::uint32_t deliveryCount = 0;
    /// Where the queue's log holds it (-1: memory only). `durableCopy`: a
    /// persistent message in a durable queue's log, whose settlement must be
    /// recorded there.
    std::int64_t storeOffset = -1;
    bool durableCopy = false;
    /// When it expires (ms since the epoch; 0 = never): the earlier of the
    /// queue's x-message-ttl and the message's expiration, from enqueue.
    std::int64_t expiresAt = 0;
    bool redelivered() const { return deliveryCount > 0; }
};

struct Delivery {
    std::shared_ptr<Queue> queue;
    std::shared_ptr<Consumer> consumer;
    QueuedMessage entry;
    /// Stream queues: the message's offset in the stream (the protocol adds
    /// it as the x-stream-offset header); -1 for other queues.
    std::int64_t streamOffset = -1;
};

/// Where a consumer's deliveries go: the owning session's inbox. Called from
/// any thread with the delivering queue's lock held, so implementations only
/// enqueue and wake their thread; they never call back into a queue.
class DeliverySink {
public:
    virtual ~DeliverySink() = default;
    /// Takes the delivery, or returns false if the session is closing (the
    /// queue then keeps the message and drops the consumer).
    virtual bool deliver(Delivery &&delivery) = 0;
    /// The queue was deleted (or the consumer otherwise ended by the broker).
    virtual void consumerCancelled(const std::shared_ptr<Consumer> &consumer) = 0;
};

struct Consumer {
    static constexpr std::uint32_t kInTransitWindow = 1024;

    std::string tag;
    bool noAck = false;
    bool exclusive = false;
    std::uint32_t prefetch = 0; ///< per-consumer limit for unacked messages; 0 = unlimited
    /// basic.consume's x-priority: higher-priority consumers get messages
    /// while they have credit; lower ones only when those are blocked.
    std::int32_t priority = 0;
    /// Stream queues: where this consumer starts reading (x-stream-offset).
    StreamStart streamStart;
    ConnectionId connection;
    std::uint16_t channel = 0;
    std::shared_ptr<ChannelCredit> channelCredit;
    std::shared_ptr<DeliverySink> sink;

    std::atomic<std::uint32_t> unacked{0};
    std::atomic<std::uint32_t> inTransit{0};

    /// Whether the queue may hand this consumer one more message now, and if
    /// so takes the credit. Called under the queue's lock.
    bool takeCredit()
    {
        if (inTransit.load(std::memory_order_relaxed) >= kInTransitWindow)
            return false;
        if (!channelCredit->flowActive.load(std::memory_order_relaxed))
            return false;
        if (!noAck) {
            if (prefetch != 0 && unacked.load(std::memory_order_relaxed) >= prefetch)
                return false;
            if (!channelCredit->tryTake())
                return false;
            unacked.fetch_add(1, std::memory_order_relaxed);
        }
        inTransit.fetch_add(1, std::memory_order_relaxed);
        return true;
    }
    /// Undoes takeCredit() for a delivery the sink refused.
    void returnCredit()
    {
        inTransit.fetch_sub(1, std::memory_order_relaxed);
        if (!noAck) {
            unacked.fetch_sub(1, std::memory_order_relaxed);
            channelCredit->release(1);
        }
    }
};

using ConsumerPtr = std::shared_ptr<Consumer>;

} // namespace warren::model
