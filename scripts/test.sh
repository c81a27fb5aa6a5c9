#!/usr/bin/env bash
# Sets up and builds if needed, then runs every test (unit, daemon, display).
# Display tests use xvfb-run by themselves when there is no $DISPLAY.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
ctest --test-dir "${WRES_BUILD_DIR:-build}" --output-on-failure -j"$(nproc)"
