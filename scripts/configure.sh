#!/usr/bin/env bash
# Configures a CMake preset (CMakePresets.json) into its folder. The presets
# build with Ninja; a folder configured earlier with Makefiles cannot be reused
# (CMake refuses to switch generator), so any such build folder is started
# afresh (every preset's folder is build*/; CMakePresets.json says which).
#   scripts/configure.sh PRESET [-DVAR=VALUE...]
set -euo pipefail
cd "$(dirname "$0")/.."
preset=$1
shift
for cache in build*/CMakeCache.txt; do
  grep -qs '^CMAKE_GENERATOR:INTERNAL=Unix Makefiles' "$cache" || continue
  echo "configure: ${cache%/*}/ was made with Makefiles; the presets now use Ninja: starting it afresh"
  rm -rf "${cache%/*}"
done
cmake --preset "$preset" "$@" >/dev/null
