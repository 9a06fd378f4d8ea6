#!/usr/bin/env bash
# Installs what is missing, builds Release into build/ and starts Anchorline with its embedded market data.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_missing_packages
build_anchorline
exec "$ANCHORLINE_BUILD/bin/anchorline" "$@"
