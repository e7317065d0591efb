#pragma once
// StreamLog: the model's view of a stream queue's log (x-queue-type: stream,
// RabbitMQ streams over AMQP 0-9-1). A stream is an append-only log of
// messages read by offset; consumers each keep their own position and
// nothing is removed by consuming — only by retention (x-max-age,
// x-max-length-bytes), whole segments at a time.
//
// The model only knows this interface; the implementation over the storage
// engine is queue_store::StreamLogStore (broker-core/model/queue_store), and
// MessageStoreProvider::openStream() opens it, so warren_model does not
// depend on warren_storage.
//
// Chunks: append() buffers; flush() writes what was buffered as ONE record
// batch. A batch is what RabbitMQ calls a chunk: x-stream-offset "last"
// starts at the last one, timestamps are found at chunk granularity.
//
// Thread-safety: used by exactly one Queue, under that queue's lock;
// whenDurable() callbacks run on the storage engine's flusher thread.

#include "model/message.h"
#include "model/message_store.h"
#include "model/model_error.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace warren::model {

/// A stream's retention and segment settings (from its declaration).
struct StreamSettings {
    std::optional<std::int64_t> maxAgeMs;      ///< x-max-age
    std::optional<std::uint64_t> maxBytes;     ///< x-max-length-bytes
    std::uint64_t segmentBytes = 500'000'000;  ///< x-stream-max-segment-size-bytes (RabbitMQ's default)
};

class StreamLog {
public:
    virtual ~StreamLog() = default;

    /// Appends one message (buffered until flush()); returns its offset.
    virtual ModelResult<std::int64_t> append(const Message &message, std::int64_t nowMs) = 0;
    /// Writes the buffered messages as one chunk.
    virtual ModelStatus flush() = 0;
    /// Written messages at offsets >= max(from, firstOffset()), in order, up
    /// to the limits (at least one if any). `next` is where the next read
    /// starts. Does not flush: readers see written chunks only.
    virtual ModelResult<std::vector<StoredMessage>> read(std::int64_t from, std::size_t maxMessages,
                                                         std::size_t maxBytes, std::int64_t &next) = 0;

    /// The oldest offset still stored.
    virtual std::int64_t firstOffset() const = 0;
    /// The offset the next written message gets (written, not buffered).
    virtual std::int64_t writtenEnd() const = 0;
    /// The offset the next append() gets (buffered ones counted).
    virtual std::int64_t nextOffset() const = 0;
    /// The first offset of the last written chunk (writtenEnd() if empty).
    virtual std::int64_t lastChunkOffset() const = 0;
    /// The first offset of the first chunk whose newest message was written
    /// at or after `ms`; writtenEnd() if none.
    virtual std::int64_t offsetForTimestamp(std::int64_t ms) const = 0;
    /// Deletes whole old segments by age and size; returns how many went.
    virtual std::size_t applyRetention(std::int64_t nowMs) = 0;

    /// Calls `done` once every append so far is as durable as the broker's
    /// policy promises (flushes first); an error text if that failed.
    virtual void whenDurable(std::function<void(std::optional<std::string> error)> done) = 0;
    virtual std::optional<std::string> failure() const = 0;
    virtual std::uint64_t diskBytes() const = 0;
    virtual std::size_t segmentCount() const = 0;
    /// Closes the log and removes its files (the stream was deleted).
    virtual void destroy() = 0;
};

using StreamLogPtr = std::unique_ptr<StreamLog>;

} // namespace warren::model
