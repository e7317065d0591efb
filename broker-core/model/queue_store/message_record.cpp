#include "model/queue_store/message_record.h"

#include "common/crc32c.h"
#include "common/field_table_encoding.h"
#include "kafka/codec/record_batch.h"

#include <charconv>

namespace warren::model::queue_store {

namespace {
constexpr std::string_view kExchange = "warren.exchange";
constexpr std::string_view kProps = "warren.props";
constexpr std::string_view kSeq = "warren.seq";
constexpr std::string_view kPersistent = "warren.persistent";
constexpr std::string_view kPriority = "warren.priority";
constexpr std::string_view kExpiration = "warren.expiration";
constexpr std::string_view kMessageId = "warren.message-id";
constexpr std::string_view kHeaders = "warren.headers";

std::string seqBytes(std::uint64_t v)
{
    std::string s(8, '\0');
    for (int i = 7; i >= 0; --i) {
        s[std::size_t(i)] = char(v & 0xff);
        v >>= 8;
    }
    return s;
}

std::string_view text(std::span<const std::byte> b)
{
    return {reinterpret_cast<const char *>(b.data()), b.size()};
}
} // namespace

namespace {
// Direct writer for the one-record batch (the hot path of every persistent
// publish): no intermediate record structures, one pass, CRC at the end.
void putVarlong(std::string &out, std::int64_t v)
{
    std::uint64_t u = (std::uint64_t(v) << 1) ^ std::uint64_t(v >> 63);
    while (u >= 0x80) {
        out.push_back(char(std::uint8_t(u) | 0x80));
        u >>= 7;
    }
    out.push_back(char(u));
}
std::size_t varlongSize(std::int64_t v)
{
    std::uint64_t u = (std::uint64_t(v) << 1) ^ std::uint64_t(v >> 63);
    std::size_t n = 1;
    while (u >= 0x80) {
        u >>= 7;
        ++n;
    }
    return n;
}
void putBE(std::string &out, std::uint64_t v, int bytes)
{
    for (int i = bytes - 1; i >= 0; --i)
        out.push_back(char(std::uint8_t(v >> (8 * i))));
}
void patchBE(std::string &out, std::size_t at, std::uint64_t v, int bytes)
{
    for (int i = bytes - 1; i >= 0; --i, ++at)
        out[at] = char(std::uint8_t(v >> (8 * i)));
}
struct Field {
    std::string_view key;
    std::string_view value;
};
} // namespace

void appendMessageRecord(std::string &out, const Message &m, QueueSeq seq, std::int32_t offsetDelta,
                         std::int64_t timestampDelta)
{
    const std::string seqValue = seqBytes(seq.value);
    const char priority = char(m.priority);
    const std::string expiration = m.expirationMs ? std::to_string(*m.expirationMs) : std::string();
    const std::string headers = m.headers ? encodeFieldTable(*m.headers) : std::string();
    Field fields[8];
    std::size_t nFields = 0;
    fields[nFields++] = {kExchange, m.exchange};
    fields[nFields++] = {kProps, m.encodedProperties};
    fields[nFields++] = {kSeq, seqValue};
    fields[nFields++] = {kPersistent, m.persistent ? std::string_view("1") : std::string_view("0")};
    if (m.priority != 0)
        fields[nFields++] = {kPriority, std::string_view(&priority, 1)};
    if (m.expirationMs)
        fields[nFields++] = {kExpiration, expiration};
    if (!m.messageId.empty())
        fields[nFields++] = {kMessageId, m.messageId};
    if (m.headers)
        fields[nFields++] = {kHeaders, headers};

    // Record body size (after its own length varint).
    std::size_t body = 1 /*attributes*/ + varlongSize(timestampDelta) + varlongSize(offsetDelta);
    body += varlongSize(std::int64_t(m.routingKey.size())) + m.routingKey.size();
    body += varlongSize(std::int64_t(m.body.size())) + m.body.size();
    body += varlongSize(std::int64_t(nFields));
    for (std::size_t i = 0; i < nFields; ++i)
        body += varlongSize(std::int64_t(fields[i].key.size())) + fields[i].key.size() +
                varlongSize(std::int64_t(fields[i].value.size())) + fields[i].value.size();
    out.reserve(out.size() + varlongSize(std::int64_t(body)) + body);
    putVarlong(out, std::int64_t(body));
    out.push_back('\0'); // attributes
    putVarlong(out, timestampDelta);
    putVarlong(out, offsetDelta);
    putVarlong(out, std::int64_t(m.routingKey.size()));
    out.append(m.routingKey);
    putVarlong(out, std::int64_t(m.body.size()));
    out.append(m.body);
    putVarlong(out, std::int64_t(nFields));
    for (std::size_t i = 0; i < nFields; ++i) {
        putVarlong(out, std::int64_t(fields[i].key.size()));
        out.append(fields[i].key);
        putVarlong(out, std::int64_t(fields[i].value.size()));
        out.append(fields[i].value);
    }
}

void appendBatchAround(std::string &out, std::string_view records, std::int32_t count, std::int64_t baseTimestampMs,
                       std::int64_t maxTimestampMs)
{
    const std::size_t start = out.size();
    out.reserve(start + kafka::kBatchHeaderSize + records.size());
    putBE(out, 0, 8);                                                          // baseOffset (the log assigns it)
    putBE(out, std::uint32_t(kafka::kBatchHeaderSize - 12 + records.size()), 4); // batchLength
    putBE(out, std::uint32_t(-1), 4);                                         // partitionLeaderEpoch
    out.push_back(char(kafka::kCurrentMagic));
    putBE(out, 0, 4);                                                          // crc, patched below
    putBE(out, 0, 2);                                                          // attributes: none
    putBE(out, std::uint32_t(count - 1), 4);                                   // lastOffsetDelta
    putBE(out, std::uint64_t(baseTimestampMs), 8);
    putBE(out, std::uint64_t(maxTimestampMs), 8);
    putBE(out, std::uint64_t(-1), 8);                                          // producerId
    putBE(out, std::uint16_t(-1), 2);                                          // producerEpoch
    putBE(out, std::uint32_t(-1), 4);                                          // baseSequence
    putBE(out, std::uint32_t(count), 4);                                       // recordsCount
    out.append(records);
    const auto crcSpan = std::as_bytes(std::span(out.data() + start + kafka::kBatchAttributesOffset,
                                                 out.size() - start - kafka::kBatchAttributesOffset));
    patchBE(out, start + kafka::kBatchCrcOffset, crc32c(crcSpan), 4);
}

void appendMessageBatch(std::string &out, const Message &m, QueueSeq seq, std::int64_t timestampMs)
{
    std::string record;
    appendMessageRecord(record, m, seq, 0, 0);
    appendBatchAround(out, record, 1, timestampMs, timestampMs);
}

bool decodeMessageBatches(std::span<const std::byte> batches, void (*sink)(void *, DecodedRecord &&), void *ctx)
{
    const kafka::BatchSplit split = kafka::splitBatches(batches);
    if (split.malformed)
        return false;
    for (std::span<const std::byte> batch : split.batches) {
        auto it = kafka::RecordIterator::open(batch);
        if (!it)
            return false;
        kafka::RecordView rv;
        while (it->next(rv)) {
            DecodedRecord d;
            auto msg = std::make_shared<Message>();
            if (rv.key)
                msg->routingKey = std::string(text(*rv.key));
            if (rv.value)
                msg->body = std::string(text(*rv.value));
            for (const kafka::RecordHeaderView &h : rv.headers) {
                const std::string_view k = text(h.key);
                const std::string_view v = h.value ? text(*h.value) : std::string_view();
                if (k == kExchange) {
                    msg->exchange = std::string(v);
                } else if (k == kProps) {
                    msg->encodedProperties = std::string(v);
                } else if (k == kSeq && v.size() == 8) {
                    std::uint64_t s = 0;
                    for (char c : v)
                        s = (s << 8) | std::uint8_t(c);
                    d.seq = QueueSeq{s};
                } else if (k == kPersistent) {
                    msg->persistent = v == "1";
                } else if (k == kPriority && v.size() == 1) {
                    msg->priority = std::uint8_t(v[0]);
                } else if (k == kExpiration) {
                    std::uint64_t ms = 0;
                    if (std::from_chars(v.data(), v.data() + v.size(), ms).ec == std::errc())
                        msg->expirationMs = ms;
                } else if (k == kMessageId) {
                    msg->messageId = std::string(v);
                } else if (k == kHeaders) {
                    msg->headers = decodeFieldTable(v);
                }
            }
            d.message = std::move(msg);
            d.offset = it->offsetOf(rv);
            d.timestampMs = it->timestampOf(rv);
            sink(ctx, std::move(d));
        }
        if (it->error())
            return false;
    }
    return true;
}

} // namespace warren::model::queue_store
