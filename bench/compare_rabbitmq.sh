#!/usr/bin/env bash
# Compare Warren with RabbitMQ using warren-amqp-bench.
#
# Starts a private RabbitMQ node (own temp dirs, own epmd port, loopback only)
# and a Warren instance, runs each scenario alternating between the two
# brokers, R repetitions each, and prints the medians. Builds nothing.
#
#   bench/compare_rabbitmq.sh [--bench PATH] [--warren PATH] [--only warren|rabbitmq]
#                             [--quick] [--reps R] [--results FILE] [--keep]
#                             [--wait-quiet SECONDS] [--scenarios LIST]
#                             [--backlog-count N] [--durability always|interval|never]
#   bench/compare_rabbitmq.sh --table RESULTS.jsonl   # re-print a saved run's table
#
# LIST: comma-separated scenario numbers or names (1 transient, 2 manual,
# 3 latency, 4 persistent, 5 backlog); default all. See bench/README.md.
set -euo pipefail

usage() {
    sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'
    exit "${1:-0}"
}

SCRIPT_DIR=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$SCRIPT_DIR/.." && pwd)
BENCH=""
WARREN=""
ONLY=""
QUICK=0
REPS=""
RESULTS_OUT=""
KEEP=0
WAIT_QUIET=0
TABLE_ONLY=""
SCENARIO_LIST=""
BACKLOG_COUNT=""
DURABILITY=""
PY=/usr/bin/python3

while [[ $# -gt 0 ]]; do
    case "$1" in
        --bench) BENCH=$2; shift 2 ;;
        --warren) WARREN=$2; shift 2 ;;
        --only) ONLY=$2; shift 2 ;;
        --quick) QUICK=1; shift ;;
        --reps) REPS=$2; shift 2 ;;
        --results) RESULTS_OUT=$2; shift 2 ;;
        --keep) KEEP=1; shift ;;
        --wait-quiet) WAIT_QUIET=$2; shift 2 ;;
        --table) TABLE_ONLY=$2; shift 2 ;;
        --scenarios) SCENARIO_LIST=$2; shift 2 ;;
        --backlog-count) BACKLOG_COUNT=$2; shift 2 ;;
        --durability) DURABILITY=$2; shift 2 ;;
        -h|--help) usage 0 ;;
        *) echo "unknown argument: $1" >&2; usage 2 ;;
    esac
done
case "$ONLY" in ""|warren|rabbitmq) ;; *) echo "--only takes warren or rabbitmq" >&2; exit 2 ;; esac
case "$DURABILITY" in ""|always|interval|never) ;; *) echo "--durability takes always, interval or never" >&2; exit 2 ;; esac

