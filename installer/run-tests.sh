#!/usr/bin/env bash
# Installs what is needed, builds Chairside with warnings as errors and runs every test (CTest).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${CHAIRSIDE_BUILD_DIR:-$root/build}

# poppler-utils: the PDF tests read invoices and prescriptions back with pdftotext and pdfinfo.
"$root/installer/install-deps.sh" poppler-utils
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCHAIRSIDE_WERROR=ON
cmake --build "$build" -j "$(nproc)"
cd "$build"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "$(nproc)"
