#!/usr/bin/env bash
# Builds the release preset and the Debian package, then checks it with lintian (errors fail).
# Usage: scripts/package.sh [BUILD_DIR]   (default: build/release, built first; a given build
# dir, e.g. build/debug, is packaged as it is: CPack strips the binary either way)
# Prints the path of the .deb. Install it with: apt install ./build/release/asynchat-workbench_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh package
build=${1:-}
if [[ -z $build ]]; then
    scripts/build.sh release
    build=build/release
fi
build=$(cd "$build" && pwd)
rm -f "$build"/asynchat-workbench_*.deb
(cd "$build" && cpack -G DEB -B "$build" >/dev/null)
rm -rf "$build/_CPack_Packages"
deb=$(ls -1 "$build"/asynchat-workbench_*.deb)
lintian --fail-on error --info "$deb" >&2
echo "$deb"
