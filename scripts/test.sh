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
cd build-tests
ctest --output-on-failure -j "$jobs" "$@"
