#include "bench_options.h"

#include "payload.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <unistd.h>

namespace {

[[noreturn]] void usage(int code)
{
    std::fprintf(code ? stderr : stdout,
        "usage: warren-amqp-bench [options]\n"
        "  --host H            broker host (127.0.0.1)\n"
        "  --port P            AMQP port (5672)\n"
        "  --user U --password P  credentials (guest/guest)\n"
        "  --producers N       producer threads, one connection each (1)\n"
        "  --consumers N       consumer threads, one connection each (1)\n"
        "  --size BYTES        message body size, >= %zu (128)\n"
        "  --count N           messages per producer (1000000)\n"
        "  --seconds S         publish for S seconds (count unlimited unless --count given)\n"
        "  --ack auto|manual   consumer acknowledgement mode (auto)\n"
        "  --prefetch N        basic.qos prefetch for manual ack (100)\n"
        "  --multiple-ack N    ack every Nth delivery with multiple=true (prefetch/2)\n"
        "  --confirm N         publisher confirms, at most N unconfirmed (0 = off)\n"
        "  --persistent        delivery-mode 2\n"
        "  --durable           durable queue\n"
        "  --backlog           two phases: publish all (consumers connected, not subscribed),\n"
        "                      then subscribe and drain; both phases are timed\n"
        "  --rate R            total publish rate in msg/s (0 = as fast as possible)\n"
        "  --queue NAME        queue to use (default bench-<pid>, deleted at the end)\n"
        "  --keep-queue        do not delete the queue at the end\n"
        "  --drain-timeout S   give up S s after the last delivery once producers are done (10)\n"
        "  --broker-pid PID    broker process(es) for CPU accounting; repeatable or a,b,c\n"
        "  --json              print one JSON line of results instead of text\n",
        kPayloadHeader);
    std::exit(code);
}

std::uint64_t toU64(const char *opt, const char *v)
{
    char *end = nullptr;
    errno = 0;
    const unsigned long long x = std::strtoull(v, &end, 10);
    if (errno || !end || *end || v[0] == '-') {
        std::fprintf(stderr, "warren-amqp-bench: %s: bad number '%s'\n", opt, v);
        std::exit(2);
    }
    return x;
}

double toDouble(const char *opt, const char *v)
{
    char *end = nullptr;
    const double x = std::strtod(v, &end);
    if (!end || *end || x < 0) {
        std::fprintf(stderr, "warren-amqp-bench: %s: bad number '%s'\n", opt, v);
        std::exit(2);
    }
    return x;
}

} // namespace

BenchOptions parseOptions(int argc, char **argv)
{
    BenchOptions o;
    bool countGiven = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        if (a == "--help" || a == "-h")
            usage(0);
        const bool flag = a == "--persistent" || a == "--durable" || a == "--json" || a == "--keep-queue" ||
                          a == "--backlog";
        if (flag) {
            if (a == "--persistent") o.persistent = true;
            else if (a == "--durable") o.durable = true;
            else if (a == "--backlog") o.backlog = true;
            else if (a == "--json") o.json = true;
            else o.deleteQueue = false;
            continue;
        }
        if (i + 1 >= argc) {
            std::fprintf(stderr, "warren-amqp-bench: %s needs a value (or is unknown)\n", argv[i]);
            usage(2);
        }
        const char *v = argv[++i];
        if (a == "--host") o.host = v;
        else if (a == "--port") o.port = int(toU64(argv[i - 1], v));
        else if (a == "--user") o.user = v;
        else if (a == "--password") o.password = v;
        else if (a == "--producers") o.producers = int(toU64(argv[i - 1], v));
        else if (a == "--consumers") o.consumers = int(toU64(argv[i - 1], v));
        else if (a == "--size") o.size = std::uint32_t(toU64(argv[i - 1], v));
        else if (a == "--count") { o.count = toU64(argv[i - 1], v); countGiven = true; }
        else if (a == "--seconds") o.seconds = toDouble(argv[i - 1], v);
        else if (a == "--ack") {
            if (std::strcmp(v, "auto") == 0) o.manualAck = false;
            else if (std::strcmp(v, "manual") == 0) o.manualAck = true;
            else usage(2);
        }
        else if (a == "--prefetch") o.prefetch = std::uint16_t(toU64(argv[i - 1], v));
        else if (a == "--multiple-ack") o.multipleAck = std::uint32_t(toU64(argv[i - 1], v));
        else if (a == "--confirm") o.confirmWindow = std::uint32_t(toU64(argv[i - 1], v));
        else if (a == "--rate") o.rate = toDouble(argv[i - 1], v);
        else if (a == "--queue") o.queue = v;
        else if (a == "--drain-timeout") o.drainTimeout = toDouble(argv[i - 1], v);
        else if (a == "--broker-pid") {
            std::string list = v;
            std::size_t pos = 0;
            while (pos <= list.size()) {
                const std::size_t comma = std::min(list.find(',', pos), list.size());
                const std::string item = list.substr(pos, comma - pos);
                if (!item.empty())
                    o.brokerPids.push_back(int(toU64("--broker-pid", item.c_str())));
                pos = comma + 1;
            }
        }
        else {
            std::fprintf(stderr, "warren-amqp-bench: unknown option %s\n", argv[i - 1]);
            usage(2);
        }
    }
    if (o.seconds > 0 && !countGiven)
        o.count = 0;
    if (o.producers < 1 || o.consumers < 1) {
        std::fprintf(stderr, "warren-amqp-bench: need at least one producer and one consumer\n");
        std::exit(2);
    }
    if (o.size < kPayloadHeader) {
        std::fprintf(stderr, "warren-amqp-bench: --size must be >= %zu (timestamp + producer id + sequence)\n",
                     kPayloadHeader);
        std::exit(2);
    }
    if (o.backlog && (o.rate > 0 || o.count == 0)) {
        std::fprintf(stderr, "warren-amqp-bench: --backlog needs a --count and no --rate\n");
        std::exit(2);
    }
    if (o.count == 0 && o.seconds <= 0) {
        std::fprintf(stderr, "warren-amqp-bench: --count 0 needs --seconds\n");
        std::exit(2);
    }
    if (o.manualAck) {
        if (o.prefetch == 0 && o.multipleAck == 0)
            o.multipleAck = 50;
        if (o.multipleAck == 0)
            o.multipleAck = std::max<std::uint32_t>(1, o.prefetch / 2);
        if (o.prefetch != 0 && o.multipleAck > o.prefetch) {
            std::fprintf(stderr, "warren-amqp-bench: --multiple-ack %u > --prefetch %u would stall; using %u\n",
                         o.multipleAck, unsigned(o.prefetch), unsigned(o.prefetch));
            o.multipleAck = o.prefetch;
        }
    }
    if (o.queue.empty())
        o.queue = "bench-" + std::to_string(::getpid());
    return o;
}
