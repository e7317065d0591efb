// warren-kafka-bench: Kafka throughput and end-to-end latency on librdkafka.
//
//   produce  fire COUNT messages as fast as librdkafka takes them (or at --rate)
//            and time until the last delivery report arrived.
//   consume  fill a fresh topic with COUNT messages (reported as the produce
//            phase), then read them back from offset 0 with a fresh consumer.
//            With an existing --topic (and no --mock) the fill is skipped.
//   e2e      producer thread at a fixed rate (default 10,000 msg/s,
//            linger.ms=1) stamping each payload with its send time; a
//            concurrent consumer records receive - send.
//
// Payload layout (native byte order, producer and consumer share the host):
//   [0..8)   run magic (pid ^ start time), checked by the consumer
//   [8..16)  send time, CLOCK_MONOTONIC ns (e2e only; 0 otherwise)
//   [16..24) sequence number (e2e only)
//   [24..)   filler
// Throughput runs send every message from one shared buffer without
// RD_KAFKA_MSG_F_COPY; e2e copies (each payload carries its own timestamp).

#include "kafka_bench.h"
#include "proc_cpu.h"

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cinttypes>
#include <cmath>
#include <csignal>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <dirent.h>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

constexpr std::size_t kMagicOff = 0, kTimeOff = 8, kSeqOff = 16, kHeader = 24;

std::uint64_t nowNs()
{
    timespec ts;
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return std::uint64_t(ts.tv_sec) * 1'000'000'000ull + std::uint64_t(ts.tv_nsec);
}

std::string fmt(const char *f, ...)
{
    char buf[1024];
    va_list ap;
    va_start(ap, f);
    std::vsnprintf(buf, sizeof buf, f, ap);
    va_end(ap);
    return buf;
}

std::atomic<bool> g_stop{false};
bool g_verbose = false; // -X debug=...: print librdkafka's debug log too

[[noreturn]] void usage(int status)
{
    std::fprintf(status ? stderr : stdout,
        "usage: warren-kafka-bench (--bootstrap HOST:PORT | --mock) [options]\n"
        "  --mode produce|consume|e2e   (default produce)\n"
        "  --topic NAME         existing or new topic (default: fresh kbench-<pid>-<n>)\n"
        "  --partitions N       partitions of a topic we create (default 1)\n"
        "  --count N            messages (default 2,000,000; e2e: rate x --seconds)\n"
        "  --seconds S          e2e duration when --count is not given (default 10)\n"
        "  --size BYTES         payload size (default 100; e2e needs >= 24)\n"
        "  --acks 0|1|all       (default 1)\n"
        "  --linger-ms MS       linger.ms (default: librdkafka's 5; e2e: 1)\n"
        "  --batch-size BYTES   batch.size\n"
        "  --batch-num N        batch.num.messages\n"
        "  --compression C      none|gzip|snappy|lz4|zstd (default none)\n"
        "  --rate R             fixed produce rate msg/s (e2e default 10000)\n"
        "  --broker-pid PID[,PID]  broker CPU from /proc/PID/stat\n"
        "                       (with --mock the mock cluster's threads are measured)\n"
        "  --drain-timeout S    give up after S s without progress (default 30)\n"
        "  -X key=value         extra librdkafka property (producer and consumer)\n"
        "  --json               one JSON line instead of text\n");
    std::exit(status);
}

KafkaBenchOptions parseArgs(int argc, char **argv)
{
    KafkaBenchOptions o;
    auto need = [&](int &i) -> const char * {
        if (i + 1 >= argc) {
            std::fprintf(stderr, "missing value for %s\n", argv[i]);
            usage(2);
        }
        return argv[++i];
    };
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--bootstrap") o.bootstrap = need(i);
        else if (a == "--mock") o.mock = true;
        else if (a == "--topic") { o.topic = need(i); o.topicGiven = true; }
        else if (a == "--partitions") o.partitions = std::atoi(need(i));
        else if (a == "--count") { o.count = std::strtoull(need(i), nullptr, 10); o.countGiven = true; }
        else if (a == "--seconds") o.seconds = std::atof(need(i));
        else if (a == "--size") o.size = std::strtoull(need(i), nullptr, 10);
        else if (a == "--acks") o.acks = need(i);
        else if (a == "--linger-ms") o.lingerMs = std::atoi(need(i));
        else if (a == "--batch-size") o.batchSize = std::atoi(need(i));
        else if (a == "--batch-num") o.batchNumMessages = std::atoi(need(i));
        else if (a == "--compression") o.compression = need(i);
        else if (a == "--rate") o.rate = std::atof(need(i));
        else if (a == "--mode") o.mode = need(i);
        else if (a == "--drain-timeout") o.drainTimeout = std::atof(need(i));
        else if (a == "--json") o.json = true;
        else if (a == "--broker-pid") {
            std::string v = need(i);
            for (std::size_t p = 0; p < v.size();) {
                std::size_t c = v.find(',', p);
                if (c == std::string::npos) c = v.size();
                if (c > p) o.brokerPids.push_back(std::atoi(v.substr(p, c - p).c_str()));
                p = c + 1;
            }
        } else if (a == "-X") {
            std::string kv = need(i);
            const auto eq = kv.find('=');
            if (eq == std::string::npos) { std::fprintf(stderr, "-X needs key=value\n"); usage(2); }
            o.extraConf.emplace_back(kv.substr(0, eq), kv.substr(eq + 1));
            if (kv.substr(0, eq) == "debug") g_verbose = true;
        } else if (a == "-h" || a == "--help") usage(0);
        else { std::fprintf(stderr, "unknown option %s\n", a.c_str()); usage(2); }
    }
    if (o.mock == !o.bootstrap.empty()) {
        std::fprintf(stderr, "give exactly one of --bootstrap or --mock\n");
        usage(2);
    }
    if (o.mode != "produce" && o.mode != "consume" && o.mode != "e2e") usage(2);
    if (o.acks == "-1") o.acks = "all";
    if (o.acks != "0" && o.acks != "1" && o.acks != "all") usage(2);
    if (o.partitions < 1) o.partitions = 1;
    if (o.mode == "e2e") {
        if (o.rate <= 0) o.rate = 10'000;
        if (o.lingerMs < 0) o.lingerMs = 1;
        if (!o.countGiven) o.count = std::uint64_t(o.rate * o.seconds);
        if (o.size < kHeader) { std::fprintf(stderr, "e2e needs --size >= %zu\n", kHeader); std::exit(2); }
    }
    if (o.count == 0) { std::fprintf(stderr, "--count must be > 0\n"); std::exit(2); }
    if (o.topic.empty())
        o.topic = fmt("kbench-%d-%ld", int(::getpid()), long(std::time(nullptr)));
    return o;
}

