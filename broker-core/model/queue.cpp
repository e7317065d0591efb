#include "model/queue.h"

#include <QDateTime>

#include <algorithm>
#include <atomic>

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

namespace {
bool isLazy(const FieldTable &arguments)
{
    const FieldValue *v = arguments.find("x-queue-mode");
    const std::string *s = v ? v->asString() : nullptr;
    return s && *s == "lazy";
}
std::int64_t nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
// Reads stop at this many bytes per page-in, whatever the budget.
constexpr std::uint64_t kMaxPageInBytes = 4u << 20;
constexpr std::size_t kMaxPageInMessages = 8192;
} // namespace

void Queue::attachStorage(MessageStoreProvider *provider, MessageStorePtr durableStore, const StoreRecovery &recovery)
{
    std::lock_guard lock(m_mutex);
    m_provider = provider;
    m_memoryBudget = provider ? provider->memoryBudget(isLazy(m_options.arguments)) : 0;
    m_store = std::move(durableStore);
    m_durableStore = m_store != nullptr;
    if (m_store) {
        m_pageCursor = recovery.firstOffset;
        m_pagedCount = recovery.messages;
        m_pagedBytes = recovery.bytes;
        m_recoveredEnd = m_store->nextOffset();
        m_releasedBefore = recovery.firstOffset;
        m_nextSeq = std::max<std::uint64_t>(m_nextSeq, recovery.maxSeq + 1);
    }
}

void Queue::closeStorage()
{
    std::lock_guard lock(m_mutex);
    m_store.reset();
    m_provider = nullptr;
    m_durableStore = false;
    m_pagedCount = 0;
    m_pagedBytes = 0;
    m_liveOffsets.clear();
    m_durabilityWaiters.clear(); // the closed log failed their flusher requests
}

void Queue::flushStorage()
{
    std::lock_guard lock(m_mutex);
    if (!m_store)
        return;
    if (auto st = m_store->flush(); !st)
        noteStorageFailureLocked(st.error().text);
}

std::string Queue::storageError() const
{
    std::lock_guard lock(m_mutex);
    return m_storageError;
}

void Queue::noteStorageFailureLocked(const std::string &text)
{
    if (m_storageError.empty())
        m_storageError = text;
}

bool Queue::pageOutLocked(QueuedMessage &entry)
{
    // Paging keeps FIFO order only if everything after the first paged
    // message is paged too; priority queues keep everything in memory.
    const bool overBudget = m_pagedCount > 0 || (m_memoryBudget != 0 && m_ready.memory() >= m_memoryBudget);
    if (!overBudget || m_ready.prioritized() || !m_provider)
        return false;
    if (!m_store) {
        auto opened = m_provider->openPaging(m_vhost, m_name);
        if (!opened) {
            noteStorageFailureLocked(opened.error().text);
            return false;
        }
        m_store = std::move(*opened);
        m_releasedBefore = m_store->nextOffset();
    }
    if (entry.storeOffset < 0) {
        auto offset = m_store->append(*entry.message, entry.seq, nowMs());
        if (!offset) {
            noteStorageFailureLocked(offset.error().text);
            return false; // keep it in memory
        }
        entry.storeOffset = *offset;
        ++m_counters.persistedOnDisk;
    }
    if (m_pagedCount == 0)
        m_pageCursor = entry.storeOffset;
    ++m_pagedCount;
    m_pagedBytes += entry.message->body.size();
    return true;
}

EnqueueOutcome Queue::enqueue(MessagePtr message)
{
    std::lock_guard lock(m_mutex);
    if (m_deleted)
        return EnqueueOutcome::Deleted;
    QueuedMessage entry{std::move(message), QueueSeq{m_nextSeq++}, 0};
    EnqueueOutcome outcome = EnqueueOutcome::Queued;
    if (m_durableStore && entry.message->persistent) {
        auto offset = m_store->append(*entry.message, entry.seq, nowMs());
        if (!offset) {
            noteStorageFailureLocked(offset.error().text);
            return EnqueueOutcome::StorageFailed;
        }
        entry.storeOffset = *offset;
        entry.durableCopy = true;
        ++m_counters.persistedOnDisk;
        outcome = EnqueueOutcome::QueuedDurable;
    }
    ++m_counters.published;
    if (!pageOutLocked(entry)) {
        if (entry.storeOffset >= 0)
            m_liveOffsets.insert(entry.storeOffset);
        m_ready.push(std::move(entry));
    }
    if (!m_consumers.empty())
        dispatchLocked();
    return outcome;
}

