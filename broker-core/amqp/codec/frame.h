#pragma once
// The AMQP 0-9-1 frame layer: protocol header check, splitting a byte stream
// into frames (type u8, channel u16, size u32, payload, 0xCE) and writing
// frames. Knows nothing about what a payload means.
//
// Pure functions over caller-owned bytes; no thread affinity.
//
// Errors follow RabbitMQ's rabbit_reader: every frame-level problem is
// 501 FRAME_ERROR with a text such as
//   "FRAME_ERROR - type 1, all octets = <<...>>: {invalid_frame_end_marker,54}".
// After an Error the stream has lost sync and must be closed.

#include "amqp/codec/amqp_error.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

namespace warren::amqp {

enum class FrameType : std::uint8_t { Method = 1, Header = 2, Body = 3, Heartbeat = 8 };

constexpr std::uint8_t kFrameEnd = 0xCE;
constexpr std::size_t kFrameHeaderSize = 7; // type, channel, size
constexpr std::size_t kFrameOverhead = 8;   // header + frame-end
/// RabbitMQ tolerates payloads up to frame_max - 8 + 8 bytes ("quite a few
/// clients get it wrong - off-by 1 or 8"); decodeFrame does the same.
constexpr std::size_t kFrameSizeFudge = 8;
constexpr std::array<char, 8> kProtocolHeader{'A', 'M', 'Q', 'P', 0, 0, 9, 1};

enum class HeaderCheck { NeedMore, Ok, Mismatch };

/// Checks the first 8 bytes of a connection. Ok for "AMQP\0\0\x09\x01" and
/// for the 0-9 header "AMQP\x01\x01\x00\x09", which RabbitMQ also treats as
/// 0-9-1. NeedMore while the bytes seen so far are a prefix of an accepted
/// header; Mismatch as soon as they cannot be (the server then writes
/// kProtocolHeader and closes).
HeaderCheck checkProtocolHeader(std::span<const std::byte> in);

struct FrameView {
    FrameType type;
    std::uint16_t channel;
    std::span<const std::byte> payload; // points into the input
};

enum class DecodeStatus { NeedMore, Ok, Error };

struct FrameDecode {
    DecodeStatus status = DecodeStatus::NeedMore;
    std::size_t consumed = 0; // bytes of input used by the frame (Ok only)
    FrameView frame{};
    AmqpError error{};
};

/// Decodes the first frame of `in`. frameMax = negotiated max total frame
/// size (incl. the 8 bytes of overhead); 0 = no limit. Checks, in RabbitMQ's
/// order: size against frameMax (as soon as the 7 header bytes are there),
/// the frame-end octet, then the frame type (unknown type, or a heartbeat
/// with a payload, is RabbitMQ's "unknown_frame").
FrameDecode decodeFrame(std::span<const std::byte> in, std::uint32_t frameMax);

void appendHeartbeatFrame(std::string &out);
void appendFrame(std::string &out, FrameType type, std::uint16_t channel, std::span<const std::byte> payload);

/// For writers that produce a payload in place: beginFrame writes the 7-byte
/// header with a placeholder size and returns where the frame starts;
/// endFrame patches the size and appends the frame-end octet.
std::size_t beginFrame(std::string &out, FrameType type, std::uint16_t channel);
void endFrame(std::string &out, std::size_t frameStart);

/// RabbitMQ's frame_error text: "FRAME_ERROR - type T, all octets = <<..>>: REASON"
/// ("first 16 octets" when the payload is longer than 16 bytes).
AmqpError frameError(std::uint8_t type, std::span<const std::byte> payload, std::string_view reason);

} // namespace warren::amqp
