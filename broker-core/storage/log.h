#pragma once
// Log: a directory of segments holding Kafka record batches v2, appended by
// one writer and read by many. A Kafka partition is one Log; a durable AMQP
// queue will be one Log plus its acknowledgement record (DESIGN.md, "One
// storage engine, two faces"). Format: storage/log_format.h.
//
// Threads: any thread may call any member. Writers (append, sync's
// bookkeeping, retention, deletes, close) are serialized by m_writeMutex;
// readers (read, offsetForTimestamp, the getters) take m_stateMutex shared
// only long enough to look up a segment and copy positions, then pread
// without locks. A reader sees a batch only after it is completely written:
// the writer publishes new sizes/offsets under m_stateMutex after the write.
// Lock order: m_syncMutex -> m_writeMutex -> m_stateMutex.
//
// Failure: if an fsync fails, or a failed write cannot be cut back off the
// file, the log is "failed": further append/sync calls return Kind::Io and
// durableOffset() never advances again. Reopen the log to recover.

#include "storage/file_system.h"
#include "storage/segment.h"
#include "storage/types.h"

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <span>
#include <string>
#include <vector>

namespace warren::storage {

/// A read-only description of one segment (for the GUI and tests).
struct SegmentInfo {
    Offset baseOffset;
    Offset nextOffset;
    std::uint64_t sizeBytes = 0;
    std::int64_t maxTimestamp = kNoTimestamp;
    std::size_t offsetIndexEntries = 0;
    std::size_t timeIndexEntries = 0;
};

/// What open() had to repair (for tests, logging and the GUI).
struct RecoveryReport {
    std::uint64_t truncatedBytes = 0;   ///< cut off the last segment's tail
    std::size_t indexesRebuilt = 0;     ///< segments whose index files were rewritten
    std::size_t orphanFilesRemoved = 0; ///< index/tmp files without a .log
    std::size_t segmentsDropped = 0;    ///< segments after an older segment's lost tail
    std::string reason;
};

class Log {
public:
    /// Opens (creating if needed) the log in `dir`, recovering it: the last
    /// segment is scanned from its last index entry and a torn or corrupt
    /// tail is cut off; missing or damaged indexes are rebuilt.
    static StorageResult<std::unique_ptr<Log>> open(FileSystem &fs, std::string dir, LogConfig cfg);
    /// Removes a log's directory and everything in it (topic deletion). The
    /// Log must be closed/destroyed first.
    static StorageStatus destroy(FileSystem &fs, const std::string &dir);

    ~Log();
    Log(const Log &) = delete;
    Log &operator=(const Log &) = delete;

    /// Appends exactly one record batch v2 (validated: length, magic 2, CRC).
    /// The log assigns offsets: its stored copy has baseOffset = nextOffset()
    /// and partitionLeaderEpoch = 0 (neither is covered by the CRC). Rolls to
    /// a new segment first if the batch would overflow segmentBytes or the
    /// active segment is older than segmentMs. Errors: Invalid (bad batch,
    /// nothing written), Io/NoSpace (nothing visible was written; the file
    /// was cut back), Io if the log has failed.
    /// `crcChecked`: the caller built or validated the batch's CRC itself
    /// (structure and lengths are still checked).
    StorageResult<AppendResult> append(std::span<const std::byte> batch, std::int64_t nowMs, bool crcChecked = false);

    /// Whole batches, starting with the one that contains `offset`, up to
    /// maxBytes, but always at least one whole batch if any exists at or
    /// after `offset`. A read stops at the end of a segment (call again from
    /// lastOffset + 1). offset == nextOffset() gives an empty result;
    /// offset < logStartOffset() or > nextOffset() gives OutOfRange.
    StorageResult<ReadResult> read(Offset offset, std::size_t maxBytes) const;

    /// The base offset of the first batch whose maxTimestamp >= ts (never
    /// below logStartOffset()), found via the time index; nullopt if none.
    std::optional<Offset> offsetForTimestamp(std::int64_t ts) const;

