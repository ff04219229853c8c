#!/usr/bin/env bash
# HTTP load on a headless station with a demo clinic, measured with wrk from a second process.
# Usage: tests/bench/http_load.sh [PATIENTS] (default 20000). Needs a built tree in build/ and wrk (apt).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
chairside=${CHAIRSIDE_BINARY:-$root/build/app/chairside}
patients=${1:-20000}
data=$(mktemp -d)
port=8791
trap 'kill $station 2>/dev/null || true; rm -rf "$data"' EXIT

"$chairside" --data-dir "$data" seed-demo --patients "$patients" > /dev/null
"$chairside" --headless --data-dir "$data" --listen 127.0.0.1:$port > "$data/station.log" 2>&1 &
station=$!
for _ in $(seq 50); do grep -q listening "$data/station.log" && break; sleep 0.2; done

base=http://127.0.0.1:$port
token=$(curl -s -X POST $base/api/auth/login/ -H 'Content-Type: application/json' \
    -d '{"email":"frontdesk@demo.chairside","password":"chairside-demo"}' | sed -E 's/.*"access":"([^"]+)".*/\1/')
patient=$(curl -s "$base/api/patients/?search=A" -H "Authorization: Bearer $token" | sed -E 's/^\[\{[^}]*"id":"([^"]+)".*/\1/' | head -c 36)
[ ${#patient} -eq 36 ] || patient=$(curl -s "$base/api/patients/" -H "Authorization: Bearer $token" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)

run() { echo "== $1"; shift; wrk -t2 -c32 -d10s --latency "$@" | grep -E 'Requests/sec|99%|Non-2xx'; }
run "GET one patient" -H "Authorization: Bearer $token" "$base/api/patients/$patient/"
run "list patients (a search matching a handful)" -H "Authorization: Bearer $token" "$base/api/patients/?search=Sofia%20Mar"
cat > "$data/post.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
counter = 0
request = function()
  counter = counter + 1
  return wrk.format(nil, nil, nil, string.format('{"name":"Load %d-%d","age":30}', math.random(1, 1e9), counter))
end
LUA
run "create a patient" -H "Authorization: Bearer $token" -s "$data/post.lua" "$base/api/patients/"