print_table() { # results.jsonl -> median table
    "$PY" - "$1" <<'EOF'
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
titles = {
    "s1": "1 1p1c 128B transient auto-ack",
    "s2": "2 1p1c 128B manual ack pf100",
    "s3": "3 latency @5k msg/s manual pf100",
    "s4": "4 persistent 1KiB conf<=100 pf100",
}
present = {r["scenario"] for r in rows}

def med(broker, sc, key):
    v = [r[key] for r in rows if r["broker"] == broker and r["scenario"] == sc
         and not r["failed"] and r.get(key) is not None]
    return statistics.median(v) if v else None

def fmt(x, spec):
    return "-" if x is None else format(x, spec)

def ratio(a, b):
    return "-" if a is None or b is None or b == 0 else "%.2f" % (a / b)

def lat(broker, sc):
    p50, p99 = med(broker, sc, "lat_p50_us"), med(broker, sc, "lat_p99_us")
    return "-" if p50 is None else "%.0f/%.0f" % (p50, p99)

hdr = ("scenario", "Warren msg/s", "RabbitMQ msg/s", "ratio", "Warren us CPU/msg",
       "RabbitMQ us CPU/msg", "ratio", "Warren p50/p99 us", "RabbitMQ p50/p99 us")
table = []
for sc, title in titles.items():
    if sc not in present:
        continue
    wm, rm = med("warren", sc, "consume_msg_s"), med("rabbitmq", sc, "consume_msg_s")
    wc, rc = med("warren", sc, "broker_cpu_us_per_msg"), med("rabbitmq", sc, "broker_cpu_us_per_msg")
    table.append((title, fmt(wm, ".0f"), fmt(rm, ".0f"), ratio(wm, rm), fmt(wc, ".1f"), fmt(rc, ".1f"),
                  ratio(wc, rc), lat("warren", sc), lat("rabbitmq", sc)))
def print_table(hdr, table):
    widths = [max(len(r[i]) for r in table + [hdr]) for i in range(len(hdr))]
    line = lambda r: "| " + " | ".join(c.ljust(widths[i]) if i == 0 else c.rjust(widths[i])
                                       for i, c in enumerate(r)) + " |"
    print()
    print(line(hdr))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in table:
        print(line(r))

if table:
    print_table(hdr, table)
    print("\nmedians over repetitions; msg/s = consumed msg/s; ratios are Warren/RabbitMQ;"
          " CPU/msg = broker utime+stime over the run / messages consumed"
          " (RabbitMQ: beam.smp + children, epmd excluded); latency = publish -> delivery")

# Scenario 5: two timed phases, each with its own rate and broker CPU.
if "s5" in present:
    count = next((r["published"] for r in rows if r["scenario"] == "s5" and not r["failed"]), None)
    bhdr = ("5 backlog" + ("" if count is None else " %d x 1KiB persistent" % count), "Warren msg/s",
            "RabbitMQ msg/s", "ratio", "Warren us CPU/msg", "RabbitMQ us CPU/msg", "ratio")
    btable = []
    for phase, rate_key, cpu_key in (("publish, confirm<=100, no consumer", "publish_msg_s", "publish_cpu_us_per_msg"),
                                     ("then consume, manual ack pf1000", "consume_msg_s", "consume_cpu_us_per_msg")):
        wm, rm = med("warren", "s5", rate_key), med("rabbitmq", "s5", rate_key)
        wc, rc = med("warren", "s5", cpu_key), med("rabbitmq", "s5", cpu_key)
        btable.append((phase, fmt(wm, ".0f"), fmt(rm, ".0f"), ratio(wm, rm), fmt(wc, ".1f"), fmt(rc, ".1f"),
                       ratio(wc, rc)))
    print_table(bhdr, btable)
    print("\nphase msg/s: published / (start -> last confirm); consumed / (subscribe -> last delivery);"
          " CPU/msg per phase")

# The durable targets: Warren >= 4x RabbitMQ's throughput and <= 1/5 of its CPU per message.
if "s4" in present:
    wm, rm = med("warren", "s4", "consume_msg_s"), med("rabbitmq", "s4", "consume_msg_s")
    wc, rc = med("warren", "s4", "broker_cpu_us_per_msg"), med("rabbitmq", "s4", "broker_cpu_us_per_msg")
    if None not in (wm, rm, wc, rc) and rm > 0 and rc > 0:
        tput, cpu = wm / rm, wc / rc
        print("\ntarget (persistent, scenario 4): throughput Warren/RabbitMQ %.2f (>= 4: %s), "
              "CPU/msg Warren/RabbitMQ %.2f (<= 0.20: %s)"
              % (tput, "met" if tput >= 4 else "NOT met", cpu, "met" if cpu <= 0.2 else "NOT met"))
noisy = [r["other_cpu_pct"] for r in rows if not r["failed"]]
if noisy:
    print("other processes' CPU during runs: median %.0f%%, max %.0f%% of one core"
          % (statistics.median(noisy), max(noisy)))
bad = [r for r in rows if r["failed"] or not r.get("ok", False)]
for r in bad:
    print("NOTE: %s %s #%d: %s" % (r["broker"], r["scenario"], r["rep"],
          "failed" if r["failed"] else "; ".join(r["warnings"])))
EOF
}

if [[ -n "$TABLE_ONLY" ]]; then print_table "$TABLE_ONLY"; exit 0; fi

RUN_WARREN=1; RUN_RABBIT=1
[[ "$ONLY" == warren ]] && RUN_RABBIT=0
[[ "$ONLY" == rabbitmq ]] && RUN_WARREN=0

# First executable named $1 under the repo's build trees.
find_in_builds() {
    local name=$1 d f
    for d in "$REPO"/build "$REPO"/build-*; do
        [[ -d "$d" ]] || continue
        f=$(find "$d" -type f -name "$name" -perm -u+x 2>/dev/null | head -n1)
        if [[ -n "$f" ]]; then echo "$f"; return 0; fi
    done
    return 1
}

[[ -n "$BENCH" ]] || BENCH=$(find_in_builds warren-amqp-bench) || true
if [[ -z "$BENCH" || ! -x "$BENCH" ]]; then
    echo "warren-amqp-bench not found; build it (cmake -S bench -B build-bench && cmake --build build-bench) or pass --bench" >&2
    exit 2
fi
if [[ $RUN_WARREN == 1 ]]; then
    [[ -n "$WARREN" ]] || WARREN=$(find_in_builds warren) || true
    if [[ -z "$WARREN" || ! -x "$WARREN" ]]; then
        echo "warren binary not found under build*/; pass --warren PATH or use --only rabbitmq" >&2
        exit 2
    fi
