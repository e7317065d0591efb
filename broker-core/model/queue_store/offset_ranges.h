#pragma once
// A set of log offsets kept as disjoint half-open ranges [first, end), merged
// on insertion. Used for the settled messages a durable queue log finds on
// recovery: acknowledgements mostly arrive in order, so millions of settled
// offsets collapse into a handful of ranges.
//
// Not thread-safe: owned by one QueueLogStore and used under its lock.

#include <cstdint>
#include <iterator>
#include <map>

namespace warren::model::queue_store {

class OffsetRanges {
public:
    void insert(std::int64_t first, std::int64_t end)
    {
        if (first >= end)
            return;
        // Merge with a range that starts before and reaches `first`.
        auto it = m_ranges.upper_bound(first);
        if (it != m_ranges.begin()) {
            auto prev = std::prev(it);
            if (prev->second >= first) {
                first = prev->first;
                end = std::max(end, prev->second);
                it = m_ranges.erase(prev);
            }
        }
        // Swallow ranges that start inside [first, end].
        while (it != m_ranges.end() && it->first <= end) {
            end = std::max(end, it->second);
            it = m_ranges.erase(it);
        }
        m_ranges.emplace(first, end);
    }
    void insert(std::int64_t offset) { insert(offset, offset + 1); }

    bool contains(std::int64_t offset) const
    {
        auto it = m_ranges.upper_bound(offset);
        if (it == m_ranges.begin())
            return false;
        return std::prev(it)->second > offset;
    }

    /// Forgets everything below `offset`.
    void eraseBelow(std::int64_t offset)
    {
        while (!m_ranges.empty() && m_ranges.begin()->second <= offset)
            m_ranges.erase(m_ranges.begin());
        if (!m_ranges.empty() && m_ranges.begin()->first < offset) {
            const std::int64_t end = m_ranges.begin()->second;
            m_ranges.erase(m_ranges.begin());
            m_ranges.emplace(offset, end);
        }
    }
    /// Forgets everything at or above `offset`.
    void eraseFrom(std::int64_t offset)
    {
        while (!m_ranges.empty() && std::prev(m_ranges.end())->first >= offset)
            m_ranges.erase(std::prev(m_ranges.end()));
        if (!m_ranges.empty() && std::prev(m_ranges.end())->second > offset)
            std::prev(m_ranges.end())->second = offset;
    }

    bool empty() const { return m_ranges.empty(); }
    std::size_t rangeCount() const { return m_ranges.size(); }
    const std::map<std::int64_t, std::int64_t> &ranges() const { return m_ranges; }

private:
    std::map<std::int64_t, std::int64_t> m_ranges; // first -> end (exclusive)
};

} // namespace warren::model::queue_store
