// warren-amqp-bench: AMQP 0-9-1 throughput and end-to-end latency benchmark.
// main() declares the queue, starts consumers then producers (each a thread
// with its own connection), times the run, samples broker CPU from /proc and
// checks that every published message arrived exactly once and in order.
// With --backlog it times two phases: publish everything with nobody
// subscribed, then subscribe the consumers and drain the queue.

#include "amqp_session.h"
#include "bench_options.h"
#include "proc_cpu.h"
#include "report.h"
#include "run_state.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <thread>
#include <vector>

namespace {

bool setupQueue(AmqpSession &admin, const BenchOptions &o, std::string *error)
{
    amqp_queue_declare(admin.conn(), AmqpSession::kChannel, amqp_cstring_bytes(o.queue.c_str()), 0,
                       o.durable ? 1 : 0, 0, 0, amqp_empty_table);
    if (!admin.rpcOk("queue.declare", error))
        return false;
    amqp_queue_purge(admin.conn(), AmqpSession::kChannel, amqp_cstring_bytes(o.queue.c_str()));
    return admin.rpcOk("queue.purge", error);
}

// Ready messages in the queue (passive declare), or -1 on error.
long long queueDepth(AmqpSession &admin, const BenchOptions &o)
{
    amqp_queue_declare_ok_t *ok = amqp_queue_declare(admin.conn(), AmqpSession::kChannel,
                                                     amqp_cstring_bytes(o.queue.c_str()), 1, 0, 0, 0,
                                                     amqp_empty_table);
    std::string error;
    if (!ok || !admin.rpcOk("queue.declare passive", &error))
        return -1;
    return ok->message_count;
}

void checkDelivery(const BenchOptions &o, const std::vector<ProducerResult> &producers,
                   const std::vector<ConsumerResult> &consumers, BenchReport &r)
{
    if (r.consumed != r.published)
        r.warnings.push_back("consumed " + std::to_string(r.consumed) + " != published " +
                             std::to_string(r.published));
    std::uint64_t gaps = 0, reordered = 0, redelivered = 0, foreign = 0, nacked = 0;
    for (const auto &c : consumers) {
        gaps += c.gaps;
        reordered += c.reordered;
        redelivered += c.redelivered;
        foreign += c.foreign;
    }
    for (const auto &p : producers)
        nacked += p.nacked;
    // Per producer: every sequence number below `published` delivered once.
    for (int p = 0; p < o.producers; ++p) {
        std::uint64_t got = 0, maxSeq = 0;
        for (const auto &c : consumers) {
            if (c.perProducer.empty())
                continue;
            got += c.perProducer[p];
            maxSeq = std::max(maxSeq, c.maxSeqPlusOne[p]);
        }
        if (got != producers[p].published || maxSeq > producers[p].published)
            r.warnings.push_back("producer " + std::to_string(p) + ": published " +
                                 std::to_string(producers[p].published) + ", delivered " + std::to_string(got) +
                                 " (highest sequence " + std::to_string(maxSeq) + ")");
    }
    if (gaps)
        r.warnings.push_back("sequence gaps: " + std::to_string(gaps) + " messages missing");
    if (reordered)
        r.warnings.push_back("duplicate or out-of-order deliveries: " + std::to_string(reordered));
    if (redelivered)
        r.warnings.push_back("redelivered flag set on " + std::to_string(redelivered) + " deliveries");
    if (foreign)
        r.warnings.push_back("foreign or short bodies: " + std::to_string(foreign));
    if (nacked)
        r.warnings.push_back("publisher nacks: " + std::to_string(nacked));
}

} // namespace

