#include "storage/log.h"

#include "storage/batch_header.h"
#include "storage/log_format.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <set>

namespace warren::storage {

namespace fmt = format;

namespace {

std::optional<std::int64_t> parseMeta(const std::string &text)
{
    static constexpr std::string_view key = "logStartOffset=";
    auto pos = text.find(key);
    if (pos == std::string::npos)
        return std::nullopt;
    std::int64_t v = 0;
    bool any = false;
    for (std::size_t i = pos + key.size(); i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
        if (v > (std::numeric_limits<std::int64_t>::max() - (text[i] - '0')) / 10)
            return std::nullopt;
        v = v * 10 + (text[i] - '0');
        any = true;
    }
    return any ? std::optional(v) : std::nullopt;
}

bool endsWith(const std::string &s, std::string_view suffix)
{
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

} // namespace

Log::Log(FileSystem &fs, std::string dir, LogConfig cfg) : m_fs(fs), m_dir(std::move(dir)), m_cfg(cfg) {}

Log::~Log() = default;

StorageResult<std::unique_ptr<Log>> Log::open(FileSystem &fs, std::string dir, LogConfig cfg)
{
    if (dir.empty())
        return storageError(StorageError::Kind::Invalid, "log directory is empty");
    cfg.segmentBytes = std::clamp<std::uint64_t>(cfg.segmentBytes, fmt::kBatchHeaderSize, fmt::kMaxSegmentBytes);
    std::unique_ptr<Log> log(new Log(fs, std::move(dir), cfg));
    if (auto st = log->recover(); !st.ok())
        return unexpected(st.error());
    return log;
}

StorageStatus Log::recover()
{
    if (auto st = m_fs.mkdirs(m_dir); !st.ok())
        return st;
    auto names = m_fs.list(m_dir);
    if (!names.ok())
        return unexpected(names.error());

    std::set<std::int64_t> bases;
    for (const auto &n : *names)
        if (auto b = parseSegmentFileName(n, fmt::kLogSuffix))
            bases.insert(b->value);
    for (const auto &n : *names) {
        std::optional<Offset> b = parseSegmentFileName(n, fmt::kIndexSuffix);
        if (!b)
            b = parseSegmentFileName(n, fmt::kTimeIndexSuffix);
        if ((b && !bases.count(b->value)) || endsWith(n, fmt::kTempSuffix)) {
            m_fs.remove(joinPath(m_dir, n));
            ++m_recovery.orphanFilesRemoved;
        }
    }

    std::int64_t metaStart = 0;
    const std::string metaPath = joinPath(m_dir, std::string(fmt::kMetaFileName));
    if (m_fs.exists(metaPath)) {
        auto f = m_fs.open(metaPath, false);
        if (!f.ok())
            return unexpected(f.error());
        std::string text(std::size_t(std::min<std::uint64_t>((*f)->size(), 256)), '\0');
        auto r = (*f)->read(0, std::as_writable_bytes(std::span(text)));
        if (!r.ok())
            return unexpected(r.error());
        text.resize(*r);
        metaStart = parseMeta(text).value_or(0);
    }

    if (bases.empty()) {
        auto seg = Segment::create(m_fs, m_dir, Offset{metaStart}, m_cfg.indexIntervalBytes);
        if (!seg.ok())
            return unexpected(seg.error());
        m_segments.push_back(std::move(seg.value()));
        m_dirUnsynced = true;
    } else {
        const std::vector<std::int64_t> order(bases.begin(), bases.end());
        auto note = [&](std::int64_t b, const SegmentRecovery &rep) {
            m_recovery.truncatedBytes += rep.truncatedBytes;
            if (rep.indexRebuilt)
                ++m_recovery.indexesRebuilt;
            if (!rep.reason.empty()) {
                if (!m_recovery.reason.empty())
                    m_recovery.reason += "; ";
                m_recovery.reason += segmentFileName(Offset{b}, fmt::kLogSuffix) + ": " + rep.reason;
            }
        };
        for (std::size_t i = 0; i < order.size(); ++i) {
            const bool active = i + 1 == order.size();
            SegmentRecovery rep;
            auto seg = Segment::open(m_fs, m_dir, Offset{order[i]}, m_cfg.indexIntervalBytes, active, &rep);
            if (!seg.ok())
                return unexpected(seg.error());
            note(order[i], rep);
            if (!active && (rep.truncatedBytes > 0 || (*seg)->nextOffset != order[i + 1])) {
                // An older segment lost its tail (a crash before it was
                // synced): what follows it was never acknowledged either, and
                // keeping it would leave a hole in the offsets. Drop it and
                // make this segment the active one again (CRC-checked).
                for (std::size_t j = i + 1; j < order.size(); ++j) {
                    for (auto suffix : {fmt::kLogSuffix, fmt::kIndexSuffix, fmt::kTimeIndexSuffix}) {
                        auto st = m_fs.remove(joinPath(m_dir, segmentFileName(Offset{order[j]}, suffix)));
                        if (!st.ok() && st.error().kind != StorageError::Kind::NotFound)
                            return st;
                    }
                    ++m_recovery.segmentsDropped;
                }
                m_dirUnsynced = true;
                SegmentRecovery again;
                seg = Segment::open(m_fs, m_dir, Offset{order[i]}, m_cfg.indexIntervalBytes, true, &again);
                if (!seg.ok())
                    return unexpected(seg.error());
                note(order[i], again);
                m_segments.push_back(std::move(seg.value()));
                break;
            }
            m_segments.push_back(std::move(seg.value()));
        }
    }

    for (const auto &s : m_segments)
        m_totalSize += s->size;
    const auto &active = m_segments.back();
    m_nextOffset = std::max(active->nextOffset, active->base.value);
    m_logStart = std::clamp(metaStart, m_segments.front()->base.value, m_nextOffset.load());
    // A meta file that outlived the tail it pointed into (the log was cut
    // below it) must not come back once appends pass it again: that would
    // hide records written after this recovery. Found by fuzz_storage_recovery.
    if (metaStart > m_logStart.load())
        if (auto st = writeMeta(m_logStart.load()); !st.ok())
            return st;
    for (const auto &s : m_segments)
        if (s != active && (s->dataUnsynced || s->indexesUnsynced))
            m_unsyncedClosed.push_back(s);
    // What recovery kept is now the durable state: make it so (a previous
    // process may have died with appends still only in the page cache).
    m_segments.back()->dataUnsynced = m_segments.back()->size > 0;
    if (auto st = sync(); !st.ok())
        return st;
    return {};
}

StorageStatus Log::destroy(FileSystem &fs, const std::string &dir)
{
    auto names = fs.list(dir);
    if (!names.ok())
        return names.error().kind == StorageError::Kind::NotFound ? StorageStatus{} : StorageStatus(unexpected(names.error()));
    // Data files first: a crash half-way leaves orphans that open() removes.
    std::vector<std::string> sorted = *names;
    std::stable_partition(sorted.begin(), sorted.end(), [](const std::string &n) { return endsWith(n, fmt::kLogSuffix); });
    for (const auto &n : sorted)
        if (auto st = fs.remove(joinPath(dir, n)); !st.ok() && st.error().kind != StorageError::Kind::NotFound)
            return st;
    return fs.removeDir(dir);
}

// ---- writing ---------------------------------------------------------------

bool Log::shouldRoll(const Segment &active, std::size_t batchBytes, std::int64_t lastOffsetDelta, std::int64_t nowMs) const
{
    if (active.size == 0)
        return false;
    if (active.size + batchBytes > m_cfg.segmentBytes)
        return true;
    std::int64_t rollingTs = active.firstBatchMaxTimestamp >= 0 ? active.firstBatchMaxTimestamp : active.firstAppendMs;
    if (m_cfg.segmentMs >= 0 && rollingTs >= 0 && nowMs - rollingTs > m_cfg.segmentMs)
        return true;
    const std::int64_t relLast = m_nextOffset.load() + lastOffsetDelta - active.base.value;
    return relLast > std::int64_t(std::numeric_limits<std::uint32_t>::max());
}

StorageStatus Log::roll(std::int64_t nowMs)
{
    auto old = m_segments.back();
    auto created = Segment::create(m_fs, m_dir, Offset{m_nextOffset.load()}, m_cfg.indexIntervalBytes);
    if (!created.ok())
        return unexpected(created.error());
    std::optional<TimeIndexEntry> fin = old->finalTimeEntry();
    if (fin)
        old->writeIndexEntries(Segment::IndexUpdate{std::nullopt, fin});
    {
        std::unique_lock lock(m_stateMutex);
        if (fin)
            old->timeIndexEntries.push_back(*fin);
        m_segments.push_back(std::move(created.value()));
    }
    m_unsyncedClosed.push_back(old);
    m_dirUnsynced = true;
    return {};
}

StorageResult<AppendResult> Log::append(std::span<const std::byte> batch, std::int64_t nowMs, bool crcChecked)
{
    std::lock_guard writeLock(m_writeMutex);
    if (m_closed)
        return storageError(StorageError::Kind::Io, "log " + m_dir + " is closed");
    if (m_failed)
        return storageError(StorageError::Kind::Io, "log " + m_dir + " failed earlier; reopen it");
    auto header = validateBatch(batch, !crcChecked);
    if (!header.ok())
        return unexpected(header.error());
    BatchHeader h = *header;

    if (shouldRoll(*m_segments.back(), batch.size(), h.lastOffsetDelta, nowMs))
        if (auto st = roll(nowMs); !st.ok())
            return unexpected(st.error());
    Segment &active = *m_segments.back();

    const std::int64_t first = m_nextOffset.load();
    h.baseOffset = first;
    h.partitionLeaderEpoch = 0;
    m_scratch.assign(batch.begin(), batch.end());
    fmt::storeI64(m_scratch.data() + fmt::kBaseOffsetPos, first);
    fmt::storeI32(m_scratch.data() + fmt::kPartitionLeaderEpochPos, 0);

    const std::uint64_t pos = active.size;
    if (auto st = active.log->append(m_scratch); !st.ok()) {
        // Cut the partial batch back off; if that fails the file no longer
        // matches what readers and recovery expect: stop writing.
        if (active.log->size() != pos) {
            auto cut = active.log->truncate(pos);
            if (!cut.ok() || active.log->size() != pos)
                m_failed = true;
        }
        return unexpected(st.error());
    }

    auto update = active.indexUpdateFor(h, pos, active.maxTimestamp, active.offsetOfMaxTimestamp);
    active.writeIndexEntries(update);
    if (active.firstAppendMs < 0)
        active.firstAppendMs = nowMs;
    active.dataUnsynced = true;
    {
        std::unique_lock lock(m_stateMutex);
        active.size = pos + m_scratch.size();
        active.nextOffset = h.lastOffset() + 1;
        if (h.maxTimestamp > active.maxTimestamp) {
            active.maxTimestamp = h.maxTimestamp;
            active.offsetOfMaxTimestamp = h.lastOffset();
        }
        if (pos == 0)
            active.firstBatchMaxTimestamp = h.maxTimestamp;
        if (update.offsetEntry)
            active.offsetIndex.push_back(*update.offsetEntry);
        if (update.timeEntry)
            active.timeIndexEntries.push_back(*update.timeEntry);
        m_totalSize += m_scratch.size();
        m_nextOffset.store(h.lastOffset() + 1, std::memory_order_release);
    }
    return AppendResult{Offset{first}, Offset{h.lastOffset()}, h.maxTimestamp};
}

StorageStatus Log::sync()
{
    std::lock_guard syncLock(m_syncMutex);
    std::vector<std::shared_ptr<File>> files;
    std::int64_t target = 0;
    bool syncDir = false;
    {
        std::lock_guard writeLock(m_writeMutex);
        if (m_failed)
            return storageError(StorageError::Kind::Io, "log " + m_dir + " failed earlier; reopen it");
        if (m_closed)
            return storageError(StorageError::Kind::Io, "log " + m_dir + " is closed");
        target = m_nextOffset.load();
        for (const auto &s : m_unsyncedClosed) {
            files.push_back(s->log);
            files.push_back(s->index);
            files.push_back(s->timeIndex);
            s->dataUnsynced = s->indexesUnsynced = false;
        }
        m_unsyncedClosed.clear();
        Segment &active = *m_segments.back();
        if (active.dataUnsynced)
            files.push_back(active.log);
        if (active.indexesUnsynced) {
            files.push_back(active.index);
            files.push_back(active.timeIndex);
        }
        active.dataUnsynced = active.indexesUnsynced = false;
        syncDir = m_dirUnsynced;
        m_dirUnsynced = false;
    }
    // The fsyncs run without m_writeMutex: appends continue meanwhile.
    for (const auto &f : files) {
        if (auto st = f->sync(); !st.ok()) {
            m_failed = true;
            return st;
        }
    }
    if (syncDir) {
        if (auto st = m_fs.syncDir(m_dir); !st.ok()) {
            m_failed = true;
            return st;
        }
    }
    std::int64_t cur = m_durableOffset.load();
    while (cur < target && !m_durableOffset.compare_exchange_weak(cur, target)) {
    }
    return {};
}

Offset Log::durableOffset() const
{
    return Offset{m_durableOffset.load()};
}

StorageStatus Log::close()
{
    if (m_closed)
        return {};
    StorageStatus st;
    if (!m_failed)
        st = sync();
    m_closed = true;
    return st;
}

// ---- deleting ----------------------------------------------------------------

template <typename Pred>
std::size_t Log::deleteOldestWhile(Pred pred)
{
    std::size_t removed = 0;
    while (m_segments.size() > 1) {
        auto seg = m_segments.front();
        if (!pred(*seg))
            break;
        // The .log goes first: a crash after it leaves only orphan indexes.
        if (auto st = m_fs.remove(seg->logPath); !st.ok() && st.error().kind != StorageError::Kind::NotFound)
            break;
        m_fs.remove(seg->indexPath);
        m_fs.remove(seg->timeIndexPath);
        {
            std::unique_lock lock(m_stateMutex);
            m_segments.erase(m_segments.begin());
            m_totalSize -= seg->size;
            m_logStart = std::max(m_logStart.load(), m_segments.front()->base.value);
        }
        std::erase(m_unsyncedClosed, seg);
        m_dirUnsynced = true;
        ++removed;
    }
    return removed;
}

std::size_t Log::applyRetention(std::int64_t nowMs)
{
    std::lock_guard writeLock(m_writeMutex);
    if (m_closed)
        return 0;
    return deleteOldestWhile([&](const Segment &s) {
        if (m_cfg.retentionMs >= 0 && s.maxTimestamp >= 0 && nowMs - s.maxTimestamp > m_cfg.retentionMs)
            return true;
        if (m_cfg.retentionBytes >= 0 && m_totalSize - s.size >= std::uint64_t(m_cfg.retentionBytes))
            return true;
        return s.nextOffset <= m_logStart.load();
    });
}

StorageStatus Log::deleteSegmentsBefore(Offset offset)
{
    std::lock_guard writeLock(m_writeMutex);
    if (m_closed)
        return storageError(StorageError::Kind::Io, "log " + m_dir + " is closed");
    deleteOldestWhile([&](const Segment &s) { return s.nextOffset <= offset.value; });
    return {};
}

StorageStatus Log::writeMeta(std::int64_t logStart)
{
    const std::string path = joinPath(m_dir, std::string(fmt::kMetaFileName));
    const std::string tmp = path + std::string(fmt::kTempSuffix);
    auto f = m_fs.open(tmp, true);
    if (!f.ok())
        return unexpected(f.error());
    std::string text = "logStartOffset=" + std::to_string(logStart) + "\n";
    if (auto st = (*f)->truncate(0); !st.ok())
        return st;
    if (auto st = (*f)->append(std::as_bytes(std::span(text))); !st.ok())
        return st;
    if (auto st = (*f)->sync(); !st.ok())
        return st;
    if (auto st = m_fs.rename(tmp, path); !st.ok())
        return st;
    return m_fs.syncDir(m_dir);
}

StorageStatus Log::setLogStartOffset(Offset offset)
{
    std::lock_guard writeLock(m_writeMutex);
    if (m_closed)
        return storageError(StorageError::Kind::Io, "log " + m_dir + " is closed");
    if (offset.value > m_nextOffset.load())
        return storageError(StorageError::Kind::OutOfRange, "log start offset beyond the next offset");
    if (offset.value <= m_logStart.load())
        return {};
    if (auto st = writeMeta(offset.value); !st.ok())
        return st;
    {
        std::unique_lock lock(m_stateMutex);
        m_logStart = offset.value;
    }
    deleteOldestWhile([&](const Segment &s) { return s.nextOffset <= offset.value; });
    return {};
}

// ---- reading -----------------------------------------------------------------

Offset Log::logStartOffset() const
{
    return Offset{m_logStart.load()};
}

Offset Log::nextOffset() const
{
    return Offset{m_nextOffset.load(std::memory_order_acquire)};
}

std::uint64_t Log::sizeBytes() const
{
    std::shared_lock lock(m_stateMutex);
    return m_totalSize;
}

std::size_t Log::segmentCount() const
{
    std::shared_lock lock(m_stateMutex);
    return m_segments.size();
}

std::vector<SegmentInfo> Log::segments() const
{
    std::shared_lock lock(m_stateMutex);
    std::vector<SegmentInfo> out;
    for (const auto &s : m_segments)
        out.push_back({s->base, Offset{s->nextOffset}, s->size, s->maxTimestamp, s->offsetIndex.size(),
                       s->timeIndexEntries.size()});
    return out;
}

StorageResult<ReadResult> Log::readFrom(std::shared_ptr<Segment> seg, std::uint64_t startPos, std::uint64_t end,
                                        std::int64_t offset, std::size_t maxBytes, bool &notInSegment) const
{
    notInSegment = false;
    BatchScanner scan(*seg->log, startPos, end, false, 8192);
    for (;;) {
        auto step = scan.next();
        if (step == BatchScanner::Step::End) {
            notInSegment = true;
            return ReadResult{};
        }
        if (step == BatchScanner::Step::Bad) {
            if (scan.error())
                return unexpected(*scan.error());
            return storageError(StorageError::Kind::Corrupt, seg->logPath + " at " + std::to_string(scan.position())
                                                                 + ": " + scan.badReason());
        }
        if (scan.header().lastOffset() >= offset)
            break;
    }
    const std::uint64_t pos = scan.position();
    const std::uint64_t want = std::max<std::uint64_t>(scan.header().totalSize(), std::min<std::uint64_t>(maxBytes, end - pos));

    ReadResult out;
    out.bytes.resize(std::size_t(want));
    auto r = seg->log->read(pos, std::as_writable_bytes(std::span(out.bytes)));
    if (!r.ok())
        return unexpected(r.error());
    if (*r != want)
        return storageError(StorageError::Kind::Corrupt, seg->logPath + ": short read");

    const auto *data = reinterpret_cast<const std::byte *>(out.bytes.data());
    std::size_t p = 0;
    while (p + fmt::kBatchHeaderSize <= want) {
        auto h = parseBatchHeader(std::span(data + p, std::size_t(want) - p));
        if (checkHeaderFields(*h))
            return storageError(StorageError::Kind::Corrupt, seg->logPath + " at " + std::to_string(pos + p) + ": bad batch header");
        if (p + h->totalSize() > want)
            break;
        if (out.batchCount == 0)
            out.firstOffset = Offset{h->baseOffset};
        out.lastOffset = Offset{h->lastOffset()};
        ++out.batchCount;
        p += std::size_t(h->totalSize());
    }
    out.bytes.resize(p);
    return out;
}

StorageResult<ReadResult> Log::read(Offset offset, std::size_t maxBytes) const
{
    std::shared_ptr<Segment> seg;
    std::uint64_t end = 0, startPos = 0;
    std::int64_t logStart = 0, next = 0;
    {
        std::shared_lock lock(m_stateMutex);
        logStart = m_logStart.load();
        next = m_nextOffset.load();
        if (offset.value < logStart || offset.value > next)
            return storageError(StorageError::Kind::OutOfRange,
                                "offset " + std::to_string(offset.value) + " outside [" + std::to_string(logStart) + ", "
                                    + std::to_string(next) + "]");
        if (offset.value < next) {
            auto it = std::upper_bound(m_segments.begin(), m_segments.end(), offset.value,
                                       [](std::int64_t o, const std::shared_ptr<Segment> &s) { return o < s->base.value; });
            seg = it == m_segments.begin() ? *it : *std::prev(it);
            end = seg->size;
            startPos = seg->positionFor(offset.value);
        }
    }
    auto empty = [&] {
        ReadResult r;
        r.firstOffset = offset;
        r.lastOffset = Offset{offset.value - 1};
        r.highWatermark = Offset{next};
        r.logStartOffset = Offset{logStart};
        return r;
    };
    while (seg) {
        bool notInSegment = false;
        auto r = readFrom(seg, startPos, end, offset.value, maxBytes, notInSegment);
        if (!r.ok())
            return r;
        if (!notInSegment) {
            r->highWatermark = Offset{next};
            r->logStartOffset = Offset{logStart};
            return r;
        }
        // A gap (or a torn tail cut off an older segment): go on with the next one.
        std::shared_lock lock(m_stateMutex);
        auto it = std::upper_bound(m_segments.begin(), m_segments.end(), seg->base.value,
                                   [](std::int64_t b, const std::shared_ptr<Segment> &s) { return b < s->base.value; });
        if (it == m_segments.end())
            break;
        seg = *it;
        end = seg->size;
        startPos = 0;
    }
    return empty();
}

std::optional<Offset> Log::offsetForTimestamp(std::int64_t ts) const
{
    struct Candidate {
        std::shared_ptr<Segment> seg;
        std::uint64_t pos, end;
        std::int64_t fromOffset;
    };
    std::vector<Candidate> candidates;
    std::int64_t logStart = 0;
    {
        std::shared_lock lock(m_stateMutex);
        logStart = m_logStart.load();
        for (const auto &s : m_segments) {
            if (s->nextOffset <= logStart || s->maxTimestamp < ts)
                continue;
            // Entries with timestamp < ts: every batch up to their offset is older than ts.
            std::int64_t from = s->base.value;
            auto it = std::lower_bound(s->timeIndexEntries.begin(), s->timeIndexEntries.end(), ts,
                                       [](const TimeIndexEntry &e, std::int64_t t) { return e.timestamp < t; });
            if (it != s->timeIndexEntries.begin())
                from = s->base.value + std::prev(it)->relativeOffset + 1;
            from = std::max(from, logStart);
            candidates.push_back({s, s->positionFor(from), s->size, from});
        }
    }
    for (const auto &c : candidates) {
        BatchScanner scan(*c.seg->log, c.pos, c.end, false, 8192);
        while (scan.next() == BatchScanner::Step::Batch) {
            const auto &h = scan.header();
            if (h.lastOffset() >= c.fromOffset && h.maxTimestamp >= ts)
                return Offset{std::max(h.baseOffset, logStart)};
        }
    }
    return std::nullopt;
}

} // namespace warren::storage
