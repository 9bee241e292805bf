#!/usr/bin/env bash
# Configures and builds one preset (default: release). Usage: scripts/build.sh [PRESET]
# ccache (installed by scripts/deps.sh) makes rebuilds in a fresh clone cheap; paths are
# hashed relative to the source root so clones in different folders share the cache.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-release}
launcher=()
if command -v ccache >/dev/null; then
    export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
cmake --preset "$preset" "${launcher[@]}" >/dev/null
cmake --build --preset "$preset" -j "${ACW_JOBS:-2}"
