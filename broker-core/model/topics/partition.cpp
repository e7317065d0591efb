#include "model/topics/partition.h"

#include "storage/batch_header.h"

#include <algorithm>

namespace warren::model {

Partition::Partition(std::string topic, std::int32_t index, std::unique_ptr<storage::Log> log)
    : m_topic(std::move(topic)), m_index(index), m_log(std::move(log))
{
}

Partition::~Partition() = default;

namespace {
// Kafka's sequence arithmetic wraps at INT32_MAX back to 0.
std::int32_t nextSequence(std::int32_t seq)
{
    return seq == INT32_MAX ? 0 : seq + 1;
}
std::int32_t lastSequenceOf(const BatchFacts &f)
{
    const std::int64_t last = std::int64_t(f.baseSequence) + f.lastOffsetDelta;
    return last > INT32_MAX ? std::int32_t(last - INT32_MAX - 1) : std::int32_t(last);
}
} // namespace

PartitionAppend Partition::append(std::span<const std::byte> batch, const BatchFacts &facts, std::int64_t nowMs)
{
    PartitionAppend out;
    {
        std::lock_guard lock(m_appendMutex);
        const bool idempotent = facts.producerId >= 0 && facts.baseSequence >= 0 && !facts.control;
        if (idempotent) {
            auto it = m_producers.find(facts.producerId);
            if (it != m_producers.end()) {
                ProducerState &st = it->second;
                if (facts.producerEpoch < st.epoch) {
                    out.outcome = PartitionAppend::Outcome::InvalidProducerEpoch;
                    out.error = "producer epoch " + std::to_string(facts.producerEpoch) + " is older than " +
                                std::to_string(st.epoch);
                    return out;
                }
                if (facts.producerEpoch == st.epoch) {
                    for (const ProducerBatch &b : st.recent) {
                        if (b.firstSeq == facts.baseSequence && b.lastSeq == lastSequenceOf(facts)) {
                            out.outcome = PartitionAppend::Outcome::Duplicate;
                            out.baseOffset = b.baseOffset;
                            out.nextOffset = m_log->nextOffset().value;
                            out.logStartOffset = m_log->logStartOffset().value;
                            return out;
                        }
                    }
                    if (!st.recent.empty() && facts.baseSequence != nextSequence(st.recent.back().lastSeq)) {
                        out.outcome = PartitionAppend::Outcome::OutOfOrderSequence;
                        out.error = "expected sequence " + std::to_string(nextSequence(st.recent.back().lastSeq)) +
                                    ", got " + std::to_string(facts.baseSequence);
                        return out;
                    }
                } else if (facts.baseSequence != 0) {
                    // A new epoch must start at sequence 0.
                    out.outcome = PartitionAppend::Outcome::OutOfOrderSequence;
                    out.error = "a new producer epoch must start at sequence 0";
                    return out;
                }
            } else if (facts.baseSequence != 0) {
                // We know nothing of this producer (e.g. its state aged out):
                // Kafka answers UNKNOWN_PRODUCER_ID and the client resets.
                out.outcome = PartitionAppend::Outcome::UnknownProducerId;
                out.error = "unknown producer id " + std::to_string(facts.producerId);
                return out;
            }
        }
        auto appended = m_log->append(batch, nowMs);
        if (!appended) {
            out.outcome = PartitionAppend::Outcome::StorageError;
            out.error = appended.error().text;
            return out;
        }
        out.baseOffset = appended->firstOffset.value;
        out.nextOffset = appended->nextOffset().value;
        out.logStartOffset = m_log->logStartOffset().value;
        if (idempotent)
            rememberLocked(facts, out.baseOffset);
    }
    wakeWaiters();
    return out;
}

void Partition::rememberLocked(const BatchFacts &facts, std::int64_t baseOffset)
{
    ProducerState &st = m_producers[facts.producerId];
    if (facts.producerEpoch != st.epoch) {
        st.epoch = facts.producerEpoch;
        st.recent.clear();
    }
    st.recent.push_back(ProducerBatch{facts.baseSequence, lastSequenceOf(facts), baseOffset});
    while (st.recent.size() > kRememberedBatches)
        st.recent.pop_front();
}

void Partition::rebuildProducerState()
{
    std::lock_guard lock(m_appendMutex);
    m_producers.clear();
    // Replay the batch headers of the log; only the last few per producer
    // matter, and reading a segment's batches is a sequential scan.
    std::int64_t offset = m_log->logStartOffset().value;
    const std::int64_t end = m_log->nextOffset().value;
    while (offset < end) {
        auto r = m_log->read(storage::Offset{offset}, 1 << 20);
        if (!r || r->batchCount == 0)
            break;
        std::span<const std::byte> bytes = std::as_bytes(std::span(r->bytes.data(), r->bytes.size()));
        while (!bytes.empty()) {
            auto h = storage::parseBatchHeader(bytes);
            if (!h || h->totalSize() > bytes.size())
                break;
            const bool control = (h->attributes & 0x20) != 0;
            if (h->producerId >= 0 && h->baseSequence >= 0 && !control) {
                BatchFacts f;
                f.producerId = h->producerId;
                f.producerEpoch = h->producerEpoch;
                f.baseSequence = h->baseSequence;
                f.lastOffsetDelta = h->lastOffsetDelta;
                rememberLocked(f, h->baseOffset);
            }
            bytes = bytes.subspan(std::size_t(h->totalSize()));
        }
        offset = r->lastOffset.value + 1;
    }
}

std::uint64_t Partition::addWaiter(std::int64_t seenNextOffset, std::function<void()> wake)
{
    std::uint64_t id = 0;
    {
        std::lock_guard lock(m_waitMutex);
        id = m_nextWaiterId++;
        if (m_log->nextOffset().value <= seenNextOffset) {
            m_waiters.emplace_back(id, std::move(wake));
            return id;
        }
    }
    wake(); // data arrived between the caller's read and now
    return id;
}

void Partition::cancelWaiter(std::uint64_t id)
{
    std::lock_guard lock(m_waitMutex);
    std::erase_if(m_waiters, [id](const auto &w) { return w.first == id; });
}

void Partition::wakeWaiters()
{
    std::vector<std::pair<std::uint64_t, std::function<void()>>> waiters;
    {
        std::lock_guard lock(m_waitMutex);
        if (m_waiters.empty())
            return;
        waiters.swap(m_waiters);
    }
    for (auto &w : waiters)
        w.second();
}

} // namespace warren::model
