#pragma once
// How a queue's message is stored in its log: one Kafka record batch v2
// (uncompressed) holding one record, so the log is an ordinary Warren log
// (docs/storage-format.md) that the Kafka tooling and the Topics view can read.
//
//   record key    routing key
//   record value  body
//   headers       warren.exchange   exchange name
//                 warren.props      the protocol-encoded properties, verbatim
//                 warren.seq        queue sequence number, 8 bytes big-endian
//                 warren.persistent "1" or "0"
//                 warren.priority   1 byte (only if non-zero)
//                 warren.expiration decimal milliseconds (only if set)
//                 warren.message-id (only if non-empty)
//                 warren.headers    the headers table, common/field_table_encoding (only if present)
//   timestamp     enqueue time (ms)
//
// Pure functions; any thread.

#include "common/ids.h"
#include "model/message.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>

namespace warren::model::queue_store {

/// Appends the batch for `message` to `out` (a batch of one record).
void appendMessageBatch(std::string &out, const Message &message, QueueSeq seq, std::int64_t timestampMs);

/// The pieces, for batches of several messages (written together by a
/// queue log's write buffer): one record, then the batch around records.
void appendMessageRecord(std::string &records, const Message &message, QueueSeq seq, std::int32_t offsetDelta,
                         std::int64_t timestampDelta);
void appendBatchAround(std::string &out, std::string_view records, std::int32_t count, std::int64_t baseTimestampMs,
                       std::int64_t maxTimestampMs);

struct DecodedRecord {
    std::shared_ptr<Message> message;
    QueueSeq seq;
    std::int64_t offset = -1;
    std::int64_t timestampMs = 0;
};

/// Calls `f(DecodedRecord &&)` for each record of each whole batch in
/// `batches` (as Log::read returns them). Returns false if a batch or
/// record is malformed (what came before it was still handed out).
template <typename F>
bool forEachMessageRecord(std::span<const std::byte> batches, F &&f);

/// Non-template core of forEachMessageRecord.
bool decodeMessageBatches(std::span<const std::byte> batches, void (*sink)(void *, DecodedRecord &&), void *ctx);

template <typename F>
bool forEachMessageRecord(std::span<const std::byte> batches, F &&f)
{
    return decodeMessageBatches(
        batches, [](void *ctx, DecodedRecord &&r) { (*static_cast<F *>(ctx))(std::move(r)); }, &f);
}

} // namespace warren::model::queue_store
