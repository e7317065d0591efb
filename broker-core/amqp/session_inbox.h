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
#include <vector>

namespace warren::amqp {

struct InboxItem {
    model::Delivery delivery;   ///< delivery.consumer is always set
    bool cancelled = false;     ///< true: broker-side cancel of delivery.consumer, no message
};

class SessionInbox final : public model::DeliverySink {
public:
    explicit SessionInbox(std::function<void()> wake) : m_wake(std::move(wake)) {}

    bool deliver(model::Delivery &&delivery) override;
    void consumerCancelled(const model::ConsumerPtr &consumer) override;

    /// Moves every pending item into `out` (appending). Connection thread only.
    void takeAll(std::vector<InboxItem> &out);
    /// Refuses further deliveries; returns what was pending.
    std::vector<InboxItem> close();

private:
    bool push(InboxItem &&item);

    const std::function<void()> m_wake;
    std::mutex m_mutex;
    std::vector<InboxItem> m_items; // guarded by m_mutex
    bool m_closed = false;          // guarded by m_mutex
    bool m_wakePending = false;     // guarded by m_mutex
};

} // namespace warren::amqp
