#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, build-fuzz/) and runs each for a
# bounded time, starting from the seeds in fuzz/corpus/<target>/.
#   fuzz/run.sh [seconds-per-target]        (default 60)
#   FUZZ_TARGETS="fuzz_amqp_frame ..." fuzz/run.sh 30   — only some targets
# Prints the executions of each target and the total; exits non-zero if any
# target crashed, leaked, timed out or broke an invariant. The inputs it
# finds are kept in build-fuzz/corpus/<target>/, crashes in
# build-fuzz/artifacts/<target>/ (add them to fuzz/corpus/ with a fix and a
# regression test).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
targets=(${FUZZ_TARGETS:-fuzz_amqp_frame fuzz_amqp_field_table fuzz_kafka_request fuzz_kafka_record_batch fuzz_storage_recovery})

scripts/install-deps.sh fuzz
cmake --preset fuzz >/dev/null
cmake --build build-fuzz -j "${FUZZ_BUILD_JOBS:-$(nproc)}" --target warren_fuzzers >/dev/null

total=0
failed=()
printf '%-26s %14s %8s %s\n' target executions exec/s result
for t in "${targets[@]}"; do
  work="build-fuzz/corpus/$t" artifacts="build-fuzz/artifacts/$t/" log="build-fuzz/logs/$t.log"
  mkdir -p "$work" "$artifacts" "$(dirname "$log")"
  rc=0
  "build-fuzz/fuzz/$t" -max_total_time="$seconds" -print_final_stats=1 -timeout=25 -rss_limit_mb=2048 \
    -artifact_prefix="$artifacts" "$work" "fuzz/corpus/$t" >"$log" 2>&1 || rc=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  execs=${execs:-0}
  total=$((total + execs))
  result=ok
  if ((rc != 0)); then
    result="FAILED (exit $rc; see $log)"
    failed+=("$t")
    grep -m5 -E 'ERROR|invariant failed|SUMMARY' "$log" >&2 || true
  fi
  printf '%-26s %14s %8s %s\n' "$t" "$execs" "$((execs / (seconds > 0 ? seconds : 1)))" "$result"
done
printf '%-26s %14s\n' total "$total"
if ((${#failed[@]})); then
  echo "fuzz/run.sh: findings in ${failed[*]}" >&2
  exit 1
fi
