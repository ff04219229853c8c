#!/usr/bin/env bash
# Fuzzes each libFuzzer target for SECONDS (default 60) under AddressSanitizer and UndefinedBehaviorSanitizer,
# starting from its seed corpus. Builds the clang tree first when needed (CHAIRSIDE_ASAN_BUILD_DIR, default
# build-asan; the same tree as the test command's sanitized suite). New inputs go to <build>/fuzz/work, never
# into the committed corpus; a crash, leak or hang leaves its input in <build>/fuzz/artifacts and the script
# fails. Usage: tests/fuzz/run_fuzzers.sh [SECONDS] [TARGET...]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${CHAIRSIDE_ASAN_BUILD_DIR:-$root/build-asan}
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(fuzz_http_request fuzz_json_bodies)

if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" -DCMAKE_CXX_COMPILER=clang++ \
        -DCHAIRSIDE_WERROR=ON -DCHAIRSIDE_FUZZ=ON
fi
cmake --build "$build" -j "$(nproc)" --target "${targets[@]}"

export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export LSAN_OPTIONS=suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0
failed=()
for target in "${targets[@]}"; do
    work=$build/fuzz/work/$target
    artifacts=$build/fuzz/artifacts
    mkdir -p "$work" "$artifacts"
    echo "== $target: ${seconds}s"
    # -timeout: an input taking 25 s is a hang (a sign-up hashes a password in about 0.1 s; the slowest
    # legitimate request is well under a second).
    if ! "$build/tests/fuzz/$target" -max_total_time="$seconds" -timeout=25 -print_final_stats=1 \
        -artifact_prefix="$artifacts/$target-" "$work" "$root/tests/fuzz/corpus/$target" \
        2>&1 | tee "$build/fuzz/$target.log" | grep -E '^#[0-9]+.*(INITED|DONE)|^(==|SUMMARY|stat::)'; then
        :
    fi
    if grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:|SUMMARY: |FATAL' \
        "$build/fuzz/$target.log"; then
        failed+=("$target")
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "Findings in: ${failed[*]} (inputs in $build/fuzz/artifacts, logs in $build/fuzz/*.log)"
    exit 1
fi
echo "No crash, leak or hang."
