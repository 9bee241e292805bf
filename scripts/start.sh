#!/usr/bin/env bash
# The README's first command: install what is missing, build, and open the workbench with
# the greeting server running (http://127.0.0.1:8888/kongxx). With no display it runs the
# greeting server headless. Extra arguments go to asynchat-workbench.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh build
scripts/build.sh release
if (($# == 0)); then
    set -- --serve greeting
fi
exec build/release/app/asynchat-workbench "$@"
