// Produce: validate each batch, append it to its partition (idempotence
// checked there), answer at once for acks=1, after the flusher reports the
// data durable for acks=all, and not at all for acks=0.
#include "kafka/handlers/handlers.h"

#include "kafka/codec/error_codes.h"
#include "kafka/codec/record_batch.h"
#include "model/resource_alarms.h"

#include <algorithm>
#include <chrono>

namespace warren::kafka {

namespace {
std::int64_t wallClockMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::int16_t errorFor(model::PartitionAppend::Outcome o)
{
    using O = model::PartitionAppend::Outcome;
    switch (o) {
    case O::Appended:
    case O::Duplicate: return errc::NONE;
    case O::OutOfOrderSequence: return errc::OUT_OF_ORDER_SEQUENCE_NUMBER;
    case O::InvalidProducerEpoch: return errc::INVALID_PRODUCER_EPOCH;
    case O::UnknownProducerId: return errc::UNKNOWN_PRODUCER_ID;
    case O::StorageError: return errc::KAFKA_STORAGE_ERROR;
    }
    return errc::UNKNOWN_SERVER_ERROR;
}

/// Validates a partition's record set and cuts it into batches.
std::int16_t splitValidated(std::span<const std::byte> records, std::vector<std::span<const std::byte>> &batches)
{
    const int magic = recordSetMagic(records);
    if (magic == 0 || magic == 1)
        return errc::UNSUPPORTED_FOR_MESSAGE_FORMAT;
    BatchSplit split = splitBatches(records);
    if (split.malformed || !split.partialTail.empty() || split.batches.empty())
        return errc::CORRUPT_MESSAGE;
    for (auto b : split.batches)
        if (auto st = validateBatch(b); !st)
            return st.error().code;
    batches = std::move(split.batches);
    return errc::NONE;
}

/// Kafka refuses an append if one of its batches is larger than the
/// topic's max.message.bytes (the batch's whole size, header included).
bool exceedsMaxMessageBytes(const std::vector<std::span<const std::byte>> &batches, std::int64_t max)
{
    return std::any_of(batches.begin(), batches.end(),
                       [max](std::span<const std::byte> b) { return std::int64_t(b.size()) > max; });
}

struct DurabilityWait {
    storage::Log *log;
    std::int64_t upTo;
    std::size_t topic;
    std::size_t partition;
};
} // namespace

void handleProduce(KafkaConnection &c, const RequestContext &ctx, ProduceRequest &&req)
{
    KafkaContext &k = c.context();
    const std::int64_t now = wallClockMs();
    ProduceResponse resp;
    std::vector<DurabilityWait> waits;
    const bool validAcks = req.acks == 0 || req.acks == 1 || req.acks == -1;

    for (const auto &t : req.topics) {
        ProduceResponse::Topic rt;
        rt.name = t.name;
        const model::TopicPtr topic = k.topics.find(t.name);
        for (const auto &p : t.partitions) {
            model::PartitionPtr partitionPtr;
            if (topic && p.index >= 0 && std::size_t(p.index) < topic->partitions.size())
                partitionPtr = topic->partitions[std::size_t(p.index)];
            ProduceResponse::Topic::Partition rp;
            rp.index = p.index;
            std::vector<std::span<const std::byte>> batches;
            if (!validAcks) {
                rp.errorCode = errc::INVALID_REQUIRED_ACKS;
            } else if (!partitionPtr) {
                rp.errorCode = errc::UNKNOWN_TOPIC_OR_PARTITION;
            } else if (p.records.isNull) {
                rp.errorCode = errc::CORRUPT_MESSAGE;
            } else if (std::int16_t e = splitValidated(p.records.bytes, batches); e != errc::NONE) {
                rp.errorCode = e;
            } else if (exceedsMaxMessageBytes(batches, topic->maxMessageBytes)) {
                // Kafka: RecordTooLargeException for the whole append.
                rp.errorCode = errc::MESSAGE_TOO_LARGE;
            } else {
                model::Partition &partition = *partitionPtr;
                std::uint64_t records = 0;
                for (std::size_t i = 0; i < batches.size(); ++i) {
                    auto h = parseBatchHeader(batches[i]);
                    model::BatchFacts facts;
                    facts.producerId = h->producerId;
                    facts.producerEpoch = h->producerEpoch;
                    facts.baseSequence = h->baseSequence;
                    facts.lastOffsetDelta = h->lastOffsetDelta;
                    facts.recordCount = h->recordsCount;
                    facts.transactional = h->isTransactional();
                    facts.control = h->isControl();
                    model::PartitionAppend a = partition.append(batches[i], facts, now);
                    rp.errorCode = errorFor(a.outcome);
                    if (rp.errorCode != errc::NONE)
                        break;
                    if (i == 0)
                        rp.baseOffset = a.baseOffset;
                    rp.logStartOffset = a.logStartOffset;
                    if (a.outcome == model::PartitionAppend::Outcome::Appended)
                        records += std::uint64_t(h->recordsCount);
                    if (req.acks == -1 && i + 1 == batches.size())
                        waits.push_back(DurabilityWait{&partition.log(), a.nextOffset, resp.responses.size(),
                                                       rt.partitions.size()});
                }
                if (k.counters) {
                    k.counters->kafkaProduced.fetch_add(records, std::memory_order_relaxed);
                    k.counters->kafkaProducedBytes.fetch_add(p.records.bytes.size(), std::memory_order_relaxed);
                }
            }
            if (rp.errorCode != errc::NONE)
                rp.baseOffset = -1;
            rt.partitions.push_back(std::move(rp));
        }
        resp.responses.push_back(std::move(rt));
    }

    // A memory or disk alarm: Kafka's quota behaviour (KIP-219) — the data
    // is taken, the response says how long to back off, and the connection
    // is not read for that long.
    if (k.alarms && k.alarms->publishersBlocked()) {
        resp.throttleTimeMs = k.config.alarmThrottleMs;
        c.muteFor(k.config.alarmThrottleMs);
    }
    if (req.acks == 0) {
        c.respondNothing(ctx);
        return;
    }
    if (waits.empty()) {
        c.respond(ctx, resp);
        return;
    }
    // acks=all: answer once every partition's data is as durable as the
    // policy promises; an fsync failure fails that partition.
    struct Pending {
        ProduceResponse response;
        std::size_t remaining;
    };
    auto pending = std::make_shared<Pending>(Pending{std::move(resp), waits.size()});
    auto mailbox = c.mailbox();
    for (const DurabilityWait &w : waits) {
        k.flusher.requestDurable(*w.log, storage::Offset{w.upTo}, [mailbox, pending, w, ctx, &c](storage::StorageStatus st) {
            mailbox->post([pending, w, ctx, &c, ok = st.ok()] {
                if (!ok) {
                    auto &rp = pending->response.responses[w.topic].partitions[w.partition];
                    rp.errorCode = errc::KAFKA_STORAGE_ERROR;
                    rp.baseOffset = -1;
                }
                if (--pending->remaining == 0)
                    c.respond(ctx, pending->response);
            });
        });
    }
}

} // namespace warren::kafka
