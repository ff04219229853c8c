#!/usr/bin/env bash
# Soak: a headless station on a demo clinic under mixed API load for MINUTES (default 10), driven by
# build/tests/bench/soak with several concurrent clients (reads, searches, bookings of free and taken slots,
# report uploads, bad requests). Prints requests, refusals and p50/p99 per kind, unexpected answers and the
# station's RSS growth after a warm-up; exits non-zero on any unexpected answer or RSS growth of 10% or more.
# Usage: tests/bench/soak.sh [MINUTES] (CHAIRSIDE_SOAK_PATIENTS, default 20000; CHAIRSIDE_SOAK_CLIENTS, 8;
# CHAIRSIDE_SOAK_WARMUP seconds, 60; CHAIRSIDE_SOAK_SECONDS overrides MINUTES). Needs a built tree in build/ (chairside and the soak program).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
chairside=${CHAIRSIDE_BINARY:-$root/build/app/chairside}
soak=${CHAIRSIDE_SOAK_BINARY:-$root/build/tests/bench/soak}
minutes=${1:-10}
patients=${CHAIRSIDE_SOAK_PATIENTS:-20000}
scratch=$(mktemp -d)
station=""
trap '[ -n "$station" ] && kill "$station" 2>/dev/null; wait 2>/dev/null; rm -rf "$scratch"' EXIT

"$chairside" --data-dir "$scratch/store" seed-demo --patients "$patients" > /dev/null
port=${CHAIRSIDE_SOAK_PORT:-$((20000 + RANDOM % 20000))}
"$chairside" --headless --data-dir "$scratch/store" --listen 127.0.0.1:"$port" > "$scratch/station.log" 2>&1 &
station=$!
for _ in $(seq 100); do grep -q listening "$scratch/station.log" && break; sleep 0.2; done
grep -q listening "$scratch/station.log" || { cat "$scratch/station.log"; exit 2; }

echo "soak: $(date -u +%FT%TZ), $(nproc) cores, $patients patients, ${CHAIRSIDE_SOAK_SECONDS:-$((minutes * 60))} s after warm-up, station pid $station"
status=0
"$soak" --url "http://127.0.0.1:$port" --pid "$station" --seconds "${CHAIRSIDE_SOAK_SECONDS:-$((minutes * 60))}" \
    --warmup "${CHAIRSIDE_SOAK_WARMUP:-60}" --clients "${CHAIRSIDE_SOAK_CLIENTS:-8}" || status=$?
kill -0 "$station" 2>/dev/null || { echo "soak: the station died"; cat "$scratch/station.log"; status=1; }
exit $status
