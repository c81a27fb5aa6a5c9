#!/usr/bin/env bash
# Installs what WRES Kiosk needs from Debian (12, bookworm) and builds one of
# the CMake presets (CMakePresets.json): dev (build/, the default), release,
# asan, tsan. Safe to run again: it only installs what is missing.
#   scripts/setup.sh [PRESET]
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(build-essential cmake pkg-config libboost-dev libsqlite3-dev libimgui-dev libstb-dev libglfw3-dev
          libgl-dev libgtest-dev libgmock-dev libbenchmark-dev libtomlplusplus-dev nlohmann-json3-dev
          libspdlog-dev libcli11-dev libzstd-dev libsystemd-dev libcsv-dev libb64-dev libzip-dev libexpat1-dev libxlsxwriter-dev libfribidi-dev libxxhash-dev libxext-dev prometheus-cpp-dev systemd time xinit fonts-inter
          fonts-noto-core fonts-noto-cjk xvfb xauth libgl1-mesa-dri cage xwayland)
scripts/need_packages.sh "${packages[@]}"

preset=${1:-dev}
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j"$(nproc)"
