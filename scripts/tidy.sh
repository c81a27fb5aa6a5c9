#!/usr/bin/env bash
# clang-tidy 14 with .clang-tidy over our C++ sources, using the dev build's
# compile_commands.json (build/, made by scripts/setup.sh). Any warning fails.
#   scripts/tidy.sh        every source file (CI: the tree is held at zero warnings)
#   scripts/tidy.sh REV    only the .cpp files changed since REV (e.g. origin/main), while working
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/need_packages.sh clang-tidy
[ -f build/compile_commands.json ] || scripts/setup.sh
dirs=(shared daemon display wresctl client)
if (($#)); then
  mapfile -t files < <(git diff --name-only --diff-filter=d "$1" -- "${dirs[@]/%//*.cpp}"
                       git ls-files --others --exclude-standard -- "${dirs[@]/%//*.cpp}")
else
  mapfile -t files < <(git ls-files -- "${dirs[@]/%//*.cpp}")
fi
((${#files[@]})) || { echo "tidy: no source files to check"; exit 0; }
echo "tidy: ${#files[@]} files"
# clang-tidy counts the warnings it hid in system headers on stderr: not ours.
printf '%s\n' "${files[@]}" | xargs -P"$(nproc)" -n6 clang-tidy -p build --quiet 2> >(grep -v "warnings\? generated" >&2)
echo "tidy: clean"
