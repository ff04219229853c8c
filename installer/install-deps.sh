#!/usr/bin/env bash
# Installs the Debian 12 packages Chairside builds and runs with, plus any named as arguments (the test command
# adds what only the tests use). Does nothing when all are present.
set -euo pipefail

packages=(
    cmake g++ make pkg-config clang-format
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite qt6-qpa-plugins
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
    qt6-image-formats-plugins qtkeychain-qt6-dev libsodium-dev libsqlite3-dev libcurl4-openssl-dev libssl-dev
    libdcmtk-dev
    dbus gnome-keyring fonts-dejavu-core
    "$@"
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
