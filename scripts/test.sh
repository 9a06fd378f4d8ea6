#!/usr/bin/env bash
# Installs what is missing, builds Release into build/ and runs every test (GUI tests offscreen).
#
# With --sanitize first: builds Debug with ASan+UBSan (ANCHORLINE_SANITIZE) into build-asan/ and runs the whole
# suite under them, GUI tests included, stopping at the first error or leak (leak suppressions for system
# libraries: tests/sanitizers/lsan.supp). CI runs this after the normal suite. Left out: the packaging checks
# (they check the Release build's .deb and desktop files; no instrumented code of ours runs in them).
# testBadInputCatalogue runs with a larger peak-RSS budget there (ASan's shadow memory and quarantine).
# Set ANCHORLINE_SANITIZE_SCOPE=gui-free to build and run only the labels core, cli and fuzz (a quicker check).
# Cost (gcc 12, Debug -O0; measured 26 Nov 2026): 600 build steps, about 3.0 CPU-seconds each (≈ 30 CPU-minutes,
# ≈ 15 minutes on two idle cores, no ccache), and 104 tests in 532 s on two cores shared with other builds. With
# the normal suite (≈ 21 minutes) CI takes about 45 minutes of its 90. -O1 is not needed: most of the GUI tests'
# time is in the uninstrumented system Qt.
set -euo pipefail
sanitize=0
if [ "${1:-}" = --sanitize ]; then
    sanitize=1
    shift
    export ANCHORLINE_BUILD=${ANCHORLINE_BUILD:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/build-asan}
fi
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_missing_packages
export QT_QPA_PLATFORM=offscreen
if ((!sanitize)); then
    build_anchorline
    cd "$ANCHORLINE_BUILD"
    ctest --output-on-failure --parallel "$(nproc)" "$@"
    exit
fi

if [ ! -f "$ANCHORLINE_BUILD/CMakeCache.txt" ]; then
    cmake -S "$ANCHORLINE_ROOT" -B "$ANCHORLINE_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DANCHORLINE_SANITIZE=ON
fi
sanitizers=$ANCHORLINE_ROOT/tests/sanitizers
export ASAN_OPTIONS=halt_on_error=1:abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=1
export LSAN_OPTIONS=suppressions=$sanitizers/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
if [ "${ANCHORLINE_SANITIZE_SCOPE:-all}" = gui-free ]; then
    cmake --build "$ANCHORLINE_BUILD" --parallel "$(nproc)" \
        --target tests/core/all tests/cli/all tests/fuzz/all src/cli/all
    labels=(--label-regex '^(core|cli|fuzz)$')
else
    cmake --build "$ANCHORLINE_BUILD" --parallel "$(nproc)"
    labels=()
fi
cd "$ANCHORLINE_BUILD"
# A default per-test timeout, so a hang costs ten minutes, not CI's 90 (the slowest test takes 153 s here).
ctest --output-on-failure --parallel "$(nproc)" "${labels[@]}" --label-exclude '^packaging$' --timeout 600 "$@"