fi

# Scenario sizes.
if [[ $QUICK == 1 ]]; then
    COUNT_FAST=200000; LAT_SECONDS=3; COUNT_DURABLE=20000; REPS=${REPS:-1}; BACKLOG_COUNT=${BACKLOG_COUNT:-100000}
else
    COUNT_FAST=1000000; LAT_SECONDS=10; COUNT_DURABLE=200000; REPS=${REPS:-3}; BACKLOG_COUNT=${BACKLOG_COUNT:-1000000}
fi
declare -A TITLE=(
    [s1]="1p1c 128B transient auto-ack"
    [s2]="1p1c 128B manual ack pf100"
    [s3]="latency @5000 msg/s manual pf100"
    [s4]="persistent: 1KiB persistent, durable queue, confirms <=100 outstanding, manual ack pf100"
    [s5]="backlog: $BACKLOG_COUNT x 1KiB persistent published (confirms <=100) with no consumer, then consumed (manual ack pf1000)"
)
declare -A ARGS=(
    [s1]="--size 128 --ack auto --count $COUNT_FAST"
    [s2]="--size 128 --ack manual --prefetch 100 --count $COUNT_FAST"
    [s3]="--size 128 --ack manual --prefetch 100 --rate 5000 --seconds $LAT_SECONDS"
    [s4]="--size 1024 --persistent --durable --confirm 100 --ack manual --prefetch 100 --count $COUNT_DURABLE"
    [s5]="--size 1024 --persistent --durable --confirm 100 --ack manual --prefetch 1000 --backlog --count $BACKLOG_COUNT --drain-timeout 60"
)
SCENARIOS=()
if [[ -z "$SCENARIO_LIST" ]]; then
    SCENARIOS=(s1 s2 s3 s4 s5)
else
    for s in ${SCENARIO_LIST//,/ }; do
        case "$s" in
            1|s1|transient) SCENARIOS+=(s1) ;;
            2|s2|manual) SCENARIOS+=(s2) ;;
            3|s3|latency) SCENARIOS+=(s3) ;;
            4|s4|persistent) SCENARIOS+=(s4) ;;
            5|s5|backlog) SCENARIOS+=(s5) ;;
            *) echo "unknown scenario '$s' (1-5 or transient, manual, latency, persistent, backlog)" >&2; exit 2 ;;
        esac
    done
fi

WORK=$(mktemp -d /tmp/warren-bench.XXXXXX)
chmod 755 "$WORK"
RESULTS="$WORK/results.jsonl"
: > "$RESULTS"
RABBIT_LAUNCHER_PID=""
RABBIT_BEAM_PID=""
EPMD_PORT=""
WARREN_PID=""

