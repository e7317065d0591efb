#pragma once
// Kafka record batches (message format v2, magic 2): header parsing,
// validation, splitting a record set into batches, decoding records, and
// building batches.
//
// Layout (offsets in bytes; big-endian):
//   0 baseOffset i64 | 8 batchLength i32 (bytes after this field) |
//   12 partitionLeaderEpoch i32 | 16 magic i8 | 17 crc u32 (CRC-32C over
//   21..end) | 21 attributes i16 | 23 lastOffsetDelta i32 |
//   27 baseTimestamp i64 | 35 maxTimestamp i64 | 43 producerId i64 |
//   51 producerEpoch i16 | 53 baseSequence i32 | 57 recordsCount i32 |
//   61 records (possibly compressed)
// Record: length varint, attributes i8, timestampDelta varlong,
//   offsetDelta varint, keyLength varint (-1 = null), key, valueLength
//   varint, value, headersCount varint, headers (keyLength varint, key,
//   valueLength varint (-1 = null), value).
// The CRC starts at attributes, so baseOffset and partitionLeaderEpoch can
// be patched without recomputing it. Magic sits at offset 16 in every
// format (v0/v1 too), which is how old formats are detected.
//
// Pure functions over caller-owned bytes; any thread.

#include "common/result.h"
#include "kafka/codec/compression.h"
#include "kafka/codec/kafka_error.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace warren::kafka {

constexpr std::size_t kBatchHeaderSize = 61;
constexpr std::size_t kBatchLogOverhead = 12;   // baseOffset + batchLength
constexpr std::size_t kBatchCrcOffset = 17;
constexpr std::size_t kBatchAttributesOffset = 21;
constexpr std::size_t kMinRecordSize = 7;       // every varint/field at its smallest
constexpr std::int8_t kCurrentMagic = 2;

enum class TimestampType { CreateTime = 0, LogAppendTime = 1 };

namespace batch_attr {
inline constexpr std::int16_t CompressionMask = 0x07;
inline constexpr std::int16_t LogAppendTime = 0x08;
inline constexpr std::int16_t Transactional = 0x10;
inline constexpr std::int16_t Control = 0x20;
inline constexpr std::int16_t DeleteHorizon = 0x40;
} // namespace batch_attr

struct BatchHeader {
    std::int64_t baseOffset = 0;
    std::int32_t batchLength = 0;
    std::int32_t partitionLeaderEpoch = -1;
    std::int8_t magic = kCurrentMagic;
    std::uint32_t crc = 0;
    std::int16_t attributes = 0;
    std::int32_t lastOffsetDelta = 0;
    std::int64_t baseTimestamp = 0;
    std::int64_t maxTimestamp = 0;
    std::int64_t producerId = -1;
    std::int16_t producerEpoch = -1;
    std::int32_t baseSequence = -1;
    std::int32_t recordsCount = 0;

    Compression compression() const { return Compression(attributes & batch_attr::CompressionMask); }
    TimestampType timestampType() const
    {
        return (attributes & batch_attr::LogAppendTime) ? TimestampType::LogAppendTime : TimestampType::CreateTime;
    }
    bool isTransactional() const { return attributes & batch_attr::Transactional; }
    bool isControl() const { return attributes & batch_attr::Control; }
    /// Bytes the whole batch occupies (batchLength + 12).
    std::int64_t totalSize() const { return std::int64_t(batchLength) + std::int64_t(kBatchLogOverhead); }
    std::int64_t lastOffset() const { return baseOffset + lastOffsetDelta; }
};

/// Reads the 61-byte header. Checks only that the bytes are there and that
/// magic is 2 (magic 0/1: UNSUPPORTED_FOR_MESSAGE_FORMAT; other: CORRUPT_MESSAGE).
Result<BatchHeader, KafkaError> parseBatchHeader(std::span<const std::byte> batch);

/// Magic byte of the first batch/message of a record set, or -1 if too short.
int recordSetMagic(std::span<const std::byte> records);

/// Full check of one batch as a producer sends it (`batch` is exactly the
/// batch): magic 2, 12 + batchLength == batch.size(), CRC-32C, recordsCount
/// >= 1 and == lastOffsetDelta + 1 (INVALID_RECORD otherwise), and for
/// uncompressed batches recordsCount fits the bytes.
Status<KafkaError> validateBatch(std::span<const std::byte> batch);

