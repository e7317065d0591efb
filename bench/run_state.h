#pragma once
// State shared by the producer and consumer threads of one run, and their
// per-thread results. Results are written only by their own thread and read
// by main after join(); RunState members are atomics or set before the start
// gate opens.

#include "bench_options.h"
#include "latency_histogram.h"

#include <atomic>
#include <cstdint>
#include <latch>
#include <mutex>
#include <string>
#include <time.h>
#include <vector>

inline std::uint64_t nowNs()
{
    timespec ts;
    ::clock_gettime(CLOCK_MONOTONIC, &ts); // == std::chrono::steady_clock on Linux
    return std::uint64_t(ts.tv_sec) * 1'000'000'000ull + std::uint64_t(ts.tv_nsec);
}

struct RunState {
    explicit RunState(const BenchOptions &o)
        : opts(o), consumersReady(o.consumers), producersReady(o.producers), producersRunning(o.producers) {}

    const BenchOptions &opts;
    std::latch consumersReady;          // consumers subscribed
    std::latch producersReady;          // producers connected
    std::latch startGate{1};            // opened by main after startNs is set
    std::uint64_t startNs = 0;          // written before startGate opens
    // --backlog: consumers subscribe only when main opens this gate, after
    // every producer has finished (and had its confirms).
    std::latch consumeGate{1};
    std::uint64_t consumeStartNs = 0;   // written before consumeGate opens

    std::atomic<int> producersRunning;
    std::atomic<std::uint64_t> publishedTotal{0};   // added by each producer when done
    std::atomic<bool> publishingDone{false};        // after publishedTotal is final; notified
    std::atomic<std::uint64_t> publishEndNs{0};
    std::atomic<std::uint64_t> consumedTotal{0};
    std::atomic<bool> finished{false};  // everything consumed, or given up; main waits on it
    std::atomic<bool> abort{false};     // a thread failed: everyone stops

    std::mutex messagesMutex;
    std::vector<std::string> errors;    // guarded by messagesMutex
    std::vector<std::string> warnings;  // guarded by messagesMutex

    void fail(std::string msg)
    {
        {
            std::lock_guard lock(messagesMutex);
            errors.push_back(std::move(msg));
        }
        abort = true;
        finish();
    }
    void warn(std::string msg)
    {
        std::lock_guard lock(messagesMutex);
        warnings.push_back(std::move(msg));
    }
    void finish()
    {
        finished = true;
        finished.notify_all();
    }
};

struct ProducerResult {
    std::uint64_t published = 0;
    std::uint64_t nacked = 0;
    std::uint64_t endNs = 0;            // last publish (and its confirm) done
};

struct ConsumerResult {
    std::uint64_t consumed = 0;
    std::uint64_t bytes = 0;
    std::uint64_t lastNs = 0;           // time of the last delivery
    std::uint64_t redelivered = 0;
    std::uint64_t foreign = 0;          // bodies not written by this run's producers
    std::uint64_t gaps = 0;             // messages skipped in a producer's sequence
    std::uint64_t reordered = 0;        // duplicates or out-of-order sequence numbers
    std::vector<std::uint64_t> perProducer;     // deliveries per producer
    std::vector<std::uint64_t> maxSeqPlusOne;   // per producer
    LatencyHistogram latency;
};

void runProducer(RunState &state, int id, ProducerResult &result);
void runConsumer(RunState &state, int id, ConsumerResult &result);
