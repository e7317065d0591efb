#pragma once
// RabbitMQ's resource alarms: the memory high watermark and the free-disk
// limit. While either is raised, publishers are blocked (AMQP:
// connection.blocked and no more reading from a connection once it
// publishes; Kafka: Produce responses carry throttle_time_ms and the
// connection is muted for that long).
//
// Owns the limits and the alarm state; measures nothing itself (the broker's
// ResourceMonitor feeds it resident memory and free disk space).
//
// Thread: evaluate() runs on the broker's control thread only. The flags and
// figures are atomics that any thread reads — sessions check
// publishersBlocked() once per content frame or Produce request. The setters
// may be called from any thread (the command thread); they take effect at
// the next evaluate().

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>

namespace warren::model {

/// A memory limit as RabbitMQ takes it: a fraction of the machine's RAM
/// (vm_memory_high_watermark.relative, default 0.4) or an absolute size
/// (vm_memory_high_watermark.absolute).
struct MemoryWatermark {
    bool absolute = false;
    double fraction = 0.4;  ///< of total RAM, when !absolute
    std::uint64_t bytes = 0; ///< when absolute

    /// "0.4", "0.25", "1073741824", "512MB", "2GiB" (kB/MB/GB = powers of
    /// 1000, KiB/MiB/GiB = of 1024, as RabbitMQ's configuration reads them).
    /// A number with a decimal point that is at most 1 is a fraction.
    static std::optional<MemoryWatermark> parse(const std::string &text);
    /// The limit in bytes on a machine with `totalMemory` bytes of RAM.
    std::uint64_t resolve(std::uint64_t totalMemory) const;
};

/// Resident set size of this process (Linux /proc/self/statm), 0 if unknown.
std::uint64_t processResidentMemory();
/// The machine's physical memory, 0 if unknown.
std::uint64_t physicalMemory();

/// "50MB", "1GiB", "1000000" → bytes; nullopt if unreadable.
std::optional<std::uint64_t> parseByteSize(const std::string &text);

class ResourceAlarms {
public:
    enum Resource : unsigned { Memory = 1, Disk = 2 };
    /// What one evaluate() changed (bit sets of Resource).
    struct Change {
        unsigned raised = 0;
        unsigned cleared = 0;
        bool any() const { return raised != 0 || cleared != 0; }
    };

    /// RabbitMQ's default disk_free_limit: 50 MB.
    static constexpr std::uint64_t kDefaultDiskFreeLimit = 50000000;

    ResourceAlarms();

    /// The machine's RAM (what a fractional watermark is taken of).
    void setTotalMemory(std::uint64_t bytes);
    std::uint64_t totalMemory() const { return m_totalMemory.load(std::memory_order_relaxed); }
    void setMemoryHighWatermark(const MemoryWatermark &watermark);
    MemoryWatermark memoryHighWatermark() const;
    /// The watermark in bytes: memory use above it raises the memory alarm.
    std::uint64_t memoryLimit() const;
    /// Free disk space below this raises the disk alarm.
    void setDiskFreeLimit(std::uint64_t bytes) { m_diskFreeLimit.store(bytes, std::memory_order_relaxed); }
    std::uint64_t diskFreeLimit() const { return m_diskFreeLimit.load(std::memory_order_relaxed); }

    /// Control thread: takes the current memory use and free disk space
    /// (nullopt: the disk is not watched, e.g. an in-memory broker) and
    /// raises or clears the alarms. Memory alarm: used > limit; disk alarm:
    /// free < limit (RabbitMQ's comparisons).
    Change evaluate(std::uint64_t memoryUsed, std::optional<std::uint64_t> diskFree);

    /// Raised alarms (bit set of Resource).
    unsigned active() const { return m_active.load(std::memory_order_acquire); }
    bool memoryAlarm() const { return (active() & Memory) != 0; }
    bool diskAlarm() const { return (active() & Disk) != 0; }
    /// True while any alarm is raised: one atomic load.
    bool publishersBlocked() const { return m_active.load(std::memory_order_relaxed) != 0; }
    /// The last figures evaluate() saw.
    std::uint64_t memoryUsed() const { return m_memoryUsed.load(std::memory_order_relaxed); }
    std::uint64_t diskFree() const { return m_diskFree.load(std::memory_order_relaxed); }
    bool diskMonitored() const { return m_diskMonitored.load(std::memory_order_relaxed); }

    /// RabbitMQ's connection.blocked reason: "low on memory", "low on disk",
    /// "low on memory & disk"; "" for none.
    static std::string blockedReason(unsigned resources);

private:
    std::atomic<std::uint64_t> m_totalMemory{0};
    std::atomic<bool> m_memoryAbsolute{false};
    std::atomic<double> m_memoryFraction{0.4};
    std::atomic<std::uint64_t> m_memoryBytes{0};
    std::atomic<std::uint64_t> m_diskFreeLimit{kDefaultDiskFreeLimit};
    std::atomic<unsigned> m_active{0};
    std::atomic<std::uint64_t> m_memoryUsed{0};
    std::atomic<std::uint64_t> m_diskFree{0};
    std::atomic<bool> m_diskMonitored{false};
};

} // namespace warren::model
