#!/usr/bin/env bash
# Builds the start-up baseline, the app and the QBENCHMARK executables (Release, in build-bench/ unless
# ANCHORLINE_BENCH_BUILD says otherwise) and runs every benchmark in one go through bench/bench.py: start-up
# time and peak RSS against the baseline window, then the micro-benchmarks, checked against bench/targets.tsv.
# Exits non-zero when a target is missed. Options go to bench.py (--runs N, --medians N, --no-docs, --help).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
ANCHORLINE_BUILD=${ANCHORLINE_BENCH_BUILD:-$ANCHORLINE_ROOT/build-bench}
install_missing_packages
cmake -S "$ANCHORLINE_ROOT" -B "$ANCHORLINE_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
benchmarks=$(ctest --test-dir "$ANCHORLINE_BUILD" -N -L benchmark | sed -n 's/^ *Test *#[0-9]*: *//p')
# shellcheck disable=SC2086 # one target per word
cmake --build "$ANCHORLINE_BUILD" --parallel "${ANCHORLINE_BENCH_JOBS:-$(nproc)}" \
    --target anchorline baselineWindow offerFormFloorWindow $benchmarks
exec python3 "$ANCHORLINE_ROOT/bench/bench.py" --build "$ANCHORLINE_BUILD" "$@"
