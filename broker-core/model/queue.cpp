#include "model/queue.h"

#include <algorithm>

namespace warren::model {

namespace {
std::uint8_t maxPriorityOf(const FieldTable &arguments)
{
    const FieldValue *v = arguments.find("x-max-priority");
    const auto n = v ? v->toInteger() : std::nullopt;
    return n && *n > 0 ? std::uint8_t(std::min<std::int64_t>(*n, 255)) : 0;
}
} // namespace

Queue::Queue(std::string vhost, std::string name, QueueOptions options)
    : m_vhost(std::move(vhost)), m_name(std::move(name)), m_options(std::move(options)),
      m_ready(maxPriorityOf(m_options.arguments))
{
}

bool Queue::enqueue(MessagePtr message)
{
    std::lock_guard lock(m_mutex);
    if (m_deleted)
        return false;
    m_ready.push(QueuedMessage{std::move(message), QueueSeq{m_nextSeq++}, 0});
    ++m_counters.published;
    if (!m_consumers.empty())
        dispatchLocked();
    return true;
}

ModelStatus Queue::addConsumer(ConsumerPtr consumer)
{
    std::lock_guard lock(m_mutex);
    if (m_deleted)
        return modelError(ErrorKind::NotFound, "no queue '" + m_name + "' in vhost '" + m_vhost + "'");
    const bool exclusiveHeld = std::any_of(m_consumers.begin(), m_consumers.end(),
                                           [](const ConsumerPtr &c) { return c->exclusive; });
    if (exclusiveHeld || (consumer->exclusive && !m_consumers.empty()))
        return modelError(ErrorKind::ResourceLocked,
                          "queue '" + m_name + "' in vhost '" + m_vhost + "' in exclusive use");
    m_consumers.push_back(std::move(consumer));
    m_hadConsumer = true;
    dispatchLocked();
    return {};
}

bool Queue::removeConsumer(const Consumer *consumer)
{
    std::lock_guard lock(m_mutex);
    auto it = std::find_if(m_consumers.begin(), m_consumers.end(),
                           [&](const ConsumerPtr &c) { return c.get() == consumer; });
    if (it == m_consumers.end())
        return false;
    // Keep the round-robin turn: the cursor names the same next consumer.
    if (std::size_t(it - m_consumers.begin()) < m_nextConsumer)
        --m_nextConsumer;
    m_consumers.erase(it);
    if (m_nextConsumer >= m_consumers.size())
        m_nextConsumer = 0;
    return m_consumers.empty() && m_options.autoDelete && m_hadConsumer && !m_deleted;
}

void Queue::dispatch()
{
    std::lock_guard lock(m_mutex);
    dispatchLocked();
}

void Queue::dispatchLocked()
{
    auto self = shared_from_this();
    while (!m_ready.empty() && !m_consumers.empty()) {
        // Round-robin: the first consumer from the cursor that has credit.
        const std::size_t n = m_consumers.size();
        std::size_t picked = n;
        for (std::size_t i = 0; i < n; ++i) {
            const std::size_t idx = (m_nextConsumer + i) % n;
            if (m_consumers[idx]->takeCredit()) {
                picked = idx;
                break;
            }
        }
        if (picked == n)
            return;
        ConsumerPtr consumer = m_consumers[picked];
        m_nextConsumer = (picked + 1) % n;

        QueuedMessage entry = m_ready.popFront();
        const bool redelivered = entry.redelivered();
        const bool noAck = consumer->noAck;
        Delivery delivery{self, consumer, entry};
        if (!consumer->sink->deliver(std::move(delivery))) {
            // The session is closing: keep the message, drop the consumer.
            consumer->returnCredit();
            std::vector<QueuedMessage> back;
            back.push_back(std::move(entry));
            m_ready.requeue(std::move(back));
            m_consumers.erase(m_consumers.begin() + std::ptrdiff_t(picked));
            if (picked < m_nextConsumer)
                --m_nextConsumer;
            if (m_nextConsumer >= m_consumers.size())
                m_nextConsumer = 0;
            continue;
        }
        ++m_counters.delivered;
        if (redelivered)
            ++m_counters.redelivered;
        if (noAck)
            ++m_counters.acked;
        else
            ++m_unacked;
    }
}

std::optional<QueuedMessage> Queue::get(bool ackRequired, std::uint32_t &remaining)
{
    std::lock_guard lock(m_mutex);
    if (m_ready.empty()) {
        remaining = 0;
        return std::nullopt;
    }
    QueuedMessage entry = m_ready.popFront();
    remaining = std::uint32_t(std::min<std::size_t>(m_ready.size(), UINT32_MAX));
    ++m_counters.delivered;
    if (entry.redelivered())
        ++m_counters.redelivered;
    if (ackRequired)
        ++m_unacked;
    else
        ++m_counters.acked;
    return entry;
}

void Queue::settle(std::span<const QueueSeq> seqs, bool acknowledged)
{
    std::lock_guard lock(m_mutex);
    if (m_deleted)
        return;
    m_unacked -= std::min<std::uint64_t>(m_unacked, seqs.size());
    if (acknowledged)
        m_counters.acked += seqs.size();
    dispatchLocked();
}

void Queue::requeue(std::vector<QueuedMessage> entries, bool wereUnacked)
{
    std::lock_guard lock(m_mutex);
    if (m_deleted)
        return;
    if (wereUnacked)
        m_unacked -= std::min<std::uint64_t>(m_unacked, entries.size());
    else
        m_counters.acked -= std::min<std::uint64_t>(m_counters.acked, entries.size());
    for (auto &e : entries)
        ++e.deliveryCount;
    m_ready.requeue(std::move(entries));
    dispatchLocked();
}

std::uint32_t Queue::purge()
{
    std::lock_guard lock(m_mutex);
    const auto n = std::uint32_t(std::min<std::size_t>(m_ready.size(), UINT32_MAX));
    m_ready.clear();
    return n;
}

std::uint32_t Queue::markDeleted(std::vector<ConsumerPtr> &consumersOut)
{
    std::lock_guard lock(m_mutex);
    const auto n = std::uint32_t(std::min<std::size_t>(m_ready.size(), UINT32_MAX));
    m_deleted = true;
    m_ready.clear();
    consumersOut = std::move(m_consumers);
    m_consumers.clear();
    return n;
}

bool Queue::isDeleted() const
{
    std::lock_guard lock(m_mutex);
    return m_deleted;
}

std::uint32_t Queue::messageCount() const
{
    std::lock_guard lock(m_mutex);
    return std::uint32_t(std::min<std::size_t>(m_ready.size(), UINT32_MAX));
}

std::uint32_t Queue::consumerCount() const
{
    std::lock_guard lock(m_mutex);
    return std::uint32_t(m_consumers.size());
}

bool Queue::hasExclusiveConsumer() const
{
    std::lock_guard lock(m_mutex);
    return std::any_of(m_consumers.begin(), m_consumers.end(), [](const ConsumerPtr &c) { return c->exclusive; });
}

QueueStats Queue::stats() const
{
    std::lock_guard lock(m_mutex);
    QueueStats s = m_counters;
    s.ready = m_ready.size();
    s.readyBytes = m_ready.bytes();
    s.unacked = m_unacked;
    s.consumers = int(m_consumers.size());
    return s;
}

std::vector<ConsumerPtr> Queue::consumers() const
{
    std::lock_guard lock(m_mutex);
    return m_consumers;
}

} // namespace warren::model
