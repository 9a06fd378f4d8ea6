#!/usr/bin/env bash
# Shared by run.sh and test.sh: install missing Debian packages, then configure and build into build/.
set -euo pipefail

ANCHORLINE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ANCHORLINE_BUILD=${ANCHORLINE_BUILD:-$ANCHORLINE_ROOT/build}

ANCHORLINE_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins
    libqt6opengl6-dev libfmt-dev libgl-dev
    python3 fonts-dejavu-core
    xvfb xauth poppler-utils desktop-file-utils appstream
    librsvg2-bin dpkg-dev
)

install_missing_packages() {
    local missing=() package
    for package in "${ANCHORLINE_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
    done
    ((${#missing[@]} == 0)) && return 0
    echo "Installing missing packages: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
}

build_anchorline() {
    if [ ! -f "$ANCHORLINE_BUILD/CMakeCache.txt" ]; then
        cmake -S "$ANCHORLINE_ROOT" -B "$ANCHORLINE_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@"
    fi
    cmake --build "$ANCHORLINE_BUILD" --parallel "$(nproc)"
}
