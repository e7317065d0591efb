// libFuzzer target: Kafka record sets as Produce carries them — splitting
// into batches, validation (length, magic, CRC-32C, counts), record
// iteration and decompression (gzip, snappy raw and xerial, lz4, zstd).
//
// The first input byte holds flags: bit 0 patches each batch's length and
// bit 1 its CRC to the right values, so the fuzzer gets past those checks
// and reaches the records; bits 5-7 pick a codec for a direct decompress()
// of the rest.
//
// Invariant: the records of a batch that iterates cleanly, rebuilt with
// appendRecordBatch, make a valid batch whose records read back the same.

#include "common/crc32c.h"
#include "fuzz_util.h"
#include "kafka/codec/record_batch.h"

#include <vector>

using namespace warren;
using namespace warren::kafka;

namespace {

constexpr std::size_t kMaxOut = 1 << 20; // keep hostile expansions cheap

void putBe32(std::byte *p, std::uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        p[i] = std::byte((v >> (24 - 8 * i)) & 0xff);
}

std::string asString(std::span<const std::byte> s)
{
    return {reinterpret_cast<const char *>(s.data()), s.size()};
}

void checkBatch(std::span<const std::byte> batch)
{
    const auto valid = validateBatch(batch);
    auto it = RecordIterator::open(batch, kMaxOut);
    if (!it)
        return;
    BatchBuild build;
    RecordView r;
    std::int32_t count = 0;
    while (it->next(r)) {
        ++count;
        RecordBuild rb;
        if (r.key)
            rb.key = asString(*r.key);
        if (r.value)
            rb.value = asString(*r.value);
        for (const auto &h : r.headers)
            rb.headers.emplace_back(asString(h.key),
                                    h.value ? std::optional<std::string>(asString(*h.value)) : std::nullopt);
        rb.timestamp = it->timestampOf(r);
        build.records.push_back(std::move(rb));
    }
    FUZZ_CHECK(count <= it->header().recordsCount);
    if (it->error() || build.records.empty())
        return;
    if (valid.ok())
        FUZZ_CHECK(count == it->header().recordsCount);

    std::string rebuilt;
    if (!appendRecordBatch(rebuilt, build).ok())
        return;
    const auto rebuiltBytes = fuzz::bytesOf(rebuilt);
    FUZZ_CHECK(validateBatch(rebuiltBytes).ok());
    auto it2 = RecordIterator::open(rebuiltBytes, kMaxOut);
    FUZZ_CHECK(it2.ok());
    RecordView r2;
    std::size_t i = 0;
    while (it2->next(r2)) {
        FUZZ_CHECK(i < build.records.size());
        const RecordBuild &want = build.records[i++];
        FUZZ_CHECK(r2.key.has_value() == want.key.has_value());
        FUZZ_CHECK(!r2.key || asString(*r2.key) == *want.key);
        FUZZ_CHECK(r2.value.has_value() == want.value.has_value());
        FUZZ_CHECK(!r2.value || asString(*r2.value) == *want.value);
        FUZZ_CHECK(r2.headers.size() == want.headers.size());
    }
    FUZZ_CHECK(!it2->error());
    FUZZ_CHECK(i == build.records.size());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const unsigned flags = data[0];
    std::vector<std::byte> buf(reinterpret_cast<const std::byte *>(data + 1),
                               reinterpret_cast<const std::byte *>(data + size));

    // Direct decompression of the whole rest with the codec the flags pick.
    const auto codec = Compression((flags >> 5) & 7);
    if (codec != Compression::None) {
        auto out = decompress(codec, buf, kMaxOut);
        if (out)
            FUZZ_CHECK(out->size() <= kMaxOut);
    }

    // Fix-ups: walk the batches and make their lengths/CRCs right.
    if (flags & 3) {
        std::size_t pos = 0;
        while (pos + kBatchHeaderSize <= buf.size()) {
            if (flags & 1) {
                // The batch runs to the end, or to where its own length says if that fits.
                std::uint32_t len = 0;
                for (int i = 0; i < 4; ++i)
                    len = (len << 8) | std::to_integer<std::uint32_t>(buf[pos + 8 + i]);
                if (len < kBatchHeaderSize - kBatchLogOverhead || pos + kBatchLogOverhead + len > buf.size())
                    putBe32(&buf[pos + 8], std::uint32_t(buf.size() - pos - kBatchLogOverhead));
            }
            std::uint32_t len = 0;
            for (int i = 0; i < 4; ++i)
                len = (len << 8) | std::to_integer<std::uint32_t>(buf[pos + 8 + i]);
            const std::size_t total = std::size_t(len) + kBatchLogOverhead;
            if (len < kBatchHeaderSize - kBatchLogOverhead || pos + total > buf.size())
                break;
            if (flags & 2) {
                const auto covered = std::span<const std::byte>(buf).subspan(pos + kBatchAttributesOffset,
                                                                            total - kBatchAttributesOffset);
                putBe32(&buf[pos + kBatchCrcOffset], crc32c(covered));
            }
            pos += total;
        }
    }

    const BatchSplit split = splitBatches(buf);
    std::size_t covered = 0;
    for (const auto &b : split.batches) {
        covered += b.size();
        checkBatch(b);
    }
    FUZZ_CHECK(covered + split.partialTail.size() <= buf.size());
    // The whole input as one batch too (validateBatch's exact-length rule).
    if (split.batches.size() != 1)
        checkBatch(buf);
    recordSetMagic(buf);
    return 0;
}
