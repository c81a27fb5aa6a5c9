#!/usr/bin/env bash
# Sets up, builds, and runs WRES Kiosk on the bundled NSCHT example board:
# wresd on the board, and the wall display. With a screen ($DISPLAY or
# $WAYLAND_DISPLAY) the display opens in a 1920x1080 window (Esc to quit);
# without one, each page is written to demo/screenshots/ instead.
#   demo.sh [BOARD]   (default deploy/examples/nscht/board.toml)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
build=build  # the dev preset's folder (CMakePresets.json), which setup.sh builds
board=${1:-deploy/examples/nscht/board.toml}
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
