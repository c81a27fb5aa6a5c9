#!/usr/bin/env bash
# ThreadSanitizer run of the only multi-threaded code: the display's link
# thread (display/link.cpp), against a real wresd, in build-tsan/.
# Needs what scripts/setup.sh installs.
set -euo pipefail
cd "$(dirname "$0")/.."
# The tsan preset (CMakePresets.json) builds only those targets; its test
# preset sets halt_on_error, so any report fails the run.
scripts/configure.sh tsan
cmake --build --preset tsan -j"$(nproc)"
[ "${1:-}" = --build ] && exit 0  # only build (CI builds while other tests run)
ctest --preset tsan
