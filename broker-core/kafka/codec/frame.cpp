#include "kafka/codec/frame.h"

#include "kafka/codec/wire.h"

namespace warren::kafka {

FrameDecode decodeFrame(std::span<const std::byte> in, std::size_t maxRequestBytes)
{
    FrameDecode d;
    Reader r(in);
    std::int32_t size = 0;
    if (!r.i32(size))
        return d; // NeedMore
    if (size < 0) {
        d.status = FrameStatus::Error;
        d.error = {errc::INVALID_REQUEST, "negative frame size " + std::to_string(size)};
        return d;
    }
    if (std::size_t(size) > maxRequestBytes) {
        d.status = FrameStatus::Error;
        d.error = {errc::INVALID_REQUEST, "frame of " + std::to_string(size) + " bytes exceeds the limit of " +
                                              std::to_string(maxRequestBytes)};
        return d;
    }
    if (r.remaining() < std::size_t(size))
        return d; // NeedMore
    d.status = FrameStatus::Ok;
    d.payload = in.subspan(kFrameSizeBytes, std::size_t(size));
    d.consumed = kFrameSizeBytes + std::size_t(size);
    return d;
}

std::size_t beginFrame(std::string &out)
{
    const std::size_t start = out.size();
    out.append(kFrameSizeBytes, '\0');
    return start;
}

void endFrame(std::string &out, std::size_t frameStart, std::size_t extraBytes)
{
    const auto size = static_cast<std::uint32_t>(out.size() - frameStart - kFrameSizeBytes + extraBytes);
    for (std::size_t i = 0; i < kFrameSizeBytes; ++i)
        out[frameStart + i] = static_cast<char>(size >> (8 * (kFrameSizeBytes - 1 - i)));
}

} // namespace warren::kafka
