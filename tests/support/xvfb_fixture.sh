#!/usr/bin/env bash
# One Xvfb for a whole ctest run (a CTest fixture), instead of xvfb-run starting
# a server per render: the render tests read DIR/display and use that server
# while it is alive (display_cmd() in render_support.hpp); without it they fall
# back to xvfb-run, so a test binary run by hand still works.
#   xvfb_fixture.sh start DIR | stop DIR
set -euo pipefail
cmd=$1 dir=$2
if [ "$cmd" = stop ]; then
  [ -f "$dir/pid" ] && kill "$(cat "$dir/pid")" 2>/dev/null || true
  rm -f "$dir/display" "$dir/pid"
  exit 0
fi
mkdir -p "$dir"
rm -f "$dir/display" "$dir/pid"
# -displayfd: the server picks a free display and writes its number when ready.
# -noreset: without it the server resets when its last client goes, and a
# render that connects during the reset fails ("Failed to open display").
setsid Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp -noreset 3>"$dir/display.tmp" >"$dir/xvfb.log" 2>&1 &
echo $! >"$dir/pid"
for _ in $(seq 100); do
  if [ -s "$dir/display.tmp" ]; then
    n=$(tr -dc 0-9 <"$dir/display.tmp")
    [ -S "/tmp/.X11-unix/X$n" ] && { echo ":$n" >"$dir/display"; rm -f "$dir/display.tmp"; echo "Xvfb on :$n"; exit 0; }
  fi
  sleep 0.1
done
echo "Xvfb did not start:" >&2; cat "$dir/xvfb.log" >&2; exit 1
