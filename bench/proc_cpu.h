#pragma once
// CPU time of other processes (the broker) from /proc/<pid>/stat.

#include <cstdint>
#include <vector>

// CPU time of one process: utime+stime+cutime+cstime in microseconds
// (all threads; cutime/cstime cover children that exited and were reaped).
// Returns -1 if /proc/<pid>/stat cannot be read (no such process).
std::int64_t processCpuMicros(int pid);

// CPU of a set of processes over an interval. A pid that is gone at the end
// (a short-lived helper such as `sh -c df` under erl_child_setup) is left
// out of both ends: its CPU reaches its parent's cutime when it is reaped.
class ProcessCpuMeter {
public:
    explicit ProcessCpuMeter(std::vector<int> pids) : m_pids(std::move(pids)) {}
    void start();
    // CPU µs used since start() by the pids readable at both ends.
    std::uint64_t stop();
    // Pids that could not be read at start().
    std::vector<int> missingAtStart() const;

private:
    std::vector<int> m_pids;
    std::vector<std::int64_t> m_before;
};

// CPU time of this process (user+system), microseconds.
std::uint64_t selfCpuMicros();

// Busy CPU time of the whole machine (all cores: user+nice+system+irq+softirq
// +steal from /proc/stat), microseconds. Used to spot other load during a run.
std::uint64_t systemBusyMicros();
