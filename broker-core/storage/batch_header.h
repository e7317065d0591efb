#pragma once
// Reading and checking the header of a Kafka record batch v2. The storage
// layer understands only this header; records stay opaque bytes.
// Pure functions; any thread.

#include "storage/types.h"

#include <cstdint>
#include <optional>
#include <span>

namespace warren::storage {

struct BatchHeader {
    std::int64_t baseOffset = 0;
    std::int32_t batchLength = 0;
    std::int32_t partitionLeaderEpoch = 0;
    std::int8_t magic = 0;
    std::uint32_t crc = 0;
    std::int16_t attributes = 0;
    std::int32_t lastOffsetDelta = 0;
    std::int64_t baseTimestamp = 0;
    std::int64_t maxTimestamp = 0;
    std::int64_t producerId = 0;
    std::int16_t producerEpoch = 0;
    std::int32_t baseSequence = 0;
    std::int32_t recordsCount = 0;

    std::int64_t lastOffset() const { return baseOffset + lastOffsetDelta; }
    /// Bytes the whole batch occupies in a .log file (12 + batchLength).
    std::uint64_t totalSize() const;
};

/// Decodes the 61-byte header; nullopt if `bytes` is shorter. No checks.
std::optional<BatchHeader> parseBatchHeader(std::span<const std::byte> bytes);

/// Checks the header fields that can be checked without the body: magic 2,
/// batchLength >= 49, lastOffsetDelta >= 0, recordsCount >= 0. Returns a
/// reason, or nullptr when sane.
const char *checkHeaderFields(const BatchHeader &h);

/// Checks that `batch` is exactly one well-formed record batch v2: long
/// enough, batchLength matching the span, magic 2, sane deltas, CRC-32C
/// correct. The Kafka layer may call this before Log::append (which calls it
/// too). Errors are Kind::Invalid with a reason. Records are not parsed.
/// `checkCrc` false skips only the CRC (for batches the caller just built
/// or already checked).
StorageResult<BatchHeader> validateBatch(std::span<const std::byte> batch, bool checkCrc = true);

/// CRC-32C over [attributes, end) of a complete batch, as stored in its crc field.
std::uint32_t computeBatchCrc(std::span<const std::byte> batch);

} // namespace warren::storage