/// One whenDurable() call: completed by the flusher or by settlements,
/// whichever comes first; the other is ignored.
struct Queue::DurabilityWaiter {
    std::function<void(std::optional<std::string> error)> done;
    std::atomic<bool> fired{false};
    void fire(std::optional<std::string> error)
    {
        if (!fired.exchange(true))
            done(std::move(error));
    }
};

void Queue::whenDurable(std::function<void(std::optional<std::string> error)> done)
{
    std::unique_lock lock(m_mutex);
    if (!m_durableStore || !m_store) {
        lock.unlock();
        done(std::nullopt);
        return;
    }
    const std::int64_t upTo = m_store->nextOffset();
    if (minLiveOffsetLocked() >= upTo) {
        // Everything stored so far is already settled: nothing left to lose.
        lock.unlock();
        done(std::nullopt);
        return;
    }
    while (!m_durabilityWaiters.empty() && m_durabilityWaiters.front().second->fired.load())
        m_durabilityWaiters.pop_front();
    auto waiter = std::make_shared<DurabilityWaiter>();
    waiter->done = std::move(done);
    m_durabilityWaiters.emplace_back(upTo, waiter);
    m_store->whenDurable([waiter](std::optional<std::string> error) { waiter->fire(std::move(error)); });
}

std::int64_t Queue::minLiveOffsetLocked() const
{
    std::int64_t minLive = m_pagedCount > 0 ? m_pageCursor : m_store->nextOffset();
    if (!m_liveOffsets.empty())
        minLive = std::min(minLive, *m_liveOffsets.begin());
    return minLive;
}

void Queue::completeSettledWaitersLocked(std::int64_t minLive)
{
    while (!m_durabilityWaiters.empty() && m_durabilityWaiters.front().first <= minLive) {
        m_durabilityWaiters.front().second->fire(std::nullopt);
        m_durabilityWaiters.pop_front();
    }
}

void Queue::pageInLocked()
{
    if (m_pagedCount == 0 || !m_store)
        return;
    // Refill once the in-memory part is down to a quarter of the budget.
    const std::uint64_t budget = m_memoryBudget ? m_memoryBudget : kMaxPageInBytes;
    if (!m_ready.prioritized() && m_ready.memory() > budget / 4)
        return;
    const std::uint64_t room = m_ready.prioritized() ? UINT64_MAX : budget - m_ready.memory();
    std::uint64_t wantBytes = std::min<std::uint64_t>(room, kMaxPageInBytes);
    while (m_pagedCount > 0) {
        std::int64_t next = m_pageCursor;
        auto read = m_store->read(m_pageCursor, std::size_t(std::min<std::uint64_t>(m_pagedCount, kMaxPageInMessages)),
                                  std::size_t(wantBytes), next);
        if (!read || read->empty()) {
            // What cannot be read back is lost: say so and stop pretending.
            noteStorageFailureLocked(read ? "queue log ended before its paged messages" : read.error().text);
            m_pagedCount = 0;
            m_pagedBytes = 0;
            return;
        }
        for (StoredMessage &sm : *read) {
            QueuedMessage entry{std::move(sm.message), sm.seq, 0};
            entry.storeOffset = sm.offset;
            entry.durableCopy = m_durableStore && entry.message->persistent;
            // Recovered after a restart: it may have been delivered before.
            if (sm.offset < m_recoveredEnd)
                entry.deliveryCount = 1;
            m_pagedBytes -= std::min<std::uint64_t>(m_pagedBytes, entry.message->body.size());
            m_liveOffsets.insert(sm.offset);
            m_ready.push(std::move(entry));
            if (--m_pagedCount == 0)
                break;
        }
        m_pageCursor = next;
        if (!m_ready.prioritized())
            break; // one read per refill keeps lock hold times short
    }
}

void Queue::forgetStoredLocked(std::span<const QueuedMessage> entries)
{
    if (!m_store)
        return;
    std::vector<std::int64_t> settled;
    for (const QueuedMessage &e : entries) {
        if (e.storeOffset < 0)
            continue;
        m_liveOffsets.erase(e.storeOffset);
        if (e.durableCopy)
            settled.push_back(e.storeOffset);
    }
    if (!settled.empty() && m_durableStore)
        m_store->recordSettled(settled);
    releaseStorageLocked();
}

