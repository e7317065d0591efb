#!/usr/bin/env bash
# Start-up time of Warren with a large backlog of persistent messages.
#
# Publishes COUNT persistent messages of SIZE bytes (default 1,048,576 x 1 KiB
# = 1 GiB of payload) to a durable queue with publisher confirms, stops Warren
# cleanly (SIGTERM) — or with SIGKILL when --kill is given — then starts it
# again on the same data directory and reports how long it took until the
# AMQP listener was up (queue logs recovered), the resident memory right
# after, and that the queue depth came back. Cleans up its data directory.
#
#   bench/amqp_recovery.sh [--warren PATH] [--client PATH] [--count N]
#                          [--size B] [--kill]
#
# The publisher is app_backlog_client (librabbitmq), built with the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
warren="" client="" count=1048576 size=1024 kill_mode=0
while [ $# -gt 0 ]; do
    case "$1" in
        --warren) warren=$2; shift 2 ;;
        --client) client=$2; shift 2 ;;
        --count) count=$2; shift 2 ;;
        --size) size=$2; shift 2 ;;
        --kill) kill_mode=1; shift ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
for d in build-tests build-lead build; do
    [ -z "$warren" ] && [ -x "$d/app/warren" ] && warren=$d/app/warren
    [ -z "$client" ] && [ -x "$d/tests/app/app_backlog_client" ] && client=$d/tests/app/app_backlog_client
done
[ -x "$warren" ] && [ -x "$client" ] || { echo "need --warren and --client (build the tests first)" >&2; exit 2; }

data=$(mktemp -d /tmp/warren-recovery.XXXXXX)
log=$data/warren.log
pid=""
cleanup() {
    if [ -n "$pid" ]; then kill -9 "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
    rm -rf "$data"
}
trap cleanup EXIT

start() {
    : > "$log"
    local t0 t1
    t0=$(date +%s%N)
    "$warren" --headless --amqp-port 0 --kafka-port off --data-dir "$data/d" 2>"$log" &
    pid=$!
    for _ in $(seq 1 6000); do
        grep -q "AMQP listening on" "$log" && break
        kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
        sleep 0.01
    done
    t1=$(date +%s%N)
    port=$(grep -o "AMQP listening on [0-9.]*:[0-9]*" "$log" | sed 's/.*://')
    startup_ms=$(( (t1 - t0) / 1000000 ))
    rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
}

start
echo "publishing $count x $size B persistent messages ..."
"$client" publish 127.0.0.1 "$port" recovery "$count" "$size" 1000
du_bytes=$(du -sb "$data/d/amqp" | cut -f1)
if [ "$kill_mode" = 1 ]; then kill -9 "$pid"; else kill -TERM "$pid"; fi
wait "$pid" 2>/dev/null || true
pid=""
empty_ms=$startup_ms
start
depth=$(/usr/bin/python3 - "$port" <<'PY'
import sys, pika
c = pika.BlockingConnection(pika.ConnectionParameters("127.0.0.1", int(sys.argv[1])))
ch = c.channel()
print(ch.queue_declare("recovery", durable=True, passive=True).method.message_count)
c.close()
PY
)
echo "queue logs on disk:     $(( du_bytes / 1048576 )) MiB"
echo "start-up, empty:        ${empty_ms} ms"
echo "start-up with backlog:  ${startup_ms} ms ($([ "$kill_mode" = 1 ] && echo 'after SIGKILL' || echo 'after clean stop'))"
echo "RSS after start-up:     $(( rss_kb / 1024 )) MiB"
echo "queue depth recovered:  $depth of $count"
[ "$depth" = "$count" ]
