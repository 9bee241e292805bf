#!/usr/bin/env bash
# The README's second command: install what is missing, build, and run the whole test
# suite with CTest. Usage: scripts/test.sh [--sanitize] [ctest arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."
preset=debug
if [[ ${1:-} == --sanitize ]]; then
    preset=asan
    shift
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
fi
scripts/deps.sh test
scripts/build.sh "$preset"
ctest --preset "$preset" "$@"