void Queue::releaseStorageLocked()
{
    if (!m_store)
        return;
    const std::int64_t minLive = minLiveOffsetLocked();
    if (!m_durabilityWaiters.empty())
        completeSettledWaitersLocked(minLive);
    if (minLive > m_releasedBefore) {
        m_releasedBefore = minLive;
        m_store->releaseBefore(minLive);
    }
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
    while (!m_consumers.empty()) {
        if (m_ready.empty() || (m_pagedCount > 0 && m_ready.memory() <= m_memoryBudget / 4))
            pageInLocked();
        if (m_ready.empty())
            return;
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
        if (noAck) {
            // Settled on sending (RabbitMQ's auto-ack): recorded now. If the
            // session closes before writing it, the message comes back into
            // memory (requeue) but no longer survives a restart.
            ++m_counters.acked;
            forgetStoredLocked(std::span<const QueuedMessage>(&entry, 1));
        } else {
            ++m_unacked;
        }
    }
}

std::optional<QueuedMessage> Queue::get(bool ackRequired, std::uint32_t &remaining)
{
    std::lock_guard lock(m_mutex);
    pageInLocked();
    if (m_ready.empty()) {
        remaining = 0;
        return std::nullopt;
    }
    QueuedMessage entry = m_ready.popFront();
    remaining = readyCountLocked();
    ++m_counters.delivered;
    if (entry.redelivered())
        ++m_counters.redelivered;
    if (ackRequired) {
        ++m_unacked;
    } else {
        ++m_counters.acked;
        forgetStoredLocked(std::span<const QueuedMessage>(&entry, 1));
    }
    return entry;
}

void Queue::settle(std::span<const QueuedMessage> entries, bool acknowledged)
{
    std::lock_guard lock(m_mutex);
    if (m_deleted)
        return;
    m_unacked -= std::min<std::uint64_t>(m_unacked, entries.size());
    if (acknowledged)
        m_counters.acked += entries.size();
    forgetStoredLocked(entries);
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
    for (auto &e : entries) {
        ++e.deliveryCount;
        if (!wereUnacked && e.storeOffset >= 0)
            m_liveOffsets.insert(e.storeOffset); // forgotten when it was sent with auto-ack
    }
    m_ready.requeue(std::move(entries));
    dispatchLocked();
}

std::uint32_t Queue::readyCountLocked() const
{
    return std::uint32_t(std::min<std::uint64_t>(m_ready.size() + m_pagedCount, UINT32_MAX));
}

std::uint32_t Queue::dropReadyLocked()
{
    const std::uint32_t n = readyCountLocked();
    if (m_store) {
        std::vector<QueuedMessage> dropped;
        dropped.reserve(m_ready.size());
        m_ready.forEach([&](const QueuedMessage &e) {
            if (e.storeOffset >= 0)
                dropped.push_back(QueuedMessage{nullptr, e.seq, 0, e.storeOffset, e.durableCopy});
        });
        if (m_pagedCount > 0) {
            // The paged range is everything from the cursor to the log's end.
            if (m_durableStore)
                m_store->recordSettledRange(m_pageCursor, m_store->nextOffset());
            m_pageCursor = m_store->nextOffset();
        }
        m_pagedCount = 0;
        m_pagedBytes = 0;
        m_ready.clear();
        forgetStoredLocked(dropped);
    } else {
        m_ready.clear();
    }
    return n;
}

std::uint32_t Queue::purge()
{
    std::lock_guard lock(m_mutex);
    return dropReadyLocked();
}

std::uint32_t Queue::markDeleted(std::vector<ConsumerPtr> &consumersOut)
{
    std::lock_guard lock(m_mutex);
    const std::uint32_t n = readyCountLocked();
    m_deleted = true;
    m_ready.clear();
    m_pagedCount = 0;
    m_pagedBytes = 0;
    m_liveOffsets.clear();
    // The messages are gone with the queue: nothing is left to wait for.
    for (auto &[upTo, waiter] : m_durabilityWaiters)
        waiter->fire(std::nullopt);
    m_durabilityWaiters.clear();
    if (m_store) {
        m_store->destroy();
        m_store.reset();
    }
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
    return readyCountLocked();
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
    s.ready = m_ready.size() + m_pagedCount;
    s.readyBytes = m_ready.bytes() + m_pagedBytes;
    s.memoryBytes = m_ready.memory();
    s.pagedOut = m_pagedCount;
    s.pagedOutBytes = m_pagedBytes;
    s.diskBytes = m_store ? m_store->diskBytes() : 0;
    s.storageError = m_storageError;
    if (m_store && s.storageError.empty())
        if (auto failure = m_store->failure())
            s.storageError = *failure;
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