free_port() {
    "$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

descendants() { # pid -> that pid and all its descendants, one per line
    local p=$1 c
    echo "$p"
    for c in $(pgrep -P "$p" 2>/dev/null || true); do descendants "$c"; done
}

cleanup() {
    local rc=$?
    set +e
    if [[ -n "$WARREN_PID" ]] && kill -0 "$WARREN_PID" 2>/dev/null; then
        kill "$WARREN_PID"
        for _ in $(seq 50); do kill -0 "$WARREN_PID" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$WARREN_PID" 2>/dev/null
    fi
    if [[ -n "$RABBIT_BEAM_PID" ]] && kill -0 "$RABBIT_BEAM_PID" 2>/dev/null; then
        # beam.smp stops the node cleanly on SIGTERM.
        kill "$RABBIT_BEAM_PID"
        for _ in $(seq 150); do kill -0 "$RABBIT_BEAM_PID" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$RABBIT_BEAM_PID" 2>/dev/null
    fi
    if [[ -n "$RABBIT_LAUNCHER_PID" ]]; then
        kill "$RABBIT_LAUNCHER_PID" 2>/dev/null
        wait "$RABBIT_LAUNCHER_PID" 2>/dev/null
    fi
    if [[ -n "$EPMD_PORT" ]]; then
        # Our epmd runs on a private port, so it is ours to stop; others' epmds are untouched.
        ERL_EPMD_PORT=$EPMD_PORT epmd -kill >/dev/null 2>&1
        local epid
        for epid in $(pgrep -x epmd 2>/dev/null); do
            if { tr '\0' '\n' < "/proc/$epid/environ"; } 2>/dev/null | grep -qx "ERL_EPMD_PORT=$EPMD_PORT"; then
                kill "$epid" 2>/dev/null
            fi
        done
    fi
    if [[ -n "$RESULTS_OUT" && -f "$RESULTS" ]]; then cp "$RESULTS" "$RESULTS_OUT"; fi
    if [[ $KEEP == 1 || $rc -ne 0 ]]; then
        echo "logs kept in $WORK" >&2
    else
        rm -rf "$WORK"
    fi
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start_rabbitmq() {
    local dir="$WORK/rabbitmq"
    mkdir -p "$dir/mnesia" "$dir/log"
    : > "$dir/enabled_plugins"
    local port dist
    port=$(free_port); dist=$(free_port); EPMD_PORT=$(free_port)
    RABBIT_PORT=$port
    local runas=()
    if [[ $(id -u) == 0 ]]; then
        chown -R rabbitmq:rabbitmq "$dir"
        runas=(runuser -u rabbitmq --)
    fi
    echo "starting RabbitMQ on 127.0.0.1:$port (dist $dist, epmd $EPMD_PORT), dir $dir" >&2
    # RabbitMQ's default of 1024 open files is too low for load tests. Raise it
    # inside the new session: runuser's PAM session resets the soft limit.
    # shellcheck disable=SC2016
    setsid "${runas[@]}" sh -c 'ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"; exec "$@"' sh env \
        HOME="$dir" \
        RABBITMQ_NODE_PORT="$port" \
        RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 \
        RABBITMQ_DIST_PORT="$dist" \
        ERL_EPMD_PORT="$EPMD_PORT" \
        RABBITMQ_NODENAME=warrenbench@localhost \
        RABBITMQ_MNESIA_BASE="$dir/mnesia" \
        RABBITMQ_LOG_BASE="$dir/log" \
        RABBITMQ_ENABLED_PLUGINS_FILE="$dir/enabled_plugins" \
        RABBITMQ_FEATURE_FLAGS_FILE="$dir/feature_flags" \
        RABBITMQ_CONFIG_FILE="$dir/no-config" \
        RABBITMQ_ADVANCED_CONFIG_FILE="$dir/no-advanced.config" \
        /usr/lib/rabbitmq/bin/rabbitmq-server > "$dir/stdout.log" 2>&1 &
    RABBIT_LAUNCHER_PID=$!
    local i
    for i in $(seq 600); do
        if [[ -z "$RABBIT_BEAM_PID" ]]; then
            RABBIT_BEAM_PID=$(descendants "$RABBIT_LAUNCHER_PID" | while read -r p; do
                [[ "$(cat "/proc/$p/comm" 2>/dev/null)" == beam.smp ]] && echo "$p"; done | head -n1) || true
        fi
        if [[ -n "$RABBIT_BEAM_PID" ]] && port_open "$port"; then
            echo "RabbitMQ ready after $((i / 10)).$((i % 10)) s (beam.smp pid $RABBIT_BEAM_PID," \
                 "$(awk '/open files/ {print $4}' "/proc/$RABBIT_BEAM_PID/limits") open files)" >&2
            return 0
        fi
        if ! kill -0 "$RABBIT_LAUNCHER_PID" 2>/dev/null; then
            echo "RabbitMQ exited during startup; see $dir/stdout.log" >&2
            tail -n 20 "$dir/stdout.log" >&2
            exit 1
        fi
        sleep 0.1
    done
    echo "RabbitMQ did not accept connections within 60 s; see $dir" >&2
    exit 1
}

# beam.smp plus its live children (erl_child_setup, inet_gethost, ...). epmd is
# a separate daemon, idle during a run, and is not counted.
rabbitmq_pids() { descendants "$RABBIT_BEAM_PID" | paste -sd, -; }

start_warren() {
    local dir="$WORK/warren"
    mkdir -p "$dir/data"
    echo "starting Warren: $WARREN${DURABILITY:+ --durability $DURABILITY}" >&2
    local policy=()
    [[ -n "$DURABILITY" ]] && policy=(--durability "$DURABILITY")
    "$WARREN" --headless --amqp-port 0 --kafka-port 0 --bind 127.0.0.1 --data-dir "$dir/data" "${policy[@]}" \
        > "$dir/stdout.log" 2> "$dir/stderr.log" &
    WARREN_PID=$!
    local i line
    for i in $(seq 300); do
        line=$(grep -m1 -oE 'AMQP listening on 127\.0\.0\.1:[0-9]+' "$dir/stderr.log" 2>/dev/null || true)
        if [[ -n "$line" ]]; then
            WARREN_PORT=${line##*:}
            echo "Warren ready on 127.0.0.1:$WARREN_PORT (pid $WARREN_PID)" >&2
            return 0
        fi
        if ! kill -0 "$WARREN_PID" 2>/dev/null; then
            echo "Warren exited during startup:" >&2
            tail -n 20 "$dir/stderr.log" >&2
            exit 1
        fi
        sleep 0.1
    done
    echo "Warren did not print 'AMQP listening on' within 30 s" >&2
    exit 1
}

# Machine busy time in clock ticks (all cores).
busy_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9; exit}' /proc/stat; }

# With --wait-quiet S: before a run, wait up to S seconds until the machine
# (other engineers' builds, ...) uses less than 30 % of one core.
wait_quiet() {
    [[ $WAIT_QUIET -gt 0 ]] || return 0
    local hz waited=0 a b pct
    hz=$(getconf CLK_TCK)
    while :; do
        a=$(busy_ticks); sleep 1; b=$(busy_ticks)
        pct=$(( (b - a) * 100 / hz ))
        if (( pct < 30 )); then return 0; fi
        waited=$((waited + 1))
        if (( waited >= WAIT_QUIET )); then
            echo "  machine still busy (${pct}% of a core) after ${WAIT_QUIET} s; running anyway" >&2
            return 0
        fi
    done
}

# run_one broker scenario rep
run_one() {
    local broker=$1 sc=$2 rep=$3 port pids out rc=0
    if [[ $broker == warren ]]; then
        port=$WARREN_PORT; pids=$WARREN_PID
    else
        port=$RABBIT_PORT; pids=$(rabbitmq_pids)
    fi
    # shellcheck disable=SC2086
    out=$("$BENCH" --host 127.0.0.1 --port "$port" ${ARGS[$sc]} --broker-pid "$pids" --json \
          2> "$WORK/bench-$broker-$sc-$rep.err") || rc=$?
    if [[ $rc -ge 2 || -z "$out" ]]; then
        echo "  $broker $sc #$rep FAILED (exit $rc): $(tail -n3 "$WORK/bench-$broker-$sc-$rep.err" | tr '\n' ' ') $out" >&2
        echo "{\"broker\":\"$broker\",\"scenario\":\"$sc\",\"rep\":$rep,\"failed\":true}" >> "$RESULTS"
        return 0
    fi
    echo "$out" | "$PY" -c '
import json, sys
r = json.loads(sys.stdin.read())
r.update(broker=sys.argv[1], scenario=sys.argv[2], rep=int(sys.argv[3]), failed=False)
print(json.dumps(r))
cpu = r["broker_cpu_us_per_msg"]
f = lambda x: "-" if x is None else "%.1f" % x
warn = "" if r["ok"] else "  WARN: " + "; ".join(r["warnings"])
if r.get("backlog"):
    print("  %-8s %s #%s: publish %9.0f msg/s (cpu %s us/msg), then consume %9.0f msg/s (cpu %s us/msg)"
          "  other load %.0f%%%s" % (sys.argv[1], sys.argv[2], sys.argv[3], r["publish_msg_s"],
          f(r.get("publish_cpu_us_per_msg")), r["consume_msg_s"], f(r.get("consume_cpu_us_per_msg")),
          r["other_cpu_pct"], warn), file=sys.stderr)
else:
    print("  %-8s %s #%s: %9.0f msg/s  cpu %s us/msg  p50 %.0f us  p99 %.0f us  other load %.0f%%%s" % (
        sys.argv[1], sys.argv[2], sys.argv[3], r["consume_msg_s"], f(cpu), r["lat_p50_us"], r["lat_p99_us"],
        r["other_cpu_pct"], warn), file=sys.stderr)
' "$broker" "$sc" "$rep" >> "$RESULTS"
}

[[ $RUN_RABBIT == 1 ]] && start_rabbitmq
[[ $RUN_WARREN == 1 ]] && start_warren

BROKERS=()
[[ $RUN_WARREN == 1 ]] && BROKERS+=(warren)
[[ $RUN_RABBIT == 1 ]] && BROKERS+=(rabbitmq)

echo "bench: $BENCH; $REPS repetition(s) per scenario, brokers alternate" >&2
for sc in "${SCENARIOS[@]}"; do
    echo "${sc}: ${TITLE[$sc]}  (${ARGS[$sc]})" >&2
    for rep in $(seq "$REPS"); do
        order=("${BROKERS[@]}")
        # Swap the order every other repetition so drift affects both sides alike.
        if (( rep % 2 == 0 && ${#BROKERS[@]} == 2 )); then order=("${BROKERS[1]}" "${BROKERS[0]}"); fi
        for b in "${order[@]}"; do
            wait_quiet
            run_one "$b" "$sc" "$rep"
            sleep 1
        done
    done
done

print_table "$RESULTS"
