#!/usr/bin/env bash
# Installs what is missing, builds Release into build/ and runs every test (GUI tests offscreen).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_missing_packages
build_anchorline
export QT_QPA_PLATFORM=offscreen
cd "$ANCHORLINE_BUILD"
ctest --output-on-failure --parallel "$(nproc)" "$@"
