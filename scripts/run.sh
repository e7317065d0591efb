#!/usr/bin/env bash
# Quick start: install what is missing, build Warren (Release) and run it.
# Extra arguments go to warren, e.g.  scripts/run.sh --headless --amqp-port 5673
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh build
cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DWARREN_BUILD_TESTS=OFF -DWARREN_BUILD_BENCH=OFF >/dev/null
cmake --build build-release --target warren
exec build-release/app/warren "$@"