// --- librdkafka helpers ------------------------------------------------------

struct Ctx {
    const KafkaBenchOptions &o;
    KafkaBenchReport &r;
    std::string bootstrap;
    rd_kafka_t *mockOwner = nullptr;
    rd_kafka_mock_cluster_t *mock = nullptr;
    std::uint64_t magic = 0;
};

void setConf(rd_kafka_conf_t *c, const char *k, const std::string &v)
{
    char err[512];
    if (rd_kafka_conf_set(c, k, v.c_str(), err, sizeof err) != RD_KAFKA_CONF_OK) {
        std::fprintf(stderr, "config %s=%s: %s\n", k, v.c_str(), err);
        std::exit(2);
    }
}

void logCb(const rd_kafka_t *, int level, const char *fac, const char *buf)
{
    if (level <= 4 || g_verbose) // warnings and worse only, unless -X debug=
        std::fprintf(stderr, "rdkafka %s: %s\n", fac, buf);
}

rd_kafka_conf_t *baseConf(const Ctx &c)
{
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    setConf(conf, "bootstrap.servers", c.bootstrap);
    setConf(conf, "client.id", "warren-kafka-bench");
    rd_kafka_conf_set_log_cb(conf, logCb);
    for (const auto &[k, v] : c.o.extraConf)
        setConf(conf, k.c_str(), v);
    return conf;
}

rd_kafka_t *newClient(rd_kafka_type_t type, rd_kafka_conf_t *conf)
{
    char err[512];
    rd_kafka_t *rk = rd_kafka_new(type, conf, err, sizeof err);
    if (!rk) {
        std::fprintf(stderr, "rd_kafka_new: %s\n", err);
        std::exit(2);
    }
    return rk;
}

