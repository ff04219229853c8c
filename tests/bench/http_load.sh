#!/usr/bin/env bash
# HTTP load on a headless station with a demo clinic, measured with wrk from a second process.
# Usage: tests/bench/http_load.sh [PATIENTS] (default 20000), or with CHAIRSIDE_BENCH_DATA_DIR=DIR to reuse a
# store that bench_store built (e.g. the 100k-patient / 1M-appointment one). Needs a built tree in build/, wrk
# and curl (apt). Prints requests/s, p99 and how many answers were not 2xx for each request kind.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
chairside=${CHAIRSIDE_BINARY:-$root/build/app/chairside}
patients=${1:-20000}
scratch=$(mktemp -d)
port=8791
duration=${CHAIRSIDE_BENCH_SECONDS:-10}
trap 'kill $station 2>/dev/null || true; rm -rf "$scratch"' EXIT

data=${CHAIRSIDE_BENCH_DATA_DIR:-$scratch/store}
if [ ! -f "$data/chairside.db" ]; then
    "$chairside" --data-dir "$data" seed-demo --patients "$patients" > /dev/null
fi
# wrk is one client with 32 connections, each run starting while the last one's may still be closing: lift the
# per-address connection cap (32) so the figures measure the server, not the cap.
CHAIRSIDE_MAX_CONNECTIONS_PER_CLIENT=256 \
    "$chairside" --headless --data-dir "$data" --listen 127.0.0.1:$port > "$scratch/station.log" 2>&1 &
station=$!
for _ in $(seq 100); do grep -q listening "$scratch/station.log" && break; sleep 0.2; done

base=http://127.0.0.1:$port
access() { sed -E 's/.*"access":"([^"]+)".*/\1/'; }
token=$(curl -s -X POST $base/api/auth/login/ -H 'Content-Type: application/json' \
    -d '{"email":"frontdesk@demo.chairside","password":"chairside-demo"}' | access)
patient=$(curl -s "$base/api/patients/?search=Sofia&limit=1" -H "Authorization: Bearer $token" |
    grep -o '"id":"[^"]*"' | awk -F'"' 'NR == 1 { print $4 }')

run() { echo "== $1"; shift; wrk -t2 -c32 -d"${duration}s" --latency "$@" | grep -E 'Requests/sec|99%|Non-2xx'; }
run "GET one patient" -H "Authorization: Bearer $token" "$base/api/patients/$patient/"
run "list 50 patients (search 'Ra')" -H "Authorization: Bearer $token" "$base/api/patients/?search=Ra&limit=50"
cat > "$scratch/post.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
counter = 0
request = function()
  counter = counter + 1
  return wrk.format(nil, nil, nil, string.format('{"name":"Load %d-%d","age":30}', math.random(1, 1e9), counter))
end
LUA
run "create a patient" -H "Authorization: Bearer $token" -s "$scratch/post.lua" "$base/api/patients/"

# Booking: 100 patient accounts book themselves (seed 000's make_appointment) at random half-hour weekday slots
# in the next four weeks. Taken slots are refused with 400 after the overlap check, which is work all the same;
# the Non-2xx line tells how many.
tokens=()
for i in $(seq 100); do
    tokens+=("$(curl -s -X POST $base/api/auth/register/ -H 'Content-Type: application/json' \
        -d "{\"name\":\"Load Patient $i\",\"email\":\"load.$RANDOM.$i.$$@example.org\",\"password\":\"load-pass-$i\"}" | access)")
done
{
    echo 'tokens = {'
    printf '"%s",\n' "${tokens[@]}"
    cat <<'LUA'
}
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
request = function()
  local day
  repeat
    day = os.time() + math.random(1, 28) * 86400
  until os.date("*t", day).wday >= 2 and os.date("*t", day).wday <= 6
  local when = string.format("%sT%02d:%s", os.date("%Y-%m-%d", day), math.random(9, 16),
                             math.random(0, 1) == 0 and "00" or "30")
  return wrk.format(nil, nil, {["Authorization"] = "Bearer " .. tokens[math.random(#tokens)]},
                    string.format('{"chosen_date":"%s","reason_of_appointment":"Check-up"}', when))
end
LUA
} > "$scratch/book.lua"
run "book an appointment" -s "$scratch/book.lua" "$base/appointment/make_appointment/"
