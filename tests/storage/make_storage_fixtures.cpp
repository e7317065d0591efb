// Writes the corrupt/truncated log directories under tests/storage/fixtures/.
// Run once, by hand, when the format changes; the output is checked in:
//   ninja -C build-storage make_storage_fixtures
//   build-storage/tests/storage/make_storage_fixtures tests/storage/fixtures
// Every fixture is a valid log (timestamps fixed, so output is deterministic)
// damaged in one way; tst_storage_recovery knows what each must recover to.
#include "batch_builder.h"

#include "storage/log.h"
#include "storage/posix_file_system.h"

#include <cstdio>
#include <string>

using namespace warren::storage;
using namespace warren::storage::test;

namespace {

PosixFileSystem fs;

std::string readFile(const std::string &path)
{
    auto f = fs.open(path, false);
    if (!f.ok())
        return {};
    std::string s(std::size_t((*f)->size()), '\0');
    (void)(*f)->read(0, std::as_writable_bytes(std::span(s)));
    return s;
}

void writeFile(const std::string &path, const std::string &bytes)
{
    auto f = fs.open(path, true);
    (void)(*f)->truncate(0);
    (void)(*f)->append(bytesOf(bytes));
}

/// A fresh log of `batches` batches of 2 records in `dir`; returns the size of
/// its active .log before the last batch.
std::uint64_t makeLog(const std::string &dir, int batches, std::uint64_t segmentBytes = 1 << 20)
{
    (void)Log::destroy(fs, dir);
    LogConfig cfg;
    cfg.indexIntervalBytes = 128;
    cfg.segmentBytes = segmentBytes;
    auto log = Log::open(fs, dir, cfg);
    if (!log.ok()) {
        std::fprintf(stderr, "%s\n", log.error().text.c_str());
        std::exit(1);
    }
    std::uint64_t before = 0;
    for (int i = 0; i < batches; ++i) {
        before = (*log)->segments().back().sizeBytes;
        std::string b = makeBatch({.records = 2, .baseTimestamp = 1'700'000'000'000 + 1000 * i, .valueBytes = 20});
        (void)(*log)->append(bytesOf(b), 1'700'000'000'000 + 1000 * i);
    }
    (void)(*log)->close();
    return before;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s <fixtures dir>\n", argv[0]);
        return 2;
    }
    const std::string root = argv[1];
    const std::string seg0 = "00000000000000000000";

    { // The last batch cut in half, as a crash mid-write leaves it.
        std::string dir = root + "/torn-tail";
        std::uint64_t before = makeLog(dir, 6);
        std::string log = readFile(dir + "/" + seg0 + ".log");
        writeFile(dir + "/" + seg0 + ".log", log.substr(0, before + (log.size() - before) / 2));
    }
    { // Only 30 bytes of the last batch's header made it.
        std::string dir = root + "/torn-header";
        std::uint64_t before = makeLog(dir, 6);
        std::string log = readFile(dir + "/" + seg0 + ".log");
        writeFile(dir + "/" + seg0 + ".log", log.substr(0, before + 30));
    }
    { // One flipped bit in the last batch's records: its CRC no longer matches.
        std::string dir = root + "/bad-crc-last-batch";
        makeLog(dir, 6);
        std::string log = readFile(dir + "/" + seg0 + ".log");
        log[log.size() - 5] ^= 0x01;
        writeFile(dir + "/" + seg0 + ".log", log);
    }
    { // File extended with zeros (what a crash with delayed allocation leaves).
        std::string dir = root + "/zero-filled-tail";
        makeLog(dir, 6);
        writeFile(dir + "/" + seg0 + ".log", readFile(dir + "/" + seg0 + ".log") + std::string(512, '\0'));
    }
    { // Text after the last batch.
        std::string dir = root + "/garbage-tail";
        makeLog(dir, 6);
        std::string junk;
        while (junk.size() < 100)
            junk += "this is not a record batch\n";
        writeFile(dir + "/" + seg0 + ".log", readFile(dir + "/" + seg0 + ".log") + junk);
    }
    { // Three segments; the first lost its .index, the last has a garbage .timeindex.
        std::string dir = root + "/damaged-indexes";
        makeLog(dir, 9, 400);
        std::remove((dir + "/" + seg0 + ".index").c_str());
        auto names = fs.list(dir);
        std::string last;
        for (const auto &n : *names)
            if (n.ends_with(".timeindex") && n > last)
                last = n;
        writeFile(dir + "/" + last, std::string("garbage\xff\xff\xff\xff\xff\x01", 13));
    }
    std::printf("fixtures written to %s\n", root.c_str());
    return 0;
}
