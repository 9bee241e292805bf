#!/usr/bin/env bash
# The one benchmark command: installs what is missing, builds the Release preset, runs every
# row of bench/run.py (ours next to nginx and Python asynchat) and prints the table; the same
# goes to bench/results/latest.json (and .md). About 5 minutes plus the build on 2 cores.
# Extra arguments go to bench/run.py (e.g. --rows greeting,idle --runs 5); see --help.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh bench
scripts/build.sh release
args=()
if [[ ! -x build/release/bench/recvbench ]]; then
    # The main build has no bench/tcp targets (recvbench, qtserver): build them on their own.
    cmake -S bench/tcp -B build/release-recvbench -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build build/release-recvbench -j "${ACW_JOBS:-2}"
    args+=(--recvbench build/release-recvbench/bench/recvbench
           --qtserver build/release-recvbench/bench/qtserver)
fi
# 10,000 idle connections need more descriptors than the usual 1024, in the server and the
# client alike (both inherit this limit).
ulimit -n 20000 2>/dev/null || ulimit -n "$(ulimit -Hn)"
exec python3 bench/run.py "${args[@]}" "$@"
