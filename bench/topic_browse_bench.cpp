// warren-topic-browse-bench: how fast the monitor's topic message browser
// (net::TopicBrowser, behind BrokerCommands::browseTopic) scans a partition
// when its search matches nothing — the worst case, every record looked at.
//
// Writes N small records (key "user-<n>", a ~60-byte JSON value, one header)
// as batches of 1,000 into a log in a temporary directory (page cache warm),
// uncompressed and once per codec, then times a case-insensitive search of
// every scope over the whole log with no budget and prints records/s.
//
//   warren-topic-browse-bench [--records N] [--codecs none,gzip,snappy,lz4,zstd]

#include "kafka/codec/record_batch.h"
#include "net/topic_browser.h"
#include "storage/log.h"
#include "storage/posix_file_system.h"

#include <QDir>
#include <QTemporaryDir>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

using namespace warren;

namespace {

struct Codec {
    const char *name;
    kafka::Compression compression;
};

constexpr Codec kCodecs[] = {{"none", kafka::Compression::None},
                             {"gzip", kafka::Compression::Gzip},
                             {"snappy", kafka::Compression::Snappy},
                             {"lz4", kafka::Compression::Lz4},
                             {"zstd", kafka::Compression::Zstd}};

bool fill(storage::Log &log, std::int64_t records, kafka::Compression compression)
{
    constexpr int kBatch = 1000;
    const std::int64_t ts0 = 1'700'000'000'000;
    std::string batch;
    for (std::int64_t n = 0; n < records;) {
        kafka::BatchBuild build;
        build.compression = compression;
        for (int i = 0; i < kBatch && n < records; ++i, ++n) {
            kafka::RecordBuild r;
            r.key = "user-" + std::to_string(n % 100000);
            r.value = "{\"id\":" + std::to_string(n) + ",\"event\":\"page_view\",\"path\":\"/items/" +
                      std::to_string(n % 977) + "\",\"ms\":" + std::to_string(n % 300) + "}";
            r.headers.emplace_back("trace", std::optional<std::string>("t-" + std::to_string(n % 4096)));
            r.timestamp = ts0 + n;
            build.records.push_back(std::move(r));
        }
        batch.clear();
        if (!kafka::appendRecordBatch(batch, build))
            return false;
        if (!log.append(std::as_bytes(std::span(batch.data(), batch.size())), ts0))
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    std::int64_t records = 2'000'000;
    std::string codecs = "none,gzip,snappy,lz4,zstd";
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--records") && i + 1 < argc)
            records = std::atoll(argv[++i]);
        else if (!std::strcmp(argv[i], "--codecs") && i + 1 < argc)
            codecs = argv[++i];
        else {
            std::fprintf(stderr, "usage: %s [--records N] [--codecs none,gzip,snappy,lz4,zstd]\n", argv[0]);
            return 2;
        }
    }
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return 1;
    storage::PosixFileSystem fs;
    std::printf("topic browse scan, %lld records of ~90 bytes (key, JSON value, one header), search matches nothing\n",
                static_cast<long long>(records));
    for (const Codec &codec : kCodecs) {
        if (("," + codecs + ",").find(std::string(",") + codec.name + ",") == std::string::npos)
            continue;
        const std::string dir = QDir(tmp.path()).filePath(QString::fromLatin1(codec.name)).toStdString();
        storage::LogConfig config;
        config.retentionMs = -1;
        auto log = storage::Log::open(fs, dir, config);
        if (!log || !fill(**log, records, codec.compression)) {
            std::fprintf(stderr, "cannot write the %s log\n", codec.name);
            return 1;
        }
        api::TopicBrowseRequest request;
        request.search.text = QStringLiteral("no-such-text");
        request.search.scope = api::SearchScope::Any;
        request.scanBudgetRecords = 0;
        request.scanBudgetMs = 0;
        request.scanBudgetBytes = 0;
        const net::TopicBrowser::PartitionLog logs[] = {{0, log->get()}};
        net::TopicBrowser::browse(logs, request); // warm the page cache
        double best = 0;
        api::TopicBrowseResult result;
        for (int round = 0; round < 3; ++round) {
            const auto t0 = std::chrono::steady_clock::now();
            result = net::TopicBrowser::browse(logs, request);
            const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
            best = std::max(best, double(result.scannedRecords) / s);
        }
        if (!result.ok || result.scannedRecords != records || !result.records.isEmpty()) {
            std::fprintf(stderr, "%s: unexpected result (scanned %lld, %lld found, %s)\n", codec.name,
                         static_cast<long long>(result.scannedRecords), static_cast<long long>(result.records.size()),
                         qPrintable(result.error));
            return 1;
        }
        std::printf("%-7s %8.1f MiB on disk  %6.2f M records/s  (%5.0f MiB/s of batches)\n", codec.name,
                    double((*log)->sizeBytes()) / (1 << 20), best / 1e6,
                    best * double(result.scannedBytes) / double(records) / (1 << 20));
        (*log)->close();
    }
    return 0;
}
