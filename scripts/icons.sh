#!/usr/bin/env bash
# Renders resources/icons/asynchat-workbench.svg to the PNG sizes that packaging/ installs under
# hicolor (packaging/icons/SIZE.png). Run it after changing the SVG, and commit the PNGs.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh package
for size in 16 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" resources/icons/asynchat-workbench.svg \
        -o "packaging/icons/$size.png"
done
