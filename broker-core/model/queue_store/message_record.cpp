#include "model/queue_store/message_record.h"

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

void appendMessageBatch(std::string &out, const Message &m, QueueSeq seq, std::int64_t timestampMs)
{
    kafka::BatchBuild build;
    kafka::RecordBuild r;
    r.key = m.routingKey;
    r.value = m.body;
    r.timestamp = timestampMs;
    r.headers.reserve(8);
    r.headers.emplace_back(std::string(kExchange), m.exchange);
    r.headers.emplace_back(std::string(kProps), m.encodedProperties);
    r.headers.emplace_back(std::string(kSeq), seqBytes(seq.value));
    r.headers.emplace_back(std::string(kPersistent), m.persistent ? "1" : "0");
    if (m.priority != 0)
        r.headers.emplace_back(std::string(kPriority), std::string(1, char(m.priority)));
    if (m.expirationMs)
        r.headers.emplace_back(std::string(kExpiration), std::to_string(*m.expirationMs));
    if (!m.messageId.empty())
        r.headers.emplace_back(std::string(kMessageId), m.messageId);
    if (m.headers)
        r.headers.emplace_back(std::string(kHeaders), encodeFieldTable(*m.headers));
    build.records.push_back(std::move(r));
    // Only fails for an empty record list or a compression error: neither here.
    (void)kafka::appendRecordBatch(out, build);
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
