// Queue's stream mode (x-queue-type: stream): the Queue member functions
// that the general ones hand over to when the queue is a stream. Kept apart
// from queue.cpp; see model/stream/stream_state.h and stream_log.h.
//
// All of them run under the queue's m_mutex (the callers in queue.cpp hold
// it), like the rest of the queue.

#include "model/queue.h"
#include "model/stream/stream_arguments.h"

#include <QDateTime>

#include <algorithm>

namespace warren::model {

namespace {
// One read from the log per consumer refill: small enough that a consumer
// with little credit does not hold much, large enough for a fast one.
constexpr std::size_t kStreamReadMessages = 256;
constexpr std::size_t kStreamReadBytes = 512u << 10;
// Retention runs at most this often (from the broker's timer).
constexpr std::int64_t kRetentionEveryMs = 1000;

std::int64_t streamNowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

void Queue::attachStream(StreamLogPtr log)
{
    std::lock_guard lock(m_mutex);
    if (m_stream)
        m_stream->log = std::move(log);
}

std::optional<StreamPosition> Queue::streamPosition() const
{
    std::lock_guard lock(m_mutex);
    if (!m_stream || !m_stream->log)
        return std::nullopt;
    const StreamLog &log = *m_stream->log;
    return StreamPosition{log.firstOffset(), log.nextOffset(), log.diskBytes(), log.segmentCount()};
}

EnqueueOutcome Queue::enqueueStreamLocked(MessagePtr message)
{
    if (!m_stream->log) {
        noteStorageFailureLocked("stream '" + m_name + "' has no log");
        return EnqueueOutcome::StorageFailed;
    }
    auto offset = m_stream->log->append(*message, streamNowMs());
    if (!offset) {
        noteStorageFailureLocked(offset.error().text);
        return EnqueueOutcome::StorageFailed;
    }
    ++m_counters.published;
    ++m_counters.persistedOnDisk;
    // Consumers see it once its chunk is written: flushStorage() at the end
    // of the publisher's input batch, whenDurable(), or the timer.
    return EnqueueOutcome::QueuedDurable;
}

void Queue::flushStreamLocked()
{
    if (!m_stream->log)
        return;
    if (m_stream->log->writtenEnd() == m_stream->log->nextOffset())
        return;
    if (auto st = m_stream->log->flush(); !st)
        noteStorageFailureLocked(st.error().text);
    dispatchStreamLocked();
}

void Queue::whenStreamDurableLocked(std::function<void(std::optional<std::string> error)> &done)
{
    if (!m_stream->log) {
        done(std::nullopt);
        return;
    }
    flushStreamLocked();
    m_stream->log->whenDurable(std::move(done));
}

void Queue::startStreamCursorLocked(const Consumer &consumer)
{
    StreamCursor &cursor = m_stream->cursors[&consumer];
    if (!m_stream->log)
        return;
    StreamLog &log = *m_stream->log;
    // What was published before the subscription is part of the stream the
    // consumer chose a position in: write the buffered chunk first.
    if (log.writtenEnd() != log.nextOffset())
        if (auto st = log.flush(); !st)
            noteStorageFailureLocked(st.error().text);
    const StreamStart &start = consumer.streamStart;
    switch (start.kind) {
    case StreamStart::Kind::Next: cursor.next = log.writtenEnd(); break;
    case StreamStart::Kind::First: cursor.next = log.firstOffset(); break;
    case StreamStart::Kind::Last: cursor.next = log.lastChunkOffset(); break;
    case StreamStart::Kind::Offset:
        cursor.next = std::clamp(start.value, log.firstOffset(), log.writtenEnd());
        break;
    case StreamStart::Kind::Timestamp: cursor.next = log.offsetForTimestamp(start.value); break;
    }
}

void Queue::dispatchStreamLocked()
{
    if (!m_stream->log || m_consumers.empty())
        return;
    const QueuePtr self = shared_from_this();
    for (std::size_t i = 0; i < m_consumers.size();) {
        if (feedStreamConsumerLocked(self, m_consumers[i])) {
            ++i;
            continue;
        }
        // The session is closing: drop the consumer (its position goes with it).
        m_stream->cursors.erase(m_consumers[i].get());
        m_consumers.erase(m_consumers.begin() + std::ptrdiff_t(i));
    }
    m_nextConsumer = 0;
}

bool Queue::feedStreamConsumerLocked(const QueuePtr &self, const ConsumerPtr &consumer)
{
    StreamCursor &cursor = m_stream->cursors[consumer.get()];
    StreamLog &log = *m_stream->log;
    for (;;) {
        if (cursor.readAhead.empty()) {
            if (cursor.next >= log.writtenEnd())
                return true; // caught up: the next flush wakes it
            std::int64_t next = cursor.next;
            auto read = log.read(cursor.next, kStreamReadMessages, kStreamReadBytes, next);
            if (!read) {
                noteStorageFailureLocked(read.error().text);
                return true;
            }
            const std::int64_t before = cursor.next;
            cursor.next = std::max(cursor.next, next);
            if (read->empty()) {
                if (cursor.next == before)
                    return true;
                continue; // nothing left in that range (retention): go on from `next`
            }
            for (StoredMessage &m : *read)
                cursor.readAhead.push_back(std::move(m));
        }
        if (!consumer->takeCredit())
            return true;
        const StoredMessage &sm = cursor.readAhead.front();
        QueuedMessage entry{sm.message, sm.seq, 0};
        entry.storeOffset = sm.offset;
        Delivery delivery{self, consumer, std::move(entry)};
        delivery.streamOffset = sm.offset;
        if (!consumer->sink->deliver(std::move(delivery))) {
            consumer->returnCredit();
            return false;
        }
        cursor.readAhead.pop_front();
        ++m_counters.delivered;
        if (consumer->noAck)
            ++m_counters.acked;
        else
            ++m_unacked;
    }
}

void Queue::settleStreamLocked(std::size_t count, bool acknowledged, bool wereUnacked)
{
    // Acks (and, ignored otherwise, nacks and rejects, as RabbitMQ's streams
    // do) only return credit: nothing leaves the log.
    if (wereUnacked)
        m_unacked -= std::min<std::uint64_t>(m_unacked, count);
    if (acknowledged)
        m_counters.acked += count;
    dispatchStreamLocked();
}

void Queue::streamTickLocked(std::int64_t now)
{
    if (!m_stream->log)
        return;
    flushStreamLocked(); // what no publisher batch flushed (dead letters, …)
    if (now - m_stream->lastRetentionMs >= kRetentionEveryMs || now < m_stream->lastRetentionMs) {
        m_stream->lastRetentionMs = now;
        m_stream->log->applyRetention(now);
    }
}

void Queue::closeStreamLocked(bool destroy)
{
    m_stream->cursors.clear();
    if (!m_stream->log)
        return;
    if (destroy)
        m_stream->log->destroy();
    m_stream->log.reset();
}

// Browsing a stream reads its log like a consumer that starts at the oldest
// offset still stored, in short chunks, each under the lock; consumers'
// positions are untouched. Positions count from the first offset when the
// peek began, so a page stays where it was when retention moves the start.
QueuePeek Queue::peekStream(std::uint64_t from, std::size_t maxCount, std::size_t maxBytes)
{
    return peekStreamFrom(std::nullopt, from, maxCount, maxBytes);
}

QueuePeek Queue::peekStreamAt(std::int64_t offset, std::size_t maxCount, std::size_t maxBytes)
{
    return peekStreamFrom(offset, 0, maxCount, maxBytes);
}

std::optional<std::int64_t> Queue::streamOffsetForTimestamp(std::int64_t ms) const
{
    std::lock_guard lock(m_mutex);
    if (!m_stream || !m_stream->log)
        return std::nullopt;
    return m_stream->log->offsetForTimestamp(ms);
}

std::optional<std::pair<std::int64_t, std::int64_t>> Queue::streamWrittenRange() const
{
    std::lock_guard lock(m_mutex);
    if (!m_stream || !m_stream->log)
        return std::nullopt;
    return std::pair{m_stream->log->firstOffset(), m_stream->log->writtenEnd()};
}

QueuePeek Queue::peekStreamFrom(std::optional<std::int64_t> offset, std::uint64_t from, std::size_t maxCount,
                                std::size_t maxBytes)
{
    QueuePeek out;
    maxCount = std::min(maxCount, kMaxPeek);
    std::size_t bytes = 0;
    std::int64_t base = 0;
    std::int64_t cursor = 0;
    for (bool first = true;; first = false) {
        std::lock_guard lock(m_mutex);
        if (m_deleted || !m_stream->log)
            return out;
        StreamLog &log = *m_stream->log;
        if (first) {
            base = log.firstOffset();
            out.ready = std::uint64_t(std::max<std::int64_t>(0, log.writtenEnd() - base));
            cursor = offset ? std::clamp(*offset, base, log.writtenEnd())
                            : base + std::int64_t(std::min<std::uint64_t>(from, out.ready));
        }
        if (cursor < log.firstOffset()) {
            cursor = log.firstOffset(); // retention went past where the page was
            out.moved = true;
        }
        if (out.messages.size() >= maxCount || cursor >= log.writtenEnd())
            return out;
        std::int64_t next = cursor;
        auto read = log.read(cursor, std::min(kStreamReadMessages, maxCount - out.messages.size()),
                             kStreamReadBytes, next);
        if (!read) {
            out.error = read.error().text;
            return out;
        }
        for (StoredMessage &sm : *read) {
            PeekedMessage p;
            p.position = std::uint64_t(sm.offset - base);
            p.seq = sm.seq;
            p.stored = true;
            p.storedAtMs = sm.timestampMs;
            p.streamOffset = sm.offset;
            bytes += sm.message->body.size();
            p.message = std::move(sm.message);
            out.messages.push_back(std::move(p));
            if (out.messages.size() >= maxCount || bytes >= maxBytes)
                return out;
        }
        if (next <= cursor)
            return out;
        cursor = next;
    }
}

void Queue::streamStatsLocked(QueueStats &s) const
{
    s.stream = true;
    if (!m_stream->log)
        return;
    const StreamLog &log = *m_stream->log;
    s.streamFirstOffset = log.firstOffset();
    s.streamNextOffset = log.nextOffset();
    s.streamSegments = log.segmentCount();
    s.diskBytes = log.diskBytes();
    s.ready = std::uint64_t(std::max<std::int64_t>(0, s.streamNextOffset - s.streamFirstOffset));
    if (s.storageError.empty())
        if (auto failure = log.failure())
            s.storageError = *failure;
}

} // namespace warren::model
