#!/usr/bin/env bash
# Installs what is needed, builds Chairside, fills a demo clinic on first use and starts the station:
# the desktop window when a display is present, otherwise the headless API server.
# Extra arguments go to chairside (e.g. --headless, --listen 0.0.0.0:8000).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${CHAIRSIDE_BUILD_DIR:-$root/build}
data=${CHAIRSIDE_DATA_DIR:-$HOME/.local/share/chairside-demo}

"$root/installer/install-deps.sh"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" -j "$(nproc)" --target chairside
chairside="$build/app/chairside"

if [ ! -f "$data/chairside.db" ]; then
    "$chairside" --data-dir "$data" seed-demo --patients 500
fi

mode=()
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    mode=(--headless)
fi
echo "Starting Chairside on $data (demo sign-in: admin@demo.chairside / chairside-demo)"
exec "$chairside" --data-dir "$data" "${mode[@]}" "$@"