// Number of partitions of a topic per metadata (0 if unknown). Also brings the
// broker connection up, so that connection setup is outside the timed window.
int topicPartitions(rd_kafka_t *rk, const std::string &topic, int timeoutMs)
{
    rd_kafka_topic_t *rkt = rd_kafka_topic_new(rk, topic.c_str(), nullptr);
    int parts = 0;
    const std::uint64_t deadline = nowNs() + std::uint64_t(timeoutMs) * 1'000'000ull;
    while (nowNs() < deadline) {
        const rd_kafka_metadata_t *md = nullptr;
        if (rd_kafka_metadata(rk, 0, rkt, &md, 2000) == RD_KAFKA_RESP_ERR_NO_ERROR) {
            if (md->topic_cnt == 1 && md->topics[0].err == RD_KAFKA_RESP_ERR_NO_ERROR)
                parts = md->topics[0].partition_cnt;
            rd_kafka_metadata_destroy(md);
            if (parts > 0)
                break;
        }
        ::usleep(50'000);
    }
    rd_kafka_topic_destroy(rkt);
    return parts;
}

bool createTopic(Ctx &c)
{
    const auto &o = c.o;
    if (c.mock) {
        const auto err = rd_kafka_mock_topic_create(c.mock, o.topic.c_str(), o.partitions, 1);
        if (err) {
            c.r.errors.push_back(fmt("mock topic create: %s", rd_kafka_err2str(err)));
            return false;
        }
        return true;
    }
    rd_kafka_t *rk = newClient(RD_KAFKA_PRODUCER, baseConf(c));
    char err[512];
    rd_kafka_NewTopic_t *nt = rd_kafka_NewTopic_new(o.topic.c_str(), o.partitions, 1, err, sizeof err);
    if (!nt) {
        c.r.errors.push_back(fmt("NewTopic: %s", err));
        rd_kafka_destroy(rk);
        return false;
    }
    rd_kafka_queue_t *q = rd_kafka_queue_new(rk);
    rd_kafka_AdminOptions_t *opts = rd_kafka_AdminOptions_new(rk, RD_KAFKA_ADMIN_OP_CREATETOPICS);
    rd_kafka_AdminOptions_set_operation_timeout(opts, 10000, err, sizeof err);
    rd_kafka_CreateTopics(rk, &nt, 1, opts, q);
    bool ok = false;
    rd_kafka_event_t *ev = rd_kafka_queue_poll(q, 15000);
    if (!ev) {
        c.r.errors.push_back("CreateTopics: no answer within 15 s");
    } else if (rd_kafka_event_error(ev)) {
        c.r.errors.push_back(fmt("CreateTopics: %s", rd_kafka_event_error_string(ev)));
    } else {
        const rd_kafka_CreateTopics_result_t *res = rd_kafka_event_CreateTopics_result(ev);
        size_t n = 0;
        const rd_kafka_topic_result_t **tr = rd_kafka_CreateTopics_result_topics(res, &n);
        const auto e = n ? rd_kafka_topic_result_error(tr[0]) : RD_KAFKA_RESP_ERR_NO_ERROR;
        if (e == RD_KAFKA_RESP_ERR_NO_ERROR || (e == RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS && o.topicGiven))
            ok = true;
        else
            c.r.errors.push_back(fmt("CreateTopics %s: %s", o.topic.c_str(),
                                     rd_kafka_topic_result_error_string(tr[0]) ? rd_kafka_topic_result_error_string(tr[0])
                                                                               : rd_kafka_err2str(e)));
    }
    if (ev) rd_kafka_event_destroy(ev);
    rd_kafka_AdminOptions_destroy(opts);
    rd_kafka_NewTopic_destroy(nt);
    rd_kafka_queue_destroy(q);
    rd_kafka_destroy(rk);
    return ok;
}

// CPU (utime+stime, µs) of one thread of this process; -1 if gone.
std::int64_t threadCpuMicros(int tid)
{
    static const long hz = ::sysconf(_SC_CLK_TCK);
    char path[64], buf[1024];
    std::snprintf(path, sizeof path, "/proc/self/task/%d/stat", tid);
    FILE *f = std::fopen(path, "re");
    if (!f) return -1;
    const size_t n = std::fread(buf, 1, sizeof buf - 1, f);
    std::fclose(f);
    buf[n] = '\0';
    const char *p = std::strrchr(buf, ')');
    if (!p) return -1;
    unsigned long long utime = 0, stime = 0;
    // after ')': state(3) ... utime(14) stime(15)
    if (std::sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %llu %llu", &utime, &stime) != 2)
        return -1;
    return std::int64_t((utime + stime) * 1'000'000ull / std::uint64_t(hz));
}

// Threads of this process whose name mentions "mock" (librdkafka's mock
// cluster thread): the in-process reference broker's CPU.
std::vector<int> mockThreads()
{
    std::vector<int> tids;
    DIR *d = ::opendir("/proc/self/task");
    if (!d) return tids;
    while (dirent *e = ::readdir(d)) {
        if (e->d_name[0] == '.') continue;
        char path[300], name[64] = {0};
        std::snprintf(path, sizeof path, "/proc/self/task/%s/comm", e->d_name);
        if (FILE *f = std::fopen(path, "re")) {
            if (std::fgets(name, sizeof name, f) && std::strstr(name, "mock"))
                tids.push_back(std::atoi(e->d_name));
            std::fclose(f);
        }
    }
    ::closedir(d);
    return tids;
}

// CPU window: broker pids (or, with --mock, the mock cluster's threads inside
// this process), this process, the whole machine.
struct CpuWindow {
    ProcessCpuMeter broker;
    std::vector<int> tids; // mock threads (their CPU is also in selfCpuMicros)
    std::vector<std::int64_t> tids0;
    bool known;
    std::uint64_t self0 = 0, sys0 = 0;
    CpuWindow(const std::vector<int> &pids, bool mock)
        : broker(mock ? std::vector<int>{} : pids), tids(mock ? mockThreads() : std::vector<int>{}),
          known(mock ? !tids.empty() : !pids.empty())
    {
    }
    std::uint64_t threadsCpu(std::vector<std::int64_t> *snap)
    {
        std::uint64_t sum = 0;
        for (std::size_t i = 0; i < tids.size(); ++i) {
            const std::int64_t v = threadCpuMicros(tids[i]);
            if (snap) snap->push_back(v);
            else if (v >= 0 && tids0[i] >= 0) sum += std::uint64_t(v - tids0[i]);
        }
        return sum;
    }
    void start()
    {
        broker.start();
        tids0.clear();
        threadsCpu(&tids0);
        self0 = selfCpuMicros();
        sys0 = systemBusyMicros();
    }
    void stop(PhaseResult &p)
    {
        const std::uint64_t mockCpu = threadsCpu(nullptr);
        p.cpuMeasured = true;
        p.brokerCpuKnown = known;
        p.brokerCpuMicros = !known ? 0 : tids.empty() ? broker.stop() : mockCpu;
        const std::uint64_t self = selfCpuMicros() - self0;
        p.benchCpuMicros = self > mockCpu ? self - mockCpu : 0;
        const std::uint64_t sys = systemBusyMicros() - sys0;
        const std::uint64_t mine = self + (tids.empty() && known ? p.brokerCpuMicros : 0);
        p.otherCpuMicros = sys > mine ? sys - mine : 0;
    }
};

// --- produce -----------------------------------------------------------------

struct Producer {
    Ctx &c;
    rd_kafka_t *rk = nullptr;
    rd_kafka_topic_t *rkt = nullptr;
    rd_kafka_queue_t *mainq = nullptr;
    std::uint64_t delivered = 0, failed = 0, deliveredBytes = 0;
    std::uint64_t lastDrNs = 0;
    int errorsLogged = 0;
    std::string firstError;

    Producer(Ctx &ctx, bool e2e) : c(ctx)
    {
        const auto &o = c.o;
        rd_kafka_conf_t *conf = baseConf(c);
        setConf(conf, "acks", o.acks == "all" ? "-1" : o.acks);
        setConf(conf, "compression.codec", o.compression);
        setConf(conf, "queue.buffering.max.messages", "1000000");
        setConf(conf, "queue.buffering.max.kbytes", "1048576");
        if (o.lingerMs >= 0) setConf(conf, "linger.ms", std::to_string(o.lingerMs));
        if (o.batchSize > 0) setConf(conf, "batch.size", std::to_string(o.batchSize));
        if (o.batchNumMessages > 0) setConf(conf, "batch.num.messages", std::to_string(o.batchNumMessages));
        (void)e2e;
        // Delivery reports come as events, many messages per event.
        rd_kafka_conf_set_events(conf, RD_KAFKA_EVENT_DR | RD_KAFKA_EVENT_ERROR);
        rk = newClient(RD_KAFKA_PRODUCER, conf);
        mainq = rd_kafka_queue_get_main(rk);
        rkt = rd_kafka_topic_new(rk, o.topic.c_str(), nullptr);
    }
    ~Producer()
    {
        rd_kafka_topic_destroy(rkt);
        rd_kafka_queue_destroy(mainq);
        rd_kafka_destroy(rk);
    }

    // Serve delivery reports; returns the number of events handled.
    int serve(int timeoutMs)
    {
        int events = 0;
        rd_kafka_message_t *msgs[1024];
        while (rd_kafka_event_t *ev = rd_kafka_queue_poll(mainq, events ? 0 : timeoutMs)) {
            ++events;
            switch (rd_kafka_event_type(ev)) {
            case RD_KAFKA_EVENT_DR: {
                size_t n;
                while ((n = rd_kafka_event_message_array(ev, (const rd_kafka_message_t **)msgs, 1024)) > 0) {
                    for (size_t i = 0; i < n; ++i) {
                        if (msgs[i]->err) {
                            ++failed;
                            if (firstError.empty())
                                firstError = rd_kafka_err2str(msgs[i]->err);
                        } else {
                            ++delivered;
                            deliveredBytes += msgs[i]->len;
                        }
                    }
                }
                lastDrNs = nowNs();
                break;
            }
            case RD_KAFKA_EVENT_ERROR:
                if (errorsLogged++ < 10)
                    std::fprintf(stderr, "producer error: %s\n", rd_kafka_event_error_string(ev));
                break;
            default:
                break;
            }
            rd_kafka_event_destroy(ev);
        }
        return events;
    }

    // Produce one message, waiting for room in the queue if needed.
    bool send(int32_t partition, void *payload, std::size_t len, int flags)
    {
        for (;;) {
            if (rd_kafka_produce(rkt, partition, flags, payload, len, nullptr, 0, nullptr) == 0)
                return true;
            const auto err = rd_kafka_last_error();
            if (err != RD_KAFKA_RESP_ERR__QUEUE_FULL) {
                c.r.errors.push_back(fmt("produce: %s", rd_kafka_err2str(err)));
                return false;
            }
            serve(1);
        }
    }

    // Wait until every produced message has a delivery report.
    bool drain(std::uint64_t produced)
    {
        std::uint64_t last = delivered + failed;
        std::uint64_t progressNs = nowNs();
        while (delivered + failed < produced && !g_stop) {
            serve(50);
            if (delivered + failed != last) {
                last = delivered + failed;
                progressNs = nowNs();
            } else if (double(nowNs() - progressNs) / 1e9 > c.o.drainTimeout) {
                c.r.errors.push_back(fmt("no delivery report for %.0f s; %" PRIu64 " of %" PRIu64 " outstanding",
                                         c.o.drainTimeout, produced - delivered - failed, produced));
                return false;
            }
        }
        return true;
    }
};

int32_t partitionFor(const KafkaBenchOptions &o)
{
    // One partition: address it directly. Several: let librdkafka's sticky
    // partitioner spread keyless messages.
    return o.partitions == 1 ? 0 : RD_KAFKA_PARTITION_UA;
}

void sleepUntil(std::uint64_t tNs)
{
    timespec ts{time_t(tNs / 1'000'000'000ull), long(tNs % 1'000'000'000ull)};
    while (::clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, nullptr) == EINTR) {}
}

void runProduce(Ctx &c)
{
    const auto &o = c.o;
    auto &r = c.r;
    Producer p(c, false);
    if (topicPartitions(p.rk, o.topic, 10000) <= 0) {
        r.errors.push_back("topic " + o.topic + " not in metadata");
        return;
    }
    std::vector<unsigned char> payload(std::max<std::size_t>(o.size, 1), 'x');
    if (o.size >= 8) std::memcpy(payload.data() + kMagicOff, &c.magic, 8);
    if (o.size >= kHeader) std::memset(payload.data() + kTimeOff, 0, 16);
    const int32_t part = partitionFor(o);

    CpuWindow cpu(c.o.brokerPids, c.mock != nullptr);
    cpu.start();
    const std::uint64_t t0 = nowNs();
    const double nsPerMsg = o.rate > 0 ? 1e9 / o.rate : 0;
    std::uint64_t produced = 0;
    for (std::uint64_t i = 0; i < o.count && !g_stop; ++i) {
        if (nsPerMsg > 0) {
            const std::uint64_t due = t0 + std::uint64_t(double(i) * nsPerMsg);
            if (nowNs() < due) {
                p.serve(0);
                sleepUntil(due);
            }
        }
        // No RD_KAFKA_MSG_F_COPY: every message points at the same buffer,
        // which outlives the producer.
        if (!p.send(part, payload.data(), o.size, 0))
            break;
        ++produced;
        if ((produced & 1023) == 0)
            p.serve(0);
    }
    p.drain(produced);
    const std::uint64_t t1 = p.lastDrNs ? p.lastDrNs : nowNs();
    PhaseResult &ph = r.produce;
    ph.ran = true;
    cpu.stop(ph);
    ph.messages = p.delivered;
    ph.failed = p.failed;
    ph.bytes = p.deliveredBytes;
    ph.seconds = double(t1 - t0) / 1e9;
    r.produced += produced;
    if (produced != o.count)
        r.warnings.push_back(fmt("produced %" PRIu64 " of %" PRIu64 " messages", produced, o.count));
    if (p.delivered != produced)
        r.warnings.push_back(fmt("delivered %" PRIu64 " != produced %" PRIu64 " (%" PRIu64 " failed%s%s)",
                                 p.delivered, produced, p.failed,
                                 p.firstError.empty() ? "" : ", first error: ", p.firstError.c_str()));
}

// --- consume -----------------------------------------------------------------

struct Consumer {
    Ctx &c;
    rd_kafka_t *rk = nullptr;
    rd_kafka_queue_t *q = nullptr;
    int partitions = 0;
    std::uint64_t consumed = 0, bytes = 0, badMagic = 0, gaps = 0, backwards = 0, errors = 0;
    std::uint64_t lastMsgNs = 0;
    std::vector<int64_t> nextOffset; // per partition, -1 = none seen yet
    LatencyHistogram *hist = nullptr;
    std::uint64_t warmupSeq = 0;      // e2e: sequence numbers below this are not recorded
    std::uint64_t e2eTimed = 0;       // e2e: messages recorded in the histogram
    bool checkMagic = true;
    bool rewind = false;
    std::uint64_t rounds = 1;
    std::vector<int64_t> lo, hi;
    std::string topicName;

    explicit Consumer(Ctx &ctx) : c(ctx)
    {
        rd_kafka_conf_t *conf = baseConf(c);
        setConf(conf, "group.id", fmt("kbench-%d", int(::getpid())));
        setConf(conf, "enable.auto.commit", "false");
        setConf(conf, "enable.auto.offset.store", "false");
        setConf(conf, "auto.offset.reset", "earliest");
        setConf(conf, "enable.partition.eof", "false");
        setConf(conf, "queued.max.messages.kbytes", "1048576");
        setConf(conf, "queued.min.messages", "1000000");
        if (c.mock && c.o.mode == "consume")
            // The mock keeps ~5 MB per partition, so the consume phase reads
            // that window repeatedly; each rewind would otherwise wait out the
            // 500 ms long poll outstanding at the end of the log.
            setConf(conf, "fetch.wait.max.ms", "5");
        rk = newClient(RD_KAFKA_CONSUMER, conf);
        rd_kafka_poll_set_consumer(rk);
        q = rd_kafka_queue_get_consumer(rk);
    }
    ~Consumer()
    {
        rd_kafka_queue_destroy(q);
        rd_kafka_consumer_close(rk);
        rd_kafka_destroy(rk);
    }

    bool prepare(const std::string &topic)
    {
        partitions = topicPartitions(rk, topic, 10000);
        if (partitions <= 0) {
            c.r.errors.push_back("topic " + topic + " not in metadata");
            return false;
        }
        nextOffset.assign(std::size_t(partitions), -1);
        return true;
    }

    // Messages between the low and high watermarks of every partition.
    std::uint64_t available(const std::string &topic)
    {
        std::uint64_t total = 0;
        lo.assign(std::size_t(partitions), 0);
        hi.assign(std::size_t(partitions), 0);
        for (int p = 0; p < partitions; ++p) {
            if (rd_kafka_query_watermark_offsets(rk, topic.c_str(), p, &lo[p], &hi[p], 10000) == RD_KAFKA_RESP_ERR_NO_ERROR)
                total += std::uint64_t(hi[p] - lo[p]);
        }
        return total;
    }

    // From the log start (or, when rewinding, from the low watermarks).
    void assign(const std::string &topic, bool atLow = false)
    {
        topicName = topic;
        rd_kafka_topic_partition_list_t *l = rd_kafka_topic_partition_list_new(partitions);
        for (int p = 0; p < partitions; ++p)
            rd_kafka_topic_partition_list_add(l, topic.c_str(), p)->offset = atLow ? lo[p] : RD_KAFKA_OFFSET_BEGINNING;
        if (const auto err = rd_kafka_assign(rk, l))
            c.r.errors.push_back(fmt("assign: %s", rd_kafka_err2str(err)));
        rd_kafka_topic_partition_list_destroy(l);
    }

    // Rewind mode: read [lo, hi) of every partition again and again (for a
    // broker that keeps less than was produced, like the mock cluster).
    void maybeRewind(std::uint64_t target)
    {
        if (!rewind || consumed >= target) return;
        for (int p = 0; p < partitions; ++p)
            if (nextOffset[std::size_t(p)] < hi[std::size_t(p)]) return;
        ++rounds;
        nextOffset.assign(std::size_t(partitions), -1);
        assign(topicName, true);
    }

    // Consume until `target` messages arrived, `stop()` says so with nothing
    // more coming, or drainTimeout passes without a message.
    void run(std::uint64_t target, const std::atomic<bool> *producerDone = nullptr)
    {
        constexpr int kBatch = 4096;
        static rd_kafka_message_t *msgs[kBatch];
        std::uint64_t progressNs = nowNs();
        while (consumed < target && !g_stop) {
            // librdkafka 2.x's consume_batch_queue() waits its whole timeout
            // for a full batch, so take what is queued without waiting and
            // block (at most 100 ms) on a single message only when idle.
            ssize_t n = rd_kafka_consume_batch_queue(q, 0, msgs, kBatch);
            if (n == 0) {
                if (rd_kafka_message_t *m = rd_kafka_consumer_poll(rk, 100)) {
                    msgs[0] = m;
                    n = 1;
                }
            }
            const std::uint64_t now = nowNs();
            if (n <= 0) {
                const bool pDone = !producerDone || producerDone->load(std::memory_order_acquire);
                if (pDone && double(now - progressNs) / 1e9 > c.o.drainTimeout) {
                    c.r.errors.push_back(fmt("no message for %.0f s; consumed %" PRIu64 " of %" PRIu64,
                                             c.o.drainTimeout, consumed, target));
                    return;
                }
                continue;
            }
            progressNs = now;
            for (ssize_t i = 0; i < n; ++i) {
                rd_kafka_message_t *m = msgs[i];
                if (m->err) {
                    if (m->err != RD_KAFKA_RESP_ERR__PARTITION_EOF && errors++ < 10)
                        std::fprintf(stderr, "consume error: %s\n", rd_kafka_message_errstr(m));
                    rd_kafka_message_destroy(m);
                    continue;
                }
                ++consumed;
                bytes += m->len;
                const auto *pl = static_cast<const unsigned char *>(m->payload);
                if (checkMagic && m->len >= 8 && std::memcmp(pl + kMagicOff, &c.magic, 8) != 0)
                    ++badMagic;
                if (m->partition >= 0 && m->partition < partitions) {
                    int64_t &next = nextOffset[std::size_t(m->partition)];
                    if (next >= 0 && m->offset != next) {
                        if (m->offset > next) ++gaps;
                        else ++backwards;
                    }
                    next = m->offset + 1;
                }
                if (hist && m->len >= kHeader) {
                    std::uint64_t sent, seq;
                    std::memcpy(&sent, pl + kTimeOff, 8);
                    std::memcpy(&seq, pl + kSeqOff, 8);
                    if (seq >= warmupSeq) {
                        hist->record(now > sent ? now - sent : 0);
                        ++e2eTimed;
                    }
                }
                rd_kafka_message_destroy(m);
            }
            lastMsgNs = now;
            maybeRewind(target);
        }
    }

    void check(std::uint64_t expected)
    {
        auto &r = c.r;
        if (rewind ? consumed < expected : consumed != expected)
            r.warnings.push_back(fmt("consumed %" PRIu64 " != produced %" PRIu64, consumed, expected));
        if (badMagic)
            r.warnings.push_back(fmt("%" PRIu64 " messages not written by this run", badMagic));
        if (gaps)
            r.warnings.push_back(fmt("%" PRIu64 " offset gaps", gaps));
        if (backwards)
            r.warnings.push_back(fmt("%" PRIu64 " duplicate or out-of-order offsets", backwards));
        if (errors)
            r.warnings.push_back(fmt("%" PRIu64 " consumer errors", errors));
    }
};

void runConsume(Ctx &c)
{
    const auto &o = c.o;
    auto &r = c.r;
    const bool fill = !(o.topicGiven && !c.mock);
    if (fill) {
        runProduce(c);
        if (!r.errors.empty()) return;
    }
    Consumer cons(c);
    cons.checkMagic = fill; // an existing topic was written by someone else
    if (!cons.prepare(o.topic)) return;
    std::uint64_t target;
    if (fill) {
        target = r.produce.messages;
        const std::uint64_t avail = cons.available(o.topic);
        if (avail < target) {
            if (!c.mock)
                r.warnings.push_back(fmt("topic holds only %" PRIu64 " of %" PRIu64 " messages produced", avail, target));
            cons.rewind = avail > 0;
        }
    } else {
        const std::uint64_t avail = cons.available(o.topic);
        target = o.countGiven ? std::min(o.count, avail) : avail;
        if (o.countGiven && avail < o.count)
            r.warnings.push_back(fmt("topic holds only %" PRIu64 " messages", avail));
    }
    CpuWindow cpu(c.o.brokerPids, c.mock != nullptr);
    cpu.start();
    const std::uint64_t t0 = nowNs();
    cons.assign(o.topic);
    cons.run(target);
    PhaseResult &ph = r.consume;
    ph.ran = true;
    cpu.stop(ph);
    ph.messages = cons.consumed;
    ph.bytes = cons.bytes;
    ph.seconds = double((cons.lastMsgNs ? cons.lastMsgNs : nowNs()) - t0) / 1e9;
    cons.check(target);
    if (cons.rewind)
        r.notes.push_back(fmt("the broker keeps only %" PRIu64 " of the %" PRIu64
                              " messages (mock cluster: ~5 MB per partition): read that window %" PRIu64 " times, fetch.wait.max.ms=5",
                              cons.available(o.topic), target, cons.rounds));
}

// --- e2e ---------------------------------------------------------------------

void runE2e(Ctx &c)
{
    const auto &o = c.o;
    auto &r = c.r;
    Consumer cons(c);
    if (!cons.prepare(o.topic)) return;
    Producer p(c, true);
    if (topicPartitions(p.rk, o.topic, 10000) <= 0) {
        r.errors.push_back("topic " + o.topic + " not in metadata");
        return;
    }
    // Warm-up: half a second's worth of messages (100..5000) brings both
    // connections and the fetch loop up; they are not in the histogram.
    const std::uint64_t warmup = std::clamp<std::uint64_t>(std::uint64_t(o.rate / 2), 100, 5000);
    const std::uint64_t total = warmup + o.count;
    r.warmup = warmup;
    r.latencyKnown = true;
    cons.hist = &r.latency;
    cons.warmupSeq = warmup;
    cons.assign(o.topic);

    CpuWindow cpu(c.o.brokerPids, c.mock != nullptr);
    std::atomic<bool> producerDone{false};
    std::atomic<std::uint64_t> timedStartNs{0};
    std::uint64_t produced = 0, producedEndNs = 0;
    const int32_t part = partitionFor(o);
    std::thread prod([&] {
        std::vector<unsigned char> buf(o.size, 'x');
        std::memcpy(buf.data() + kMagicOff, &c.magic, 8);
        const double nsPerMsg = 1e9 / o.rate;
        const std::uint64_t t0 = nowNs();
        for (std::uint64_t i = 0; i < total && !g_stop; ++i) {
            const std::uint64_t due = t0 + std::uint64_t(double(i) * nsPerMsg);
            if (nowNs() < due) {
                p.serve(0);
                sleepUntil(due);
            }
            if (i == warmup) {
                cpu.start();
                timedStartNs.store(nowNs(), std::memory_order_release);
            }
            const std::uint64_t now = nowNs();
            std::memcpy(buf.data() + kTimeOff, &now, 8);
            std::memcpy(buf.data() + kSeqOff, &i, 8);
            if (!p.send(part, buf.data(), o.size, RD_KAFKA_MSG_F_COPY))
                break;
            ++produced;
        }
        p.drain(produced);
        producedEndNs = p.lastDrNs ? p.lastDrNs : nowNs();
        producerDone.store(true, std::memory_order_release);
    });
    cons.run(total, &producerDone);
    if (cons.consumed < total && !g_stop) {
        // Consumer gave up: let the producer finish before reporting.
    }
    prod.join();
    const std::uint64_t ts = timedStartNs.load();
    PhaseResult &cph = r.consume;
    cph.ran = true;
    if (ts) cpu.stop(cph);
    cph.messages = cons.e2eTimed;
    cph.bytes = cons.e2eTimed * o.size;
    cph.seconds = ts && cons.lastMsgNs > ts ? double(cons.lastMsgNs - ts) / 1e9 : 0;
    PhaseResult &pph = r.produce;
    pph.ran = true;
    pph.messages = p.delivered > warmup ? p.delivered - warmup : 0;
    pph.failed = p.failed;
    pph.bytes = pph.messages * o.size;
    pph.seconds = ts && producedEndNs > ts ? double(producedEndNs - ts) / 1e9 : 0;
    r.produced = produced;
    if (p.delivered != produced)
        r.warnings.push_back(fmt("delivered %" PRIu64 " != produced %" PRIu64 " (%" PRIu64 " failed%s%s)",
                                 p.delivered, produced, p.failed,
                                 p.firstError.empty() ? "" : ", first error: ", p.firstError.c_str()));
    cons.check(produced);
}

// --- report ------------------------------------------------------------------

std::string brokerName(const Ctx &c) { return c.mock ? std::string("mock") : c.o.bootstrap; }

void printPhaseText(const char *name, const PhaseResult &p)
{
    if (!p.ran) return;
    std::printf("%-8s %10" PRIu64 " msgs in %7.3f s: %11.0f msg/s  %8.1f MB/s", name, p.messages, p.seconds,
                p.msgPerSec(), p.mbPerSec());
    if (p.failed) std::printf("  (%" PRIu64 " failed)", p.failed);
    std::printf("\n");
    const double wall = p.seconds > 0 ? p.seconds : 1;
    if (!p.cpuMeasured) {
        std::printf("         (CPU is measured over the receive side)\n");
        return;
    }
    if (p.brokerCpuKnown)
        std::printf("         broker CPU %.3f µs/msg (%.0f %% of a core)", p.messages ? double(p.brokerCpuMicros) / double(p.messages) : 0,
                    double(p.brokerCpuMicros) / 1e6 / wall * 100);
    else
        std::printf("         broker CPU n/a");
    std::printf(", bench CPU %.3f µs/msg (%.0f %%), other load %.0f %% of a core\n",
                p.messages ? double(p.benchCpuMicros) / double(p.messages) : 0,
                double(p.benchCpuMicros) / 1e6 / wall * 100, double(p.otherCpuMicros) / 1e6 / wall * 100);
}

void printText(const Ctx &c)
{
    const auto &o = c.o;
    const auto &r = c.r;
    std::printf("warren-kafka-bench mode=%s broker=%s topic=%s partitions=%d size=%zu count=%" PRIu64
                " acks=%s linger.ms=%s compression=%s rate=%s\n",
                o.mode.c_str(), brokerName(c).c_str(), o.topic.c_str(), o.partitions, o.size, o.count, o.acks.c_str(),
                o.lingerMs >= 0 ? std::to_string(o.lingerMs).c_str() : "default", o.compression.c_str(),
                o.rate > 0 ? fmt("%.0f", o.rate).c_str() : "max");
    printPhaseText("produce", r.produce);
    printPhaseText(o.mode == "e2e" ? "e2e-recv" : "consume", r.consume);
    if (r.latencyKnown) {
        const auto &h = r.latency;
        std::printf("latency  p50 %.3f ms  p99 %.3f ms  p99.9 %.3f ms  max %.3f ms  (%" PRIu64
                    " samples, %" PRIu64 " warm-up messages excluded)\n",
                    double(h.quantile(0.5)) / 1e6, double(h.quantile(0.99)) / 1e6, double(h.quantile(0.999)) / 1e6,
                    double(h.max()) / 1e6, h.total(), r.warmup);
    }
    for (const auto &n : r.notes) std::printf("NOTE: %s\n", n.c_str());
    for (const auto &w : r.warnings) std::printf("WARNING: %s\n", w.c_str());
    for (const auto &e : r.errors) std::printf("ERROR: %s\n", e.c_str());
}

std::string jsonEscape(const std::string &s)
{
    std::string out;
    for (char ch : s) {
        if (ch == '"' || ch == '\\') { out += '\\'; out += ch; }
        else if (static_cast<unsigned char>(ch) < 0x20) out += fmt("\\u%04x", ch);
        else out += ch;
    }
    return out;
}

std::string phaseJson(const char *name, const PhaseResult &p)
{
    if (!p.ran) return fmt("\"%s\":null", name);
    std::string s = fmt("\"%s\":{\"messages\":%" PRIu64 ",\"failed\":%" PRIu64 ",\"bytes\":%" PRIu64
                        ",\"seconds\":%.6f,\"msg_per_s\":%.1f,\"mb_per_s\":%.3f",
                        name, p.messages, p.failed, p.bytes, p.seconds, p.msgPerSec(), p.mbPerSec());
    if (!p.cpuMeasured)
        return s + ",\"broker_cpu_us\":null,\"broker_cpu_us_per_msg\":null,\"bench_cpu_us\":null,\"other_cpu_us\":null}";
    if (p.brokerCpuKnown)
        s += fmt(",\"broker_cpu_us\":%" PRIu64 ",\"broker_cpu_us_per_msg\":%.4f", p.brokerCpuMicros,
                 p.messages ? double(p.brokerCpuMicros) / double(p.messages) : 0.0);
    else
        s += ",\"broker_cpu_us\":null,\"broker_cpu_us_per_msg\":null";
    s += fmt(",\"bench_cpu_us\":%" PRIu64 ",\"other_cpu_us\":%" PRIu64 "}", p.benchCpuMicros, p.otherCpuMicros);
    return s;
}

void printJson(const Ctx &c)
{
    const auto &o = c.o;
    const auto &r = c.r;
    std::string s = fmt("{\"mode\":\"%s\",\"broker\":\"%s\",\"topic\":\"%s\",\"partitions\":%d,\"size\":%zu,"
                        "\"count\":%" PRIu64 ",\"acks\":\"%s\",\"linger_ms\":%d,\"compression\":\"%s\",\"rate\":%.0f,"
                        "\"produced\":%" PRIu64 ",",
                        o.mode.c_str(), jsonEscape(brokerName(c)).c_str(), jsonEscape(o.topic).c_str(), o.partitions,
                        o.size, o.count, o.acks.c_str(), o.lingerMs, o.compression.c_str(), o.rate, r.produced);
    s += phaseJson("produce", r.produce) + "," + phaseJson("consume", r.consume) + ",";
    if (r.latencyKnown) {
        const auto &h = r.latency;
        s += fmt("\"latency_us\":{\"samples\":%" PRIu64 ",\"p50\":%.1f,\"p99\":%.1f,\"p999\":%.1f,\"max\":%.1f},",
                 h.total(), double(h.quantile(0.5)) / 1e3, double(h.quantile(0.99)) / 1e3,
                 double(h.quantile(0.999)) / 1e3, double(h.max()) / 1e3);
    } else {
        s += "\"latency_us\":null,";
    }
    auto list = [](const std::vector<std::string> &v) {
        std::string out = "[";
        for (std::size_t i = 0; i < v.size(); ++i) out += (i ? ",\"" : "\"") + jsonEscape(v[i]) + "\"";
        return out + "]";
    };
    s += "\"notes\":" + list(r.notes) + ",\"warnings\":" + list(r.warnings) + ",\"errors\":" + list(r.errors) + "}";
    std::printf("%s\n", s.c_str());
}

} // namespace

