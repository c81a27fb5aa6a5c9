#!/usr/bin/env bash
# clang-tidy 14 with .clang-tidy over our C++ sources. Any warning fails.
#   scripts/tidy.sh            every source file (the scheduled job, .ci/scheduled)
#   scripts/tidy.sh REV        the .cpp files changed since REV, and those that
#                              include a header changed since REV (CI: HEAD~20)
# It reads compile_commands.json from build-tidy/, configured (not built) by the
# tidy preset: the other presets compile unity batches, which name no single file.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/need_packages.sh clang-tidy cmake ninja-build
scripts/configure.sh tidy
dirs=(shared daemon display wresctl client)
if (($#)); then
  rev=$1
  git rev-parse -q --verify "$rev^{commit}" >/dev/null || {
    echo "tidy: $rev is not in this clone's history: checking every file"
    exec "$0"
  }
  changed() { git diff --name-only --diff-filter=d "$rev" -- "${dirs[@]/%//*.$1}"
              git ls-files --others --exclude-standard -- "${dirs[@]/%//*.$1}"; }
  mapfile -t files < <(
    changed cpp
    changed hpp | while read -r h; do
      git grep -l -F "$(basename "$h")\"" -- "${dirs[@]/%//*.cpp}" || true
    done | sort -u)
  mapfile -t files < <(printf '%s\n' "${files[@]}" | sort -u | sed '/^$/d')
else
  mapfile -t files < <(git ls-files -- "${dirs[@]/%//*.cpp}")
fi
((${#files[@]})) || { echo "tidy: no source files to check"; exit 0; }
echo "tidy: ${#files[@]} files"
# clang-tidy counts the warnings it hid in system headers on stderr: not ours.
printf '%s\n' "${files[@]}" | xargs -P"$(nproc)" -n6 clang-tidy -p build-tidy --quiet 2> >(grep -v "warnings\? generated" >&2)
echo "tidy: clean"
