#pragma once
// Value types shared by the storage layer's API: offsets, configuration,
// errors, append/read results. No I/O here.

#include "common/ids.h"
#include "common/result.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace warren::storage {

/// A Kafka offset: the position of a record in a partition's log (or of a
/// message in a durable queue's log). Not interchangeable with byte positions.
using Offset = StrongId<struct OffsetTag, std::int64_t>;

/// Byte position inside one segment's .log file.
using FilePosition = StrongId<struct FilePositionTag, std::uint64_t>;

struct LogConfig {
    /// Roll to a new segment before a batch would make the active one larger
    /// than this (capped at 2 GiB - 1: index positions are 32-bit signed).
    std::uint64_t segmentBytes = 1ull << 30;
    /// Roll when the active segment's first batch's maxTimestamp is older than this.
    std::int64_t segmentMs = 7ll * 24 * 3600 * 1000;
    /// Delete closed segments whose largest timestamp is older than this; -1 = keep forever.
    std::int64_t retentionMs = 7ll * 24 * 3600 * 1000;
    /// Delete the oldest closed segments while the log is larger than this; -1 = no limit.
    std::int64_t retentionBytes = -1;
    /// Write an index entry after this many bytes of log.
    std::uint32_t indexIntervalBytes = 4096;
};

struct StorageError {
    enum class Kind {
        Io,         ///< the file system failed (or the log failed earlier and must be reopened)
        Corrupt,    ///< data on disk is not what it must be
        NotFound,   ///< no such file/dir
        OutOfRange, ///< offset below the log start or above the next offset
        Invalid,    ///< the caller passed something malformed (e.g. a bad batch)
        NoSpace,    ///< ENOSPC / EDQUOT
    };
    Kind kind = Kind::Io;
    std::string text;
};

const char *toString(StorageError::Kind kind);

template <typename T>
using StorageResult = Result<T, StorageError>;
using StorageStatus = Status<StorageError>;

inline Unexpected<StorageError> storageError(StorageError::Kind kind, std::string text)
{
    return unexpected(StorageError{kind, std::move(text)});
}

/// What Log::append() assigned.
struct AppendResult {
    Offset firstOffset;          ///< the batch's new baseOffset
    Offset lastOffset;           ///< firstOffset + lastOffsetDelta
    std::int64_t maxTimestamp = -1; ///< the batch's maxTimestamp field, as sent
    /// lastOffset + 1: pass this to Flusher::requestDurable().
    Offset nextOffset() const { return Offset{lastOffset.value + 1}; }
};

/// What Log::read() returns: whole record batches, verbatim, from ONE segment.
struct ReadResult {
    std::string bytes;        ///< zero or more complete record batches v2
    Offset firstOffset;       ///< baseOffset of the first batch (may be below the requested offset)
    Offset lastOffset;        ///< last offset of the last batch (firstOffset - 1 when empty)
    std::size_t batchCount = 0;
    Offset highWatermark;     ///< the log's nextOffset when the read started
    Offset logStartOffset;    ///< the log's start offset when the read started
};

} // namespace warren::storage
