#pragma once
// Kafka framing: every request and response is `int32 size` + `size` bytes.
// decodeFrame() splits a byte stream however it arrives; beginFrame() /
// endFrame() let writers produce a frame in place.
// Pure functions over caller-owned bytes; any thread.

#include "kafka/codec/kafka_error.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

namespace warren::kafka {

constexpr std::size_t kFrameSizeBytes = 4;
/// Apache Kafka's socket.request.max.bytes default.
constexpr std::size_t kDefaultMaxRequestBytes = 100 * 1024 * 1024;

enum class FrameStatus { NeedMore, Ok, Error };

struct FrameDecode {
    FrameStatus status = FrameStatus::NeedMore;
    std::span<const std::byte> payload; // Ok: the frame without its size prefix, points into the input
    std::size_t consumed = 0;           // Ok: bytes of input used (4 + payload size)
    KafkaError error{};                 // Error: the stream cannot be resynchronised; close it
};

/// Decodes the first frame of `in`. A negative size, or one above
/// `maxRequestBytes`, is an Error as soon as the 4 size bytes are there.
FrameDecode decodeFrame(std::span<const std::byte> in, std::size_t maxRequestBytes = kDefaultMaxRequestBytes);

/// Appends a 4-byte placeholder and returns where the frame starts.
std::size_t beginFrame(std::string &out);
/// Patches the size of the frame begun at `frameStart`; `extraBytes` counts
/// payload bytes not in `out` (spliced record sets).
void endFrame(std::string &out, std::size_t frameStart, std::size_t extraBytes = 0);

} // namespace warren::kafka
