#!/usr/bin/env bash
# Kafka benchmark: Warren vs librdkafka's in-process mock cluster.
#
# Starts Warren on free loopback ports with a temp data dir, runs
#   1 produce acks=1     2 produce acks=all     3 consume from the log
#   4 e2e latency at a fixed rate with linger.ms=1
# with warren-kafka-bench against Warren (--bootstrap) and against the mock
# cluster (--mock) alternately, prints a table, stops Warren, cleans up.
#
#   bench/kafka_bench.sh [--bench PATH] [--warren PATH] [--durability always|interval|never]
#                        [--count N] [--size B] [--rate R] [--e2e-seconds S] [--reps R]
#                        [--quick] [--only warren|mock] [--wait-quiet S]
#                        [--results FILE.jsonl] [--keep]
#   bench/kafka_bench.sh --table FILE.jsonl      # re-print the table of a saved run
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
bench="" warren="" durability=interval count=2000000 size=100 rate=10000 e2e_seconds=10 reps=1
only="" wait_quiet=0 results="" keep=0 table_only=""

while [[ $# -gt 0 ]]; do
    case "$1" in
        --bench) bench=$2; shift 2 ;;
        --warren) warren=$2; shift 2 ;;
        --durability) durability=$2; shift 2 ;;
        --count) count=$2; shift 2 ;;
        --size) size=$2; shift 2 ;;
        --rate) rate=$2; shift 2 ;;
        --e2e-seconds) e2e_seconds=$2; shift 2 ;;
        --reps) reps=$2; shift 2 ;;
        --quick) count=200000; e2e_seconds=3; shift ;;
        --only) only=$2; shift 2 ;;
        --wait-quiet) wait_quiet=$2; shift 2 ;;
        --results) results=$2; shift 2 ;;
        --keep) keep=1; shift ;;
        --table) table_only=$2; shift 2 ;;
        -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done

print_table() {
    python3 - "$1" <<'PY'
import json, sys, statistics
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
scen = [("produce-acks1", "produce acks=1", "produce"),
        ("produce-acksall", "produce acks=all", "produce"),
        ("consume", "consume from log", "consume"),
        ("e2e", "e2e latency", "latency")]
def med(xs):
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else None
def pick(broker, key):
    return [r for r in rows if r.get("_broker") == broker and r.get("_scenario") == key]
def fmt_rate(v): return "—" if v is None else f"{v:,.0f} msg/s"
def fmt_cpu(v): return "—" if v is None else f"{v:.2f}"
def fmt_ms(v): return "—" if v is None else f"{v/1000:.2f}"
w = [26, 38, 38, 8, 11, 11]
hdr = ["scenario", "Warren", "mock", "ratio", "W cpu µs/m", "mock µs/m"]
print("  ".join(h.ljust(n) for h, n in zip(hdr, w)))
print("  ".join("-" * n for n in w))
notes = []
for key, name, phase in scen:
    cells = {}
    for b in ("warren", "mock"):
        rs = pick(b, key)
        if not rs:
            cells[b] = (None, None, None, None); continue
        if phase == "latency":
            lat = [r.get("latency_us") or {} for r in rs]
            cells[b] = ({q: med([l.get(q) for l in lat]) for q in ("p50", "p99", "p999", "max")},
                        med([(r["consume"] or {}).get("broker_cpu_us_per_msg") for r in rs]),
                        med([(r["consume"] or {}).get("msg_per_s") for r in rs]), rs)
        else:
            ph = [r[phase] or {} for r in rs]
            cells[b] = (med([p.get("msg_per_s") for p in ph]), med([p.get("broker_cpu_us_per_msg") for p in ph]),
                        med([p.get("mb_per_s") for p in ph]), rs)
        for r in rs:
            for n in r.get("notes", []) + r.get("warnings", []) + r.get("errors", []):
                notes.append(f"{b} {key}: {n}")
            for p in ("produce", "consume"):
                ph = r.get(p) or {}
                sec = ph.get("seconds") or 0
                if sec > 0 and (ph.get("other_cpu_us") or 0) / 1e6 / sec > 0.2:
                    notes.append(f"{b} {key}: other processes used {ph['other_cpu_us']/1e6/sec*100:.0f} % of a core during the {p} phase")
    wv, mv = cells["warren"], cells["mock"]
    if phase == "latency":
        def lat(c): return "—" if c[0] is None else "p50 {} / p99 {} / p99.9 {} / max {} ms".format(*(fmt_ms(c[0][q]) for q in ("p50","p99","p999","max")))
        ratio = "—" if wv[0] is None or mv[0] is None or not mv[0]["p99"] else f"{wv[0]['p99']/mv[0]['p99']:.3f}"
        print("  ".join(s.ljust(n) for s, n in zip([name + f" (p99 ratio)", lat(wv), lat(mv), ratio, fmt_cpu(wv[1]), fmt_cpu(mv[1])], w)))
    else:
        def thr(c): return "—" if c[0] is None else f"{c[0]:>11,.0f} msg/s {c[2]:6.1f} MB/s"
        ratio = "—" if wv[0] is None or mv[0] is None or not mv[0] else f"{wv[0]/mv[0]:.2f}"
        print("  ".join(s.ljust(n) for s, n in zip([name, thr(wv), thr(mv), ratio, fmt_cpu(wv[1]), fmt_cpu(mv[1])], w)))
print()
print("ratio = Warren / mock (throughput: higher is better; latency: lower is better).")
print("CPU µs/msg: Warren = whole warren process (/proc/PID/stat); mock = librdkafka's rdk:mock thread.")
print("The mock keeps ~5 MB per partition (its consume row re-reads that window, see notes) and answers an")
print("empty Fetch only after fetch.wait.max.ms (500 ms) — no long-poll wake-up — so its e2e latency is ~U(0, 500 ms).")
seen = set()
for n in notes:
    if n not in seen:
        seen.add(n); print("NOTE:", n)
PY
}

