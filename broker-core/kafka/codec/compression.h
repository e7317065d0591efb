#pragma once
// Record batch compression codecs (attributes bits 0-2): gzip (zlib),
// snappy (raw, or the xerial framing Java clients write), lz4 (frame
// format), zstd. Output is capped so a hostile batch cannot balloon memory.
// Pure functions; any thread.

#include "common/result.h"
#include "kafka/codec/kafka_error.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

namespace warren::kafka {

enum class Compression : std::uint8_t { None = 0, Gzip = 1, Snappy = 2, Lz4 = 3, Zstd = 4 };

/// Default cap on one batch's decompressed size.
constexpr std::size_t kMaxDecompressedBytes = 256 * 1024 * 1024;

/// Decompresses a batch's records section. Snappy input is detected as
/// xerial-framed ("\x82SNAPPY\0" header, then int32-length blocks) or raw.
/// Errors: CORRUPT_MESSAGE (bad data, or output above maxOutput),
/// UNSUPPORTED_COMPRESSION_TYPE (codec value 5-7).
Result<std::string, KafkaError> decompress(Compression codec, std::span<const std::byte> in,
                                           std::size_t maxOutput = kMaxDecompressedBytes);

/// Compresses (for batches the broker or tests build). Snappy is written in
/// xerial framing, as the Java client does; every Kafka client reads it.
Result<std::string, KafkaError> compress(Compression codec, std::span<const std::byte> in);

/// Raw snappy (no framing), for tests of the raw path.
Result<std::string, KafkaError> compressSnappyRaw(std::span<const std::byte> in);

} // namespace warren::kafka