int main(int argc, char **argv)
{
    const KafkaBenchOptions o = parseArgs(argc, argv);
    KafkaBenchReport r;
    Ctx c{o, r, {}, nullptr, nullptr, 0};
    c.magic = (std::uint64_t(::getpid()) << 40) ^ nowNs() ^ 0x57415252454e0000ull; // "WARREN"
    std::signal(SIGINT, [](int) { g_stop = true; });
    std::signal(SIGTERM, [](int) { g_stop = true; });

    if (o.mock) {
        rd_kafka_conf_t *conf = rd_kafka_conf_new();
        rd_kafka_conf_set_log_cb(conf, logCb);
        c.mockOwner = newClient(RD_KAFKA_PRODUCER, conf);
        c.mock = rd_kafka_mock_cluster_new(c.mockOwner, 1);
        if (!c.mock) {
            std::fprintf(stderr, "rd_kafka_mock_cluster_new failed\n");
            return 2;
        }
        c.bootstrap = rd_kafka_mock_cluster_bootstraps(c.mock);
    } else {
        c.bootstrap = o.bootstrap;
    }
    r.bootstrap = c.bootstrap;
    r.topic = o.topic;

    const bool existingOnly = o.mode == "consume" && o.topicGiven && !c.mock;
    if (existingOnly || createTopic(c)) {
        if (o.mode == "produce") runProduce(c);
        else if (o.mode == "consume") runConsume(c);
        else runE2e(c);
    }
    if (g_stop) r.errors.push_back("interrupted");

    if (o.json) printJson(c);
    else printText(c);
    std::fflush(stdout);

    if (c.mock) rd_kafka_mock_cluster_destroy(c.mock);
    if (c.mockOwner) rd_kafka_destroy(c.mockOwner);
    rd_kafka_wait_destroyed(5000);
    return !r.errors.empty() ? 2 : !r.warnings.empty() ? 1 : 0;
}
