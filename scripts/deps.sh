#!/usr/bin/env bash
# Installs the Debian 12 packages the project needs, only those that are missing.
# Usage: scripts/deps.sh [build|package|test|bench]   (each level includes the ones before it)
set -euo pipefail
level=${1:-build}

pkgs=(cmake ninja-build g++ qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
      libgl-dev python3 fonts-noto-cjk ccache)
if [[ $level == package || $level == test || $level == bench ]]; then
    # Building and checking the .deb (scripts/package.sh, tests/app/package): dpkg-shlibdeps,
    # lintian, validators for the desktop entry and the AppStream metainfo, an SVG renderer.
    pkgs+=(dpkg-dev file lintian desktop-file-utils appstream librsvg2-bin)
fi
if [[ $level == test || $level == bench ]]; then
    # Real peers and clients the tests use: curl, a browser, a Redis server, a display.
    # openssl makes the TLS tests' certificates and is their s_server/s_client peer;
    # redis-tools gives redis-cli (relay tests); clang-format-14: scripts/format-check.sh;
    # qt6-translations-l10n: Qt's own words in Chinese (the package recommends it).
    pkgs+=(curl chromium redis-server redis-tools openssl xvfb xauth clang libclang-rt-14-dev
           procps iproute2 clang-format-14 qt6-translations-l10n)
fi
if [[ $level == bench ]]; then
    # Peers and load for bench/run.py; cc + libx11-dev build its X probe (GUI rows); socat
    # is the yardstick of the relay rows.
    pkgs+=(nginx-light wrk gcc libx11-dev socat)
fi

missing=()
for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "Installing missing Debian packages: ${missing[*]}"
    SUDO=""
    [[ $(id -u) -ne 0 ]] && SUDO=sudo
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
