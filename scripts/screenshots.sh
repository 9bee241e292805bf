#!/usr/bin/env bash
# Writes docs/screenshots/main-<lang>.png (the greeting request framed in the inspector),
# main-<lang>-echo.png (an echo connection with collected and held-back bytes), -terminator
# (a live terminator preview), -output (a closed greeting connection's reply), -conversation
# (both directions of the echo connection), -lab (the Framing Lab), -relay (redis-cli through
# the relay to redis-server, a direction held; -relay-1024: the same at 1024x700), -capture (the
# echo connection's capture saved and reopened, at 1024x700), for English
# and Chinese. Usage: scripts/screenshots.sh [BUILD_DIR]   (default: the release preset)
# The pictures come from tools/screenshots (acw-screenshots), built with the preset.
# Runs under Xvfb when it is installed (real X11 rendering), else on the offscreen platform.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
app=$build/tools/screenshots/acw-screenshots
if [[ ! -x $app ]]; then
    scripts/build.sh release
    build=build/release
    app=$build/tools/screenshots/acw-screenshots
fi
out=docs/screenshots
mkdir -p "$out"
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT

shoot() { # LANG
    # A fresh settings file: the default layout, not the last user's.
    rm -rf "${config:?}"/*
    local file=$out/main-$1.png
    if command -v xvfb-run >/dev/null; then
        XDG_CONFIG_HOME=$config QT_QPA_PLATFORM=xcb \
            xvfb-run -a -s "-screen 0 1400x900x24" "$app" --lang "$1" "$file"
    else
        XDG_CONFIG_HOME=$config QT_QPA_PLATFORM=offscreen "$app" --lang "$1" "$file"
    fi
    echo "wrote $file, ${file%.png}-{echo,output,conversation,terminator,lab,relay,relay-1024,capture}.png and $out/lab-step-$1.png"
}

shoot en
shoot zh_CN
