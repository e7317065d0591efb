#pragma once
// The mailbox through which queues hand deliveries to one AMQP connection.
//
// Queues call deliver()/consumerCancelled() from any thread, holding their
// own lock; the inbox only appends and, on the transition from "nothing
// pending" to "something pending", calls the wake function once (which posts
// to the connection's worker thread). The connection's thread takes items in
// batches with takeAll(). close() refuses further deliveries and hands back
// what was still pending so the connection can requeue it.

#include "model/consumer.h"

#include <atomic>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace warren::amqp {

/// A durability barrier of a channel was reached (or failed): sent from the
/// storage flusher thread, see AmqpChannel's confirm handling.
struct DurabilityCompletion {
    std::uint16_t channel = 0;
    std::uint64_t barrier = 0;
    std::optional<std::string> error;
};

struct InboxItem {
    model::Delivery delivery;   ///< delivery.consumer is always set
    bool cancelled = false;     ///< true: broker-side cancel of delivery.consumer, no message
};

class SessionInbox final : public model::DeliverySink {
public:
    explicit SessionInbox(std::function<void()> wake) : m_wake(std::move(wake)) {}

    bool deliver(model::Delivery &&delivery) override;
    void consumerCancelled(const model::ConsumerPtr &consumer) override;

    /// Queues a durability completion (any thread); false once closed.
    bool complete(DurabilityCompletion &&completion);

    /// Moves every pending item into `out` (appending), and the completions
    /// into `completions`. Connection thread only.
    void takeAll(std::vector<InboxItem> &out, std::vector<DurabilityCompletion> &completions);
    /// Moves every pending completion into `out`. Connection thread only.
    void takeCompletions(std::vector<DurabilityCompletion> &out);
    /// Refuses further deliveries; returns what was pending.
    std::vector<InboxItem> close();

private:
    bool push(InboxItem &&item);
    void wakeLocked();

    const std::function<void()> m_wake;
    std::mutex m_mutex;
    std::vector<InboxItem> m_items; // guarded by m_mutex
    std::vector<DurabilityCompletion> m_completions; // guarded by m_mutex
    bool m_closed = false;          // guarded by m_mutex
    bool m_wakePending = false;     // guarded by m_mutex
};

} // namespace warren::amqp
