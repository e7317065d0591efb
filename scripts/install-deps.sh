#!/usr/bin/env bash
# Installs the Debian bookworm packages Warren needs, only if some are missing.
#   scripts/install-deps.sh build   — to build and run Warren
#   scripts/install-deps.sh test    — also the real client libraries and tools the tests drive
#   scripts/install-deps.sh fuzz    — build + clang and its libFuzzer/sanitizer runtimes (fuzz/run.sh)
set -euo pipefail
what="${1:-build}"

build_pkgs=(cmake ninja-build g++ pkg-config libgl-dev
            qt6-base-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
            libqcustomplot-dev amqp-specs zlib1g-dev libsnappy-dev liblz4-dev libzstd-dev
            fonts-nanum) # Hangul glyphs for the Korean translation
# clang 14 with libclang_rt.fuzzer and FuzzedDataProvider.h (libclang-rt-14-dev);
# -fsanitize=fuzzer needs nothing else (libfuzzer-14-dev is the standalone library).
fuzz_pkgs=(clang libclang-rt-14-dev)
test_pkgs=(python3 python3-pika amqp-tools librabbitmq-dev
           kcat librdkafka-dev python3-kafka python3-confluent-kafka
           openssl) # certificates for the TLS tests

pkgs=("${build_pkgs[@]}")
if [[ "$what" == fuzz ]]; then pkgs+=("${fuzz_pkgs[@]}"); fi
if [[ "$what" == test ]]; then
  pkgs+=("${test_pkgs[@]}")
  # amqplib (npm) needs node and npm; keep a node that is already installed.
  command -v node >/dev/null || pkgs+=(nodejs)
  command -v npm >/dev/null || pkgs+=(npm)
fi

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "warren: installing ${missing[*]}" >&2
  sudo_cmd=()
  [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
