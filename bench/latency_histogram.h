#pragma once
// HDR-style latency histogram: exact below 128 ns, then 64 linear sub-buckets
// per power of two (relative error < 1.6 %). Fixed size, no allocation when
// recording. Owned by one thread; merge() copies for the final report.

#include <array>
#include <cstdint>

class LatencyHistogram {
public:
    void record(std::uint64_t ns)
    {
        ++m_counts[indexOf(ns)];
        ++m_total;
        if (ns > m_max)
            m_max = ns;
        if (ns < m_min)
            m_min = ns;
    }
    void merge(const LatencyHistogram &other);

    std::uint64_t total() const { return m_total; }
    std::uint64_t max() const { return m_total ? m_max : 0; }
    std::uint64_t min() const { return m_total ? m_min : 0; }
    // Value at quantile q (0..1): the upper edge of the bucket holding that rank,
    // clamped to the exact max.
    std::uint64_t quantile(double q) const;

private:
    static constexpr int kSubBits = 6;                  // 64 sub-buckets per octave
    static constexpr int kBuckets = (64 - kSubBits) * 64 + 64;

    static int indexOf(std::uint64_t v)
    {
        if (v < (2u << kSubBits))
            return int(v);
        const int msb = 63 - __builtin_clzll(v);
        const int shift = msb - kSubBits;
        return (shift + 1) * 64 + int((v >> shift) - 64);
    }
    static std::uint64_t upperEdge(int index);

    std::array<std::uint64_t, kBuckets> m_counts{};
    std::uint64_t m_total = 0;
    std::uint64_t m_max = 0;
    std::uint64_t m_min = UINT64_MAX;
};
