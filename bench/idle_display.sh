#!/usr/bin/env bash
# The wall's idle cost at 1920x1080, side by side in one run with headless
# Chromium showing an equivalent static HTML page of the same board (the
# browser-kiosk alternative), and optionally with the wall of a baseline
# build. All show the NSCHT example for SECONDS; we report resident memory
# (RSS and PSS, summed over each one's processes), CPU time used while idle,
# each wall's frames a minute, and the goal (issue 33: at most a quarter of
# the browser's CPU and 0.15% of a core, a fifth of its RSS).
#   bench/idle_display.sh BUILD_DIR [SECONDS [BASELINE_BUILD_DIR]]   (needs: apt-get install chromium)
set -euo pipefail
usage="usage: idle_display.sh BUILD_DIR [SECONDS [BASELINE_BUILD_DIR]]"
build=$(realpath "${1:?$usage}")
secs=${2:-60}
baseline=${3:+$(realpath "$3")}
here=$(cd "$(dirname "$0")" && pwd)
board="$here/../deploy/examples/nscht/board.toml"
work=$(mktemp -d)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; sleep 0.5; rm -rf "$work"' EXIT

"$build/daemon/wresd" --config "$board" --db "$work/h.sqlite3" --socket "$work/s.sock" 2>/dev/null &
pids+=($!)
"$build/wresctl/wresctl" snapshot --json --config "$board" > "$work/snap.json"
python3 "$here/snapshot_to_html.py" "$work/snap.json" > "$work/board.html"

# A wall of BUILD on its own X server :N, its frames logged to frames-N.jsonl.
wall() {
  Xvfb ":$2" -screen 0 1920x1080x24 -nolisten tcp 2>/dev/null &
  pids+=($!)
  sleep 1
  DISPLAY=":$2" "$1/display/wres-display" --socket "$work/s.sock" --windowed 1920x1080 --no-cache \
    --frame-log "$work/frames-$2.jsonl" 2>/dev/null &
  pids+=($!)
}
wall "$build" 77
disp=${pids[-1]}
if [ -n "$baseline" ]; then
  wall "$baseline" 78
  base=${pids[-1]}
fi
chromium --headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$work/chrome" --window-size=1920,1080 \
  "file://$work/board.html" 2>/dev/null &
chrome=$!
pids+=($chrome)
sleep 8  # all settle: first paint done

tree() { local p=$1; echo "$p"; for c in $(pgrep -P "$p"); do tree "$c"; done; }
cpu_ticks() { local t=0; for p in $(tree "$1"); do t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done; echo $t; }
mem() {  # RSS and PSS in KiB, summed
  local r=0 s=0
  for p in $(tree "$1"); do
    r=$((r + $(awk '/^VmRSS/ {print $2}' "/proc/$p/status" 2>/dev/null || echo 0)))
    s=$((s + $(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0)))
  done
  echo "$r $s"
}
frames() { cat "$work/frames-$1.jsonl" 2>/dev/null | wc -l; }
hz=$(getconf CLK_TCK)
d0=$(cpu_ticks $disp); c0=$(cpu_ticks $chrome); f0=$(frames 77)
[ -n "$baseline" ] && b0=$(cpu_ticks $base) && g0=$(frames 78)
sleep "$secs"
d1=$(cpu_ticks $disp); c1=$(cpu_ticks $chrome); f1=$(frames 77)
[ -n "$baseline" ] && b1=$(cpu_ticks $base) && g1=$(frames 78)

pct() { awk -v a="$1" -v b="$2" -v hz="$hz" -v s="$secs" 'BEGIN {printf "%.3f", (b - a) * 100 / hz / s}'; }
per_min() { awk -v n="$1" -v s="$secs" 'BEGIN {printf "%.1f", n * 60 / s}'; }
row() {  # label pid cpu-before cpu-after frames
  local rss pss
  read -r rss pss < <(mem "$2")
  printf "%-40s %9.1f %9.1f %9s %7d %12s\n" "$1" "$(bc -l <<< "$rss/1024")" "$(bc -l <<< "$pss/1024")" \
    "$(pct "$3" "$4")" "$(tree "$2" | wc -l)" "$5"
}
printf "%-40s %9s %9s %9s %7s %12s\n" "idle ${secs} s, 1920x1080" "RSS MiB" "PSS MiB" "CPU %" "procs" "frames/min"
row "wres-display (ImGui, Mesa llvmpipe)" "$disp" "$d0" "$d1" "$(per_min $((f1 - f0)))"
[ -n "$baseline" ] && row "wres-display, baseline $(basename "$(dirname "$baseline")")" "$base" "$b0" "$b1" \
  "$(per_min $((g1 - g0)))"
row "headless Chromium, same board" "$chrome" "$c0" "$c1" "-"
read -r drss _ < <(mem $disp)
read -r crss _ < <(mem $chrome)
awk -v d=$((d1 - d0)) -v c=$((c1 - c0)) -v dr="$drss" -v cr="$crss" -v s="$secs" -v hz="$hz" 'BEGIN {
  cpu = (c > 0) ? d / c : 0; rss = (cr > 0) ? dr / cr : 0
  printf "wall: CPU %.3f%% of a core (goal <= 0.15%%), %.2f of the browser (goal <= 0.25), RSS %.2f of it (goal <= 0.20)\n", d * 100 / hz / s, cpu, rss
}'
