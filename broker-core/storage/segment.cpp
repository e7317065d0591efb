#include "storage/segment.h"

#include "storage/log_format.h"

#include <algorithm>
#include <cstdio>
#include <limits>

namespace warren::storage {

namespace fmt = format;

// ---- names ----------------------------------------------------------------

std::string segmentFileName(Offset base, std::string_view suffix)
{
    char digits[32];
    std::snprintf(digits, sizeof digits, "%020lld", static_cast<long long>(base.value));
    return std::string(digits) + std::string(suffix);
}

std::optional<Offset> parseSegmentFileName(std::string_view name, std::string_view suffix)
{
    if (name.size() != fmt::kFileNameDigits + suffix.size() || !name.ends_with(suffix))
        return std::nullopt;
    std::uint64_t v = 0;
    for (int i = 0; i < fmt::kFileNameDigits; ++i) {
        char c = name[std::size_t(i)];
        if (c < '0' || c > '9')
            return std::nullopt;
        if (v > (std::uint64_t(std::numeric_limits<std::int64_t>::max()) - std::uint64_t(c - '0')) / 10)
            return std::nullopt;
        v = v * 10 + std::uint64_t(c - '0');
    }
    return Offset{std::int64_t(v)};
}

// ---- BatchScanner ---------------------------------------------------------

BatchScanner::BatchScanner(File &file, std::uint64_t position, std::uint64_t end, bool wholeBatches, std::size_t chunk)
    : m_file(file), m_next(position), m_end(end), m_whole(wholeBatches), m_chunk(chunk)
{
}

bool BatchScanner::ensure(std::uint64_t pos, std::size_t len)
{
    if (pos >= m_bufStart && pos + len <= m_bufStart + m_buf.size())
        return true;
    if (pos + len > m_end)
        return false;
    std::size_t want = std::size_t(std::min<std::uint64_t>(std::max(len, m_chunk), m_end - pos));
    m_buf.resize(want);
    auto r = m_file.read(pos, m_buf);
    if (!r.ok()) {
        m_error = r.error();
        m_buf.clear();
        return false;
    }
    m_bytesRead += *r;
    m_buf.resize(*r);
    m_bufStart = pos;
    return *r >= len;
}

BatchScanner::Step BatchScanner::next()
{
    m_pos = m_next;
    m_bad = nullptr;
    if (m_pos == m_end)
        return Step::End;
    if (m_pos > m_end) {
        m_bad = "position past end of file";
        return Step::Bad;
    }
    if (!ensure(m_pos, fmt::kBatchHeaderSize)) {
        m_bad = m_error ? "read failed" : "file ends inside a batch header";
        return Step::Bad;
    }
    m_header = *parseBatchHeader(std::span(m_buf).subspan(std::size_t(m_pos - m_bufStart)));
    if (const char *why = checkHeaderFields(m_header)) {
        m_bad = why;
        return Step::Bad;
    }
    std::uint64_t total = m_header.totalSize();
    if (m_pos + total > m_end) {
        m_bad = "file ends inside a batch";
        return Step::Bad;
    }
    if (m_whole) {
        if (!ensure(m_pos, std::size_t(total))) {
            m_bad = m_error ? "read failed" : "file ends inside a batch";
            return Step::Bad;
        }
        if (computeBatchCrc(bytes()) != m_header.crc) {
            m_bad = "CRC-32C mismatch";
            return Step::Bad;
        }
    }
    m_next = m_pos + total;
    return Step::Batch;
}

std::span<const std::byte> BatchScanner::bytes() const
{
    return std::span<const std::byte>(m_buf).subspan(std::size_t(m_pos - m_bufStart), std::size_t(m_header.totalSize()));
}

// ---- index encoding -------------------------------------------------------

std::vector<std::byte> Segment::encode(const OffsetIndexEntry &e)
{
    std::vector<std::byte> b(fmt::kOffsetIndexEntrySize);
    fmt::storeU32(b.data(), e.relativeOffset);
    fmt::storeU32(b.data() + 4, e.position);
    return b;
}

std::vector<std::byte> Segment::encode(const TimeIndexEntry &e)
{
    std::vector<std::byte> b(fmt::kTimeIndexEntrySize);
    fmt::storeI64(b.data(), e.timestamp);
    fmt::storeU32(b.data() + 8, e.relativeOffset);
    return b;
}

namespace {

StorageResult<std::vector<std::byte>> readAll(File &f)
{
    std::vector<std::byte> b(std::size_t(f.size()));
    auto r = f.read(0, b);
    if (!r.ok())
        return unexpected(r.error());
    b.resize(*r);
    return b;
}

/// Decodes an offset index; false if its shape is impossible.
bool decodeOffsetIndex(const std::vector<std::byte> &b, std::uint64_t logSize, std::vector<OffsetIndexEntry> &out)
{
    if (b.size() % fmt::kOffsetIndexEntrySize != 0)
        return false;
    for (std::size_t i = 0; i < b.size(); i += fmt::kOffsetIndexEntrySize) {
        OffsetIndexEntry e{fmt::loadU32(b.data() + i), fmt::loadU32(b.data() + i + 4)};
        if (e.position >= logSize)
            return false;
        if (!out.empty() && (e.relativeOffset <= out.back().relativeOffset || e.position <= out.back().position))
            return false;
        out.push_back(e);
    }
    return true;
}

bool decodeTimeIndex(const std::vector<std::byte> &b, std::vector<TimeIndexEntry> &out)
{
    if (b.size() % fmt::kTimeIndexEntrySize != 0)
        return false;
    for (std::size_t i = 0; i < b.size(); i += fmt::kTimeIndexEntrySize) {
        TimeIndexEntry e{fmt::loadI64(b.data() + i), fmt::loadU32(b.data() + i + 8)};
        if (e.timestamp <= kNoTimestamp)
            return false;
        if (!out.empty() && (e.timestamp <= out.back().timestamp || e.relativeOffset < out.back().relativeOffset))
            return false;
        out.push_back(e);
    }
    return true;
}

template <typename Entry>
StorageStatus rewriteIndex(File &f, const std::vector<Entry> &entries)
{
    std::vector<std::byte> all;
    for (const auto &e : entries) {
        auto b = Segment::encode(e);
        all.insert(all.end(), b.begin(), b.end());
    }
    if (auto st = f.truncate(0); !st.ok())
        return st;
    if (!all.empty())
        return f.append(all);
    return {};
}

} // namespace

// ---- Segment --------------------------------------------------------------

StorageResult<std::shared_ptr<Segment>> Segment::create(FileSystem &fs, const std::string &dir, Offset base,
                                                        std::uint32_t indexIntervalBytes)
{
    auto seg = std::make_shared<Segment>();
    seg->base = base;
    seg->indexIntervalBytes = indexIntervalBytes;
    seg->logPath = joinPath(dir, segmentFileName(base, fmt::kLogSuffix));
    seg->indexPath = joinPath(dir, segmentFileName(base, fmt::kIndexSuffix));
    seg->timeIndexPath = joinPath(dir, segmentFileName(base, fmt::kTimeIndexSuffix));
    seg->nextOffset = base.value;

    auto log = fs.open(seg->logPath, true);
    if (!log.ok())
        return unexpected(log.error());
    if ((*log)->size() != 0)
        return storageError(StorageError::Kind::Corrupt, "new segment " + seg->logPath + " already holds data");
    auto fail = [&](const StorageError &e) -> StorageResult<std::shared_ptr<Segment>> {
        fs.remove(seg->logPath);
        fs.remove(seg->indexPath);
        fs.remove(seg->timeIndexPath);
        return unexpected(e);
    };
    auto idx = fs.open(seg->indexPath, true);
    if (!idx.ok())
        return fail(idx.error());
    auto tidx = fs.open(seg->timeIndexPath, true);
    if (!tidx.ok())
        return fail(tidx.error());
    if (auto st = (*idx)->truncate(0); !st.ok())
        return fail(st.error());
    if (auto st = (*tidx)->truncate(0); !st.ok())
        return fail(st.error());
    seg->log = std::move(log.value());
    seg->index = std::move(idx.value());
    seg->timeIndex = std::move(tidx.value());
    return seg;
}

StorageResult<std::shared_ptr<Segment>> Segment::open(FileSystem &fs, const std::string &dir, Offset base,
                                                      std::uint32_t indexIntervalBytes, bool active,
                                                      SegmentRecovery *report)
{
    SegmentRecovery localReport;
    SegmentRecovery &rep = report ? *report : localReport;
    auto seg = std::make_shared<Segment>();
    seg->base = base;
    seg->indexIntervalBytes = indexIntervalBytes;
    seg->logPath = joinPath(dir, segmentFileName(base, fmt::kLogSuffix));
    seg->indexPath = joinPath(dir, segmentFileName(base, fmt::kIndexSuffix));
    seg->timeIndexPath = joinPath(dir, segmentFileName(base, fmt::kTimeIndexSuffix));

    auto log = fs.open(seg->logPath, false);
    if (!log.ok())
        return unexpected(log.error());
    auto idx = fs.open(seg->indexPath, true);
    if (!idx.ok())
        return unexpected(idx.error());
    auto tidx = fs.open(seg->timeIndexPath, true);
    if (!tidx.ok())
        return unexpected(tidx.error());
    seg->log = std::move(log.value());
    seg->index = std::move(idx.value());
    seg->timeIndex = std::move(tidx.value());
    const std::uint64_t logSize = seg->log->size();

    // Load what the index files say, and decide whether it can be trusted.
    std::vector<OffsetIndexEntry> loadedOffsets;
    std::vector<TimeIndexEntry> loadedTimes;
    bool rebuild = false;
    bool offsetFileBad = false, timeFileBad = false; // must be rewritten whatever the scan finds
    {
        auto b = readAll(*seg->index);
        if (!b.ok())
            return unexpected(b.error());
        if (!decodeOffsetIndex(*b, logSize, loadedOffsets)) {
            rebuild = offsetFileBad = true;
            rep.reason = "offset index malformed";
        }
        auto t = readAll(*seg->timeIndex);
        if (!t.ok())
            return unexpected(t.error());
        if (!decodeTimeIndex(*t, loadedTimes)) {
            rebuild = timeFileBad = true;
            rep.reason = "time index malformed";
        }
    }
    if (!rebuild && !loadedOffsets.empty() && loadedTimes.empty()) {
        // Entries of both are written at the same index points; an empty time
        // index next to a non-empty offset index is only right when no batch
        // has a timestamp. Rescan to find out.
        rebuild = true;
        rep.reason = "time index empty";
    }
    if (!rebuild && !loadedOffsets.empty()) {
        // The last entry must point at a batch whose last offset it names.
        const auto &last = loadedOffsets.back();
        BatchScanner probe(*seg->log, last.position, logSize, false, fmt::kBatchHeaderSize);
        if (probe.next() != BatchScanner::Step::Batch) {
            if (probe.error())
                return unexpected(*probe.error());
            rebuild = true;
            rep.reason = "last offset index entry does not point at a batch";
        } else if (probe.header().lastOffset() != base.value + std::int64_t(last.relativeOffset)
                   || probe.header().baseOffset < base.value) {
            rebuild = true;
            rep.reason = "last offset index entry names the wrong offset";
        }
    }

    if (!rebuild && !loadedTimes.empty()) {
        // The last time entry must name the last offset of a batch whose
        // maxTimestamp it holds.
        const auto &last = loadedTimes.back();
        const std::int64_t target = base.value + std::int64_t(last.relativeOffset);
        std::uint64_t from = 0;
        for (const auto &e : loadedOffsets)
            if (base.value + std::int64_t(e.relativeOffset) <= target)
                from = e.position;
        BatchScanner probe(*seg->log, from, logSize, false, 8192);
        bool found = false;
        while (probe.next() == BatchScanner::Step::Batch) {
            if (probe.header().lastOffset() >= target) {
                found = probe.header().lastOffset() == target && probe.header().maxTimestamp == last.timestamp;
                break;
            }
        }
        if (probe.error())
            return unexpected(*probe.error());
        if (!found) {
            rebuild = true;
            rep.reason = "last time index entry does not match its batch";
        }
    }

    for (int attempt = 0; attempt < 2; ++attempt) {
        const bool fromStart = rebuild || loadedOffsets.empty();
        seg->offsetIndex = fromStart ? std::vector<OffsetIndexEntry>{} : loadedOffsets;
        seg->timeIndexEntries = fromStart ? std::vector<TimeIndexEntry>{} : loadedTimes;
        seg->bytesSinceIndexEntry = 0;
        seg->maxTimestamp = kNoTimestamp;
        seg->offsetOfMaxTimestamp = -1;
        if (!seg->timeIndexEntries.empty()) {
            seg->maxTimestamp = seg->timeIndexEntries.back().timestamp;
            seg->offsetOfMaxTimestamp = base.value + seg->timeIndexEntries.back().relativeOffset;
        }
        const std::uint64_t start = fromStart ? 0 : loadedOffsets.back().position;
        std::int64_t lastOffset = base.value - 1;
        std::uint64_t end = start;
        bool restart = false;

        BatchScanner scan(*seg->log, start, logSize, active, active ? (1u << 20) : (64u << 10));
        for (;;) {
            auto step = scan.next();
            if (step == BatchScanner::Step::End)
                break;
            const char *bad = scan.badReason();
            if (step == BatchScanner::Step::Batch) {
                const auto &h = scan.header();
                std::int64_t minBase = (scan.position() == start && !fromStart) ? base.value : lastOffset + 1;
                if (h.baseOffset < minBase)
                    bad = "batch offsets go backwards";
                else if (h.lastOffset() - base.value > std::int64_t(std::numeric_limits<std::uint32_t>::max()))
                    bad = "batch offset too far from the segment base";
            }
            if (bad) {
                if (scan.error())
                    return unexpected(*scan.error());
                if (!fromStart && scan.position() == start) {
                    // The indexed batch itself is bad: trust nothing, rescan.
                    restart = true;
                    rep.reason = std::string("indexed batch is bad: ") + bad;
                    break;
                }
                rep.truncatedBytes = logSize - scan.position();
                rep.reason = bad;
                break;
            }
            const auto &h = scan.header();
            if (scan.position() == start && !fromStart) {
                seg->bytesSinceIndexEntry = h.totalSize();
                if (h.maxTimestamp > seg->maxTimestamp) {
                    seg->maxTimestamp = h.maxTimestamp;
                    seg->offsetOfMaxTimestamp = h.lastOffset();
                }
            } else {
                auto u = seg->indexUpdateFor(h, scan.position(), seg->maxTimestamp, seg->offsetOfMaxTimestamp);
                if (u.offsetEntry)
                    seg->offsetIndex.push_back(*u.offsetEntry);
                if (u.timeEntry)
                    seg->timeIndexEntries.push_back(*u.timeEntry);
                if (h.maxTimestamp > seg->maxTimestamp) {
                    seg->maxTimestamp = h.maxTimestamp;
                    seg->offsetOfMaxTimestamp = h.lastOffset();
                }
            }
            lastOffset = h.lastOffset();
            end = scan.position() + h.totalSize();
        }
        rep.bytesScanned += scan.bytesRead();
        if (restart) {
            rebuild = true;
            continue;
        }
        // Entries kept from the files must not name offsets past the data.
        std::int64_t lastRel = lastOffset - base.value;
        bool keptBad = false;
        for (const auto &e : seg->timeIndexEntries)
            keptBad |= std::int64_t(e.relativeOffset) > lastRel;
        if (!fromStart && keptBad) {
            rebuild = true;
            rep.reason = "time index names offsets past the data";
            continue;
        }
        if (!active)
            if (auto fin = seg->finalTimeEntry())
                seg->timeIndexEntries.push_back(*fin);

        if (end < logSize) {
            if (auto st = seg->log->truncate(end); !st.ok())
                return unexpected(st.error());
        }
        seg->size = end;
        seg->nextOffset = lastOffset + 1;

        // Write the indexes back where they differ from what was on disk.
        const bool offsetsDiffer = offsetFileBad
                                   || (fromStart ? seg->offsetIndex != loadedOffsets
                                                 : seg->offsetIndex.size() != loadedOffsets.size());
        const bool timesDiffer = timeFileBad
                                 || (fromStart ? seg->timeIndexEntries != loadedTimes
                                               : seg->timeIndexEntries.size() != loadedTimes.size());
        if (offsetsDiffer) {
            if (fromStart) {
                if (auto st = rewriteIndex(*seg->index, seg->offsetIndex); !st.ok())
                    return unexpected(st.error());
            } else {
                for (std::size_t i = loadedOffsets.size(); i < seg->offsetIndex.size(); ++i)
                    if (auto st = seg->index->append(encode(seg->offsetIndex[i])); !st.ok())
                        return unexpected(st.error());
            }
        }
        if (timesDiffer) {
            if (fromStart) {
                if (auto st = rewriteIndex(*seg->timeIndex, seg->timeIndexEntries); !st.ok())
                    return unexpected(st.error());
            } else {
                for (std::size_t i = loadedTimes.size(); i < seg->timeIndexEntries.size(); ++i)
                    if (auto st = seg->timeIndex->append(encode(seg->timeIndexEntries[i])); !st.ok())
                        return unexpected(st.error());
            }
        }
        rep.indexRebuilt = fromStart && (offsetsDiffer || timesDiffer);
        seg->indexesUnsynced = offsetsDiffer || timesDiffer;
        seg->dataUnsynced = end < logSize;
        break;
    }

    // segment.ms is measured from the first batch's maxTimestamp.
    if (seg->size > 0) {
        BatchScanner first(*seg->log, 0, seg->size, false, fmt::kBatchHeaderSize);
        if (first.next() == BatchScanner::Step::Batch)
            seg->firstBatchMaxTimestamp = first.header().maxTimestamp;
    }
    return seg;
}

std::uint64_t Segment::positionFor(std::int64_t offset) const
{
    std::int64_t rel = offset - base.value;
    if (rel < 0 || offsetIndex.empty())
        return 0;
    std::uint32_t key = rel > std::int64_t(std::numeric_limits<std::uint32_t>::max())
                            ? std::numeric_limits<std::uint32_t>::max()
                            : std::uint32_t(rel);
    auto it = std::upper_bound(offsetIndex.begin(), offsetIndex.end(), key,
                               [](std::uint32_t k, const OffsetIndexEntry &e) { return k < e.relativeOffset; });
    if (it == offsetIndex.begin())
        return 0;
    return std::prev(it)->position;
}

Segment::IndexUpdate Segment::indexUpdateFor(const BatchHeader &h, std::uint64_t position, std::int64_t maxTsBefore,
                                             std::int64_t offsetOfMaxBefore)
{
    std::int64_t maxTs = maxTsBefore;
    std::int64_t offsetOfMax = offsetOfMaxBefore;
    if (h.maxTimestamp > maxTs) {
        maxTs = h.maxTimestamp;
        offsetOfMax = h.lastOffset();
    }
    IndexUpdate u;
    if (bytesSinceIndexEntry > indexIntervalBytes) {
        u.offsetEntry = OffsetIndexEntry{std::uint32_t(h.lastOffset() - base.value), std::uint32_t(position)};
        std::int64_t lastTs = timeIndexEntries.empty() ? kNoTimestamp : timeIndexEntries.back().timestamp;
        if (maxTs > lastTs)
            u.timeEntry = TimeIndexEntry{maxTs, std::uint32_t(offsetOfMax - base.value)};
        bytesSinceIndexEntry = 0;
    }
    bytesSinceIndexEntry += h.totalSize();
    return u;
}

void Segment::writeIndexEntries(const IndexUpdate &u)
{
    if (u.offsetEntry) {
        std::uint64_t before = index->size();
        if (!index->append(encode(*u.offsetEntry)).ok())
            index->truncate(before);
        indexesUnsynced = true;
    }
    if (u.timeEntry) {
        std::uint64_t before = timeIndex->size();
        if (!timeIndex->append(encode(*u.timeEntry)).ok())
            timeIndex->truncate(before);
        indexesUnsynced = true;
    }
}

std::optional<TimeIndexEntry> Segment::finalTimeEntry() const
{
    std::int64_t lastTs = timeIndexEntries.empty() ? kNoTimestamp : timeIndexEntries.back().timestamp;
    if (maxTimestamp > lastTs)
        return TimeIndexEntry{maxTimestamp, std::uint32_t(offsetOfMaxTimestamp - base.value)};
    return std::nullopt;
}

} // namespace warren::storage
