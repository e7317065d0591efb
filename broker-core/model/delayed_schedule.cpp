#include "model/delayed_schedule.h"

#include "model/queue.h" // EnqueueOutcome

#include <algorithm>

namespace warren::model {

std::optional<std::int64_t> DelayedSchedule::delayOf(const Message &message)
{
    if (!message.headers)
        return std::nullopt;
    const FieldValue *v = message.headers->find("x-delay");
    const auto n = v ? v->toInteger() : std::nullopt;
    if (!n || *n <= 0)
        return std::nullopt;
    return *n;
}

void DelayedSchedule::attachStorage(MessageStorePtr store, const StoreRecovery &recovery)
{
    std::lock_guard lock(m_mutex);
    m_store = std::move(store);
    if (!m_store)
        return;
    m_releasedBefore = recovery.firstOffset;
    std::int64_t from = recovery.firstOffset;
    std::uint64_t left = recovery.messages;
    while (left > 0) {
        std::int64_t next = from;
        auto read = m_store->read(from, 4096, 16u << 20, next);
        if (!read || read->empty())
            break;
        for (StoredMessage &sm : *read) {
            const std::int64_t delay = delayOf(*sm.message).value_or(0);
            m_liveOffsets.insert(sm.offset);
            m_entries.emplace(std::make_pair(sm.timestampMs + delay, m_nextSeq++),
                              Entry{std::move(sm.message), sm.offset});
            if (--left == 0)
                break;
        }
        from = next;
    }
}

EnqueueOutcome DelayedSchedule::schedule(MessagePtr message, std::int64_t delayMs, std::int64_t nowMs)
{
    std::lock_guard lock(m_mutex);
    Entry entry{std::move(message), -1};
    EnqueueOutcome outcome = EnqueueOutcome::Queued;
    if (m_store && entry.message->persistent) {
        auto offset = m_store->append(*entry.message, QueueSeq{m_nextSeq}, nowMs);
        if (!offset)
            return EnqueueOutcome::StorageFailed;
        entry.storeOffset = *offset;
        m_liveOffsets.insert(*offset);
        outcome = EnqueueOutcome::QueuedDurable;
    }
    m_entries.emplace(std::make_pair(nowMs + delayMs, m_nextSeq++), std::move(entry));
    return outcome;
}

std::vector<MessagePtr> DelayedSchedule::takeDue(std::int64_t nowMs)
{
    std::lock_guard lock(m_mutex);
    std::vector<MessagePtr> due;
    std::vector<std::int64_t> settled;
    while (!m_entries.empty() && m_entries.begin()->first.first <= nowMs) {
        Entry &e = m_entries.begin()->second;
        if (e.storeOffset >= 0) {
            settled.push_back(e.storeOffset);
            m_liveOffsets.erase(e.storeOffset);
        }
        due.push_back(std::move(e.message));
        m_entries.erase(m_entries.begin());
    }
    if (m_store && !settled.empty()) {
        m_store->recordSettled(settled);
        const std::int64_t minLive = m_liveOffsets.empty() ? m_store->nextOffset() : *m_liveOffsets.begin();
        if (minLive > m_releasedBefore) {
            m_releasedBefore = minLive;
            m_store->releaseBefore(minLive);
        }
    }
    return due;
}

std::size_t DelayedSchedule::size() const
{
    std::lock_guard lock(m_mutex);
    return m_entries.size();
}

std::optional<std::int64_t> DelayedSchedule::nextDueMs() const
{
    std::lock_guard lock(m_mutex);
    if (m_entries.empty())
        return std::nullopt;
    return m_entries.begin()->first.first;
}

std::vector<std::pair<std::int64_t, MessagePtr>> DelayedSchedule::scheduled(std::size_t max) const
{
    std::lock_guard lock(m_mutex);
    std::vector<std::pair<std::int64_t, MessagePtr>> out;
    for (auto it = m_entries.begin(); it != m_entries.end() && out.size() < max; ++it)
        out.emplace_back(it->first.first, it->second.message);
    return out;
}

void DelayedSchedule::destroy()
{
    std::lock_guard lock(m_mutex);
    m_entries.clear();
    m_liveOffsets.clear();
    if (m_store) {
        m_store->destroy();
        m_store.reset();
    }
}

void DelayedSchedule::close()
{
    std::lock_guard lock(m_mutex);
    if (m_store)
        (void)m_store->flush();
    m_store.reset();
}

void DelayedSchedule::flushStorage()
{
    std::lock_guard lock(m_mutex);
    if (m_store)
        (void)m_store->flush();
}

void DelayedSchedule::whenDurable(std::function<void(std::optional<std::string> error)> done)
{
    std::unique_lock lock(m_mutex);
    if (!m_store) {
        lock.unlock();
        done(std::nullopt);
        return;
    }
    m_store->whenDurable(std::move(done));
}

} // namespace warren::model
