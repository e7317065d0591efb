#include "model/resource_alarms.h"

#include <unistd.h>

#include <cctype>
#include <charconv>
#include <cmath>
#include <fstream>

namespace warren::model {

namespace {
struct Unit {
    const char *suffix;
    std::uint64_t factor;
};
// Longest first, so "KiB" is not read as "B" after "Ki".
constexpr Unit kUnits[] = {{"KiB", 1ull << 10}, {"MiB", 1ull << 20}, {"GiB", 1ull << 30}, {"TiB", 1ull << 40},
                           {"kB", 1000ull},     {"KB", 1000ull},     {"MB", 1000'000ull}, {"GB", 1000'000'000ull},
                           {"TB", 1000'000'000'000ull},
                           {"k", 1000ull},      {"K", 1000ull},      {"M", 1000'000ull},  {"G", 1000'000'000ull},
                           {"B", 1ull}};

std::string trimmed(const std::string &s)
{
    std::size_t b = 0, e = s.size();
    while (b < e && std::isspace(static_cast<unsigned char>(s[b])))
        ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1])))
        --e;
    return s.substr(b, e - b);
}
} // namespace

std::uint64_t processResidentMemory()
{
    std::ifstream statm("/proc/self/statm");
    std::uint64_t size = 0, resident = 0;
    if (!(statm >> size >> resident))
        return 0;
    return resident * std::uint64_t(sysconf(_SC_PAGESIZE));
}

std::uint64_t physicalMemory()
{
    const long pages = sysconf(_SC_PHYS_PAGES);
    const long pageSize = sysconf(_SC_PAGESIZE);
    return pages > 0 && pageSize > 0 ? std::uint64_t(pages) * std::uint64_t(pageSize) : 0;
}

std::optional<std::uint64_t> parseByteSize(const std::string &input)
{
    const std::string text = trimmed(input);
    std::uint64_t factor = 1;
    std::string digits = text;
    for (const Unit &u : kUnits) {
        const std::string suffix = u.suffix;
        if (text.size() > suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0) {
            factor = u.factor;
            digits = trimmed(text.substr(0, text.size() - suffix.size()));
            break;
        }
    }
    std::uint64_t value = 0;
    const auto [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (digits.empty() || ec != std::errc() || p != digits.data() + digits.size())
        return std::nullopt;
    if (value != 0 && factor > UINT64_MAX / value)
        return std::nullopt;
    return value * factor;
}

std::optional<MemoryWatermark> MemoryWatermark::parse(const std::string &input)
{
    const std::string text = trimmed(input);
    if (text.find('.') != std::string::npos) {
        double f = 0;
        const auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), f);
        if (ec != std::errc() || p != text.data() + text.size() || !(f >= 0.0) || f > 1.0)
            return std::nullopt;
        MemoryWatermark w;
        w.fraction = f;
        return w;
    }
    auto bytes = parseByteSize(text);
    if (!bytes)
        return std::nullopt;
    MemoryWatermark w;
    w.absolute = true;
    w.bytes = *bytes;
    return w;
}

std::uint64_t MemoryWatermark::resolve(std::uint64_t totalMemory) const
{
    if (absolute)
        return bytes;
    return std::uint64_t(std::floor(double(totalMemory) * fraction));
}

ResourceAlarms::ResourceAlarms() = default;

void ResourceAlarms::setTotalMemory(std::uint64_t bytes)
{
    m_totalMemory.store(bytes, std::memory_order_relaxed);
}

void ResourceAlarms::setMemoryHighWatermark(const MemoryWatermark &watermark)
{
    m_memoryFraction.store(watermark.fraction, std::memory_order_relaxed);
    m_memoryBytes.store(watermark.bytes, std::memory_order_relaxed);
    m_memoryAbsolute.store(watermark.absolute, std::memory_order_relaxed);
}

MemoryWatermark ResourceAlarms::memoryHighWatermark() const
{
    MemoryWatermark w;
    w.absolute = m_memoryAbsolute.load(std::memory_order_relaxed);
    w.fraction = m_memoryFraction.load(std::memory_order_relaxed);
    w.bytes = m_memoryBytes.load(std::memory_order_relaxed);
    return w;
}

std::uint64_t ResourceAlarms::memoryLimit() const
{
    return memoryHighWatermark().resolve(totalMemory());
}

ResourceAlarms::Change ResourceAlarms::evaluate(std::uint64_t memoryUsed, std::optional<std::uint64_t> diskFree)
{
    m_memoryUsed.store(memoryUsed, std::memory_order_relaxed);
    m_diskMonitored.store(diskFree.has_value(), std::memory_order_relaxed);
    if (diskFree)
        m_diskFree.store(*diskFree, std::memory_order_relaxed);
    unsigned now = 0;
    if (memoryUsed > memoryLimit())
        now |= Memory;
    if (diskFree && *diskFree < diskFreeLimit())
        now |= Disk;
    const unsigned before = m_active.exchange(now, std::memory_order_acq_rel);
    Change c;
    c.raised = now & ~before;
    c.cleared = before & ~now;
    return c;
}

std::string ResourceAlarms::blockedReason(unsigned resources)
{
    if ((resources & Memory) && (resources & Disk))
        return "low on memory & disk";
    if (resources & Memory)
        return "low on memory";
    if (resources & Disk)
        return "low on disk";
    return {};
}

} // namespace warren::model
