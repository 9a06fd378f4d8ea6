#!/usr/bin/env bash
# Renders the hicolor PNG icons from resources/icons/anchorline.svg (needs rsvg-convert from librsvg2-bin)
# into packaging/linux/icons/hicolor, or into the directory given as the first argument (the tests compare).
# Run it after changing the SVG and commit the PNGs; the build installs them (and the SVG itself as the scalable
# icon), it does not render them.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source_svg=$root/resources/icons/anchorline.svg
hicolor=${1:-$root/packaging/linux/icons/hicolor}
app_id=io.github.anchorline.Anchorline

command -v rsvg-convert >/dev/null || { echo "render-icons.sh: rsvg-convert is missing (apt install librsvg2-bin)" >&2; exit 1; }

for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$hicolor/${size}x${size}/apps"
    rsvg-convert --width "$size" --height "$size" --format png \
        --output "$hicolor/${size}x${size}/apps/$app_id.png" "$source_svg"
done
echo "Rendered $hicolor"
