#pragma once
// Kafka request and response headers.
//
//   request header v0: api_key i16, api_version i16, correlation_id i32
//   request header v1: v0 + client_id nullable string (always int16-length,
//                      even in v2)
//   request header v2: v1 + tagged fields            (flexible requests)
//   response header v0: correlation_id i32
//   response header v1: v0 + tagged fields           (flexible responses,
//                                                     never ApiVersions)
// Which version applies comes from api_support.h. No Kafka API in use today
// sends header v0 (only ControlledShutdown v0 did), so decoding reads v1/v2.
// Pure functions; any thread.

#include "common/result.h"
#include "kafka/codec/kafka_error.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>

namespace warren::kafka {

struct RequestHeader {
    std::int16_t apiKey = 0;
    std::int16_t apiVersion = 0;
    std::int32_t correlationId = 0;
    std::optional<std::string> clientId;
    bool operator==(const RequestHeader &) const = default;
};

/// Decodes the header at `pos` of a request payload (the bytes after the
/// size prefix) and advances `pos` to the body. Unknown api keys and
/// unsupported versions still decode (so the broker can answer them); only
/// truncated or malformed bytes are an error (INVALID_REQUEST).
Result<RequestHeader, KafkaError> decodeRequestHeader(std::span<const std::byte> in, std::size_t &pos);
/// Appends the header in the version requestHeaderVersion() picks.
void encodeRequestHeader(std::string &out, const RequestHeader &h);

/// Appends a response header of the given version (0 or 1).
void encodeResponseHeader(std::string &out, std::int32_t correlationId, int headerVersion);
/// Reads a response header (client side / tests); advances `pos`.
Result<std::int32_t, KafkaError> decodeResponseHeader(std::span<const std::byte> in, std::size_t &pos,
                                                      int headerVersion);

} // namespace warren::kafka
