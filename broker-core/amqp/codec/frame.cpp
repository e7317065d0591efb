#include "amqp/codec/frame.h"

#include "amqp/codec/byte_io.h"
#include "amqp/codec/reply_codes.h"

#include <algorithm>

namespace warren::amqp {

namespace {
// AMQP 0-9 header; RabbitMQ's version_negotiation({1, 1, 0, 9}) serves it as 0-9-1.
constexpr std::array<char, 8> kProtocolHeader09{'A', 'M', 'Q', 'P', 1, 1, 0, 9};

bool isPrefixOf(std::span<const std::byte> in, const std::array<char, 8> &header)
{
    const std::size_t n = std::min(in.size(), header.size());
    for (std::size_t i = 0; i < n; ++i)
        if (std::to_integer<char>(in[i]) != header[i])
            return false;
    return true;
}
} // namespace

HeaderCheck checkProtocolHeader(std::span<const std::byte> in)
{
    const bool v091 = isPrefixOf(in, kProtocolHeader);
    const bool v09 = isPrefixOf(in, kProtocolHeader09);
    if (!v091 && !v09)
        return HeaderCheck::Mismatch;
    return in.size() >= kProtocolHeader.size() ? HeaderCheck::Ok : HeaderCheck::NeedMore;
}

AmqpError frameError(std::uint8_t type, std::span<const std::byte> payload, std::string_view reason)
{
    std::string expl = "type " + std::to_string(type);
    if (payload.size() <= 16) {
        expl += ", all octets = ";
        appendErlangBinary(expl, payload);
    } else {
        expl += ", first 16 octets = ";
        appendErlangBinary(expl, payload.first(16));
    }
    expl += ": ";
    expl += reason;
    return makeAmqpError(reply::FrameError, expl);
}

FrameDecode decodeFrame(std::span<const std::byte> in, std::uint32_t frameMax)
{
    FrameDecode r;
    ByteReader rd(in);
    std::uint8_t type = 0;
    std::uint16_t channel = 0;
    std::uint32_t size = 0;
    if (!rd.u8(type) || !rd.u16(channel) || !rd.u32(size))
        return r; // NeedMore
    if (frameMax != 0 && std::size_t{size} > std::size_t{frameMax} - kFrameOverhead + kFrameSizeFudge) {
        const std::uint32_t limit = frameMax > kFrameOverhead ? frameMax - kFrameOverhead : 0;
        r.status = DecodeStatus::Error;
        r.error = frameError(type, {},
                             "{frame_too_large," + std::to_string(size) + "," + std::to_string(limit) + "}");
        return r;
    }
    std::span<const std::byte> payload;
    std::uint8_t end = 0;
    if (!rd.bytes(size, payload) || !rd.u8(end))
        return r; // NeedMore
    if (end != kFrameEnd) {
        r.status = DecodeStatus::Error;
        r.error = frameError(type, payload, "{invalid_frame_end_marker," + std::to_string(end) + "}");
        return r;
    }
    const bool knownType = type == 1 || type == 2 || type == 3 || (type == 8 && payload.empty());
    if (!knownType) {
        r.status = DecodeStatus::Error;
        r.error = frameError(type, payload, "unknown_frame");
        return r;
    }
    r.status = DecodeStatus::Ok;
    r.consumed = rd.pos();
    r.frame = FrameView{static_cast<FrameType>(type), channel, payload};
    return r;
}

std::size_t beginFrame(std::string &out, FrameType type, std::uint16_t channel)
{
    const std::size_t start = out.size();
    appendU8(out, static_cast<std::uint8_t>(type));
    appendU16(out, channel);
    appendU32(out, 0);
    return start;
}

void endFrame(std::string &out, std::size_t frameStart)
{
    const std::size_t payloadSize = out.size() - frameStart - kFrameHeaderSize;
    patchU32(out, frameStart + 3, static_cast<std::uint32_t>(payloadSize));
    appendU8(out, kFrameEnd);
}

void appendHeartbeatFrame(std::string &out)
{
    static constexpr char kHeartbeat[8] = {8, 0, 0, 0, 0, 0, 0, static_cast<char>(kFrameEnd)};
    out.append(kHeartbeat, sizeof kHeartbeat);
}

void appendFrame(std::string &out, FrameType type, std::uint16_t channel, std::span<const std::byte> payload)
{
    out.reserve(out.size() + payload.size() + kFrameOverhead);
    appendU8(out, static_cast<std::uint8_t>(type));
    appendU16(out, channel);
    appendU32(out, static_cast<std::uint32_t>(payload.size()));
    out.append(asStringView(payload));
    appendU8(out, kFrameEnd);
}

} // namespace warren::amqp
