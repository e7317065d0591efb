#pragma once
// The ready (not yet delivered) messages of one queue, in delivery order:
// by priority (highest first) when the queue has x-max-priority, then by
// QueueSeq. Requeued messages return to their original position.
//
// Not thread-safe: owned by a Queue and used under the queue's lock.

#include "model/consumer.h"

#include <cstdint>
#include <deque>
#include <vector>

namespace warren::model {

class ReadyList {
public:
    /// maxPriority 0: a plain FIFO; 1–255: that many priority levels + 0.
    explicit ReadyList(std::uint8_t maxPriority = 0);

    void push(QueuedMessage entry);
    /// Precondition: !empty().
    QueuedMessage popFront();
    /// The entry popFront() would return. Precondition: !empty().
    const QueuedMessage &front() const;
    /// Removes, from the head of each priority level, entries whose
    /// expiresAt is set and <= nowMs (TTL applies at the head, as in
    /// RabbitMQ), passing each to `expired`. Returns how many went.
    template <typename F>
    std::size_t dropExpired(std::int64_t nowMs, F &&expired)
    {
        std::size_t n = 0;
        for (auto level = m_levels.rbegin(); level != m_levels.rend(); ++level) {
            while (!level->empty() && level->front().expiresAt != 0 && level->front().expiresAt <= nowMs) {
                QueuedMessage entry = std::move(level->front());
                level->pop_front();
                forget(entry);
                ++n;
                expired(std::move(entry));
            }
        }
        return n;
    }
    /// Puts entries back by (priority, seq) position.
    void requeue(std::vector<QueuedMessage> entries);
    void clear();

    /// True with x-max-priority (more than one level).
    bool prioritized() const { return m_levels.size() > 1; }
    /// Calls f(const QueuedMessage &) for every entry, in delivery order.
    template <typename F>
    void forEach(F &&f) const
    {
        for (auto level = m_levels.rbegin(); level != m_levels.rend(); ++level)
            for (const QueuedMessage &e : *level)
                f(e);
    }
    /// As forEach, but from the `skip`-th entry in delivery order, and only
    /// while f(const QueuedMessage &) returns true (browsing: no full walk).
    template <typename F>
    void forEachFrom(std::size_t skip, F &&f) const
    {
        for (auto level = m_levels.rbegin(); level != m_levels.rend(); ++level) {
            if (skip >= level->size()) {
                skip -= level->size();
                continue;
            }
            for (auto it = level->begin() + std::ptrdiff_t(skip); it != level->end(); ++it)
                if (!f(*it))
                    return;
            skip = 0;
        }
    }

    bool empty() const { return m_count == 0; }
    std::size_t size() const { return m_count; }
    /// Body bytes of the ready messages.
    std::uint64_t bytes() const { return m_bytes; }
    /// Estimated memory the ready messages hold (bodies, properties, keys,
    /// and per-entry overhead): what a queue's memory budget is measured in.
    std::uint64_t memory() const { return m_memory; }
    /// The estimate for one message.
    static std::uint64_t memoryOf(const Message &message);

private:
    std::deque<QueuedMessage> &levelFor(const QueuedMessage &entry);
    /// Takes a removed entry out of the counts.
    void forget(const QueuedMessage &entry);

    std::vector<std::deque<QueuedMessage>> m_levels; ///< index = priority
    std::size_t m_count = 0;
    std::uint64_t m_bytes = 0;
    std::uint64_t m_memory = 0;
};

} // namespace warren::model
