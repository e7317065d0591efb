#include "kafka/codec/record_batch.h"

#include "common/crc32c.h"
#include "kafka/codec/wire.h"

#include <algorithm>
#include <limits>

namespace warren::kafka {

namespace {

KafkaError corrupt(std::string what) { return KafkaError{errc::CORRUPT_MESSAGE, std::move(what)}; }

void putBe(std::span<std::byte> at, std::uint64_t v, std::size_t n)
{
    for (std::size_t i = 0; i < n; ++i)
        at[i] = std::byte(static_cast<unsigned char>(v >> (8 * (n - 1 - i))));
}

std::uint32_t batchCrc(std::span<const std::byte> batch)
{
    return crc32c(batch.subspan(kBatchAttributesOffset));
}

/// Record bodies: varint length (-1 = null) + bytes.
bool readVarBytes(Reader &r, std::optional<std::span<const std::byte>> &out)
{
    std::int32_t len = 0;
    if (!r.varint(len))
        return false;
    if (len == -1) {
        out.reset();
        return true;
    }
    if (len < 0)
        return false;
    std::span<const std::byte> b;
    if (!r.raw(std::size_t(len), b))
        return false;
    out = b;
    return true;
}

void writeVarBytes(Writer &w, const std::optional<std::string> &v)
{
    if (!v) {
        w.varint(-1);
        return;
    }
    w.varint(static_cast<std::int32_t>(v->size()));
    w.buffer().append(*v);
}


} // namespace

Result<BatchHeader, KafkaError> parseBatchHeader(std::span<const std::byte> batch)
{
    Reader r(batch);
    BatchHeader h;
    if (batch.size() > 16) {
        const auto magic = std::to_integer<std::int8_t>(batch[16]);
        if (magic == 0 || magic == 1)
            return unexpected(KafkaError{errc::UNSUPPORTED_FOR_MESSAGE_FORMAT,
                                         "message format v" + std::to_string(magic) + " is not supported"});
    }
    if (!r.i64(h.baseOffset) || !r.i32(h.batchLength) || !r.i32(h.partitionLeaderEpoch) || !r.i8(h.magic) ||
        !r.u32(h.crc) || !r.i16(h.attributes) || !r.i32(h.lastOffsetDelta) || !r.i64(h.baseTimestamp) ||
        !r.i64(h.maxTimestamp) || !r.i64(h.producerId) || !r.i16(h.producerEpoch) || !r.i32(h.baseSequence) ||
        !r.i32(h.recordsCount))
        return unexpected(corrupt("record batch shorter than its header"));
    if (h.magic != kCurrentMagic)
        return unexpected(corrupt("unknown record batch magic " + std::to_string(h.magic)));
    return h;
}

int recordSetMagic(std::span<const std::byte> records)
{
    return records.size() > 16 ? std::to_integer<std::int8_t>(records[16]) : -1;
}

Status<KafkaError> validateBatch(std::span<const std::byte> batch)
{
    auto h = parseBatchHeader(batch);
    if (!h)
        return unexpected(h.error());
    if (h->batchLength < std::int32_t(kBatchHeaderSize - kBatchLogOverhead) ||
        std::uint64_t(h->totalSize()) != batch.size())
        return unexpected(corrupt("record batch length " + std::to_string(h->batchLength) +
                                  " does not match its " + std::to_string(batch.size()) + " bytes"));
    if (batchCrc(batch) != h->crc)
        return unexpected(corrupt("record batch CRC mismatch"));
    if (h->recordsCount <= 0 || std::int64_t(h->lastOffsetDelta) + 1 != h->recordsCount)
        return unexpected(KafkaError{errc::INVALID_RECORD,
                                     "record count " + std::to_string(h->recordsCount) +
                                         " inconsistent with lastOffsetDelta " + std::to_string(h->lastOffsetDelta)});
    if (h->compression() == Compression::None &&
        std::uint64_t(h->recordsCount) * kMinRecordSize > batch.size() - kBatchHeaderSize)
        return unexpected(corrupt("record count " + std::to_string(h->recordsCount) + " exceeds the batch"));
    if (int(h->compression()) > int(Compression::Zstd))
        return unexpected(KafkaError{errc::UNSUPPORTED_COMPRESSION_TYPE, "unknown compression codec"});
    return {};
}

BatchSplit splitBatches(std::span<const std::byte> records)
{
    BatchSplit out;
    std::size_t pos = 0;
    while (pos < records.size()) {
        Reader r(records, pos);
        std::int64_t baseOffset = 0;
        std::int32_t length = 0;
        if (!r.i64(baseOffset) || !r.i32(length)) {
            out.partialTail = records.subspan(pos);
            break;
        }
        if (length < std::int32_t(kBatchHeaderSize - kBatchLogOverhead)) {
            out.malformed = true;
            out.partialTail = records.subspan(pos);
            break;
        }
        const std::uint64_t total = std::uint64_t(length) + kBatchLogOverhead;
        if (total > records.size() - pos) {
            out.partialTail = records.subspan(pos);
            break;
        }
        out.batches.push_back(records.subspan(pos, std::size_t(total)));
        pos += std::size_t(total);
    }
    return out;
}

Result<RecordIterator, KafkaError> RecordIterator::open(std::span<const std::byte> batch, std::size_t maxDecompressed)
{
    auto h = parseBatchHeader(batch);
    if (!h)
        return unexpected(h.error());
    if (h->batchLength < std::int32_t(kBatchHeaderSize - kBatchLogOverhead) ||
        std::uint64_t(h->totalSize()) > batch.size())
        return unexpected(corrupt("record batch truncated"));
    if (h->recordsCount < 0)
        return unexpected(corrupt("negative record count"));
    RecordIterator it;
    it.m_header = *h;
    const auto body = batch.subspan(kBatchHeaderSize, std::size_t(h->totalSize()) - kBatchHeaderSize);
    if (h->compression() == Compression::None) {
        it.m_records = body;
    } else {
        auto plain = decompress(h->compression(), body, maxDecompressed);
        if (!plain)
            return unexpected(plain.error());
        it.m_storage = std::make_unique<std::string>(std::move(plain).value());
        it.m_records = asBytes(*it.m_storage);
    }
    return it;
}

bool RecordIterator::next(RecordView &out)
{
    if (m_error || m_read >= m_header.recordsCount)
        return false;
    auto fail = [&](const char *what) {
        m_error = corrupt(std::string("record ") + std::to_string(m_read) + ": " + what);
        return false;
    };
    Reader r(m_records, m_pos);
    std::int32_t length = 0;
    if (!r.varint(length) || length < 0 || std::size_t(length) > r.remaining())
        return fail("bad length");
    const std::size_t end = r.pos() + std::size_t(length);
    Reader body(m_records.first(end), r.pos());
    // Decoded straight into `out`, whose header vector keeps its capacity:
    // a scan over millions of records allocates nothing per record.
    RecordView &rec = out;
    rec.headers.clear();
    std::int32_t headerCount = 0;
    if (!body.i8(rec.attributes) || !body.varlong(rec.timestampDelta) || !body.varint(rec.offsetDelta) ||
        !readVarBytes(body, rec.key) || !readVarBytes(body, rec.value) || !body.varint(headerCount))
        return fail("truncated");
    // Each header takes at least 2 bytes: no allocation beyond what is there.
    if (headerCount < 0 || std::size_t(headerCount) > body.remaining() / 2)
        return fail("bad header count");
    rec.headers.reserve(std::size_t(headerCount));
    for (std::int32_t i = 0; i < headerCount; ++i) {
        std::optional<std::span<const std::byte>> key, value;
        if (!readVarBytes(body, key) || !key || !readVarBytes(body, value))
            return fail("bad header");
        rec.headers.push_back({*key, value});
    }
    if (body.pos() != end)
        return fail("length does not match its fields");
    m_pos = end;
    ++m_read;
    return true;
}

std::int64_t RecordIterator::timestampOf(const RecordView &r) const
{
    if (m_header.timestampType() == TimestampType::LogAppendTime)
        return m_header.maxTimestamp;
    return m_header.baseTimestamp + r.timestampDelta;
}

void patchBaseOffset(std::span<std::byte> batch, std::int64_t baseOffset)
{
    if (batch.size() >= 8)
        putBe(batch.first(8), static_cast<std::uint64_t>(baseOffset), 8);
}

void patchPartitionLeaderEpoch(std::span<std::byte> batch, std::int32_t epoch)
{
    if (batch.size() >= 16)
        putBe(batch.subspan(12, 4), static_cast<std::uint32_t>(epoch), 4);
}

void patchLogAppendTime(std::span<std::byte> batch, std::int64_t timestamp)
{
    if (batch.size() < kBatchHeaderSize)
        return;
    const auto attrs = static_cast<std::uint16_t>((std::to_integer<unsigned>(batch[21]) << 8) |
                                                  std::to_integer<unsigned>(batch[22]));
    putBe(batch.subspan(21, 2), attrs | std::uint16_t(batch_attr::LogAppendTime), 2);
    putBe(batch.subspan(35, 8), static_cast<std::uint64_t>(timestamp), 8);
    putBe(batch.subspan(kBatchCrcOffset, 4), batchCrc(batch), 4);
}

Status<KafkaError> appendRecordBatch(std::string &out, const BatchBuild &b)
{
    if (b.records.empty())
        return unexpected(KafkaError{errc::INVALID_RECORD, "a record batch needs at least one record"});
    if (b.records.size() > std::size_t(std::numeric_limits<std::int32_t>::max()))
        return unexpected(KafkaError{errc::RECORD_LIST_TOO_LARGE, "too many records"});
    const std::int64_t baseTs = b.records.front().timestamp;
    std::int64_t maxTs = baseTs;
    std::string recs;
    Writer w(recs);
    std::string body;
    for (std::size_t i = 0; i < b.records.size(); ++i) {
        const RecordBuild &rb = b.records[i];
        maxTs = std::max(maxTs, rb.timestamp);
        body.clear();
        Writer bw(body);
        bw.i8(0); // record attributes: unused
        bw.varlong(rb.timestamp - baseTs);
        bw.varint(static_cast<std::int32_t>(i));
        writeVarBytes(bw, rb.key);
        writeVarBytes(bw, rb.value);
        bw.varint(static_cast<std::int32_t>(rb.headers.size()));
        for (const auto &[k, v] : rb.headers) {
            writeVarBytes(bw, std::optional<std::string>(k));
            writeVarBytes(bw, v);
        }
        w.varint(static_cast<std::int32_t>(body.size()));
        recs.append(body);
    }
    std::string payload;
    if (b.compression == Compression::None) {
        payload = std::move(recs);
    } else {
        auto c = compress(b.compression, asBytes(recs));
        if (!c)
            return unexpected(c.error());
        payload = std::move(c).value();
    }
    std::int16_t attrs = std::int16_t(b.compression);
    if (b.timestampType == TimestampType::LogAppendTime)
        attrs |= batch_attr::LogAppendTime;
    if (b.transactional)
        attrs |= batch_attr::Transactional;
    if (b.control)
        attrs |= batch_attr::Control;

    const std::size_t start = out.size();
    Writer ow(out);
    ow.i64(b.baseOffset);
    ow.i32(static_cast<std::int32_t>(kBatchHeaderSize - kBatchLogOverhead + payload.size()));
    ow.i32(b.partitionLeaderEpoch);
    ow.i8(kCurrentMagic);
    ow.u32(0); // CRC, patched below
    ow.i16(attrs);
    ow.i32(static_cast<std::int32_t>(b.records.size() - 1));
    ow.i64(baseTs);
    ow.i64(maxTs);
    ow.i64(b.producerId);
    ow.i16(b.producerEpoch);
    ow.i32(b.baseSequence);
    ow.i32(static_cast<std::int32_t>(b.records.size()));
    out.append(payload);
    auto batch = std::span<std::byte>(reinterpret_cast<std::byte *>(out.data()) + start, out.size() - start);
    putBe(batch.subspan(kBatchCrcOffset, 4), batchCrc(batch), 4);
    return {};
}

std::string controlRecordKey(bool commit)
{
    std::string k;
    Writer w(k);
    w.i16(0);
    w.i16(commit ? 1 : 0);
    return k;
}

std::string endTxnMarkerValue(std::int32_t coordinatorEpoch)
{
    std::string v;
    Writer w(v);
    w.i16(0);
    w.i32(coordinatorEpoch);
    return v;
}

Status<KafkaError> appendEndTxnMarker(std::string &out, std::int64_t baseOffset, std::int64_t producerId,
                                      std::int16_t producerEpoch, bool commit, std::int32_t coordinatorEpoch,
                                      std::int64_t timestamp)
{
    BatchBuild b;
    b.baseOffset = baseOffset;
    b.transactional = true;
    b.control = true;
    b.producerId = producerId;
    b.producerEpoch = producerEpoch;
    b.records.push_back({controlRecordKey(commit), endTxnMarkerValue(coordinatorEpoch), {}, timestamp});
    return appendRecordBatch(out, b);
}

} // namespace warren::kafka
