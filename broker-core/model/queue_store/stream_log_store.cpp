#include "model/queue_store/stream_log_store.h"

#include "model/queue_store/message_record.h"
#include "model/ready_list.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

namespace warren::model::queue_store {

namespace {
// A chunk is written once its buffer reaches this size, whatever the batch.
constexpr std::size_t kChunkBytes = 1u << 20;

ModelError fromStorage(const std::string &what, const storage::StorageError &e)
{
    return ModelError{ErrorKind::Internal, what + ": " + storage::toString(e.kind) + ": " + e.text};
}

storage::LogConfig logConfig(const StreamSettings &s)
{
    storage::LogConfig cfg;
    // Index positions are 32-bit: the storage engine caps segments below 2 GiB.
    cfg.segmentBytes = std::clamp<std::uint64_t>(s.segmentBytes, 1, (2ull << 30) - 1);
    cfg.segmentMs = std::numeric_limits<std::int64_t>::max() / 2; // streams roll by size only
    cfg.retentionMs = s.maxAgeMs ? *s.maxAgeMs : -1;
    cfg.retentionBytes = s.maxBytes ? std::int64_t(std::min<std::uint64_t>(*s.maxBytes, INT64_MAX)) : -1;
    return cfg;
}
} // namespace

StreamLogStore::StreamLogStore(const StreamLogStoreOptions &opts) : m_opts(opts)
{
}

StreamLogStore::~StreamLogStore()
{
    close();
}

void StreamLogStore::removeDirectory(storage::FileSystem &fs, const std::string &dir)
{
    if (fs.exists(dir))
        (void)storage::Log::destroy(fs, dir);
}

ModelResult<std::unique_ptr<StreamLogStore>> StreamLogStore::open(const StreamLogStoreOptions &opts)
{
    storage::FileSystem &fs = *opts.fs;
    if (auto st = fs.mkdirs(opts.dir); !st)
        return unexpected(fromStorage("cannot create stream directory " + opts.dir, st.error()));
    std::unique_ptr<StreamLogStore> store(new StreamLogStore(opts));
    auto log = storage::Log::open(fs, opts.dir, logConfig(opts.settings));
    if (!log)
        return unexpected(fromStorage("cannot open stream log " + opts.dir, log.error()));
    store->m_log = std::move(*log);
    // "last" after a restart: the first offset of the batch holding the last message.
    const std::int64_t end = store->m_log->nextOffset().value;
    store->m_lastChunk = end;
    if (end > store->m_log->logStartOffset().value)
        if (auto rr = store->m_log->read(storage::Offset{end - 1}, 1); rr && rr->batchCount > 0)
            store->m_lastChunk = rr->firstOffset.value;
    return store;
}

ModelResult<std::int64_t> StreamLogStore::append(const Message &message, std::int64_t now)
{
    if (!m_failure.empty())
        return unexpected(ModelError{ErrorKind::Internal, m_failure});
    if (m_pendingCount == 0) {
        m_pendingBase = m_log->nextOffset().value;
        m_pendingBaseTs = now;
        m_pendingMaxTs = now;
    }
    const std::int64_t offset = m_pendingBase + m_pendingCount;
    appendMessageRecord(m_pendingRecords, message, QueueSeq{std::uint64_t(offset) + 1}, m_pendingCount,
                        std::max<std::int64_t>(0, now - m_pendingBaseTs));
    m_pendingMaxTs = std::max(m_pendingMaxTs, now);
    ++m_pendingCount;
    if (m_pendingRecords.size() >= kChunkBytes)
        if (auto st = flush(); !st)
            return unexpected(st.error());
    return offset;
}

ModelStatus StreamLogStore::flush()
{
    if (m_pendingCount == 0)
        return {};
    m_scratch.clear();
    appendBatchAround(m_scratch, m_pendingRecords, m_pendingCount, m_pendingBaseTs, m_pendingMaxTs);
    const std::int64_t expected = m_pendingBase;
    m_pendingRecords.clear();
    m_pendingCount = 0;
    auto r = m_log->append(std::as_bytes(std::span(m_scratch)), QDateTime::currentMSecsSinceEpoch(),
                           /*crcChecked=*/true);
    if (!r || r->firstOffset.value != expected) {
        ModelError e = r ? ModelError{ErrorKind::Internal, "stream log " + m_opts.dir + ": offsets out of step"}
                         : fromStorage("stream log " + m_opts.dir, r.error());
        if (m_failure.empty())
            m_failure = e.text;
        return unexpected(std::move(e));
    }
    m_lastChunk = r->firstOffset.value;
    return {};
}

ModelResult<std::vector<StoredMessage>> StreamLogStore::read(std::int64_t from, std::size_t maxMessages,
                                                             std::size_t maxBytes, std::int64_t &next)
{
    std::vector<StoredMessage> out;
    std::size_t bytes = 0;
    std::int64_t o = std::max(from, m_log->logStartOffset().value);
    const std::int64_t end = m_log->nextOffset().value;
    bool stop = false;
    while (!stop && o < end && out.size() < maxMessages && bytes < maxBytes) {
        auto rr = m_log->read(storage::Offset{o}, std::max<std::size_t>(maxBytes - bytes, 64 * 1024));
        if (!rr) {
            if (rr.error().kind == storage::StorageError::Kind::OutOfRange) {
                // Retention moved the start past `o` meanwhile: go on from there.
                o = std::max(o + 1, m_log->logStartOffset().value);
                continue;
            }
            return unexpected(fromStorage("reading stream log " + m_opts.dir, rr.error()));
        }
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
            bytes += std::size_t(ReadyList::memoryOf(*r.message));
            out.push_back(StoredMessage{std::move(r.message), r.seq, r.offset, r.timestampMs});
        });
        if (!ok)
            return unexpected(ModelError{ErrorKind::Internal, "stream log " + m_opts.dir + ": malformed record"});
        o = stop ? last + 1 : rr->lastOffset.value + 1;
    }
    next = o;
    return out;
}

