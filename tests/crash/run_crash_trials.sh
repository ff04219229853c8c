#!/usr/bin/env bash
# Runs N crash trials (default 100): each is one run of tst_crash_safety with a fresh random seed and one
# SIGKILL of a headless station in the middle of API and sync writes (see the test). Prints each seed with
# its outcome and a final count; a failed seed replays with CHAIRSIDE_CRASH_SEED=<seed>
# CHAIRSIDE_CRASH_TRIALS=1 build/tests/tst_crash_safety. Exits non-zero when any trial failed.
# Needs a built tree in build/ (chairside and tst_crash_safety).
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
test=${CHAIRSIDE_CRASH_TEST:-$root/build/tests/tst_crash_safety}
export CHAIRSIDE_BINARY=${CHAIRSIDE_BINARY:-$root/build/app/chairside}
export QT_QPA_PLATFORM=offscreen
trials=${1:-100}
logs=$(mktemp -d)
passed=0
failed=()
for i in $(seq "$trials"); do
    seed=$(od -An -N6 -tu8 /dev/urandom | tr -d ' ')
    if CHAIRSIDE_CRASH_SEED=$seed CHAIRSIDE_CRASH_TRIALS=1 "$test" > "$logs/$seed.log" 2>&1; then
        passed=$((passed + 1))
        echo "trial $i seed $seed: pass ($(grep -o 'SIGKILL after [0-9]* ms' "$logs/$seed.log"))"
    else
        failed+=("$seed")
        echo "trial $i seed $seed: FAIL (log: $logs/$seed.log)"
        grep -E 'FAIL!|Loc:' "$logs/$seed.log" | head -4
    fi
done
echo "$passed of $trials trials passed${failed:+; failed seeds: ${failed[*]}}"
[ ${#failed[@]} -eq 0 ] && rm -rf "$logs"
[ ${#failed[@]} -eq 0 ]
