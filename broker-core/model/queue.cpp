#include "model/queue.h"

#include "model/stream/stream_arguments.h"

#include <QDateTime>

#include <algorithm>
#include <atomic>

namespace warren::model {

namespace {
std::int64_t nowMs();
}

Queue::Queue(std::string vhost, std::string name, QueueOptions options)
    : m_vhost(std::move(vhost)), m_name(std::move(name)), m_options(std::move(options)),
      m_policy(QueuePolicy::fromArguments(m_options.arguments)), m_ready(m_policy.maxPriority)
{
    m_needsTimer.store(m_policy.messageTtlMs || m_policy.expiresMs, std::memory_order_relaxed);
    m_lastUsedMs = nowMs();
    if (isStreamDeclaration(m_options.arguments)) {
        // A stream: the timer writes stray buffered chunks and applies retention.
        m_stream = std::make_unique<StreamState>();
        m_stream->settings = streamSettingsFrom(m_options.arguments);
        m_needsTimer.store(true, std::memory_order_relaxed);
    }
}

/// The queue's lock, and on release the dead letters collected under it
/// handed to the target — after unlocking, since routing them enqueues into
/// other queues (lock order: never two queue locks at once).
class Queue::Guard {
public:
    explicit Guard(Queue &q) : m_q(q), m_lock(q.m_mutex) {}
    ~Guard()
    {
        if (m_q.m_deadLetters.empty())
            return;
        std::vector<DeadLetter> letters;
        letters.swap(m_q.m_deadLetters);
        m_lock.unlock();
        m_q.publishDeadLetters(letters);
    }
    Guard(const Guard &) = delete;
    Guard &operator=(const Guard &) = delete;

private:
    Queue &m_q;
    std::unique_lock<std::mutex> m_lock;
};

namespace {
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
    m_memoryBudget = provider ? provider->memoryBudget(m_policy.lazy) : 0;
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
    if (m_stream)
        closeStreamLocked(false);
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
    if (m_stream) {
        flushStreamLocked();
        return;
    }
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
    Guard lock(*this);
    if (m_deleted)
        return EnqueueOutcome::Deleted;
    if (m_stream)
        return enqueueStreamLocked(std::move(message));
    const bool timed = m_policy.messageTtlMs || message->expirationMs;
    const std::int64_t now = (timed || m_policy.deduplicates()) ? nowMs() : 0;
    if (m_policy.deduplicates() && !message->messageId.empty() && isDuplicateLocked(message->messageId, now)) {
        ++m_counters.duplicates;
        return EnqueueOutcome::Duplicate;
    }
    if (m_policy.overflow != OverflowMode::DropHead && m_policy.hasLengthLimit() &&
        wouldOverflowLocked(message->body.size())) {
        ++m_counters.droppedMaxLen;
        if (m_policy.overflow == OverflowMode::RejectPublishDlx && m_policy.deadLetterExchange &&
            m_deadLetterTarget) {
            ++m_counters.deadLettered;
            m_deadLetters.push_back(DeadLetter{std::move(message), DeathReason::MaxLen});
        }
        return EnqueueOutcome::Rejected;
    }
    if (m_policy.deduplicates() && !message->messageId.empty())
        rememberIdLocked(message->messageId, now);
    QueuedMessage entry{std::move(message), QueueSeq{m_nextSeq++}, 0};
    if (timed) {
        entry.expiresAt = expiryOf(*entry.message, now);
        m_needsTimer.store(true, std::memory_order_relaxed);
    }
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
    // What no consumer took at once may already be due (x-message-ttl 0),
    // and a full queue drops its oldest.
    if (timed)
        expireHeadLocked(now);
    if (m_policy.hasLengthLimit())
        enforceLengthLimitLocked();
    return outcome;
}

std::int64_t Queue::expiryOf(const Message &message, std::int64_t enqueuedAtMs) const
{
    if (!m_policy.messageTtlMs && !message.expirationMs)
        return 0;
    std::uint64_t ttl = m_policy.messageTtlMs.value_or(UINT64_MAX);
    if (message.expirationMs)
        ttl = std::min(ttl, *message.expirationMs);
    return enqueuedAtMs + std::int64_t(std::min<std::uint64_t>(ttl, INT64_MAX / 2));
}

void Queue::publishDeadLetters(std::vector<DeadLetter> &letters)
{
    if (!letters.empty() && m_deadLetterTarget)
        m_deadLetterTarget->deadLetter(*this, std::move(letters));
    letters.clear();
}

void Queue::killLocked(QueuedMessage entry, DeathReason reason)
{
    if (entry.storeOffset >= 0)
        forgetStoredLocked(std::span<const QueuedMessage>(&entry, 1));
    if (m_policy.deadLetterExchange && m_deadLetterTarget) {
        ++m_counters.deadLettered;
        m_deadLetters.push_back(DeadLetter{std::move(entry.message), reason});
    }
}

void Queue::expireHeadLocked(std::int64_t now)
{
    if (!m_needsTimer.load(std::memory_order_relaxed))
        return;
    for (;;) {
        m_ready.dropExpired(now, [&](QueuedMessage &&e) {
            ++m_counters.expired;
            killLocked(std::move(e), DeathReason::Expired);
        });
        if (!m_ready.empty() || m_pagedCount == 0)
            return;
        pageInLocked();
        if (m_ready.empty())
            return;
    }
}

bool Queue::wouldOverflowLocked(std::uint64_t bodyBytes) const
{
    const std::uint64_t count = m_ready.size() + m_pagedCount;
    const std::uint64_t bytes = m_ready.bytes() + m_pagedBytes;
    return (m_policy.maxLength && count + 1 > *m_policy.maxLength) ||
           (m_policy.maxLengthBytes && bytes + bodyBytes > *m_policy.maxLengthBytes);
}

void Queue::enforceLengthLimitLocked()
{
    if (m_policy.overflow != OverflowMode::DropHead)
        return;
    for (;;) {
        const std::uint64_t count = m_ready.size() + m_pagedCount;
        const std::uint64_t bytes = m_ready.bytes() + m_pagedBytes;
        if (!(m_policy.maxLength && count > *m_policy.maxLength) &&
            !(m_policy.maxLengthBytes && bytes > *m_policy.maxLengthBytes))
            return;
        if (m_ready.empty())
            pageInLocked();
        if (m_ready.empty())
            return;
        ++m_counters.droppedMaxLen;
        killLocked(m_ready.popFront(), DeathReason::MaxLen);
    }
}

bool Queue::isDuplicateLocked(const std::string &messageId, std::int64_t now)
{
    // Forget what fell out of the window (by count, or by age).
    while (!m_seenOrder.empty()) {
        const auto &[id, at] = m_seenOrder.front();
        const bool outByCount = m_policy.dedupCount && m_seenOrder.size() > *m_policy.dedupCount;
        const bool outByAge = m_policy.dedupWindowMs && now - at >= std::int64_t(*m_policy.dedupWindowMs);
        if (!outByCount && !outByAge)
            break;
        auto it = m_seenIds.find(id);
        if (it != m_seenIds.end() && it->second == at)
            m_seenIds.erase(it);
        m_seenOrder.pop_front();
    }
    return m_seenIds.count(messageId) != 0;
}

void Queue::rememberIdLocked(const std::string &messageId, std::int64_t now)
{
    m_seenIds.emplace(messageId, now);
    m_seenOrder.emplace_back(messageId, now);
    if (m_policy.dedupCount && m_seenOrder.size() > *m_policy.dedupCount) {
        auto it = m_seenIds.find(m_seenOrder.front().first);
        if (it != m_seenIds.end() && it->second == m_seenOrder.front().second)
            m_seenIds.erase(it);
        m_seenOrder.pop_front();
    }
}

void Queue::expireMessages(std::int64_t now)
{
    Guard lock(*this);
    if (m_deleted)
        return;
    if (m_stream) {
        streamTickLocked(now);
        return;
    }
    expireHeadLocked(now);
}

bool Queue::idleExpired(std::int64_t now) const
{
    std::lock_guard lock(m_mutex);
    return m_policy.expiresMs && !m_deleted && m_consumers.empty() &&
           now - m_lastUsedMs >= std::int64_t(*m_policy.expiresMs);
}

void Queue::touch()
{
    std::lock_guard lock(m_mutex);
    m_lastUsedMs = nowMs();
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
    if (m_stream) {
        whenStreamDurableLocked(done);
        return;
    }
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
            entry.expiresAt = expiryOf(*entry.message, sm.timestampMs);
            if (entry.expiresAt != 0)
                m_needsTimer.store(true, std::memory_order_relaxed);
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
    Guard lock(*this);
    if (m_deleted)
        return modelError(ErrorKind::NotFound, "no queue '" + m_name + "' in vhost '" + m_vhost + "'");
    const bool exclusiveHeld = std::any_of(m_consumers.begin(), m_consumers.end(),
                                           [](const ConsumerPtr &c) { return c->exclusive; });
    if (exclusiveHeld || (consumer->exclusive && !m_consumers.empty()))
        return modelError(ErrorKind::ResourceLocked,
                          "queue '" + m_name + "' in vhost '" + m_vhost + "' in exclusive use");
    // Ordered by priority (highest first), then by arrival; a single-active-
    // consumer queue keeps arrival order: the first one is the active one.
    auto pos = m_consumers.end();
    if (!m_policy.singleActiveConsumer)
        pos = std::find_if(m_consumers.begin(), m_consumers.end(),
                           [&](const ConsumerPtr &c) { return c->priority < consumer->priority; });
    if (pos != m_consumers.end() && std::size_t(pos - m_consumers.begin()) <= m_nextConsumer)
        ++m_nextConsumer;
    if (m_stream)
        startStreamCursorLocked(*consumer);
    m_consumers.insert(pos, std::move(consumer));
    m_hadConsumer = true;
    m_lastUsedMs = nowMs();
    dispatchLocked();
    return {};
}

bool Queue::removeConsumer(const Consumer *consumer)
{
    Guard lock(*this);
    auto it = std::find_if(m_consumers.begin(), m_consumers.end(),
                           [&](const ConsumerPtr &c) { return c.get() == consumer; });
    if (it == m_consumers.end())
        return false;
    // Keep the round-robin turn: the cursor names the same next consumer.
    if (std::size_t(it - m_consumers.begin()) < m_nextConsumer)
        --m_nextConsumer;
    const bool wasActive = it == m_consumers.begin();
    if (m_stream)
        m_stream->cursors.erase(consumer);
    m_consumers.erase(it);
    if (m_nextConsumer >= m_consumers.size())
        m_nextConsumer = 0;
    m_lastUsedMs = nowMs();
    // Single active consumer: the next one takes over what is ready.
    if (m_policy.singleActiveConsumer && wasActive && !m_consumers.empty())
        dispatchLocked();
    return m_consumers.empty() && m_options.autoDelete && m_hadConsumer && !m_deleted;
}

void Queue::dispatch()
{
    Guard lock(*this);
    dispatchLocked();
}

std::size_t Queue::pickConsumerLocked()
{
    const std::size_t n = m_consumers.size();
    if (m_policy.singleActiveConsumer)
        return n > 0 && m_consumers[0]->takeCredit() ? 0 : n;
    // Consumers are ordered by priority: within the highest group that has
    // credit, round-robin from the cursor (one group when nobody set x-priority).
    for (std::size_t begin = 0; begin < n;) {
        std::size_t end = begin + 1;
        while (end < n && m_consumers[end]->priority == m_consumers[begin]->priority)
            ++end;
        const std::size_t len = end - begin;
        const std::size_t start = m_nextConsumer >= begin && m_nextConsumer < end ? m_nextConsumer - begin : 0;
        for (std::size_t i = 0; i < len; ++i) {
            const std::size_t idx = begin + (start + i) % len;
            if (m_consumers[idx]->takeCredit()) {
                m_nextConsumer = idx + 1 == end ? begin : idx + 1;
                return idx;
            }
        }
        begin = end;
    }
    return n;
}

void Queue::dispatchLocked()
{
    if (m_stream) {
        dispatchStreamLocked();
        return;
    }
    auto self = shared_from_this();
    // Due messages are not delivered; one that becomes due this very
    // millisecond still is (x-message-ttl 0 reaches a waiting consumer).
    const bool timed = m_needsTimer.load(std::memory_order_relaxed);
    const std::int64_t dueBefore = timed ? nowMs() - 1 : 0;
    while (!m_consumers.empty()) {
        if (m_ready.empty() || (m_pagedCount > 0 && m_ready.memory() <= m_memoryBudget / 4))
            pageInLocked();
        if (timed)
            expireHeadLocked(dueBefore);
        if (m_ready.empty())
            return;
        const std::size_t picked = pickConsumerLocked();
        if (picked == m_consumers.size())
            return;
        ConsumerPtr consumer = m_consumers[picked];

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
    Guard lock(*this);
    m_lastUsedMs = nowMs();
    if (m_stream) {
        remaining = 0; // streams are read by consumers only
        return std::nullopt;
    }
    pageInLocked();
    expireHeadLocked(m_lastUsedMs);
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
    Guard lock(*this);
    if (m_deleted)
        return;
    if (m_stream) {
        settleStreamLocked(entries.size(), acknowledged, true);
        return;
    }
    m_unacked -= std::min<std::uint64_t>(m_unacked, entries.size());
    if (acknowledged)
        m_counters.acked += entries.size();
    else if (m_policy.deadLetterExchange && m_deadLetterTarget)
        for (const QueuedMessage &e : entries) {
            ++m_counters.deadLettered;
            m_deadLetters.push_back(DeadLetter{e.message, DeathReason::Rejected});
        }
    forgetStoredLocked(entries);
    dispatchLocked();
}

void Queue::requeue(std::vector<QueuedMessage> entries, bool wereUnacked)
{
    Guard lock(*this);
    if (m_deleted)
        return;
    if (m_stream) {
        settleStreamLocked(entries.size(), false, wereUnacked); // nothing goes back into a stream
        return;
    }
    if (wereUnacked)
        m_unacked -= std::min<std::uint64_t>(m_unacked, entries.size());
    else
        m_counters.acked -= std::min<std::uint64_t>(m_counters.acked, entries.size());
    for (auto &e : entries) {
        ++e.deliveryCount;
        if (!wereUnacked && e.storeOffset >= 0)
            m_liveOffsets.insert(e.storeOffset); // forgotten when it was sent with auto-ack
    }
    if (m_policy.deliveryLimit && wereUnacked) {
        // x-delivery-limit: a message returned more often than allowed is
        // dead-lettered (or dropped) instead.
        auto over = std::stable_partition(entries.begin(), entries.end(), [&](const QueuedMessage &e) {
            return e.deliveryCount <= *m_policy.deliveryLimit;
        });
        for (auto it = over; it != entries.end(); ++it)
            killLocked(std::move(*it), DeathReason::DeliveryLimit);
        entries.erase(over, entries.end());
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
    if (m_stream)
        closeStreamLocked(true);
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
    if (m_stream)
        streamStatsLocked(s);
    return s;
}

std::vector<ConsumerPtr> Queue::consumers() const
{
    std::lock_guard lock(m_mutex);
    return m_consumers;
}

// ---- Browsing -----------------------------------------------------------------
// peek() changes nothing: the in-memory part is a walk of the ready list
// (shared pointers copied), the paged part reads the log with
// MessageStore::peek in chunks, taking the lock for one chunk at a time, so
// that browsing deep into a long lazy queue never holds publishers up for
// long. Between chunks the queue may move on; everything at or after the
// paged range's start is paged (see pageOutLocked), so a chunk that finds the
// range starting past where the last one stopped (paged in meanwhile)
// continues from the range's new start and marks the result `moved`.

namespace {
constexpr std::size_t kPeekChunkMessages = 256;
constexpr std::size_t kPeekChunkBytes = 1u << 20;
} // namespace

QueuePeek Queue::peek(std::uint64_t from, std::size_t maxCount, std::size_t maxBytes)
{
    if (isStream())
        return peekStream(from, maxCount, maxBytes);
    QueuePeek out;
    maxCount = std::min(maxCount, kMaxPeek);
    std::size_t bytes = 0;
    const auto full = [&] {
        return out.messages.size() >= maxCount || (bytes >= maxBytes && !out.messages.empty());
    };
    const MessageStore *store = nullptr; // the log the paged range is read from
    std::int64_t cursor = 0;             // where the next chunk reads
    std::uint64_t position = 0;          // of the next paged message
    std::uint64_t skip = 0;              // paged messages to pass before `from`
    for (bool first = true;; first = false) {
        std::lock_guard lock(m_mutex);
        if (first) {
            out.ready = m_ready.size() + m_pagedCount;
            if (m_deleted || maxCount == 0)
                return out;
            const std::uint64_t inMemory = m_ready.size();
            if (from < inMemory) {
                std::uint64_t pos = from;
                m_ready.forEachFrom(std::size_t(from), [&](const QueuedMessage &e) {
                    PeekedMessage p;
                    p.message = e.message;
                    p.position = pos++;
                    p.seq = e.seq;
                    p.deliveryCount = e.deliveryCount;
                    p.stored = e.storeOffset >= 0;
                    p.expiresAtMs = e.expiresAt;
                    bytes += e.message->body.size();
                    out.messages.push_back(std::move(p));
                    return !full();
                });
            }
            skip = from > inMemory ? from - inMemory : 0;
            if (full() || !m_store || skip >= m_pagedCount)
                return out;
            store = m_store.get();
            cursor = m_pageCursor;
            position = inMemory;
        } else {
            if (m_deleted || m_store.get() != store || m_pagedCount == 0) {
                out.moved = true;
                return out;
            }
            if (m_pageCursor > cursor) {
                cursor = m_pageCursor;
                out.moved = true;
            }
        }
        std::int64_t next = cursor;
        const std::uint64_t want = std::min<std::uint64_t>(kPeekChunkMessages, skip + (maxCount - out.messages.size()));
        auto read = m_store->peek(cursor, std::size_t(want), kPeekChunkBytes, next);
        if (!read) {
            out.error = read.error().text;
            return out;
        }
        if (read->empty())
            return out; // the log ends here
        for (StoredMessage &sm : *read) {
            if (skip > 0) {
                --skip;
                ++position;
                continue;
            }
            PeekedMessage p;
            p.position = position++;
            p.seq = sm.seq;
            p.deliveryCount = sm.offset < m_recoveredEnd ? 1 : 0; // as pageInLocked counts it
            p.paged = true;
            p.stored = true;
            p.expiresAtMs = expiryOf(*sm.message, sm.timestampMs);
            p.storedAtMs = sm.timestampMs;
            bytes += sm.message->body.size();
            p.message = std::move(sm.message);
            out.messages.push_back(std::move(p));
            if (full())
                return out;
        }
        cursor = next;
    }
}
// -------------------------------------------------------------------------------

} // namespace warren::model
