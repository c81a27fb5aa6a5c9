#!/usr/bin/env bash
# Installs what WRES Kiosk needs from Debian (12, bookworm) and builds one of
# the CMake presets (CMakePresets.json): dev (build/, the default), release,
# asan, tsan. Safe to run again: it only installs what is missing.
#   scripts/setup.sh [PRESET]
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/packages.sh
preset=${1:-dev}
extra=()
[ "$preset" = asan ] && extra=("${sanitizer_packages[@]}")
scripts/need_packages.sh "${product_packages[@]}" "${test_packages[@]}" "${extra[@]}"
scripts/axe.sh  # axe-core from npm, for the accessible twin's browser test

scripts/configure.sh "$preset"
cmake --build --preset "$preset" -j"$(nproc)"
