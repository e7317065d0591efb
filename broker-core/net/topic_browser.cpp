#include "net/topic_browser.h"

#include "kafka/codec/record_batch.h"
#include "net/record_matcher.h"
#include "storage/log.h"

#include <algorithm>
#include <chrono>
#include <limits>
#include <memory>
#include <optional>
#include <queue>
#include <string>
#include <vector>

namespace warren::net {

namespace {

using Clock = std::chrono::steady_clock;

constexpr std::size_t kFirstChunkBytes = 64 * 1024;
constexpr std::size_t kMaxChunkBytes = 4 * 1024 * 1024;

QByteArray bytes(std::span<const std::byte> s)
{
    return QByteArray(reinterpret_cast<const char *>(s.data()), qsizetype(s.size()));
}

std::size_t payloadSize(const kafka::RecordView &r)
{
    std::size_t n = (r.key ? r.key->size() : 0) + (r.value ? r.value->size() : 0);
    for (const auto &h : r.headers)
        n += h.key.size() + (h.value ? h.value->size() : 0);
    return n;
}

/// One partition's read position: the next record not yet handed out
/// ("peeked"), the batch it is in and the chunk of batches read with it.
/// Owned by one browse; the spans it hands out live until the next advance().
class PartitionReader {
public:
    PartitionReader(std::int32_t partition, const storage::Log &log, std::int64_t start, std::int64_t end,
                    std::int64_t &bytesRead)
        : m_partition(partition), m_log(log), m_next(start), m_end(end), m_bytesRead(bytesRead)
    {
        advance();
    }

    std::int32_t partition() const { return m_partition; }
    bool hasRecord() const { return m_has; }
    const kafka::RecordView &record() const { return m_record; }
    std::int64_t offset() const { return m_offset; }
    std::int64_t timestamp() const { return m_timestamp; }
    const kafka::BatchHeader &batch() const { return m_it->header(); }
    /// The next offset to browse: the peeked record's, or where reading stopped.
    std::int64_t position() const { return m_has ? m_offset : m_next; }
    std::int64_t end() const { return m_end; }
    const std::string &error() const { return m_error; }

    /// Hands out the peeked record and peeks the next one (false at the end).
    bool advance()
    {
        if (m_has)
            m_next = m_offset + 1;
        m_has = false;
        while (m_next < m_end) {
            if (m_it) {
                if (m_it->next(m_record)) {
                    const std::int64_t offset = m_it->offsetOf(m_record);
                    if (offset < m_next)
                        continue; // before the start, in the first batch
                    if (offset >= m_end)
                        break;
                    m_offset = offset;
                    m_timestamp = m_it->timestampOf(m_record);
                    m_has = true;
                    return true;
                }
                if (m_it->error()) {
                    fail("partition " + std::to_string(m_partition) + ", batch at offset " +
                         std::to_string(m_it->header().baseOffset) + ": " + m_it->error()->message);
                    return false;
                }
                m_next = std::max(m_next, m_it->header().lastOffset() + 1);
                m_it.reset();
            }
            if (!openNextBatch())
                return false;
        }
        return false;
    }

private:
    void fail(std::string why)
    {
        m_error = std::move(why);
        m_it.reset();
        m_end = m_next; // read nothing more
    }

    /// The next batch of the chunk that has records at or after m_next,
    /// reading a new chunk when this one is used up.
    bool openNextBatch()
    {
        while (m_next < m_end) {
            if (m_batch >= m_batches.size() && !readChunk())
                return false;
            const std::span<const std::byte> batch = m_batches[m_batch++];
            auto header = kafka::parseBatchHeader(batch);
            if (!header) {
                fail("partition " + std::to_string(m_partition) + ": " + header.error().message);
                return false;
            }
            if (header->lastOffset() < m_next)
                continue;
            if (header->baseOffset >= m_end)
                return false; // appended after the browse started
            m_bytesRead += header->totalSize();
            if (header->isControl()) {
                m_next = header->lastOffset() + 1;
                continue;
            }
            auto it = kafka::RecordIterator::open(batch);
            if (!it) {
                fail("partition " + std::to_string(m_partition) + ", batch at offset " +
                     std::to_string(header->baseOffset) + ": " + it.error().message);
                return false;
            }
            m_it.emplace(std::move(it).value());
            return true;
        }
        return false;
    }

