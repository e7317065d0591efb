#pragma once
// Aggregated results of one run and their text / JSON rendering.

#include "bench_options.h"
#include "latency_histogram.h"

#include <cstdint>
#include <string>
#include <vector>

struct BenchReport {
    std::uint64_t published = 0;
    std::uint64_t consumed = 0;
    std::uint64_t bytes = 0;
    double publishSeconds = 0;      // start -> last publish (and confirm)
    double consumeSeconds = 0;      // start -> last delivery
    double wallSeconds = 0;         // start -> completion detected (CPU window)
    // --backlog: consumeSeconds is consume start -> last delivery, and the
    // broker CPU is split at the phase boundary.
    bool backlog = false;
    long long depthAfterPublish = -1;
    std::uint64_t publishPhaseCpuMicros = 0;
    std::uint64_t consumePhaseCpuMicros = 0;
    LatencyHistogram latency;
    bool brokerCpuKnown = false;
    std::uint64_t brokerCpuMicros = 0;
    std::uint64_t benchCpuMicros = 0;
    std::uint64_t systemCpuMicros = 0;  // whole machine, all cores
    std::uint64_t otherCpuMicros = 0;   // system - bench - broker (only meaningful with --broker-pid)
    std::vector<std::string> warnings;
    std::vector<std::string> errors;
};

void printText(const BenchOptions &o, const BenchReport &r);
void printJson(const BenchOptions &o, const BenchReport &r);
