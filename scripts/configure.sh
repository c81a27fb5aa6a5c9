#!/usr/bin/env bash
# Configures a CMake preset (CMakePresets.json) into its folder. The presets
# build with Ninja; a folder configured earlier with Makefiles cannot be reused
# (CMake refuses to switch generator), so that folder is started afresh.
#   scripts/configure.sh PRESET [-DVAR=VALUE...]
set -euo pipefail
cd "$(dirname "$0")/.."
preset=$1
shift
case $preset in dev) dir=build ;; release) dir=build-rel ;; *) dir=build-$preset ;; esac  # its binaryDir
if grep -qs '^CMAKE_GENERATOR:INTERNAL=Unix Makefiles' "$dir/CMakeCache.txt"; then
  echo "configure: $dir/ was made with Makefiles; the presets now use Ninja: starting it afresh"
  rm -rf "$dir"
fi
cmake --preset "$preset" "$@" >/dev/null
