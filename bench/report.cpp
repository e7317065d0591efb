#include "report.h"

#include <cstdio>

namespace {

double rate(std::uint64_t n, double s) { return s > 0 ? double(n) / s : 0; }
double us(std::uint64_t ns) { return double(ns) / 1000.0; }

std::string jsonString(const std::string &s)
{
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        } else {
            out += c;
        }
    }
    return out + "\"";
}

} // namespace

void printText(const BenchOptions &o, const BenchReport &r)
{
    std::printf("warren-amqp-bench  %s:%d  queue %s  producers %d  consumers %d  size %u B  ack %s",
                o.host.c_str(), o.port, o.queue.c_str(), o.producers, o.consumers, o.size,
                o.manualAck ? "manual" : "auto");
    if (o.manualAck)
        std::printf(" (prefetch %u, ack every %u)", unsigned(o.prefetch), o.multipleAck);
    if (o.confirmWindow)
        std::printf("  confirm %u", o.confirmWindow);
    if (o.persistent)
        std::printf("  persistent");
    if (o.durable)
        std::printf("  durable");
    if (o.backlog)
        std::printf("  backlog (publish all, then consume)");
    if (o.rate > 0)
        std::printf("  rate %.0f msg/s", o.rate);
    std::printf("\n");
    std::printf("published   %12llu msg  %10.0f msg/s  (%.2f s)\n", (unsigned long long)r.published,
                rate(r.published, r.publishSeconds), r.publishSeconds);
    std::printf("consumed    %12llu msg  %10.0f msg/s  %8.2f MB/s  (%.2f s%s)\n", (unsigned long long)r.consumed,
                rate(r.consumed, r.consumeSeconds), rate(r.bytes, r.consumeSeconds) / 1e6, r.consumeSeconds,
                r.backlog ? " after the publish phase" : "");
    if (r.backlog) {
        std::printf("backlog     %12lld msg in the queue after publishing\n", r.depthAfterPublish);
        if (r.brokerCpuKnown)
            std::printf("phase CPU   publish %.2f us/msg  consume %.2f us/msg (broker)\n",
                        r.published ? double(r.publishPhaseCpuMicros) / double(r.published) : 0,
                        r.consumed ? double(r.consumePhaseCpuMicros) / double(r.consumed) : 0);
    }
    std::printf("latency us  p50 %.1f  p99 %.1f  p99.9 %.1f  max %.1f  (min %.1f)\n",
                us(r.latency.quantile(0.5)), us(r.latency.quantile(0.99)), us(r.latency.quantile(0.999)),
                us(r.latency.max()), us(r.latency.min()));
    if (r.brokerCpuKnown)
        std::printf("broker CPU  %.2f us/msg  %.1f %% of one core  (%.2f s CPU over %.2f s)\n",
                    r.consumed ? double(r.brokerCpuMicros) / double(r.consumed) : 0,
                    r.wallSeconds > 0 ? double(r.brokerCpuMicros) / 1e4 / r.wallSeconds : 0,
                    double(r.brokerCpuMicros) / 1e6, r.wallSeconds);
    std::printf("bench CPU   %.2f us/msg  %.1f %% of one core\n",
                r.consumed ? double(r.benchCpuMicros) / double(r.consumed) : 0,
                r.wallSeconds > 0 ? double(r.benchCpuMicros) / 1e4 / r.wallSeconds : 0);
    if (r.brokerCpuKnown)
        std::printf("other CPU   %.1f %% of one core (machine busy time not used by bench or broker)\n",
                    r.wallSeconds > 0 ? double(r.otherCpuMicros) / 1e4 / r.wallSeconds : 0);
    std::printf("elapsed     %.2f s\n", r.wallSeconds);
    for (const auto &w : r.warnings)
        std::printf("WARNING: %s\n", w.c_str());
    for (const auto &e : r.errors)
        std::printf("ERROR: %s\n", e.c_str());
}

void printJson(const BenchOptions &o, const BenchReport &r)
{
    std::printf("{\"producers\":%d,\"consumers\":%d,\"size\":%u,\"ack\":\"%s\",\"prefetch\":%u,"
                "\"confirm\":%u,\"persistent\":%s,\"durable\":%s,\"rate\":%.0f,"
                "\"published\":%llu,\"consumed\":%llu,"
                "\"publish_msg_s\":%.1f,\"consume_msg_s\":%.1f,\"mb_s\":%.3f,"
                "\"publish_s\":%.3f,\"consume_s\":%.3f,\"elapsed_s\":%.3f,"
                "\"lat_p50_us\":%.1f,\"lat_p99_us\":%.1f,\"lat_p999_us\":%.1f,\"lat_max_us\":%.1f,",
                o.producers, o.consumers, o.size, o.manualAck ? "manual" : "auto", unsigned(o.prefetch),
                o.confirmWindow, o.persistent ? "true" : "false", o.durable ? "true" : "false", o.rate,
                (unsigned long long)r.published, (unsigned long long)r.consumed,
                rate(r.published, r.publishSeconds), rate(r.consumed, r.consumeSeconds),
                rate(r.bytes, r.consumeSeconds) / 1e6, r.publishSeconds, r.consumeSeconds, r.wallSeconds,
                us(r.latency.quantile(0.5)), us(r.latency.quantile(0.99)), us(r.latency.quantile(0.999)),
                us(r.latency.max()));
    if (r.brokerCpuKnown)
        std::printf("\"broker_cpu_us_per_msg\":%.3f,\"broker_cpu_pct\":%.1f,",
                    r.consumed ? double(r.brokerCpuMicros) / double(r.consumed) : 0,
                    r.wallSeconds > 0 ? double(r.brokerCpuMicros) / 1e4 / r.wallSeconds : 0);
    else
        std::printf("\"broker_cpu_us_per_msg\":null,\"broker_cpu_pct\":null,");
    if (r.backlog) {
        std::printf("\"backlog\":true,\"depth_after_publish\":%lld,", r.depthAfterPublish);
        if (r.brokerCpuKnown)
            std::printf("\"publish_cpu_us_per_msg\":%.3f,\"consume_cpu_us_per_msg\":%.3f,",
                        r.published ? double(r.publishPhaseCpuMicros) / double(r.published) : 0,
                        r.consumed ? double(r.consumePhaseCpuMicros) / double(r.consumed) : 0);
        else
            std::printf("\"publish_cpu_us_per_msg\":null,\"consume_cpu_us_per_msg\":null,");
    }
    std::printf("\"bench_cpu_us_per_msg\":%.3f,\"bench_cpu_pct\":%.1f,\"other_cpu_pct\":%.1f,"
                "\"ok\":%s,\"warnings\":[",
                r.consumed ? double(r.benchCpuMicros) / double(r.consumed) : 0,
                r.wallSeconds > 0 ? double(r.benchCpuMicros) / 1e4 / r.wallSeconds : 0,
                r.wallSeconds > 0 ? double(r.otherCpuMicros) / 1e4 / r.wallSeconds : 0,
                r.warnings.empty() && r.errors.empty() ? "true" : "false");
    bool first = true;
    for (const auto *list : {&r.warnings, &r.errors})
        for (const auto &w : *list) {
            std::printf("%s%s", first ? "" : ",", jsonString(w).c_str());
            first = false;
        }
    std::printf("]}\n");
}
