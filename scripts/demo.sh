#!/usr/bin/env bash
# Sets up, builds, and runs WRES Kiosk on the bundled NSCHT example board:
# wresd on the board, and the wall display. With a screen ($DISPLAY or
# $WAYLAND_DISPLAY) the display opens in a 1920x1080 window (Esc to quit);
# without one, each page is written to demo/screenshots/ instead.
#   demo.sh [BOARD]   (default deploy/examples/nscht/board.toml)
set -euo pipefail
cd "$(dirname "$0")/.."
board=${1:-deploy/examples/nscht/board.toml}
# Only what the three programs need, built in the dev preset's folder without
# the tests (scripts/test.sh adds them later, reusing what is built here).
source scripts/packages.sh
scripts/need_packages.sh "${product_packages[@]}"
tests=OFF  # unless this folder already builds them
grep -qs '^WRES_BUILD_TESTS:BOOL=ON' build/CMakeCache.txt && tests=ON
scripts/configure.sh dev -DWRES_BUILD_TESTS=$tests -DWRES_BUILD_BENCH=$tests
cmake --build --preset dev -j"$(nproc)" --target wresd wres-display wresctl
build=build  # the dev preset's folder (CMakePresets.json)
# Problems with the board, and text the installed fonts cannot draw (with the
# package that would), before the wall shows it.
"$build/wresctl/wresctl" validate "$board"
work=demo
mkdir -p "$work/screenshots"
sock="$PWD/$work/wresd.sock"

"$build/daemon/wresd" --config "$board" --db "$work/history.sqlite3" --socket "$sock" 2>"$work/wresd.log" &
wresd=$!
trap 'kill $wresd 2>/dev/null || true' EXIT
for _ in $(seq 50); do [ -S "$sock" ] && break; sleep 0.1; done
"$build/wresctl/wresctl" status --socket "$sock" | head -20

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "Opening the wall display (Esc or Q to close). Edit $board and watch it change."
  "$build/display/wres-display" --socket "$sock" --windowed 1920x1080 --no-cache
else
  echo "No screen here: writing every page to $work/screenshots/"
  for page in $("$build/display/wres-display" --list-pages); do
    xvfb-run -a "$build/display/wres-display" --socket "$sock" --no-cache --page "$page" \
      --screenshot "$work/screenshots/$page.png" 2>/dev/null || echo "  ($page: nothing to show on this board: skipped in the rotation)"
  done
  echo "Open the PNGs in $work/screenshots/ to see the wall. Daemon log: $work/wresd.log"
fi
