#!/usr/bin/env bash
# ThreadSanitizer run of the only multi-threaded code: the display's link
# thread (display/link.cpp), against a real wresd, in build-tsan/.
# Needs what scripts/setup.sh installs.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${WRES_TSAN_BUILD_DIR:-build-tsan}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWRES_TSAN=ON -DWRES_BUILD_DISPLAY=OFF \
  -DWRES_BUILD_BENCH=OFF -DWRES_WERROR="${WRES_WERROR:-OFF}" >/dev/null
cmake --build "$build" -j"$(nproc)" --target display_link_tests wresd
# halt_on_error: any report fails the run, not just a line in the log.
TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1" \
  ctest --test-dir "$build" -R '^DisplayLink\.' --output-on-failure
