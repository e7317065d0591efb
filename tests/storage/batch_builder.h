#pragma once
// Test-only encoder of Kafka record batches v2 (uncompressed), so storage
// tests can make valid batches without a Kafka client. Real-client interop
// comes later (tests/interop). Records are encoded as Kafka encodes them
// (zig-zag varints), though the storage layer never looks inside.

#include "common/crc32c.h"
#include "storage/log_format.h"

#include <cstdint>
#include <span>
#include <string>

namespace warren::storage::test {

inline void putVarint(std::string &out, std::int64_t v)
{
    std::uint64_t z = (std::uint64_t(v) << 1) ^ std::uint64_t(v >> 63);
    while (z >= 0x80) {
        out.push_back(char((z & 0x7f) | 0x80));
        z >>= 7;
    }
    out.push_back(char(z));
}

inline void putBe(std::string &out, std::uint64_t v, int n)
{
    for (int i = n - 1; i >= 0; --i)
        out.push_back(char((v >> (8 * i)) & 0xff));
}

struct BatchSpec {
    int records = 1;
    std::int64_t baseTimestamp = 1'700'000'000'000;
    std::int64_t timestampStep = 1; ///< record i has baseTimestamp + i * step
    std::size_t valueBytes = 16;
    std::int64_t baseOffset = 0;    ///< what the producer writes (the log overwrites it)
    char fill = 'v';
};

/// One valid record batch v2 as a producer would send it.
inline std::string makeBatch(const BatchSpec &s = {})
{
    std::string records;
    for (int i = 0; i < s.records; ++i) {
        std::string r;
        r.push_back(0); // attributes
        putVarint(r, i * s.timestampStep);
        putVarint(r, i);
        std::string key = "k" + std::to_string(i);
        putVarint(r, std::int64_t(key.size()));
        r += key;
        putVarint(r, std::int64_t(s.valueBytes));
        r += std::string(s.valueBytes, char(s.fill + (i % 3)));
        putVarint(r, 0); // headers
        putVarint(records, std::int64_t(r.size()));
        records += r;
    }
    const std::int64_t maxTs = s.baseTimestamp + std::int64_t(s.records - 1) * s.timestampStep;
    std::string afterCrc;
    putBe(afterCrc, 0, 2);                      // attributes
    putBe(afterCrc, std::uint32_t(s.records - 1), 4); // lastOffsetDelta
    putBe(afterCrc, std::uint64_t(s.baseTimestamp), 8);
    putBe(afterCrc, std::uint64_t(maxTs), 8);
    putBe(afterCrc, std::uint64_t(-1), 8);      // producerId
    putBe(afterCrc, 0xffff, 2);                 // producerEpoch
    putBe(afterCrc, 0xffffffff, 4);             // baseSequence
    putBe(afterCrc, std::uint32_t(s.records), 4);
    afterCrc += records;
    const std::uint32_t crc = crc32c(std::as_bytes(std::span(afterCrc)));
    std::string b;
    putBe(b, std::uint64_t(s.baseOffset), 8);
    putBe(b, std::uint32_t(4 + 1 + 4 + afterCrc.size()), 4); // batchLength
    putBe(b, 0x7fffffff, 4);                    // partitionLeaderEpoch (a producer sends -1 or anything)
    b.push_back(2);                             // magic
    putBe(b, crc, 4);
    b += afterCrc;
    return b;
}

inline std::span<const std::byte> bytesOf(const std::string &s)
{
    return std::as_bytes(std::span(s.data(), s.size()));
}

inline std::int64_t readI64(const std::string &s, std::size_t pos)
{
    return format::loadI64(reinterpret_cast<const std::byte *>(s.data()) + pos);
}

} // namespace warren::storage::test
