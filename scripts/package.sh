#!/usr/bin/env bash
# Builds the release preset and a Debian package (build/release/asynchat-workbench_*.deb).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh build
dpkg-query -W -f='${Status}' dpkg-dev 2>/dev/null | grep -q "install ok installed" \
    || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dpkg-dev >/dev/null; }
scripts/build.sh release
(cd build/release && cpack -G DEB)
ls -1 build/release/*.deb
