#!/usr/bin/env bash
# Fuzz with libFuzzer (clang 14): configure a clang build with -DACW_FUZZ=ON in build/fuzz,
# build the harnesses, and run each for N seconds (default 60) from its seed corpus:
#   fuzz_framer      the framer (reliability.md A.10)        corpus: tests/fuzz/corpus
#   fuzz_http        the HTTP request-head parser            corpus: tests/fuzz/corpus_http
#   fuzz_terminator  the terminator spec parser              corpus: tests/fuzz/corpus_terminator
# New inputs go to build/fuzz/corpus-NAME; crashes to build/fuzz/crash-*. A crash stops the
# script with a failure (add the input to the seed corpus as a regression test).
# Usage: tests/fuzz/run.sh [SECONDS] [NAME...] (names without "fuzz_"; default: all three)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
seconds="${1:-60}"
shift || true
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(framer http terminator)
build="$root/build/fuzz"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -DACW_FUZZ=ON -DACW_BUILD_TESTS=ON -DACW_BUILD_GUI=OFF >/dev/null
targets=()
for name in "${names[@]}"; do targets+=("fuzz_$name"); done
cmake --build "$build" -j"${ACW_JOBS:-2}" --target "${targets[@]}"

cd "$build"
for name in "${names[@]}"; do
    case "$name" in
        framer) seeds="$root/tests/fuzz/corpus"; max_len=4096 ;;
        http) seeds="$root/tests/fuzz/corpus_http"; max_len=4096 ;;
        terminator) seeds="$root/tests/fuzz/corpus_terminator"; max_len=256 ;;
        *) echo "run.sh: unknown harness '$name'" >&2; exit 2 ;;
    esac
    mkdir -p "$build/corpus-$name"
    echo "== fuzz_$name for ${seconds}s"
    ./tests/fuzz/fuzz_"$name" -max_total_time="$seconds" -max_len="$max_len" \
        -print_final_stats=1 -artifact_prefix="$build/" "$build/corpus-$name" "$seeds" 2>&1 \
        | tail -n 12
done
