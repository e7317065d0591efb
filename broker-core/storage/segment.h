#pragma once
// One segment of a log: the .log file and its two sparse indexes, plus the
// in-memory copies of the indexes that lookups use. Internal to the storage
// layer (Log is the API).
//
// Ownership and threads: owned by Log through shared_ptr, so a reader that
// looked a segment up keeps its Files alive even if retention deletes it
// meanwhile. A Segment has no lock of its own. Log's rule applies to every
// field marked "published": it is changed only with Log::m_writeMutex AND
// Log::m_stateMutex (exclusive) held, and read either by the writer (holding
// m_writeMutex) or by anyone holding m_stateMutex shared. Fields marked
// "writer" are touched only with Log::m_writeMutex held.

#include "storage/batch_header.h"
#include "storage/file_system.h"
#include "storage/types.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace warren::storage {

struct OffsetIndexEntry {
    std::uint32_t relativeOffset; ///< lastOffset of the batch - segment base
    std::uint32_t position;       ///< where the batch starts in the .log
    bool operator==(const OffsetIndexEntry &) const = default;
};

struct TimeIndexEntry {
    std::int64_t timestamp;       ///< largest maxTimestamp so far in the segment
    std::uint32_t relativeOffset; ///< lastOffset of the batch that carried it - base
    bool operator==(const TimeIndexEntry &) const = default;
};

/// "No timestamp" in Kafka (RecordBatch.NO_TIMESTAMP).
inline constexpr std::int64_t kNoTimestamp = -1;

/// "00000000000000001234" + suffix.
std::string segmentFileName(Offset base, std::string_view suffix);
/// The base offset a segment file name encodes, if it is one with `suffix`.
std::optional<Offset> parseSegmentFileName(std::string_view name, std::string_view suffix);

/// What opening (recovering) a segment found; for tests and logs.
struct SegmentRecovery {
    std::uint64_t truncatedBytes = 0;   ///< bytes cut off the end of the .log
    bool indexRebuilt = false;          ///< .index/.timeindex rewritten from a scan
    std::uint64_t bytesScanned = 0;
    std::string reason;                 ///< why truncated/rebuilt, if so
};

/// Reads batch headers (and, if asked, whole batches) forward from a
/// position, through a buffer, so a scan costs few preads.
class BatchScanner {
public:
    BatchScanner(File &file, std::uint64_t position, std::uint64_t end, bool wholeBatches, std::size_t chunk);

    enum class Step { Batch, End, Bad };
    /// Advances to the next batch. Batch: header()/position() (and bytes() if
    /// wholeBatches) describe it. End: exactly at `end`. Bad: the bytes at
    /// position() are not a sane batch header (or are cut short, or the read
    /// failed: see error()); badReason() says why.
    Step next();
    const BatchHeader &header() const { return m_header; }
    std::uint64_t position() const { return m_pos; }
    std::span<const std::byte> bytes() const; ///< the whole current batch (wholeBatches only)
    const char *badReason() const { return m_bad; }
    const std::optional<StorageError> &error() const { return m_error; }
    std::uint64_t bytesRead() const { return m_bytesRead; }

private:
    bool ensure(std::uint64_t pos, std::size_t len);

    File &m_file;
    std::uint64_t m_next;
    std::uint64_t m_end;
    bool m_whole;
    std::size_t m_chunk;
    std::vector<std::byte> m_buf;
    std::uint64_t m_bufStart = 0;
    std::uint64_t m_pos = 0;
    BatchHeader m_header{};
    const char *m_bad = nullptr;
    std::optional<StorageError> m_error;
    std::uint64_t m_bytesRead = 0;
};

class Segment {
public:
    /// Creates the three files of a new, empty segment.
    static StorageResult<std::shared_ptr<Segment>> create(FileSystem &fs, const std::string &dir, Offset base,
                                                          std::uint32_t indexIntervalBytes);
    /// Opens an existing segment. `active`: this is the last segment, so
    /// every batch from the last index entry on is CRC-checked and a bad tail
    /// is truncated. Otherwise batches are trusted (headers are still
    /// checked while scanning, and a torn tail is cut). Indexes that are
    /// missing, the wrong size or inconsistent with the .log are rebuilt.
    static StorageResult<std::shared_ptr<Segment>> open(FileSystem &fs, const std::string &dir, Offset base,
                                                        std::uint32_t indexIntervalBytes, bool active,
                                                        SegmentRecovery *report = nullptr);

    // ---- const after construction ----
    Offset base;
    std::string logPath, indexPath, timeIndexPath;
    std::shared_ptr<File> log, index, timeIndex;
    std::uint32_t indexIntervalBytes = 4096;

    // ---- published ----
    std::uint64_t size = 0;                     ///< bytes of whole batches readers may see
    std::int64_t nextOffset = 0;                ///< last offset + 1 (base when empty)
    std::int64_t maxTimestamp = kNoTimestamp;   ///< largest batch maxTimestamp
    std::int64_t offsetOfMaxTimestamp = -1;
    std::int64_t firstBatchMaxTimestamp = kNoTimestamp;
    std::vector<OffsetIndexEntry> offsetIndex;
    std::vector<TimeIndexEntry> timeIndexEntries;

    // ---- writer ----
    std::uint64_t bytesSinceIndexEntry = 0;
    std::int64_t firstAppendMs = -1;  ///< wall time of the first append since open (segment.ms fallback)
    bool dataUnsynced = false;        ///< .log written since the last sync
    bool indexesUnsynced = false;     ///< index files written since their last sync

    /// Start position for finding `offset`: the position of the batch of the
    /// largest index entry whose offset <= `offset` (0 if none). Published read.
    std::uint64_t positionFor(std::int64_t offset) const;

    /// Index entries that appending `h` at `position` calls for (Kafka's
    /// rule); updates bytesSinceIndexEntry. Does not touch published state.
    struct IndexUpdate {
        std::optional<OffsetIndexEntry> offsetEntry;
        std::optional<TimeIndexEntry> timeEntry;
    };
    IndexUpdate indexUpdateFor(const BatchHeader &h, std::uint64_t position, std::int64_t maxTsBefore,
                               std::int64_t offsetOfMaxBefore);
    /// Appends entries to the index files. Failures are swallowed (the
    /// indexes are rebuilt on the next open if they end up inconsistent).
    void writeIndexEntries(const IndexUpdate &u);
    /// Final time-index entry when the segment stops being active.
    std::optional<TimeIndexEntry> finalTimeEntry() const;

    static std::vector<std::byte> encode(const OffsetIndexEntry &e);
    static std::vector<std::byte> encode(const TimeIndexEntry &e);
};

} // namespace warren::storage
