#pragma once
// Content frames: the header frame (class id, weight, body size, property
// flags + properties), basic.* properties, and splitting a body into body
// frames. The broker normally forwards a publisher's encoded properties
// untouched (ContentHeaderView::properties -> appendContentHeaderFrame);
// BasicProperties is for when it must read or build them.
//
// Pure functions; no thread affinity.

#include "amqp/codec/amqp_error.h"
#include "common/field_value.h"
#include "common/result.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>

namespace warren::amqp {

struct ContentHeaderView {
    std::uint16_t classId;
    std::uint16_t weight; // must be 0; RabbitMQ answers anything else with 505 UNEXPECTED_FRAME
    std::uint64_t bodySize;
    std::span<const std::byte> properties; // from the 16-bit property flags to the end
};

/// Splits a header-frame payload. A payload shorter than the 12 fixed bytes
/// is RabbitMQ's "unknown_frame" 501 FRAME_ERROR. Properties are not parsed.
Result<ContentHeaderView, AmqpError> decodeContentHeader(std::span<const std::byte> payload);

/// The 14 basic-class properties, in spec order. clusterId is the spec's
/// "reserved" (RabbitMQ's cluster-id) property.
struct BasicProperties {
    std::optional<std::string> contentType, contentEncoding;
    std::optional<FieldTable> headers;
    std::optional<std::uint8_t> deliveryMode, priority;
    std::optional<std::string> correlationId, replyTo, expiration, messageId;
    std::optional<std::uint64_t> timestamp;
    std::optional<std::string> type, userId, appId, clusterId;
    bool operator==(const BasicProperties &) const = default;
};

/// Decodes property flags + fields. A set continuation bit (bit 0) means
/// another 16-bit flags word follows; such words are read and skipped (basic
/// has no 15th property). Running out of bytes, or bytes left over after the
/// last property, is 501 FRAME_ERROR; a bad headers table is reported as the
/// field-table decoder reports it (501 or 502).
Result<BasicProperties, AmqpError> decodeBasicProperties(std::span<const std::byte> flagsAndFields);
/// Appends flags + fields (one flags word, no continuation).
void encodeBasicProperties(const BasicProperties &p, std::string &out);

/// Header frame from already-encoded properties (flags + fields); weight 0.
void appendContentHeaderFrame(std::string &out, std::uint16_t channel, std::uint16_t classId, std::uint64_t bodySize,
                              std::span<const std::byte> encodedProperties);

/// Body frames of at most frameMax - 8 payload bytes each (frameMax 0 = one
/// frame); an empty body produces no frame.
void appendBodyFrames(std::string &out, std::uint16_t channel, std::span<const std::byte> body, std::uint32_t frameMax);

} // namespace warren::amqp