    bool readChunk()
    {
        m_batches.clear();
        m_batch = 0;
        auto read = m_log.read(storage::Offset{m_next}, m_chunkBytes);
        if (!read && read.error().kind == storage::StorageError::Kind::OutOfRange) {
            // Retention moved the log start past us: go on from there.
            const std::int64_t start = m_log.logStartOffset().value;
            if (start <= m_next) {
                m_end = m_next;
                return false;
            }
            m_next = start;
            read = m_log.read(storage::Offset{m_next}, m_chunkBytes);
        }
        if (!read) {
            fail("partition " + std::to_string(m_partition) + ": " + read.error().text);
            return false;
        }
        if (read->batchCount == 0) {
            m_end = m_next; // nothing more (the log may have been truncated)
            return false;
        }
        m_chunk = std::move(read->bytes);
        m_chunkBytes = std::min(kMaxChunkBytes, m_chunkBytes * 2);
        const auto split = kafka::splitBatches(std::as_bytes(std::span(m_chunk.data(), m_chunk.size())));
        m_batches = split.batches;
        if (m_batches.empty()) {
            fail("partition " + std::to_string(m_partition) + ": malformed batch at offset " + std::to_string(m_next));
            return false;
        }
        return true;
    }

    const std::int32_t m_partition;
    const storage::Log &m_log;
    std::int64_t m_next;
    std::int64_t m_end;
    std::int64_t &m_bytesRead;
    std::size_t m_chunkBytes = kFirstChunkBytes;
    std::string m_chunk;
    std::vector<std::span<const std::byte>> m_batches;
    std::size_t m_batch = 0;
    std::optional<kafka::RecordIterator> m_it;
    kafka::RecordView m_record;
    std::int64_t m_offset = -1;
    std::int64_t m_timestamp = -1;
    bool m_has = false;
    std::string m_error;
};

api::BrowsedRecord toBrowsed(const PartitionReader &reader)
{
    const kafka::RecordView &r = reader.record();
    const kafka::BatchHeader &batch = reader.batch();
    api::BrowsedRecord out;
    out.partition = reader.partition();
    out.offset = reader.offset();
    out.timestamp = reader.timestamp();
    out.timestampType = batch.timestampType() == kafka::TimestampType::LogAppendTime
        ? api::TimestampKind::LogAppendTime
        : api::TimestampKind::CreateTime;
    if (r.key)
        out.key = bytes(*r.key);
    if (r.value)
        out.value = bytes(*r.value);
    out.headers.reserve(qsizetype(r.headers.size()));
    for (const auto &h : r.headers) {
        api::BrowsedHeader header;
        header.key = QString::fromUtf8(reinterpret_cast<const char *>(h.key.data()), qsizetype(h.key.size()));
        if (h.value)
            header.value = bytes(*h.value);
        out.headers.push_back(std::move(header));
    }
    const auto codec = static_cast<int>(batch.compression());
    out.compression = codec <= int(api::BatchCompression::Zstd) ? api::BatchCompression(codec)
                                                                 : api::BatchCompression::None;
    out.producerId = batch.producerId;
    out.sizeBytes = int(std::min<std::size_t>(payloadSize(r), std::numeric_limits<int>::max()));
    return out;
}

} // namespace

std::int64_t TopicBrowser::offsetForTimestamp(const storage::Log &log, std::int64_t ts)
{
    const std::int64_t end = log.nextOffset().value;
    const auto found = log.offsetForTimestamp(ts);
    if (!found)
        return end;
    auto read = log.read(*found, 1);
    if (read && read->batchCount > 0) {
        const auto split = kafka::splitBatches(std::as_bytes(std::span(read->bytes.data(), read->bytes.size())));
        for (const auto batch : split.batches) {
            auto it = kafka::RecordIterator::open(batch);
            if (!it)
                break;
            kafka::RecordView rec;
            while (it->next(rec))
                if (it->offsetOf(rec) >= found->value && it->timestampOf(rec) >= ts)
                    return it->offsetOf(rec);
        }
    }
    return found->value;
}

std::int64_t TopicBrowser::startOffset(const storage::Log &log, api::BrowseStart start, std::int64_t value)
{
    const std::int64_t first = log.logStartOffset().value;
    const std::int64_t end = log.nextOffset().value;
    std::int64_t offset = first;
    switch (start) {
    case api::BrowseStart::Earliest: offset = first; break;
    case api::BrowseStart::Latest: offset = end - std::max<std::int64_t>(0, value); break;
    case api::BrowseStart::Offset: offset = value; break;
    case api::BrowseStart::Timestamp: offset = offsetForTimestamp(log, value); break;
    }
    return std::clamp(offset, first, end);
}

api::TopicBrowseResult TopicBrowser::browse(std::span<const PartitionLog> logs, const api::TopicBrowseRequest &request)
{
    const Clock::time_point started = Clock::now();
    api::TopicBrowseResult result;
    const RecordMatcher matcher(request.search);
    const int maxRecords = std::clamp(request.maxRecords, 1, 1'000'000);
    const std::int64_t maxBytes = std::max<std::int64_t>(1, request.maxBytes);
    const std::int64_t budgetRecords =
        request.scanBudgetRecords > 0 ? request.scanBudgetRecords : std::numeric_limits<std::int64_t>::max();
    const std::int64_t budgetBytes =
        request.scanBudgetBytes > 0 ? request.scanBudgetBytes : std::numeric_limits<std::int64_t>::max();
    const bool timed = request.scanBudgetMs > 0;
    const Clock::time_point deadline = started + std::chrono::milliseconds(std::max(0, request.scanBudgetMs));

    // Where each partition starts.
    std::int64_t bytesRead = 0;
    std::vector<std::unique_ptr<PartitionReader>> readers;
    for (const PartitionLog &p : logs) {
        if (!p.log)
            continue;
        const std::int64_t first = p.log->logStartOffset().value;
        const std::int64_t end = p.log->nextOffset().value;
        std::int64_t start = 0;
        if (request.resume.isEmpty()) {
            start = startOffset(*p.log, request.start, request.value);
        } else {
            const auto it = std::find_if(request.resume.begin(), request.resume.end(),
                                         [&](const api::PartitionCursor &c) { return c.partition == p.partition; });
            if (it == request.resume.end())
                continue;
            start = std::clamp<std::int64_t>(it->nextOffset, first, end);
        }
        readers.push_back(std::make_unique<PartitionReader>(p.partition, *p.log, start, end, bytesRead));
    }

    // The merge: the partition whose next record is oldest goes first (ties
    // by partition number), so one partition's records keep their order.
    using Head = std::pair<std::pair<std::int64_t, std::int32_t>, std::size_t>;
    std::priority_queue<Head, std::vector<Head>, std::greater<>> heads;
    auto push = [&](std::size_t i) {
        if (readers[i]->hasRecord())
            heads.push({{readers[i]->timestamp(), readers[i]->partition()}, i});
    };
    for (std::size_t i = 0; i < readers.size(); ++i)
        push(i);

    std::int64_t scanned = 0;
    std::int64_t collected = 0;
    auto budgetLeft = [&] {
        if (scanned >= budgetRecords || bytesRead >= budgetBytes)
            return false;
        // The clock is read every 1,024 records: cheap, and ~1 ms apart at worst.
        return !timed || (scanned & 1023) != 0 || Clock::now() < deadline;
    };
    result.stoppedBy = api::TopicBrowseResult::Stop::End;
    while (!heads.empty()) {
        const std::size_t i = heads.top().second;
        PartitionReader &reader = *readers[i];
        if (scanned > 0 && !budgetLeft()) {
            result.stoppedBy = api::TopicBrowseResult::Stop::Budget;
            break;
        }
        if (matcher.matches(reader.record())) {
            const auto size = std::int64_t(payloadSize(reader.record()));
            if (!result.records.isEmpty() && collected + size > maxBytes) {
                result.stoppedBy = api::TopicBrowseResult::Stop::MaxBytes;
                break;
            }
            result.records.push_back(toBrowsed(reader));
            collected += size;
        }
        ++scanned;
        heads.pop();
        reader.advance();
        push(i);
        if (result.records.size() >= maxRecords) {
            result.stoppedBy = heads.empty() ? api::TopicBrowseResult::Stop::End
                                             : api::TopicBrowseResult::Stop::MaxRecords;
            break;
        }
    }

    for (const auto &reader : readers) {
        api::PartitionCursor cursor;
        cursor.partition = reader->partition();
        cursor.nextOffset = reader->position();
        for (const PartitionLog &p : logs)
            if (p.partition == reader->partition()) {
                cursor.logStartOffset = p.log->logStartOffset().value;
                cursor.highWatermark = p.log->nextOffset().value;
            }
        result.partitions.push_back(cursor);
        if (!reader->error().empty() && result.ok) {
            result.ok = false;
            result.error = QString::fromStdString(reader->error());
        }
    }
    result.scannedRecords = scanned;
    result.scannedBytes = bytesRead;
    result.elapsedMs =
        std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started).count();
    return result;
}

} // namespace warren::net
