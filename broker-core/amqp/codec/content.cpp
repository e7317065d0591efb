#include "amqp/codec/content.h"

#include "amqp/codec/byte_io.h"
#include "amqp/codec/field_table_codec.h"
#include "amqp/codec/frame.h"
#include "amqp/codec/reply_codes.h"

#include <algorithm>

namespace warren::amqp {

namespace {

constexpr std::uint16_t kBasicClassId = 60;
constexpr std::uint16_t kContinuationBit = 0x0001;

// Property flag bits, most significant first, in spec order.
constexpr std::uint16_t kContentType = 1u << 15;
constexpr std::uint16_t kContentEncoding = 1u << 14;
constexpr std::uint16_t kHeaders = 1u << 13;
constexpr std::uint16_t kDeliveryMode = 1u << 12;
constexpr std::uint16_t kPriority = 1u << 11;
constexpr std::uint16_t kCorrelationId = 1u << 10;
constexpr std::uint16_t kReplyTo = 1u << 9;
constexpr std::uint16_t kExpiration = 1u << 8;
constexpr std::uint16_t kMessageId = 1u << 7;
constexpr std::uint16_t kTimestamp = 1u << 6;
constexpr std::uint16_t kType = 1u << 5;
constexpr std::uint16_t kUserId = 1u << 4;
constexpr std::uint16_t kAppId = 1u << 3;
constexpr std::uint16_t kClusterId = 1u << 2;

AmqpError cannotDecodeProperties(std::span<const std::byte> bytes)
{
    std::string expl = "cannot decode basic properties ";
    appendErlangBinary(expl, bytes);
    return makeAmqpError(reply::FrameError, expl);
}

bool readShortStr(ByteReader &r, std::uint16_t flags, std::uint16_t bit, std::optional<std::string> &out)
{
    if (!(flags & bit))
        return true;
    std::string s;
    if (!r.shortStr(s))
        return false;
    out = std::move(s);
    return true;
}

bool readOctet(ByteReader &r, std::uint16_t flags, std::uint16_t bit, std::optional<std::uint8_t> &out)
{
    if (!(flags & bit))
        return true;
    std::uint8_t v = 0;
    if (!r.u8(v))
        return false;
    out = v;
    return true;
}

void writeShortStr(std::string &out, const std::optional<std::string> &v)
{
    if (v)
        appendShortStr(out, *v);
}

} // namespace

Result<ContentHeaderView, AmqpError> decodeContentHeader(std::span<const std::byte> payload)
{
    ByteReader r(payload);
    ContentHeaderView h{};
    if (!r.u16(h.classId) || !r.u16(h.weight) || !r.u64(h.bodySize))
        return unexpected(frameError(static_cast<std::uint8_t>(FrameType::Header), payload, "unknown_frame"));
    h.properties = r.rest();
    return h;
}

Result<BasicProperties, AmqpError> decodeBasicProperties(std::span<const std::byte> flagsAndFields)
{
    ByteReader r(flagsAndFields);
    std::uint16_t flags = 0;
    if (!r.u16(flags))
        return unexpected(cannotDecodeProperties(flagsAndFields));
    for (std::uint16_t more = flags; more & kContinuationBit;) {
        if (!r.u16(more))
            return unexpected(cannotDecodeProperties(flagsAndFields));
    }

    BasicProperties p;
    bool ok = readShortStr(r, flags, kContentType, p.contentType) &&
              readShortStr(r, flags, kContentEncoding, p.contentEncoding);
    if (ok && (flags & kHeaders)) {
        std::size_t pos = r.pos();
        auto t = decodeFieldTable(flagsAndFields, pos);
        if (!t) {
            AmqpError e = t.error();
            e.classId = kBasicClassId;
            return unexpected(std::move(e));
        }
        p.headers = std::move(t).value();
        r = ByteReader(flagsAndFields, pos);
    }
    ok = ok && readOctet(r, flags, kDeliveryMode, p.deliveryMode) && readOctet(r, flags, kPriority, p.priority) &&
         readShortStr(r, flags, kCorrelationId, p.correlationId) && readShortStr(r, flags, kReplyTo, p.replyTo) &&
         readShortStr(r, flags, kExpiration, p.expiration) && readShortStr(r, flags, kMessageId, p.messageId);
    if (ok && (flags & kTimestamp)) {
        std::uint64_t ts = 0;
        ok = r.u64(ts);
        p.timestamp = ts;
    }
    ok = ok && readShortStr(r, flags, kType, p.type) && readShortStr(r, flags, kUserId, p.userId) &&
         readShortStr(r, flags, kAppId, p.appId) && readShortStr(r, flags, kClusterId, p.clusterId);
    // RabbitMQ's generated decode_properties asserts nothing is left over.
    if (!ok || !r.atEnd())
        return unexpected(cannotDecodeProperties(flagsAndFields));
    return p;
}

void encodeBasicProperties(const BasicProperties &p, std::string &out)
{
    std::uint16_t flags = 0;
    flags |= p.contentType ? kContentType : std::uint16_t{0};
    flags |= p.contentEncoding ? kContentEncoding : std::uint16_t{0};
    flags |= p.headers ? kHeaders : std::uint16_t{0};
    flags |= p.deliveryMode ? kDeliveryMode : std::uint16_t{0};
    flags |= p.priority ? kPriority : std::uint16_t{0};
    flags |= p.correlationId ? kCorrelationId : std::uint16_t{0};
    flags |= p.replyTo ? kReplyTo : std::uint16_t{0};
    flags |= p.expiration ? kExpiration : std::uint16_t{0};
    flags |= p.messageId ? kMessageId : std::uint16_t{0};
    flags |= p.timestamp ? kTimestamp : std::uint16_t{0};
    flags |= p.type ? kType : std::uint16_t{0};
    flags |= p.userId ? kUserId : std::uint16_t{0};
    flags |= p.appId ? kAppId : std::uint16_t{0};
    flags |= p.clusterId ? kClusterId : std::uint16_t{0};
    appendU16(out, flags);
    writeShortStr(out, p.contentType);
    writeShortStr(out, p.contentEncoding);
    if (p.headers)
        encodeFieldTable(*p.headers, out);
    if (p.deliveryMode)
        appendU8(out, *p.deliveryMode);
    if (p.priority)
        appendU8(out, *p.priority);
    writeShortStr(out, p.correlationId);
    writeShortStr(out, p.replyTo);
    writeShortStr(out, p.expiration);
    writeShortStr(out, p.messageId);
    if (p.timestamp)
        appendU64(out, *p.timestamp);
    writeShortStr(out, p.type);
    writeShortStr(out, p.userId);
    writeShortStr(out, p.appId);
    writeShortStr(out, p.clusterId);
}

void appendContentHeaderFrame(std::string &out, std::uint16_t channel, std::uint16_t classId, std::uint64_t bodySize,
                              std::span<const std::byte> encodedProperties)
{
    const std::size_t start = beginFrame(out, FrameType::Header, channel);
    appendU16(out, classId);
    appendU16(out, 0); // weight
    appendU64(out, bodySize);
    out.append(asStringView(encodedProperties));
    endFrame(out, start);
}

void appendBodyFrames(std::string &out, std::uint16_t channel, std::span<const std::byte> body, std::uint32_t frameMax)
{
    if (body.empty())
        return;
    // A frameMax at or below the overhead cannot carry a byte; one byte per
    // frame keeps the loop finite (negotiation never allows it: minimum 4096).
    const std::size_t chunk =
        frameMax == 0 ? body.size() : std::max<std::size_t>(1, frameMax > kFrameOverhead ? frameMax - kFrameOverhead : 1);
    const std::size_t frames = (body.size() + chunk - 1) / chunk;
    out.reserve(out.size() + body.size() + frames * kFrameOverhead);
    for (std::size_t off = 0; off < body.size(); off += chunk)
        appendFrame(out, FrameType::Body, channel, body.subspan(off, std::min(chunk, body.size() - off)));
}

} // namespace warren::amqp
