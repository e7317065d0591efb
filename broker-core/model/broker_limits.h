#pragma once
// Broker-wide limits on how much clients may create: connections (AMQP at
// connection.open, Kafka at accept) and queues per virtual host (checked by
// VirtualHost::declareQueue for new queues). 0 = unlimited, the default.
//
// Owned by model::Broker (Broker::limits()). Thread-safe: plain atomics; the
// limits may be changed at any time and apply to what comes next — existing
// connections and queues are never touched.

#include <atomic>
#include <cstdint>

namespace warren::model {

class BrokerLimits {
public:
    void setMaxConnections(std::uint64_t max) { m_maxConnections.store(max, std::memory_order_relaxed); }
    std::uint64_t maxConnections() const { return m_maxConnections.load(std::memory_order_relaxed); }
    void setMaxQueuesPerVhost(std::uint64_t max) { m_maxQueues.store(max, std::memory_order_relaxed); }
    std::uint64_t maxQueuesPerVhost() const { return m_maxQueues.load(std::memory_order_relaxed); }

    /// Counts one more client connection unless that would pass the limit.
    /// Every true must be matched by one releaseConnection().
    bool tryAdmitConnection()
    {
        std::uint64_t n = m_admitted.load(std::memory_order_relaxed);
        for (;;) {
            const std::uint64_t max = maxConnections();
            if (max != 0 && n >= max)
                return false;
            if (m_admitted.compare_exchange_weak(n, n + 1, std::memory_order_acq_rel))
                return true;
        }
    }
    void releaseConnection() { m_admitted.fetch_sub(1, std::memory_order_acq_rel); }
    /// Connections admitted and not yet released.
    std::uint64_t admittedConnections() const { return m_admitted.load(std::memory_order_relaxed); }

private:
    std::atomic<std::uint64_t> m_maxConnections{0};
    std::atomic<std::uint64_t> m_maxQueues{0};
    std::atomic<std::uint64_t> m_admitted{0};
};

} // namespace warren::model
