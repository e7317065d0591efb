// libFuzzer target: Kafka requests as a broker reads them — size-prefixed
// framing, the request header (v1/v2), and the body of every API key and
// version the codec supports (generated decoders, messages.h).
//
// Invariants: a decoded header re-encodes to a header that decodes equal;
// a decoded body re-encodes (at the same version) to bytes that decode
// again and re-encode identically.

#include "fuzz_util.h"
#include "kafka/codec/message.h"

using namespace warren;
using namespace warren::kafka;

namespace {

void checkRequest(std::span<const std::byte> payload)
{
    std::size_t pos = 0;
    auto header = decodeRequestHeader(payload, pos);
    if (!header)
        return;
    FUZZ_CHECK(pos <= payload.size());

    std::string headerBytes;
    encodeRequestHeader(headerBytes, *header);
    std::size_t pos2 = 0;
    auto header2 = decodeRequestHeader(fuzz::bytesOf(headerBytes), pos2);
    FUZZ_CHECK(header2.ok());
    FUZZ_CHECK(*header2 == *header);
    FUZZ_CHECK(pos2 == headerBytes.size());

    const auto body = payload.subspan(pos);
    const std::int16_t version = header->apiVersion;
    withRequestType(header->apiKey, [&]<typename M>() {
        auto m = decodeMessage<M>(body, version);
        if (!m) {
            FUZZ_CHECK(m.error().code == errc::UNSUPPORTED_VERSION || m.error().code == errc::INVALID_REQUEST);
            FUZZ_CHECK(isSupported(header->apiKey, version) == (m.error().code != errc::UNSUPPORTED_VERSION));
            return;
        }
        FUZZ_CHECK(isSupported(header->apiKey, version));
        std::string once;
        encodeMessage(once, *m, version);
        auto again = decodeMessage<M>(fuzz::bytesOf(once), version);
        FUZZ_CHECK(again.ok());
        std::string twice;
        encodeMessage(twice, *again, version);
        FUZZ_CHECK(once == twice);
    });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    auto in = fuzz::bytesOf(data, size);
    while (!in.empty()) {
        const FrameDecode f = decodeFrame(in, 1 << 20);
        if (f.status != FrameStatus::Ok)
            break;
        FUZZ_CHECK(f.consumed == kFrameSizeBytes + f.payload.size() && f.consumed <= in.size());
        checkRequest(f.payload);
        in = in.subspan(f.consumed);
    }
    return 0;
}