/// The batches of a record set (a Produce request's, or a Fetch response's,
/// whose last batch may be cut short by the fetch size limits).
struct BatchSplit {
    std::vector<std::span<const std::byte>> batches; // complete batches, in order
    std::span<const std::byte> partialTail;          // trailing incomplete batch (empty if none)
    bool malformed = false;                          // a batchLength too small to be a batch
};
BatchSplit splitBatches(std::span<const std::byte> records);

struct RecordHeaderView {
    std::span<const std::byte> key;
    std::optional<std::span<const std::byte>> value;
};

/// One decoded record; spans point into the batch or into the
/// RecordIterator's decompressed buffer.
struct RecordView {
    std::int8_t attributes = 0;
    std::int64_t timestampDelta = 0;
    std::int32_t offsetDelta = 0;
    std::optional<std::span<const std::byte>> key;
    std::optional<std::span<const std::byte>> value;
    std::vector<RecordHeaderView> headers;
};

/// Iterates the records of one batch, decompressing first if needed.
/// Owns the decompressed bytes (records point into them): keep it alive
/// while using the records; moving it keeps them valid.
class RecordIterator {
public:
    /// Parses the header and, for compressed batches, decompresses. Does not
    /// check the CRC (call validateBatch for that).
    static Result<RecordIterator, KafkaError> open(std::span<const std::byte> batch,
                                                   std::size_t maxDecompressed = kMaxDecompressedBytes);

    const BatchHeader &header() const { return m_header; }
    /// Next record; false at the end (after recordsCount records) or on
    /// malformed data (then error() is set, and `out` holds no valid record).
    /// Reuses `out`'s header vector, so pass the same RecordView each time.
    bool next(RecordView &out);
    const std::optional<KafkaError> &error() const { return m_error; }
    std::int64_t offsetOf(const RecordView &r) const { return m_header.baseOffset + r.offsetDelta; }
    std::int64_t timestampOf(const RecordView &r) const;

private:
    RecordIterator() = default;
    BatchHeader m_header;
    std::unique_ptr<std::string> m_storage; // decompressed records, if compressed
    std::span<const std::byte> m_records;
    std::size_t m_pos = 0;
    std::int32_t m_read = 0;
    std::optional<KafkaError> m_error;
};

/// Sets baseOffset (bytes 0-7). The CRC does not cover it.
void patchBaseOffset(std::span<std::byte> batch, std::int64_t baseOffset);
/// Sets partitionLeaderEpoch (bytes 12-15). The CRC does not cover it.
void patchPartitionLeaderEpoch(std::span<std::byte> batch, std::int32_t epoch);
/// Marks the batch LogAppendTime with maxTimestamp = `timestamp` and
/// recomputes the CRC (both fields are inside it).
void patchLogAppendTime(std::span<std::byte> batch, std::int64_t timestamp);

struct RecordBuild {
    std::optional<std::string> key;
    std::optional<std::string> value;
    std::vector<std::pair<std::string, std::optional<std::string>>> headers;
    std::int64_t timestamp = 0; // absolute, ms
};

struct BatchBuild {
    std::int64_t baseOffset = 0;
    std::int32_t partitionLeaderEpoch = -1;
    Compression compression = Compression::None;
    TimestampType timestampType = TimestampType::CreateTime;
    bool transactional = false;
    bool control = false;
    std::int64_t producerId = -1;
    std::int16_t producerEpoch = -1;
    std::int32_t baseSequence = -1;
    std::vector<RecordBuild> records; // offsetDelta = index
};

/// Appends one v2 batch. baseTimestamp = first record's timestamp,
/// maxTimestamp = the largest. Fails for an empty record list or a
/// compression error.
Status<KafkaError> appendRecordBatch(std::string &out, const BatchBuild &build);

/// Control record contents (EndTxn markers): key = version 0 + type
/// (0 abort, 1 commit); value = version 0 + coordinator epoch.
std::string controlRecordKey(bool commit);
std::string endTxnMarkerValue(std::int32_t coordinatorEpoch);
/// Appends a transactional control batch holding one commit/abort marker.
Status<KafkaError> appendEndTxnMarker(std::string &out, std::int64_t baseOffset, std::int64_t producerId,
                                      std::int16_t producerEpoch, bool commit, std::int32_t coordinatorEpoch,
                                      std::int64_t timestamp);

} // namespace warren::kafka