int main(int argc, char **argv)
{
    const BenchOptions o = parseOptions(argc, argv);

    AmqpSession admin;
    std::string error;
    if (!admin.open(o, "warren-bench admin", &error) || !setupQueue(admin, o, &error)) {
        std::fprintf(stderr, "warren-amqp-bench: %s\n", error.c_str());
        return 2;
    }

    RunState state(o);
    std::vector<ProducerResult> producerResults(o.producers);
    std::vector<ConsumerResult> consumerResults(o.consumers);
    std::vector<std::thread> threads;
    for (int i = 0; i < o.consumers; ++i)
        threads.emplace_back(runConsumer, std::ref(state), i, std::ref(consumerResults[i]));
    state.consumersReady.wait();   // subscribed before the first publish
    for (int i = 0; i < o.producers; ++i)
        threads.emplace_back(runProducer, std::ref(state), i, std::ref(producerResults[i]));
    state.producersReady.wait();

    ProcessCpuMeter brokerCpu(o.brokerPids);
    brokerCpu.start();
    const std::uint64_t selfCpu0 = selfCpuMicros();
    const std::uint64_t systemCpu0 = systemBusyMicros();
    state.startNs = nowNs();
    state.startGate.count_down();

    // --backlog: phase 1 ends when every producer is done (last confirm
    // included); then the consumers subscribe (phase 2).
    std::uint64_t publishPhaseCpu = 0;
    long long depthAfterPublish = -1;
    ProcessCpuMeter consumeCpu(o.brokerPids);
    if (o.backlog) {
        state.publishingDone.wait(false);
        publishPhaseCpu = brokerCpu.stop();
        consumeCpu.start();
        if (!state.abort)
            depthAfterPublish = queueDepth(admin, o);
        state.consumeStartNs = nowNs();
        state.consumeGate.count_down();
    }

    state.finished.wait(false);
    const std::uint64_t endNs = nowNs();
    const std::uint64_t brokerCpuMicros = o.backlog ? publishPhaseCpu + consumeCpu.stop() : brokerCpu.stop();
    const std::uint64_t selfCpu1 = selfCpuMicros();
    const std::uint64_t systemCpu1 = systemBusyMicros();
    for (auto &t : threads)
        t.join();

    BenchReport r;
    std::uint64_t publishEnd = state.startNs, consumeEnd = state.startNs;
    for (const auto &p : producerResults) {
        r.published += p.published;
        publishEnd = std::max(publishEnd, p.endNs);
    }
    for (const auto &c : consumerResults) {
        r.consumed += c.consumed;
        r.bytes += c.bytes;
        consumeEnd = std::max(consumeEnd, c.lastNs);
        r.latency.merge(c.latency);
    }
    r.publishSeconds = double(publishEnd - state.startNs) / 1e9;
    r.consumeSeconds = double(consumeEnd - state.startNs) / 1e9;
    if (o.backlog) {
        r.backlog = true;
        r.depthAfterPublish = depthAfterPublish;
        r.consumeSeconds = consumeEnd > state.consumeStartNs ? double(consumeEnd - state.consumeStartNs) / 1e9 : 0;
        r.publishPhaseCpuMicros = publishPhaseCpu;
        r.consumePhaseCpuMicros = brokerCpuMicros - publishPhaseCpu;
    }
    r.wallSeconds = double(endNs - state.startNs) / 1e9;
    r.benchCpuMicros = selfCpu1 - selfCpu0;
    r.systemCpuMicros = systemCpu1 - systemCpu0;
    if (!o.brokerPids.empty()) {
        const std::vector<int> missing = brokerCpu.missingAtStart();
        r.brokerCpuKnown = missing.empty();
        r.brokerCpuMicros = brokerCpuMicros;
        for (int pid : missing)
            r.warnings.push_back("--broker-pid " + std::to_string(pid) +
                                 " could not be read; broker CPU not reported");
    }
    // Other processes competing for the cores make the figures meaningless:
    // say so when they used more than a fifth of a core on average.
    const std::uint64_t ours = r.benchCpuMicros + (r.brokerCpuKnown ? r.brokerCpuMicros : 0);
    r.otherCpuMicros = r.systemCpuMicros > ours ? r.systemCpuMicros - ours : 0;
    if (r.brokerCpuKnown && r.wallSeconds > 0 && double(r.otherCpuMicros) / 1e4 / r.wallSeconds > 20) {
        char msg[128];
        std::snprintf(msg, sizeof msg, "other processes used %.0f %% of a core during the run (noisy machine)",
                      double(r.otherCpuMicros) / 1e4 / r.wallSeconds);
        r.warnings.push_back(msg);
    }
    if (o.backlog && state.errors.empty() && depthAfterPublish != (long long)r.published)
        r.warnings.push_back("queue depth after publishing " + std::to_string(depthAfterPublish) + " != published " +
                             std::to_string(r.published));
    r.errors = state.errors;
    r.warnings.insert(r.warnings.end(), state.warnings.begin(), state.warnings.end());
    if (state.errors.empty())
        checkDelivery(o, producerResults, consumerResults, r);

    if (o.deleteQueue) {
        amqp_queue_delete(admin.conn(), AmqpSession::kChannel, amqp_cstring_bytes(o.queue.c_str()), 0, 0);
        if (!admin.rpcOk("queue.delete", &error))
            r.warnings.push_back(error);
    }
    admin.close();

    if (o.json)
        printJson(o, r);
    else
        printText(o, r);
    std::fflush(stdout);
    if (!r.errors.empty())
        return 2;
    return r.warnings.empty() ? 0 : 1;
}