if [[ -n "$table_only" ]]; then print_table "$table_only"; exit 0; fi

find_exe() { # name
    local c
    for c in "$root/build-kbench" "$root"/build "$root"/build-*; do
        for f in "$c/bench/$1" "$c/app/$1"; do
            [[ -x "$f" ]] && { echo "$f"; return; }
        done
    done
    return 1
}
[[ -n "$bench" ]] || bench=$(find_exe warren-kafka-bench) || { echo "warren-kafka-bench not found; build it (ninja warren-kafka-bench)" >&2; exit 2; }
[[ -n "$warren" ]] || warren=$(find_exe warren) || { echo "warren not found" >&2; exit 2; }

tmp=$(mktemp -d /tmp/kafka-bench.XXXXXX)
[[ -n "$results" ]] || results="$tmp/results.jsonl"
: > "$results"
wpid="" failed=0

cleanup() {
    local rc=$?
    if [[ -n "$wpid" ]] && kill -0 "$wpid" 2>/dev/null; then
        kill -TERM "$wpid" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$wpid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$wpid" 2>/dev/null || true
        wait "$wpid" 2>/dev/null || true
    fi
    if [[ $keep -eq 1 || $failed -ne 0 || $rc -ne 0 ]]; then
        echo "kept $tmp" >&2
    else
        rm -rf "$tmp"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start_warren() {
    "$warren" --headless --amqp-port 0 --kafka-port 0 --bind 127.0.0.1 \
        --data-dir "$tmp/data" --durability "$durability" >"$tmp/warren.out" 2>"$tmp/warren.err" &
    wpid=$!
    for _ in $(seq 100); do
        kport=$(grep -o 'Kafka listening on [0-9.]*:[0-9]*' "$tmp/warren.err" 2>/dev/null | sed 's/.*://' || true)
        [[ -n "$kport" ]] && return 0
        kill -0 "$wpid" 2>/dev/null || break
        sleep 0.1
    done
    echo "Warren did not start:" >&2; cat "$tmp/warren.err" >&2; failed=1; exit 2
}

wait_idle() { # up to $wait_quiet s until the machine is < 20 % of a core busy
    [[ "$wait_quiet" -gt 0 ]] || return 0
    local deadline=$((SECONDS + wait_quiet)) a b
    while [[ $SECONDS -lt $deadline ]]; do
        a=($(head -1 /proc/stat)); sleep 1; b=($(head -1 /proc/stat))
        # busy = user+nice+system+irq+softirq+steal, in ticks (100/s)
        local busy=$(( (b[1]+b[2]+b[3]+b[6]+b[7]+b[8]) - (a[1]+a[2]+a[3]+a[6]+a[7]+a[8]) ))
        [[ $busy -lt 20 ]] && return 0
    done
    echo "  (machine still busy after ${wait_quiet}s; running anyway)" >&2
}

run() { # broker scenario args...
    local broker=$1 scen=$2; shift 2
    local target=(--mock)
    [[ $broker == warren ]] && target=(--bootstrap "127.0.0.1:$kport" --broker-pid "$wpid")
    wait_idle
    local line rc=0
    line=$("$bench" "${target[@]}" --json "$@" 2>>"$tmp/bench.err") || rc=$?
    if [[ -z "$line" ]]; then
        echo "  $broker $scen: bench failed (rc $rc), see $tmp/bench.err" >&2; failed=1; return
    fi
    [[ $rc -ne 0 ]] && echo "  $broker $scen: rc $rc (warnings/errors in the table notes)" >&2
    python3 -c 'import json,sys; d=json.loads(sys.argv[1]); d["_broker"]=sys.argv[2]; d["_scenario"]=sys.argv[3]; d["_rep"]=int(sys.argv[4]); print(json.dumps(d))' \
        "$line" "$broker" "$scen" "$rep" >> "$results"
    python3 -c 'import json,sys; d=json.loads(sys.argv[1]); p=d["produce"] or {}; c=d["consume"] or {}; l=d["latency_us"];
s="  %-6s %-16s produce %s consume %s" % (sys.argv[2], sys.argv[3], "%.0f msg/s" % p["msg_per_s"] if p else "-", "%.0f msg/s" % c["msg_per_s"] if c else "-")
if l: s += "  p50 %.2f p99 %.2f p99.9 %.2f max %.2f ms" % (l["p50"]/1e3, l["p99"]/1e3, l["p999"]/1e3, l["max"]/1e3)
print(s)' "$line" "$broker" "$scen" >&2
}

brokers=(warren mock)
[[ -n "$only" ]] && brokers=("$only")
if [[ " ${brokers[*]} " == *" warren "* ]]; then start_warren; fi
echo "bench:  $bench" >&2
echo "warren: $warren (pid ${wpid:-none}, Kafka port ${kport:-none}, durability $durability)" >&2
echo "count $count, size $size B, e2e ${rate} msg/s for ${e2e_seconds} s, reps $reps" >&2

for rep in $(seq "$reps"); do
    order=("${brokers[@]}")
    if (( rep % 2 == 0 && ${#order[@]} == 2 )); then order=("${order[1]}" "${order[0]}"); fi
    for b in "${order[@]}"; do run "$b" produce-acks1 --mode produce --acks 1 --count "$count" --size "$size"; done
    for b in "${order[@]}"; do run "$b" produce-acksall --mode produce --acks all --count "$count" --size "$size"; done
    for b in "${order[@]}"; do run "$b" consume --mode consume --acks 1 --count "$count" --size "$size"; done
    for b in "${order[@]}"; do run "$b" e2e --mode e2e --rate "$rate" --linger-ms 1 --seconds "$e2e_seconds" --size "$size"; done
done

echo
echo "Kafka bench: $(nproc) cores, ${size}-byte messages, Warren --durability $durability, $(date -u +%FT%TZ)"
print_table "$results"
[[ -n "$results" && "$results" != "$tmp/results.jsonl" ]] && echo "results: $results"
exit 0
