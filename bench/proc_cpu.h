#pragma once
// CPU time of other processes (the broker) from /proc/<pid>/stat.

#include <cstdint>
#include <vector>

// Sum over pids of utime+stime+cutime+cstime in microseconds (cutime/cstime
// cover children that exited and were reaped during the run). A pid that can
// no longer be read contributes 0 and sets *missing.
std::uint64_t processCpuMicros(const std::vector<int> &pids, bool *missing = nullptr);

// CPU time of this process (user+system), microseconds.
std::uint64_t selfCpuMicros();

// Busy CPU time of the whole machine (all cores: user+nice+system+irq+softirq
// +steal from /proc/stat), microseconds. Used to spot other load during a run.
std::uint64_t systemBusyMicros();
