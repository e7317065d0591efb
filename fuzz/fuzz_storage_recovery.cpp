// libFuzzer target: opening (recovering) a log directory whose files hold
// arbitrary bytes, then reading it, appending to it and reopening it. The
// files live in a storage::MemoryFileSystem.
//
// Input: one config byte (index interval = 2^(b & 15) bytes; bit 4: a small
// segment size, so the append after recovery may roll), then up to 8 files,
// each  kind u8 (0 .log, 1 .index, 2 .timeindex, 3 meta) | base offset u64
// BE | length u32 BE | bytes (cut at the end of the input).
//
// Invariants: reads from logStartOffset to nextOffset return whole v2
// batches with advancing offsets; an append after recovery reads back; a
// reopened log is already recovered (same offsets, nothing cut).

#include "fuzz_util.h"
#include "kafka/codec/record_batch.h"
#include "storage/log.h"
#include "storage/log_format.h"
#include "storage/memory_file_system.h"

#include <cinttypes>

using namespace warren;
using namespace warren::storage;

namespace {

const std::string kDir = "/data/topic-0";

std::uint64_t readBe(const std::uint8_t *p, int n)
{
    std::uint64_t v = 0;
    for (int i = 0; i < n; ++i)
        v = (v << 8) | p[i];
    return v;
}

void readAll(const Log &log)
{
    Offset off = log.logStartOffset();
    const Offset end = log.nextOffset();
    for (int guard = 0; off.value < end.value && guard < 100000; ++guard) {
        auto r = log.read(off, 64 * 1024);
        if (!r.ok())
            return; // older segments are not CRC-checked at open; a read may find them bad
        FUZZ_CHECK(r->batchCount > 0);
        FUZZ_CHECK(r->lastOffset.value >= off.value);
        std::size_t pos = 0;
        std::size_t batches = 0;
        while (pos < r->bytes.size()) {
            auto h = kafka::parseBatchHeader(fuzz::bytesOf(r->bytes).subspan(pos));
            FUZZ_CHECK(h.ok());
            FUZZ_CHECK(h->totalSize() > 0 && pos + std::size_t(h->totalSize()) <= r->bytes.size());
            pos += std::size_t(h->totalSize());
            ++batches;
        }
        FUZZ_CHECK(batches == r->batchCount);
        off = Offset{r->lastOffset.value + 1};
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    LogConfig cfg;
    cfg.indexIntervalBytes = 1u << (data[0] & 15);
    if (data[0] & 16)
        cfg.segmentBytes = 256;
    std::size_t pos = 1;

    MemoryFileSystem fs;
    fs.mkdirs(kDir);
    for (int files = 0; files < 8 && pos + 13 <= size; ++files) {
        const unsigned kind = data[pos] & 3;
        const std::uint64_t base = readBe(data + pos + 1, 8);
        const std::size_t len = std::min<std::size_t>(readBe(data + pos + 9, 4), size - pos - 13);
        pos += 13;
        const std::string bytes(reinterpret_cast<const char *>(data + pos), len);
        pos += len;
        char name[32];
        std::snprintf(name, sizeof name, "%020" PRIu64, base);
        static constexpr std::string_view kSuffix[] = {format::kLogSuffix, format::kIndexSuffix,
                                                       format::kTimeIndexSuffix};
        const std::string path =
            kind == 3 ? kDir + "/" + std::string(format::kMetaFileName) : kDir + "/" + name + std::string(kSuffix[kind]);
        fs.setContents(path, bytes);
    }

    auto opened = Log::open(fs, kDir, cfg);
    if (!opened.ok())
        return 0;
    std::unique_ptr<Log> log = std::move(opened.value());
    FUZZ_CHECK(log->logStartOffset().value <= log->nextOffset().value);
    readAll(*log);
    log->offsetForTimestamp(0);
    log->offsetForTimestamp(1'700'000'000'000);
    log->segments();

    // Append one batch after recovery and read it back.
    kafka::BatchBuild build;
    build.records.push_back({std::string("k"), std::string("value"), {}, 1'700'000'000'000});
    std::string batch;
    FUZZ_CHECK(kafka::appendRecordBatch(batch, build).ok());
    const Offset before = log->nextOffset();
    auto appended = log->append(fuzz::bytesOf(batch), 1'700'000'000'000);
    if (appended.ok()) {
        FUZZ_CHECK(appended->firstOffset == before);
        FUZZ_CHECK(log->nextOffset().value == before.value + 1);
        auto r = log->read(before, 1 << 20);
        FUZZ_CHECK(r.ok());
        FUZZ_CHECK(r->batchCount >= 1 && r->lastOffset.value >= before.value);
    }

    const Offset start = log->logStartOffset();
    const Offset next = log->nextOffset();
    const bool failed = log->failed();
    log->close();
    log.reset();
    if (failed)
        return 0;

    // Recovery is a fixpoint: reopening finds the log as it was left.
    auto again = Log::open(fs, kDir, cfg);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK((*again)->nextOffset() == next);
    FUZZ_CHECK((*again)->logStartOffset() == start);
    FUZZ_CHECK((*again)->recoveryReport().truncatedBytes == 0);
    readAll(**again);
    return 0;
}
