#pragma once
// StreamLogStore: a stream queue's log on the storage engine — the model's
// StreamLog over one storage::Log (DESIGN.md, "One storage engine, two
// faces"). Every message is kept (persistent or not) until retention
// removes its whole segment; nothing is settled.
//
// On disk: the stream's directory is an ordinary Warren log
// (docs/storage-format.md) of message batches in the queue-log record format
// (message_record.h), so the Kafka tooling and the Topics view could read it.
// One batch is one chunk: append() buffers records and flush() writes them
// as one batch (the channel calls it at the end of each input batch).
// Retention: LogConfig's retentionMs / retentionBytes from x-max-age /
// x-max-length-bytes, segments of x-stream-max-segment-size-bytes, rolled by
// size only; applyRetention() deletes whole closed segments.
//
// Threads: the owning Queue calls everything under its lock; whenDurable()
// callbacks run on the Flusher thread and touch only the callback and the
// (thread-safe) log.

#include "model/stream/stream_log.h"
#include "storage/group_commit.h"
#include "storage/log.h"

#include <memory>
#include <string>

namespace warren::model::queue_store {

struct StreamLogStoreOptions {
    storage::FileSystem *fs = nullptr;
    storage::Flusher *flusher = nullptr; ///< null: never synced
    std::string dir;
    StreamSettings settings;
};

class StreamLogStore final : public StreamLog {
public:
    /// Opens (creating, or recovering: torn tail cut) the stream's log in opts.dir.
    static ModelResult<std::unique_ptr<StreamLogStore>> open(const StreamLogStoreOptions &opts);
    /// Removes a stream's directory if it exists.
    static void removeDirectory(storage::FileSystem &fs, const std::string &dir);

    ~StreamLogStore() override;

    ModelResult<std::int64_t> append(const Message &message, std::int64_t nowMs) override;
    ModelStatus flush() override;
    ModelResult<std::vector<StoredMessage>> read(std::int64_t from, std::size_t maxMessages, std::size_t maxBytes,
                                                 std::int64_t &next) override;
    std::int64_t firstOffset() const override;
    std::int64_t writtenEnd() const override;
    std::int64_t nextOffset() const override;
    std::int64_t lastChunkOffset() const override;
    std::int64_t offsetForTimestamp(std::int64_t ms) const override;
    std::size_t applyRetention(std::int64_t nowMs) override;
    void whenDurable(std::function<void(std::optional<std::string> error)> done) override;
    std::optional<std::string> failure() const override;
    std::uint64_t diskBytes() const override;
    std::size_t segmentCount() const override;
    void destroy() override;

    /// The storage engine's log (tests; a view showing it like a topic).
    const storage::Log &log() const { return *m_log; }

private:
    explicit StreamLogStore(const StreamLogStoreOptions &opts);
    void close();

    const StreamLogStoreOptions m_opts;
    std::unique_ptr<storage::Log> m_log;
    std::string m_scratch;          // the batch being written
    std::string m_pendingRecords;   // the chunk being buffered: records encoded, offsets assigned
    std::int32_t m_pendingCount = 0;
    std::int64_t m_pendingBase = 0;
    std::int64_t m_pendingBaseTs = 0;
    std::int64_t m_pendingMaxTs = 0;
    std::int64_t m_lastChunk = 0;   // first offset of the last written chunk
    std::string m_failure;
    bool m_destroyed = false;
};

} // namespace warren::model::queue_store
