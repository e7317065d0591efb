#pragma once
// Command-line options of warren-amqp-bench.

#include <cstdint>
#include <string>
#include <vector>

struct BenchOptions {
    std::string host = "127.0.0.1";
    int port = 5672;
    std::string user = "guest";
    std::string password = "guest";
    int producers = 1;
    int consumers = 1;
    std::uint32_t size = 128;           // payload bytes, >= kPayloadHeader
    std::uint64_t count = 1'000'000;    // per producer; 0 = unlimited (with --seconds)
    double seconds = 0;                 // 0 = no time limit
    bool manualAck = false;
    std::uint16_t prefetch = 100;
    std::uint32_t multipleAck = 0;      // 0 = prefetch/2
    std::uint32_t confirmWindow = 0;    // 0 = confirms off
    bool persistent = false;
    bool durable = false;
    bool backlog = false;               // publish everything first, then consume it
    double rate = 0;                    // total msg/s over all producers; 0 = flat out
    std::string queue;                  // empty = bench-<pid>, deleted at the end
    bool deleteQueue = true;
    bool json = false;
    double drainTimeout = 10;           // s without deliveries after producers finish
    std::vector<int> brokerPids;
};

// Parses argv; prints usage and exits on --help or on an error.
BenchOptions parseOptions(int argc, char **argv);
