// libFuzzer target: an AMQP 0-9-1 byte stream as a broker reads it — the
// protocol header check, frame splitting, method decoding, content headers
// and basic properties (with their field tables).
//
// Invariants checked besides "no crash, no sanitizer report":
// - a decoded frame is not also decodable from fewer bytes (NeedMore/Error);
// - method and properties round trips are stable: encode(decode(x)) decodes
//   again, and re-encoding that gives the same bytes.

#include "amqp/codec/content.h"
#include "amqp/codec/frame.h"
#include "amqp/codec/methods.h"
#include "fuzz_util.h"

using namespace warren;
using namespace warren::amqp;

namespace {

void checkMethod(std::span<const std::byte> payload)
{
    auto m = decodeMethod(payload);
    if (!m) {
        FUZZ_CHECK(m.error().replyCode != 0);
        return;
    }
    std::string once;
    encodeMethod(*m, once);
    auto again = decodeMethod(fuzz::bytesOf(once));
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(methodIdOf(*again) == methodIdOf(*m));
    std::string twice;
    encodeMethod(*again, twice);
    FUZZ_CHECK(once == twice);
}

void checkContentHeader(std::span<const std::byte> payload)
{
    auto h = decodeContentHeader(payload);
    if (!h)
        return;
    auto props = decodeBasicProperties(h->properties);
    if (!props)
        return;
    std::string once;
    encodeBasicProperties(*props, once);
    auto again = decodeBasicProperties(fuzz::bytesOf(once));
    FUZZ_CHECK(again.ok());
    std::string twice;
    encodeBasicProperties(*again, twice);
    FUZZ_CHECK(once == twice);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    auto in = fuzz::bytesOf(data, size);
    // The first byte picks a frame_max: none, RabbitMQ's minimum, or its default.
    if (in.empty())
        return 0;
    static constexpr std::uint32_t kFrameMax[] = {0, 4096, 131072, 64};
    const std::uint32_t frameMax = kFrameMax[std::to_integer<unsigned>(in[0]) & 3];
    in = in.subspan(1);

    // A stream that starts with "AMQP" is a connection's first bytes.
    if (in.size() >= 4 && in[0] == std::byte{'A'} && in[1] == std::byte{'M'}) {
        const auto check = checkProtocolHeader(in);
        if (check != HeaderCheck::Ok)
            return 0;
        in = in.subspan(8);
    }

    while (!in.empty()) {
        const FrameDecode f = decodeFrame(in, frameMax);
        if (f.status != DecodeStatus::Ok) {
            FUZZ_CHECK(f.status == DecodeStatus::NeedMore || f.error.replyCode != 0);
            break;
        }
        FUZZ_CHECK(f.consumed >= kFrameOverhead && f.consumed <= in.size());
        FUZZ_CHECK(f.frame.payload.size() + kFrameOverhead == f.consumed);
        FUZZ_CHECK(decodeFrame(in.first(f.consumed - 1), frameMax).status != DecodeStatus::Ok);
        switch (f.frame.type) {
        case FrameType::Method:
            checkMethod(f.frame.payload);
            break;
        case FrameType::Header:
            checkContentHeader(f.frame.payload);
            break;
        case FrameType::Body:
        case FrameType::Heartbeat:
            break;
        }
        in = in.subspan(f.consumed);
    }
    return 0;
}