    Offset logStartOffset() const;
    /// The offset the next appended batch gets (the high watermark).
    Offset nextOffset() const;
    /// Bytes of all segments' .log files.
    std::uint64_t sizeBytes() const;
    std::size_t segmentCount() const;
    std::vector<SegmentInfo> segments() const;

    /// fsyncs whatever was written (.log, and index files that changed) up to
    /// now; on success durableOffset() >= the nextOffset() seen at the call.
    /// Appends may run concurrently with the fsync itself.
    StorageStatus sync();
    /// Every offset below this is on stable storage.
    Offset durableOffset() const;

    /// Deletes whole closed segments from the oldest: while their largest
    /// timestamp is older than retentionMs, while the log without them is
    /// still at least retentionBytes, or while they lie entirely below the
    /// log start offset. Never deletes the active segment. Advances
    /// logStartOffset. Returns the number of segments removed.
    std::size_t applyRetention(std::int64_t nowMs);

    /// Deletes the closed segments whose every offset is below `offset`
    /// (durable AMQP queues: everything before it is acknowledged).
    StorageStatus deleteSegmentsBefore(Offset offset);

    /// Kafka DeleteRecords: moves the log start offset forward (persisted in
    /// the `meta` file) and deletes closed segments entirely below it.
    /// OutOfRange if offset > nextOffset(). Moving backwards is a no-op.
    StorageStatus setLogStartOffset(Offset offset);

    /// Syncs and closes: later calls fail with Io. Idempotent.
    StorageStatus close();

    const std::string &directory() const { return m_dir; }
    const LogConfig &config() const { return m_cfg; }
    const RecoveryReport &recoveryReport() const { return m_recovery; }
    bool failed() const { return m_failed.load(); }

private:
    Log(FileSystem &fs, std::string dir, LogConfig cfg);
    StorageStatus recover();
    StorageStatus roll(std::int64_t nowMs);
    bool shouldRoll(const Segment &active, std::size_t batchBytes, std::int64_t lastOffsetDelta, std::int64_t nowMs) const;
    /// Removes segments from the front while `pred(segment)` holds (never the active one).
    template <typename Pred>
    std::size_t deleteOldestWhile(Pred pred);
    StorageStatus writeMeta(std::int64_t logStart);
    StorageResult<ReadResult> readFrom(std::shared_ptr<Segment> seg, std::uint64_t startPos, std::uint64_t end,
                                       std::int64_t offset, std::size_t maxBytes, bool &notInSegment) const;

    FileSystem &m_fs;
    const std::string m_dir;
    const LogConfig m_cfg;
    RecoveryReport m_recovery; // written only in open()

    mutable std::mutex m_syncMutex;  // one sync() at a time
    mutable std::mutex m_writeMutex; // the single writer
    mutable std::shared_mutex m_stateMutex;

    // Published (changed under m_writeMutex + m_stateMutex exclusive; read
    // under either m_writeMutex or m_stateMutex shared):
    std::vector<std::shared_ptr<Segment>> m_segments; // ordered by base; back() is active
    std::uint64_t m_totalSize = 0;
    // Atomics so that the getters need no lock; written as "published".
    std::atomic<std::int64_t> m_logStart{0};
    std::atomic<std::int64_t> m_nextOffset{0};
    std::atomic<std::int64_t> m_durableOffset{0}; // only grows; written by sync()
    std::atomic<bool> m_failed{false};
    std::atomic<bool> m_closed{false};

    // Writer only (m_writeMutex):
    std::vector<std::byte> m_scratch; // the patched copy of the batch being appended
    bool m_dirUnsynced = false;       // segment files created/removed since the last sync
    std::vector<std::shared_ptr<Segment>> m_unsyncedClosed; // rolled segments not yet synced
};

} // namespace warren::storage
