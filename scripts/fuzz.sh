#!/usr/bin/env bash
# Fuzzes the input formats with libFuzzer (docs/fuzzing.md): installs clang and libFuzzer when missing, builds
# the harnesses of tests/fuzz/ with clang, ASan and UBSan into build-fuzz/ and runs the chosen targets one after
# the other, each for SECONDS (default 600) on its seed corpus, with one worker at low priority.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]      targets: offer-json session-json csv-import template money
#
# New interesting inputs go to build-fuzz/fuzz-corpus/TARGET/ (the committed seeds stay as they are), crashers
# to build-fuzz/fuzz-artifacts/TARGET/, the log to build-fuzz/fuzz-logs/TARGET.log. A target stops at its first
# crash. Replay a crasher with `build-fuzz/bin/fuzzX FILE`, fix the bug and
# keep the file as tests/fuzz/regressions/TARGET/<what-it-found>: the fuzzReplay tests replay it in every build.
# The exit status is 1 when a target crashed.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

# libFuzzer's runtime is in libclang-rt; only fuzzing needs clang, so the default package list stays gcc-only.
ANCHORLINE_PACKAGES+=(clang libclang-rt-14-dev)
FUZZ_BUILD=$ANCHORLINE_ROOT/build-fuzz
FUZZ_DIR=$ANCHORLINE_ROOT/tests/fuzz

declare -A HARNESS=([offer-json]=fuzzOfferJson [session-json]=fuzzSessionJson [csv-import]=fuzzCsvImport
                    [template]=fuzzTemplate [money]=fuzzMoney)
# Inputs longer than any realistic file add nothing but slowness; the money text is one typed amount.
declare -A MAX_LEN=([offer-json]=4096 [session-json]=16384 [csv-import]=4096 [template]=8192 [money]=64)
declare -A DICTIONARY=([offer-json]=json [session-json]=json [csv-import]=csv [template]=template [money]=money)
ALL_TARGETS=(offer-json session-json csv-import template money)

seconds=${1:-600}
[[ $seconds =~ ^[0-9]+$ ]] || { echo "usage: $0 [SECONDS] [TARGET...]" >&2; exit 2; }
shift $(($# > 0 ? 1 : 0))
targets=("$@")
((${#targets[@]} > 0)) || targets=("${ALL_TARGETS[@]}")
for target in "${targets[@]}"; do
    [[ -n ${HARNESS[$target]:-} ]] || { echo "unknown target '$target'; known: ${ALL_TARGETS[*]}" >&2; exit 2; }
done

install_missing_packages
if [ ! -f "$FUZZ_BUILD/CMakeCache.txt" ]; then
    launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    # Debug keeps Q_ASSERT and Qt's own checks on; -O1 makes it fast enough to fuzz.
    cmake -S "$ANCHORLINE_ROOT" -B "$FUZZ_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS=-O1 \
        -DCMAKE_CXX_COMPILER=clang++ -DANCHORLINE_FUZZ=ON "${launcher[@]}"
fi
harnesses=()
for target in "${targets[@]}"; do harnesses+=("${HARNESS[$target]}"); done
cmake --build "$FUZZ_BUILD" --parallel "${ANCHORLINE_JOBS:-$(nproc)}" --target "${harnesses[@]}"

export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
status=0
summary=()
for target in "${targets[@]}"; do
    corpus=$FUZZ_BUILD/fuzz-corpus/$target
    artifacts=$FUZZ_BUILD/fuzz-artifacts/$target
    log=$FUZZ_BUILD/fuzz-logs/$target.log
    mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
    regressions=()
    [ -d "$FUZZ_DIR/regressions/$target" ] && regressions=("$FUZZ_DIR/regressions/$target")
    crashes_before=$(find "$artifacts" -type f | wc -l)
    echo "== $target: ${seconds}s, log $log"
    # One in-process worker: it stops at the first crash (fix it and run again). -fork=1 -ignore_crashes=1
    # would go on after a crash, but restarts the process every few seconds, and the CSV harness spends
    # seconds indexing the market data in each new process (18 exec/s instead of hundreds).
    nice -n 10 "$FUZZ_BUILD/bin/${HARNESS[$target]}" -max_total_time="$seconds" -max_len="${MAX_LEN[$target]}" -timeout=10 -rss_limit_mb=2048 \
        -dict="$FUZZ_DIR/dict/${DICTIONARY[$target]}.dict" -artifact_prefix="$artifacts/" -print_final_stats=1 \
        "$corpus" "$FUZZ_DIR/corpus/$target" "${regressions[@]}" >"$log" 2>&1 || true
    crashes=$(($(find "$artifacts" -type f | wc -l) - crashes_before))
    ((crashes == 0)) || status=1
    # The last status line: "#N  DONE cov: C ft: F corp: K/Sb lim: L exec/s: E rss: R".
    last=$(grep -E '^#[0-9]+[[:space:]]+(DONE|pulse|NEW|REDUCE)' "$log" | tail -n 1 || true)
    summary+=("$(printf '%-13s %s  new crashers: %d' "$target" "${last:-no status line (see the log)}" "$crashes")")
done
printf '%s\n' "${summary[@]}"
exit "$status"
