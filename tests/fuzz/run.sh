#!/usr/bin/env bash
# Fuzz the framer with libFuzzer (clang 14): configure a clang build with -DACW_FUZZ=ON in
# build/fuzz, build fuzz_framer, and run it for N seconds (default 60) from the seed corpus.
# New inputs go to build/fuzz/corpus; crashes to build/fuzz/crash-*.
# Usage: tests/fuzz/run.sh [SECONDS] [extra libFuzzer flags...]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
seconds="${1:-60}"
shift || true
build="$root/build/fuzz"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -DACW_FUZZ=ON -DACW_BUILD_TESTS=ON -DACW_BUILD_GUI=OFF >/dev/null
cmake --build "$build" -j"${ACW_JOBS:-2}" --target fuzz_framer

mkdir -p "$build/corpus"
cd "$build"
exec ./tests/fuzz/fuzz_framer -max_total_time="$seconds" -max_len=4096 -print_final_stats=1 \
    -artifact_prefix="$build/" "$@" "$build/corpus" "$root/tests/fuzz/corpus"
