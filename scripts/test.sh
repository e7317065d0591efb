#!/usr/bin/env bash
# Installs what is missing, builds everything and runs the whole test suite:
# codec, routing and model unit tests, widget tests (offscreen) and interop
# tests with real clients (pika, amqp-tools, librabbitmq, amqplib).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh test
npm ci --prefix tests/interop/node --no-audit --no-fund --loglevel=error
jobs=$(nproc)
cmake -S . -B build-tests -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWARREN_BUILD_BENCH=ON >/dev/null
cmake --build build-tests -j "$jobs"
export QT_QPA_PLATFORM=offscreen
# A missing client is a failure here, never a silent skip.
export WARREN_INTEROP_REQUIRE_ALL=1
(cd build-tests && ctest --output-on-failure -j "$jobs" "$@")
# CI only: a short fuzzing pass (30 s per libFuzzer target, fuzz/README.md;
# ~5 minutes with its clang build). Any crash or broken invariant fails the run.
if [[ "${CI:-}" == true ]]; then
  FUZZ_BUILD_JOBS="$jobs" fuzz/run.sh "${WARREN_CI_FUZZ_SECONDS:-30}"
fi