std::int64_t StreamLogStore::firstOffset() const
{
    return m_log->logStartOffset().value;
}

std::int64_t StreamLogStore::writtenEnd() const
{
    return m_log->nextOffset().value;
}

std::int64_t StreamLogStore::nextOffset() const
{
    return m_pendingCount ? m_pendingBase + m_pendingCount : m_log->nextOffset().value;
}

std::int64_t StreamLogStore::lastChunkOffset() const
{
    return std::max(m_lastChunk, firstOffset());
}

std::int64_t StreamLogStore::offsetForTimestamp(std::int64_t ms) const
{
    return m_log->offsetForTimestamp(ms).value_or(storage::Offset{writtenEnd()}).value;
}

std::size_t StreamLogStore::applyRetention(std::int64_t nowMs)
{
    return m_log->applyRetention(nowMs);
}

void StreamLogStore::whenDurable(std::function<void(std::optional<std::string> error)> done)
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
    const std::string dir = m_opts.dir;
    m_opts.flusher->requestDurable(*m_log, m_log->nextOffset(),
                                   [dir, done = std::move(done)](storage::StorageStatus st) {
                                       if (st)
                                           done(std::nullopt);
                                       else
                                           done("stream log " + dir + ": " + st.error().text);
                                   });
}

std::optional<std::string> StreamLogStore::failure() const
{
    if (!m_failure.empty())
        return m_failure;
    if (m_log && m_log->failed())
        return "stream log " + m_opts.dir + " failed";
    return std::nullopt;
}

std::uint64_t StreamLogStore::diskBytes() const
{
    return m_log ? m_log->sizeBytes() : 0;
}

std::size_t StreamLogStore::segmentCount() const
{
    return m_log ? m_log->segmentCount() : 0;
}

void StreamLogStore::close()
{
    if (!m_log)
        return;
    if (!m_destroyed)
        (void)flush(); // a clean shutdown keeps what was buffered
    if (m_opts.flusher)
        m_opts.flusher->forget(*m_log);
    (void)m_log->close();
    m_log.reset();
}

void StreamLogStore::destroy()
{
    m_destroyed = true;
    m_pendingRecords.clear();
    m_pendingCount = 0;
    close();
    removeDirectory(*m_opts.fs, m_opts.dir);
}

} // namespace warren::model::queue_store
