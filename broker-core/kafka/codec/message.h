#pragma once
// The codec's entry points for message bodies (generated in messages.h):
//
//   auto req = decodeMessage<ProduceRequest>(body, header.apiVersion);
//   appendResponseFrame(out, header.correlationId, header.apiVersion, resp);
//
// plus the request-side mirror (appendRequestFrame, decodeResponse) that
// tests and tools use to play the client. Pure; any thread.

#include "common/result.h"
#include "kafka/codec/api_support.h"
#include "kafka/codec/frame.h"
#include "kafka/codec/kafka_error.h"
#include "kafka/codec/messages.h"
#include "kafka/codec/request_header.h"
#include "kafka/codec/wire.h"

#include <string>

namespace warren::kafka {

/// Decodes a body (the bytes after the header) at `version`. Versions
/// outside M's range are UNSUPPORTED_VERSION; truncated or malformed bytes
/// INVALID_REQUEST. Trailing bytes after the body are ignored, as Kafka does.
/// Record sets in the result point into `body`.
template <typename M>
Result<M, KafkaError> decodeMessage(std::span<const std::byte> body, std::int16_t version)
{
    if (version < M::kMinVersion || version > M::kMaxVersion)
        return unexpected(KafkaError{errc::UNSUPPORTED_VERSION,
                                     std::string(M::kName) + " v" + std::to_string(version) + " is not supported"});
    Reader r(body);
    M m{};
    if (!decodeBody(r, m, version))
        return unexpected(KafkaError{errc::INVALID_REQUEST, std::string(M::kName) + " v" + std::to_string(version) +
                                                                " is malformed near byte " + std::to_string(r.pos())});
    return m;
}

/// Appends just the body.
template <typename M>
void encodeMessage(std::string &out, const M &m, std::int16_t version)
{
    Writer w(out);
    encodeBody(w, m, version);
}

/// Appends size prefix + response header (the version the API needs) + body.
template <typename M>
void appendResponseFrame(std::string &out, std::int32_t correlationId, std::int16_t version, const M &body)
{
    static_assert(!M::kIsRequest);
    const std::size_t start = beginFrame(out);
    encodeResponseHeader(out, correlationId, responseHeaderVersion(M::kApiKey, version));
    Writer w(out);
    encodeBody(w, body, version);
    endFrame(out, start);
}

/// Same, but record sets are referenced instead of copied (Fetch responses):
/// send with out.forEachChunk(); the record buffers must outlive the send.
template <typename M>
void appendResponseFrame(SplicedBuffer &out, std::int32_t correlationId, std::int16_t version, const M &body)
{
    static_assert(!M::kIsRequest);
    const std::size_t start = beginFrame(out.bytes);
    const std::size_t splicedBefore = out.size() - out.bytes.size();
    encodeResponseHeader(out.bytes, correlationId, responseHeaderVersion(M::kApiKey, version));
    Writer w(out);
    encodeBody(w, body, version);
    endFrame(out.bytes, start, out.size() - out.bytes.size() - splicedBefore);
}

/// Appends size prefix + request header + body; header.apiKey is set from M.
template <typename M>
void appendRequestFrame(std::string &out, RequestHeader header, const M &body)
{
    static_assert(M::kIsRequest);
    header.apiKey = M::kApiKey;
    const std::size_t start = beginFrame(out);
    encodeRequestHeader(out, header);
    Writer w(out);
    encodeBody(w, body, header.apiVersion);
    endFrame(out, start);
}

/// Decodes a whole response payload (after the size prefix): header + body.
template <typename M>
Result<M, KafkaError> decodeResponse(std::span<const std::byte> payload, std::int16_t version,
                                     std::int32_t *correlationId = nullptr)
{
    static_assert(!M::kIsRequest);
    std::size_t pos = 0;
    auto corr = decodeResponseHeader(payload, pos, responseHeaderVersion(M::kApiKey, version));
    if (!corr)
        return unexpected(corr.error());
    if (correlationId)
        *correlationId = *corr;
    return decodeMessage<M>(payload.subspan(pos), version);
}

} // namespace warren::kafka
