#!/bin/sh
# Runs the sync simulation over many fault schedules (issue 5: thousands of seeds), in chunks so progress
# shows. Usage: tests/sim/run_simulation.sh [SEEDS] [FIRST_SEED] [BUILD_DIR]; a failing seed is printed and
# can be rerun alone with CHAIRSIDE_SIM_FIRST_SEED=<seed> CHAIRSIDE_SIM_SEEDS=1.
set -eu
seeds=${1:-5000}
first=${2:-1}
build=${3:-build}
binary="$build/tests/tst_sync_simulation"
[ -x "$binary" ] || { echo "build first: $binary is missing" >&2; exit 2; }
chunk=500
at=$first
end=$((first + seeds))
while [ "$at" -lt "$end" ]; do
    n=$chunk
    [ $((at + n)) -gt "$end" ] && n=$((end - at))
    CHAIRSIDE_SIM_FIRST_SEED=$at CHAIRSIDE_SIM_SEEDS=$n "$binary" -silent ||
        { echo "seeds $at..$((at + n - 1)): a schedule diverged (see above)" >&2; exit 1; }
    echo "seeds $at..$((at + n - 1)): converged"
    at=$((at + n))
done
echo "$seeds fault schedules from seed $first: all converged"
