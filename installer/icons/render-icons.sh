#!/usr/bin/env bash
# Renders the PNG sizes of the icon from its SVG (run after changing the SVG; the PNGs are committed).
# Needs rsvg-convert (Debian package librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256; do
    rsvg-convert -w "$size" -h "$size" org.chairside.Chairside.svg -o "org.chairside.Chairside-$size.png"
done
