#pragma once
// warren-kafka-bench: Kafka produce / consume / end-to-end latency load
// generator on librdkafka (C API). Plain C++20 + librdkafka + pthreads.

#include "latency_histogram.h"

#include <cstdint>
#include <string>
#include <vector>

struct KafkaBenchOptions {
    std::string bootstrap;          // host:port (or empty with --mock)
    bool mock = false;              // librdkafka's in-process mock cluster
    std::string topic;              // empty: a fresh "kbench-<pid>-<time>"
    bool topicGiven = false;
    int partitions = 1;
    std::uint64_t count = 2'000'000;
    bool countGiven = false;
    double seconds = 10;            // e2e duration when --count is not given
    std::size_t size = 100;
    std::string acks = "1";
    int lingerMs = -1;              // -1: librdkafka default (e2e: 1)
    int batchSize = -1;             // batch.size (bytes), -1: default
    int batchNumMessages = -1;      // batch.num.messages, -1: default
    std::string compression = "none";
    double rate = 0;                // msg/s, 0 = as fast as possible (e2e: 10,000)
    std::string mode = "produce";   // produce | consume | e2e
    std::vector<int> brokerPids;
    bool json = false;
    double drainTimeout = 30;       // s without progress before giving up
    std::vector<std::pair<std::string, std::string>> extraConf; // -X key=value
};

// Figures of one phase (produce or consume).
struct PhaseResult {
    bool ran = false;
    std::uint64_t messages = 0;     // delivered (produce) / consumed (consume)
    std::uint64_t bytes = 0;        // payload bytes
    std::uint64_t failed = 0;       // delivery errors
    double seconds = 0;
    bool cpuMeasured = false;       // a CPU window covered this phase
    bool brokerCpuKnown = false;
    std::uint64_t brokerCpuMicros = 0;
    std::uint64_t benchCpuMicros = 0;
    std::uint64_t otherCpuMicros = 0; // machine busy - bench - broker
    double msgPerSec() const { return seconds > 0 ? double(messages) / seconds : 0; }
    double mbPerSec() const { return seconds > 0 ? double(bytes) / seconds / 1e6 : 0; }
};

struct KafkaBenchReport {
    std::string topic;
    std::string bootstrap;
    PhaseResult produce;
    PhaseResult consume;
    std::uint64_t produced = 0;     // produce calls accepted by librdkafka
    bool latencyKnown = false;
    LatencyHistogram latency;       // e2e only
    std::uint64_t warmup = 0;       // e2e warm-up messages (not in the histogram)
    std::vector<std::string> notes;
    std::vector<std::string> warnings;
    std::vector<std::string> errors;
};
