#pragma once
// The on-disk layout of a Warren log directory, written down once.
// Prose version with diagrams: docs/storage-format.md. Keep the two in step.
//
// A log directory holds segments. A segment is three files named after the
// segment's base offset (the offset of its first batch), 20 decimal digits
// zero-padded so that a plain name sort is an offset sort:
//
//   00000000000000001234.log        record batches v2, verbatim, back to back
//   00000000000000001234.index      sparse offset index (8-byte entries)
//   00000000000000001234.timeindex  sparse time index (12-byte entries)
//   meta                            optional: "logStartOffset=<n>\n"
//
// All integers in all three files are big-endian, like Kafka's. The .log
// file is byte-for-byte what Kafka writes, so a Fetch response can carry a
// byte range of it unchanged. The index files use Kafka's entry layouts too.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <string_view>

namespace warren::storage::format {

// ---- file names ---------------------------------------------------------
inline constexpr int kFileNameDigits = 20;
inline constexpr std::string_view kLogSuffix = ".log";
inline constexpr std::string_view kIndexSuffix = ".index";
inline constexpr std::string_view kTimeIndexSuffix = ".timeindex";
inline constexpr std::string_view kMetaFileName = "meta";
inline constexpr std::string_view kTempSuffix = ".tmp";

// ---- record batch v2 header (Kafka "magic 2") ---------------------------
// Byte offsets of each field from the start of the batch.
inline constexpr std::size_t kBaseOffsetPos = 0;           // i64
inline constexpr std::size_t kBatchLengthPos = 8;          // i32: bytes after this field
inline constexpr std::size_t kPartitionLeaderEpochPos = 12; // i32
inline constexpr std::size_t kMagicPos = 16;               // i8 == 2
inline constexpr std::size_t kCrcPos = 17;                 // u32 CRC-32C of [kAttributesPos, end)
inline constexpr std::size_t kAttributesPos = 21;          // i16
inline constexpr std::size_t kLastOffsetDeltaPos = 23;     // i32
inline constexpr std::size_t kBaseTimestampPos = 27;       // i64
inline constexpr std::size_t kMaxTimestampPos = 35;        // i64
inline constexpr std::size_t kProducerIdPos = 43;          // i64
inline constexpr std::size_t kProducerEpochPos = 51;       // i16
inline constexpr std::size_t kBaseSequencePos = 53;        // i32
inline constexpr std::size_t kRecordsCountPos = 57;        // i32
inline constexpr std::size_t kBatchHeaderSize = 61;        // records follow

/// baseOffset + batchLength: the part of the header outside batchLength.
inline constexpr std::size_t kLogOverhead = 12;
/// Smallest legal batchLength (a batch with no records).
inline constexpr std::int32_t kMinBatchLength = std::int32_t(kBatchHeaderSize - kLogOverhead);
inline constexpr std::int8_t kMagicV2 = 2;

// attributes bits (the storage layer only reports them)
inline constexpr std::uint16_t kAttrCompressionMask = 0x07;
inline constexpr std::uint16_t kAttrTimestampTypeLogAppend = 0x08;
inline constexpr std::uint16_t kAttrTransactional = 0x10;
inline constexpr std::uint16_t kAttrControl = 0x20;

// ---- offset index entry (.index) ----------------------------------------
//   u32 relativeOffset  = lastOffset(batch) - segment base offset
//   u32 position        = byte position of that batch in the .log file
// One entry is written for a batch when more than indexIntervalBytes of log
// were written since the previous entry (Kafka's rule: the first batch of a
// segment never gets one; position 0 is implied). Keys and positions strictly
// increase.
inline constexpr std::size_t kOffsetIndexEntrySize = 8;

// ---- time index entry (.timeindex) --------------------------------------
//   i64 timestamp       = largest batch maxTimestamp seen so far in the segment
//   u32 relativeOffset  = lastOffset of the batch that carried that timestamp,
//                         minus the segment base offset
// Written together with an offset index entry when the timestamp grew, and
// once more when the segment stops being the active one. Timestamps strictly
// increase; offsets do not decrease.
inline constexpr std::size_t kTimeIndexEntrySize = 12;

/// Segments never grow past this: index positions are 32-bit and Kafka
/// treats them as signed.
inline constexpr std::uint64_t kMaxSegmentBytes = 0x7fffffffu;

// ---- big-endian helpers ---------------------------------------------------
inline std::uint64_t loadBe(const std::byte *p, int n)
{
    std::uint64_t v = 0;
    for (int i = 0; i < n; ++i)
        v = (v << 8) | std::uint64_t(std::to_integer<std::uint8_t>(p[i]));
    return v;
}
inline std::int64_t loadI64(const std::byte *p) { return std::int64_t(loadBe(p, 8)); }
inline std::int32_t loadI32(const std::byte *p) { return std::int32_t(std::uint32_t(loadBe(p, 4))); }
inline std::uint32_t loadU32(const std::byte *p) { return std::uint32_t(loadBe(p, 4)); }
inline std::int16_t loadI16(const std::byte *p) { return std::int16_t(std::uint16_t(loadBe(p, 2))); }

inline void storeBe(std::byte *p, std::uint64_t v, int n)
{
    for (int i = n - 1; i >= 0; --i) {
        p[i] = std::byte(v & 0xff);
        v >>= 8;
    }
}
inline void storeI64(std::byte *p, std::int64_t v) { storeBe(p, std::uint64_t(v), 8); }
inline void storeI32(std::byte *p, std::int32_t v) { storeBe(p, std::uint32_t(v), 4); }
inline void storeU32(std::byte *p, std::uint32_t v) { storeBe(p, v, 4); }

} // namespace warren::storage::format
