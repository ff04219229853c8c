#!/usr/bin/env bash
# Installs what is needed, builds Chairside with warnings as errors and runs every test (CTest); then builds it
# again with clang under AddressSanitizer and UndefinedBehaviorSanitizer and runs the suite once more, with the
# fuzz targets replaying their corpora.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${CHAIRSIDE_BUILD_DIR:-$root/build}
asan=${CHAIRSIDE_ASAN_BUILD_DIR:-$root/build-asan}

# poppler-utils: the PDF tests read invoices and prescriptions back with pdftotext and pdfinfo.
# clang and libclang-rt-14-dev (its sanitizer and libFuzzer runtimes): the sanitized build.
# dpkg-dev, desktop-file-utils, appstream, systemd (systemd-analyze) and curl: the Debian package's test.
# python3-jsonschema: tst_http_fhir validates its answers against the FHIR R4 JSON shapes.
# libjson-validator-perl: tst_openapi checks the OpenAPI document against the OpenAPI 3.0 schema it ships.
# python3-icalendar and libical-dev: tst_http_calendar reads the calendar feeds with both parsers.
"$root/installer/install-deps.sh" poppler-utils clang libclang-rt-14-dev \
    dpkg-dev desktop-file-utils appstream systemd curl python3-jsonschema libjson-validator-perl \
    python3-icalendar libical-dev
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCHAIRSIDE_WERROR=ON
cmake --build "$build" -j "$(nproc)"
(cd "$build" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "$(nproc)")

# -O1 and line tables only: the instrumented build compiles and runs fast enough while stacks still name lines.
cmake -S "$root" -B "$asan" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" -DCHAIRSIDE_WERROR=ON -DCHAIRSIDE_FUZZ=ON
cmake --build "$asan" -j "$(nproc)"
# The simulation checks fewer fault schedules here (each runs several times slower instrumented); the
# formatting check ran above.
cd "$asan"
CHAIRSIDE_SIM_SEEDS=40 QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "$(nproc)" -E '^format_check$'
