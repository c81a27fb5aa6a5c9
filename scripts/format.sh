#!/usr/bin/env bash
# Formats every C++ file git tracks with .clang-format (clang-format 14).
#   scripts/format.sh          rewrite the files in place
#   scripts/format.sh --check  change nothing; list the files that need it, exit 1 if any
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/need_packages.sh clang-format
fmt=$(command -v clang-format-14 || command -v clang-format)
# Tracked files and new ones not yet added (git's ignore rules apply).
mapfile -t files < <(git ls-files --cached --others --exclude-standard '*.cpp' '*.hpp' '*.h')
if [ "${1:-}" = "--check" ]; then
  bad=0
  for f in "${files[@]}"; do
    if ! "$fmt" --dry-run --Werror "$f" >/dev/null 2>&1; then echo "not formatted: $f"; bad=1; fi
  done
  [ $bad -eq 0 ] && echo "all ${#files[@]} files formatted"
  exit $bad
fi
"$fmt" -i "${files[@]}"
