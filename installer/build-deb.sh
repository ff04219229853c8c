#!/usr/bin/env bash
# Builds the Debian package: chairside_<version>-1_<arch>.deb in the build folder (`build/` unless
# CHAIRSIDE_BUILD_DIR says otherwise). Install it with `sudo apt install ./build/chairside_*.deb`.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${CHAIRSIDE_BUILD_DIR:-$root/build}

# dpkg-dev: dpkg-shlibdeps, which finds the libraries the binary links for the package's Depends.
"$root/installer/install-deps.sh" dpkg-dev
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" -j "$(nproc)" --target chairside
(cd "$build" && cpack -G DEB)
ls "$build"/chairside_*.deb
