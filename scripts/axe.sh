#!/usr/bin/env bash
# axe-core, from npm, for the accessible twin's browser test (the page checked
# in Debian's chromium): installed once into .cache/npm, at a pinned version.
#   scripts/axe.sh
set -euo pipefail
cd "$(dirname "$0")/.."
version=4.10.3
dest=.cache/npm
package=$dest/node_modules/axe-core/package.json
if [ -f "$package" ] && grep -q "\"version\": \"$version\"" "$package"; then exit 0; fi
command -v npm >/dev/null || scripts/need_packages.sh npm
npm install --silent --no-audit --no-fund --no-save --prefix "$dest" "axe-core@$version"
