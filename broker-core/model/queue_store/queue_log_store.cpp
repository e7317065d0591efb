#include "model/queue_store/queue_log_store.h"

#include "kafka/codec/record_batch.h"
#include "model/ready_list.h"
#include "model/queue_store/message_record.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

namespace warren::model::queue_store {

namespace {
constexpr std::size_t kRecoveryReadBytes = 8u << 20;
constexpr std::uint64_t kSettledSegmentBytes = 8u << 20;
constexpr std::uint64_t kSettledCheckpointEvery = 256;
constexpr std::size_t kWriteBufferBytes = 256 * 1024;

storage::LogConfig logConfig(std::uint64_t segmentBytes)
{
    storage::LogConfig cfg;
    cfg.segmentBytes = segmentBytes;
    cfg.segmentMs = std::numeric_limits<std::int64_t>::max() / 2; // queues roll by size only
    cfg.retentionMs = -1;
    cfg.retentionBytes = -1;
    return cfg;
}

ModelError fromStorage(const std::string &what, const storage::StorageError &e)
{
    return ModelError{ErrorKind::Internal, what + ": " + storage::toString(e.kind) + ": " + e.text};
}

std::string settledValue(const std::vector<std::pair<std::int64_t, std::int64_t>> &ranges)
{
    std::string v;
    v.reserve(ranges.size() * 16);
    auto put = [&](std::int64_t x) {
        for (int i = 7; i >= 0; --i)
            v.push_back(char(std::uint64_t(x) >> (8 * i) & 0xff));
    };
    for (const auto &[first, end] : ranges) {
        put(first);
        put(end);
    }
    return v;
}

std::int64_t readI64(const std::byte *p)
{
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | std::uint64_t(p[i]);
    return std::int64_t(v);
}

std::int64_t nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

QueueLogStore::QueueLogStore(const QueueLogStoreOptions &opts) : m_opts(opts)
{
}

QueueLogStore::~QueueLogStore()
{
    closeLogs();
}

void QueueLogStore::removeDirectory(storage::FileSystem &fs, const std::string &dir)
{
    for (const char *sub : {"messages", "settled"}) {
        const std::string d = storage::joinPath(dir, sub);
        if (fs.exists(d))
            (void)storage::Log::destroy(fs, d);
    }
    if (fs.exists(dir))
        (void)fs.removeDir(dir);
}

ModelResult<std::unique_ptr<QueueLogStore>> QueueLogStore::open(const QueueLogStoreOptions &opts,
                                                               StoreRecovery *recovery)
{
    storage::FileSystem &fs = *opts.fs;
    if (!opts.durable)
        removeDirectory(fs, opts.dir);
    if (auto st = fs.mkdirs(opts.dir); !st)
        return unexpected(fromStorage("cannot create queue directory " + opts.dir, st.error()));
    std::unique_ptr<QueueLogStore> store(new QueueLogStore(opts));
    auto messages = storage::Log::open(fs, storage::joinPath(opts.dir, "messages"), logConfig(opts.segmentBytes));
    if (!messages)
        return unexpected(fromStorage("cannot open queue log " + opts.dir, messages.error()));
    store->m_messages = std::move(*messages);
    if (opts.durable) {
        auto settled = storage::Log::open(fs, storage::joinPath(opts.dir, "settled"), logConfig(kSettledSegmentBytes));
        if (!settled)
            return unexpected(fromStorage("cannot open settlement log " + opts.dir, settled.error()));
        store->m_settled = std::move(*settled);
        StoreRecovery scratch;
        if (auto st = store->recover(recovery ? *recovery : scratch); !st)
            return unexpected(st.error());
    }
    store->m_recoveredEnd = store->m_messages->nextOffset().value;
    store->m_nextReleaseCheck = store->m_messages->logStartOffset().value;
    return store;
}

ModelStatus QueueLogStore::recover(StoreRecovery &recovery)
{
    // 1. Settlements: every range, plus checkpoints for pruning the settled log.
    std::int64_t o = m_settled->logStartOffset().value;
    const std::int64_t settledEnd = m_settled->nextOffset().value;
    while (o < settledEnd) {
        auto rr = m_settled->read(storage::Offset{o}, kRecoveryReadBytes);
        if (!rr)
            return unexpected(fromStorage("reading settlement log", rr.error()));
        if (rr->batchCount == 0)
            break;
        const auto split = kafka::splitBatches(std::as_bytes(std::span(rr->bytes)));
        for (auto batch : split.batches) {
            auto it = kafka::RecordIterator::open(batch);
            if (!it)
                return unexpected(ModelError{ErrorKind::Internal, "settlement log: bad batch"});
            kafka::RecordView rv;
            while (it->next(rv)) {
                if (!rv.value)
                    continue;
                const auto v = *rv.value;
                for (std::size_t i = 0; i + 16 <= v.size(); i += 16) {
                    const std::int64_t first = readI64(v.data() + i);
                    const std::int64_t end = readI64(v.data() + i + 8);
                    m_recoveredSettled.insert(first, end);
                    m_settledMax = std::max(m_settledMax, end - 1);
                }
            }
            if (++m_settledBatches % kSettledCheckpointEvery == 0)
                m_settledCheckpoints.emplace_back(it->header().lastOffset(), m_settledMax);
        }
        o = rr->lastOffset.value + 1;
    }
    const std::int64_t msgStart = m_messages->logStartOffset().value;
    const std::int64_t msgEnd = m_messages->nextOffset().value;
    m_recoveredSettled.eraseBelow(msgStart);
    m_recoveredSettled.eraseFrom(msgEnd);
    // Everything the settled log holds now also counts as "settled max".
    m_settledCheckpoints.emplace_back(settledEnd - 1, m_settledMax);

    // 2. Messages: count the persistent ones not settled.
    recovery = StoreRecovery{};
    recovery.truncatedBytes = m_messages->recoveryReport().truncatedBytes + m_settled->recoveryReport().truncatedBytes;
    std::int64_t first = -1;
    o = msgStart;
    while (o < msgEnd) {
        auto rr = m_messages->read(storage::Offset{o}, kRecoveryReadBytes);
        if (!rr)
            return unexpected(fromStorage("reading queue log", rr.error()));
        if (rr->batchCount == 0)
            break;
        const bool ok = forEachMessageRecord(std::as_bytes(std::span(rr->bytes)), [&](DecodedRecord &&r) {
            if (r.offset < o)
                return;
            recovery.maxSeq = std::max<std::uint64_t>(recovery.maxSeq, r.seq.value);
            if (!r.message->persistent || m_recoveredSettled.contains(r.offset))
                return;
            if (first < 0)
                first = r.offset;
            ++recovery.messages;
            recovery.bytes += r.message->body.size();
        });
        if (!ok)
            return unexpected(ModelError{ErrorKind::Internal, "queue log " + m_opts.dir + ": malformed record"});
        o = rr->lastOffset.value + 1;
    }
    recovery.firstOffset = first < 0 ? msgEnd : first;
    return {};
}

ModelResult<std::int64_t> QueueLogStore::append(const Message &message, QueueSeq seq, std::int64_t now)
{
    if (auto f = failure())
        return unexpected(ModelError{ErrorKind::Internal, *f});
    if (m_pendingCount == 0) {
        m_pendingBase = m_messages->nextOffset().value;
        m_pendingBaseTs = now;
        m_pendingMaxTs = now;
    }
    appendMessageRecord(m_pendingRecords, message, seq, m_pendingCount, std::max<std::int64_t>(0, now - m_pendingBaseTs));
    m_pendingMaxTs = std::max(m_pendingMaxTs, now);
    const std::int64_t offset = m_pendingBase + m_pendingCount;
    ++m_pendingCount;
    if (m_pendingRecords.size() >= kWriteBufferBytes) {
        if (auto st = flush(); !st)
            return unexpected(st.error());
    }
    return offset;
}

ModelStatus QueueLogStore::flush()
{
    if (m_pendingCount == 0)
        return {};
    m_scratch.clear();
    appendBatchAround(m_scratch, m_pendingRecords, m_pendingCount, m_pendingBaseTs, m_pendingMaxTs);
    const std::int64_t expected = m_pendingBase;
    m_pendingRecords.clear();
    m_pendingCount = 0;
    const std::int64_t now = nowMs();
    auto r = m_messages->append(std::as_bytes(std::span(m_scratch)), now, /*crcChecked=*/true);
    if (!r || r->firstOffset.value != expected) {
        ModelError e = r ? ModelError{ErrorKind::Internal, "queue log " + m_opts.dir + ": offsets out of step"}
                         : fromStorage("queue log " + m_opts.dir, r.error());
        std::lock_guard lock(m_mutex);
        if (m_failure.empty())
            m_failure = e.text;
        return unexpected(std::move(e));
    }
    return {};
}

ModelResult<std::vector<StoredMessage>> QueueLogStore::read(std::int64_t from, std::size_t maxMessages,
                                                            std::size_t maxBytes, std::int64_t &next)
{
    return readMessages(from, maxMessages, maxBytes, next, true);
}

ModelResult<std::vector<StoredMessage>> QueueLogStore::peek(std::int64_t from, std::size_t maxMessages,
                                                            std::size_t maxBytes, std::int64_t &next)
{
    // Browsing reads ahead of the queue's cursor: recovery's settled offsets
    // must stay, or the queue's own read would serve settled messages again.
    return readMessages(from, maxMessages, maxBytes, next, false);
}

ModelResult<std::vector<StoredMessage>> QueueLogStore::readMessages(std::int64_t from, std::size_t maxMessages,
                                                                    std::size_t maxBytes, std::int64_t &next,
                                                                    bool forgetPassed)
{
    if (auto st = flush(); !st)
        return unexpected(st.error());
    std::vector<StoredMessage> out;
    std::size_t bytes = 0;
    std::int64_t o = std::max(from, m_messages->logStartOffset().value);
    const std::int64_t end = m_messages->nextOffset().value;
    bool stop = false;
    while (!stop && o < end && out.size() < maxMessages && bytes < maxBytes) {
        auto rr = m_messages->read(storage::Offset{o}, std::max<std::size_t>(maxBytes - bytes, 64 * 1024));
        if (!rr)
            return unexpected(fromStorage("reading queue log " + m_opts.dir, rr.error()));
        if (rr->batchCount == 0)
            break;
        std::int64_t last = o - 1;
        const bool ok = forEachMessageRecord(std::as_bytes(std::span(rr->bytes)), [&](DecodedRecord &&r) {
            if (stop || r.offset < o)
                return;
            if (out.size() >= maxMessages || (bytes >= maxBytes && !out.empty())) {
                stop = true;
                return;
            }
            last = r.offset;
            if (r.offset < m_recoveredEnd && (!r.message->persistent || m_recoveredSettled.contains(r.offset)))
                return;
            bytes += std::size_t(ReadyList::memoryOf(*r.message));
            out.push_back(StoredMessage{std::move(r.message), r.seq, r.offset, r.timestampMs});
        });
        if (!ok)
            return unexpected(ModelError{ErrorKind::Internal, "queue log " + m_opts.dir + ": malformed record"});
        o = stop ? last + 1 : rr->lastOffset.value + 1;
    }
    next = o;
    if (forgetPassed && !m_recoveredSettled.empty())
        m_recoveredSettled.eraseBelow(o);
    return out;
}

std::int64_t QueueLogStore::nextOffset() const
{
    return m_pendingCount ? m_pendingBase + m_pendingCount : m_messages->nextOffset().value;
}

void QueueLogStore::recordSettled(std::span<const std::int64_t> offsets)
{
    if (!m_settled || offsets.empty())
        return;
    std::vector<std::int64_t> sorted(offsets.begin(), offsets.end());
    std::sort(sorted.begin(), sorted.end());
    std::vector<std::pair<std::int64_t, std::int64_t>> ranges;
    for (std::int64_t x : sorted) {
        if (!ranges.empty() && ranges.back().second >= x)
            ranges.back().second = std::max(ranges.back().second, x + 1);
        else
            ranges.emplace_back(x, x + 1);
    }
    addSettled(ranges);
}

void QueueLogStore::recordSettledRange(std::int64_t first, std::int64_t end)
{
    if (!m_settled || first >= end)
        return;
    addSettled({{first, end}});
}

bool QueueLogStore::syncsNothing() const
{
    return !m_opts.flusher || m_opts.flusher->policy() == storage::DurabilityPolicy::Never;
}

void QueueLogStore::addSettled(const std::vector<std::pair<std::int64_t, std::int64_t>> &ranges)
{
    if (syncsNothing())
        (void)flush(); // written at once below: the messages must be in the log first
    std::unique_lock lock(m_mutex);
    if (m_destroyed)
        return;
    m_pendingSettled.insert(m_pendingSettled.end(), ranges.begin(), ranges.end());
    writeSettledLocked();
    const bool request = !m_pendingSettled.empty() && !m_settleFlushRequested;
    if (request)
        m_settleFlushRequested = true;
    lock.unlock();
    if (request)
        requestSettleFlush();
}

void QueueLogStore::writeSettledLocked()
{
    const std::int64_t durable =
        syncsNothing() ? std::numeric_limits<std::int64_t>::max() : m_messages->durableOffset().value;
    std::vector<std::pair<std::int64_t, std::int64_t>> now, later;
    for (const auto &[first, end] : m_pendingSettled) {
        if (end <= durable) {
            now.emplace_back(first, end);
        } else if (first < durable) {
            now.emplace_back(first, durable);
            later.emplace_back(durable, end);
        } else {
            later.emplace_back(first, end);
        }
    }
    m_pendingSettled = std::move(later);
    if (!now.empty())
        appendSettledLocked(now);
}

void QueueLogStore::requestSettleFlush()
{
    // Called without m_mutex: the flusher may run the callback at once.
    m_opts.flusher->requestDurable(*m_messages, m_messages->nextOffset(), [this](storage::StorageStatus st) {
        std::unique_lock lock(m_mutex);
        m_settleFlushRequested = false;
        if (m_destroyed)
            return;
        if (!st) {
            if (m_failure.empty())
                m_failure = "queue log " + m_opts.dir + ": " + st.error().text;
            return;
        }
        writeSettledLocked();
        const bool again = !m_pendingSettled.empty();
        if (again)
            m_settleFlushRequested = true;
        lock.unlock();
        if (again)
            requestSettleFlush();
    });
}

void QueueLogStore::appendSettledLocked(const std::vector<std::pair<std::int64_t, std::int64_t>> &ranges)
{
    kafka::BatchBuild build;
    kafka::RecordBuild r;
    r.value = settledValue(ranges);
    r.timestamp = nowMs();
    build.records.push_back(std::move(r));
    std::string batch;
    (void)kafka::appendRecordBatch(batch, build);
    auto res = m_settled->append(std::as_bytes(std::span(batch)), nowMs());
    if (!res) {
        // Not fatal for what was confirmed: those messages come back after a
        // restart (at-least-once), they are never lost.
        if (m_failure.empty())
            m_failure = "settlement log " + m_opts.dir + ": " + res.error().text;
        return;
    }
    for (const auto &range : ranges)
        m_settledMax = std::max(m_settledMax, range.second - 1);
    // Settlements need no wait (losing one only redelivers a message), so
    // the settlement log is synced at most once a second, in the background.
    const std::int64_t now = nowMs();
    if (!syncsNothing() && now - m_lastSettledSyncMs >= 1000) {
        m_lastSettledSyncMs = now;
        m_opts.flusher->requestDurable(*m_settled, res->nextOffset(), [](storage::StorageStatus) {});
    }
    if (++m_settledBatches % kSettledCheckpointEvery == 0)
        m_settledCheckpoints.emplace_back(res->lastOffset.value, m_settledMax);
}

void QueueLogStore::releaseBefore(std::int64_t offset)
{
    if (offset < m_nextReleaseCheck)
        return;
    (void)m_messages->deleteSegmentsBefore(storage::Offset{offset});
    const auto segs = m_messages->segments();
    m_nextReleaseCheck = segs.size() > 1 ? segs.front().nextOffset.value : m_messages->nextOffset().value;
    if (!m_settled)
        return;
    const std::int64_t logStart = m_messages->logStartOffset().value;
    m_recoveredSettled.eraseBelow(logStart);
    std::int64_t cut = -1;
    {
        std::lock_guard lock(m_mutex);
        while (!m_settledCheckpoints.empty() && m_settledCheckpoints.front().second < logStart) {
            cut = m_settledCheckpoints.front().first;
            m_settledCheckpoints.pop_front();
        }
    }
    if (cut >= 0)
        (void)m_settled->deleteSegmentsBefore(storage::Offset{cut + 1});
}

void QueueLogStore::whenDurable(std::function<void(std::optional<std::string> error)> done)
{
    (void)flush(); // a failure shows in failure() below
    if (auto f = failure()) {
        done(*f);
        return;
    }
    if (!m_opts.flusher) {
        done(std::nullopt);
        return;
    }
    m_opts.flusher->requestDurable(*m_messages, m_messages->nextOffset(),
                                   [this, done = std::move(done)](storage::StorageStatus st) {
                                       if (st) {
                                           done(std::nullopt);
                                           return;
                                       }
                                       std::string text;
                                       {
                                           std::lock_guard lock(m_mutex);
                                           if (m_destroyed) {
                                               // The queue was deleted: nothing left to lose.
                                               text.clear();
                                           } else {
                                               text = "queue log " + m_opts.dir + ": " + st.error().text;
                                               if (m_failure.empty())
                                                   m_failure = text;
                                           }
                                       }
                                       done(text.empty() ? std::nullopt : std::optional<std::string>(text));
                                   });
}

std::optional<std::string> QueueLogStore::failure() const
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_failure.empty())
            return m_failure;
    }
    if (m_messages && m_messages->failed())
        return "queue log " + m_opts.dir + " failed";
    return std::nullopt;
}

std::uint64_t QueueLogStore::diskBytes() const
{
    return (m_messages ? m_messages->sizeBytes() : 0) + (m_settled ? m_settled->sizeBytes() : 0);
}

std::size_t QueueLogStore::pendingSettlements() const
{
    std::lock_guard lock(m_mutex);
    return m_pendingSettled.size();
}

void QueueLogStore::closeLogs()
{
    if (m_messages && !m_destroyed)
        (void)flush(); // a clean shutdown keeps what was buffered
    for (auto *log : {m_messages.get(), m_settled.get()}) {
        if (!log)
            continue;
        if (m_opts.flusher)
            m_opts.flusher->forget(*log);
        (void)log->close();
    }
    m_messages.reset();
    m_settled.reset();
}

void QueueLogStore::destroy()
{
    {
        std::lock_guard lock(m_mutex);
        m_destroyed = true;
        m_pendingSettled.clear();
    }
    m_pendingRecords.clear();
    m_pendingCount = 0;
    closeLogs();
    removeDirectory(*m_opts.fs, m_opts.dir);
}

} // namespace warren::model::queue_store
