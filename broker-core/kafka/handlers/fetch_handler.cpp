// Fetch: read whole batches from each partition's log (from a segment, no
// re-encoding) within the partition and request byte limits; if fewer than
// minBytes are ready, park until an append wakes us or maxWaitMs passes.
#include "kafka/handlers/handlers.h"

#include "kafka/codec/error_codes.h"
#include "kafka/codec/record_batch.h"

#include <algorithm>
#include <climits>

namespace warren::kafka {

namespace {

struct FetchState {
    RequestContext ctx;
    FetchRequest request;
    std::vector<std::pair<model::PartitionPtr, std::uint64_t>> waiters;
};

std::uint64_t countRecords(const std::string &bytes)
{
    std::uint64_t n = 0;
    std::span<const std::byte> rest = std::as_bytes(std::span(bytes.data(), bytes.size()));
    while (rest.size() >= 61) {
        auto h = parseBatchHeader(rest);
        if (!h || h->totalSize() > std::int64_t(rest.size()))
            break;
        n += std::uint64_t(std::max(0, h->recordsCount));
        rest = rest.subspan(std::size_t(h->totalSize()));
    }
    return n;
}

/// One pass over the requested partitions. Returns the response and the
/// number of record bytes it carries; `buffers` keeps those bytes alive.
FetchResponse readAll(KafkaContext &k, const FetchRequest &req, std::vector<std::string> &buffers,
                      std::size_t &totalBytes, bool &anyError)
{
    FetchResponse resp;
    const std::size_t requestBudget = req.maxBytes > 0 ? std::size_t(req.maxBytes) : std::size_t(INT_MAX);
    totalBytes = 0;
    anyError = false;
    for (const auto &t : req.topics) {
        FetchResponse::Topic rt;
        rt.topic = t.topic;
        for (const auto &p : t.partitions) {
            FetchResponse::Topic::Partition rp;
            rp.partitionIndex = p.partition;
            model::PartitionPtr partition = k.topics.partition(t.topic, p.partition);
            if (!partition) {
                rp.errorCode = errc::UNKNOWN_TOPIC_OR_PARTITION;
                rp.highWatermark = -1;
                anyError = true;
                rt.partitions.push_back(std::move(rp));
                continue;
            }
            storage::Log &log = partition->log();
            const std::int64_t hw = log.nextOffset().value;
            rp.highWatermark = hw;
            rp.lastStableOffset = hw; // no transactions yet: LSO = high watermark
            rp.logStartOffset = log.logStartOffset().value;
            if (p.fetchOffset < rp.logStartOffset || p.fetchOffset > hw) {
                rp.errorCode = errc::OFFSET_OUT_OF_RANGE;
                anyError = true;
                rt.partitions.push_back(std::move(rp));
                continue;
            }
            std::string data;
            std::int64_t offset = p.fetchOffset;
            const std::size_t partitionLimit = p.partitionMaxBytes > 0 ? std::size_t(p.partitionMaxBytes) : 0;
            // Kafka (KIP-74): the first batch is returned even if it is larger
            // than the limits, so a consumer can always make progress.
            while (offset < hw) {
                const std::size_t used = data.size();
                const std::size_t requestLeft = requestBudget > totalBytes + used ? requestBudget - totalBytes - used : 0;
                const std::size_t partitionLeft = partitionLimit > used ? partitionLimit - used : 0;
                std::size_t limit = std::min(requestLeft, partitionLeft);
                if (limit == 0) {
                    if (totalBytes + used > 0)
                        break;
                    limit = 1; // first batch of the response: take it whole
                }
                auto r = log.read(storage::Offset{offset}, limit);
                if (!r) {
                    if (r.error().kind == storage::StorageError::Kind::OutOfRange)
                        rp.errorCode = errc::OFFSET_OUT_OF_RANGE;
                    else
                        rp.errorCode = errc::KAFKA_STORAGE_ERROR;
                    anyError = true;
                    break;
                }
                if (r->batchCount == 0 || r->bytes.empty())
                    break;
                const std::size_t cap =
                    std::min(partitionLimit, requestBudget > totalBytes ? requestBudget - totalBytes : 0);
                if (!data.empty() && data.size() + r->bytes.size() > cap)
                    break; // the next segment's first batch would overflow the limits
                if (data.empty())
                    data = std::move(r->bytes); // first read: take the buffer, no copy
                else
                    data += r->bytes;
                offset = r->lastOffset.value + 1;
            }
            if (!data.empty()) {
                if (k.counters) {
                    k.counters->kafkaFetched.fetch_add(countRecords(data), std::memory_order_relaxed);
                    k.counters->kafkaFetchedBytes.fetch_add(data.size(), std::memory_order_relaxed);
                }
                totalBytes += data.size();
                buffers.push_back(std::move(data));
                rp.records = RecordSet{std::as_bytes(std::span(buffers.back().data(), buffers.back().size()))};
            }
            rt.partitions.push_back(std::move(rp));
        }
        resp.responses.push_back(std::move(rt));
    }
    return resp;
}

/// Tries to answer; returns true once it has.
bool attempt(KafkaConnection &c, FetchState &state, bool expired)
{
    std::vector<std::string> buffers;
    buffers.reserve(64);
    std::size_t total = 0;
    bool anyError = false;
    FetchResponse resp = readAll(c.context(), state.request, buffers, total, anyError);
    const bool enough = total > 0 && total >= std::size_t(std::max(0, state.request.minBytes));
    if (!(enough || expired || anyError || state.request.maxWaitMs <= 0 || total >= std::size_t(INT_MAX)))
        return false;
    c.respond(state.ctx, resp);
    return true;
}

void cancelWaiters(FetchState &state)
{
    for (auto &[partition, id] : state.waiters)
        partition->cancelWaiter(id);
    state.waiters.clear();
}

void armWaiters(KafkaConnection &c, const std::shared_ptr<FetchState> &state)
{
    cancelWaiters(*state);
    auto mailbox = c.mailbox();
    for (const auto &t : state->request.topics) {
        for (const auto &p : t.partitions) {
            model::PartitionPtr partition = c.context().topics.partition(t.topic, p.partition);
            if (!partition)
                continue;
            const std::int64_t seen = partition->log().nextOffset().value;
            const std::uint64_t id = partition->addWaiter(seen, [mailbox, &c] {
                mailbox->post([&c] { c.retryParked(false); });
            });
            state->waiters.emplace_back(partition, id);
        }
    }
}

} // namespace

void handleFetch(KafkaConnection &c, const RequestContext &ctx, FetchRequest &&req)
{
    auto state = std::make_shared<FetchState>(FetchState{ctx, std::move(req), {}});
    if (attempt(c, *state, false))
        return;
    auto parked = std::make_shared<KafkaConnection::Parked>();
    parked->deadlineMs = c.nowMs() + state->request.maxWaitMs;
    parked->retry = [&c, state](bool expired) {
        if (attempt(c, *state, expired))
            return true;
        armWaiters(c, state); // waiters are one-shot
        return false;
    };
    parked->cancel = [state] { cancelWaiters(*state); };
    armWaiters(c, state);
    c.park(std::move(parked));
}

void handleListOffsets(KafkaConnection &c, const RequestContext &ctx, ListOffsetsRequest &&req)
{
    ListOffsetsResponse resp;
    for (const auto &t : req.topics) {
        ListOffsetsResponse::Topic rt;
        rt.name = t.name;
        for (const auto &p : t.partitions) {
            ListOffsetsResponse::Topic::Partition rp;
            rp.partitionIndex = p.partitionIndex;
            model::PartitionPtr partition = c.context().topics.partition(t.name, p.partitionIndex);
            if (!partition) {
                rp.errorCode = errc::UNKNOWN_TOPIC_OR_PARTITION;
                rt.partitions.push_back(std::move(rp));
                continue;
            }
            const storage::Log &log = partition->log();
            std::int64_t offset = -1;
            std::int64_t timestamp = -1;
            if (p.timestamp == -1) {        // latest (LSO = HW without transactions)
                offset = log.nextOffset().value;
            } else if (p.timestamp == -2) { // earliest
                offset = log.logStartOffset().value;
            } else if (auto found = log.offsetForTimestamp(p.timestamp)) {
                // The index finds the batch; the first record at or after the
                // timestamp is found by reading that batch's records.
                offset = found->value;
                if (auto r = log.read(*found, 1); r && r->batchCount > 0) {
                    auto it = RecordIterator::open(std::as_bytes(std::span(r->bytes.data(), r->bytes.size())));
                    if (it) {
                        RecordView rec;
                        while (it->next(rec)) {
                            if (it->timestampOf(rec) >= p.timestamp) {
                                offset = it->offsetOf(rec);
                                timestamp = it->timestampOf(rec);
                                break;
                            }
                        }
                    }
                }
            }
            rp.offset = offset;
            rp.timestamp = timestamp;
            rp.leaderEpoch = 0;
            if (ctx.apiVersion == 0 && offset >= 0)
                rp.oldStyleOffsets = {offset};
            rt.partitions.push_back(std::move(rp));
        }
        resp.topics.push_back(std::move(rt));
    }
    c.respond(ctx, resp);
}

} // namespace warren::kafka
