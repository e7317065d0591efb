#include "latency_histogram.h"

#include <cmath>

void LatencyHistogram::merge(const LatencyHistogram &other)
{
    for (int i = 0; i < kBuckets; ++i)
        m_counts[i] += other.m_counts[i];
    m_total += other.m_total;
    if (other.m_total) {
        if (other.m_max > m_max)
            m_max = other.m_max;
        if (other.m_min < m_min)
            m_min = other.m_min;
    }
}

std::uint64_t LatencyHistogram::upperEdge(int index)
{
    if (index < (2 << kSubBits))
        return std::uint64_t(index);
    const int shift = index / 64 - 1;
    const std::uint64_t mantissa = std::uint64_t(index % 64 + 64);
    return ((mantissa + 1) << shift) - 1;
}

std::uint64_t LatencyHistogram::quantile(double q) const
{
    if (m_total == 0)
        return 0;
    std::uint64_t rank = std::uint64_t(std::ceil(q * double(m_total)));
    if (rank < 1)
        rank = 1;
    std::uint64_t seen = 0;
    for (int i = 0; i < kBuckets; ++i) {
        seen += m_counts[i];
        if (seen >= rank) {
            const std::uint64_t edge = upperEdge(i);
            return edge < m_max ? edge : m_max;
        }
    }
    return m_max;
}
