#!/usr/bin/env bash
# Sets up and builds if needed, then runs every test (unit, daemon, display).
# Display tests use xvfb-run by themselves when there is no $DISPLAY.
#   scripts/test.sh [PRESET]    dev (the default) or asan (CMakePresets.json)
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-dev}
scripts/setup.sh "$preset"
# Twice as many tests as cores: most of a test is waiting (a daemon, a timeout, a render).
ctest --preset "$preset" -j"$((2 * $(nproc)))"
