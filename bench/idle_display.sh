#!/usr/bin/env bash
# The wall's idle cost at 1920x1080, side by side in one run with headless
# Chromium showing an equivalent static HTML page of the same board (the
# browser-kiosk alternative). Both show the NSCHT example for SECONDS; we
# report resident memory (RSS and PSS, summed over each one's processes) and
# CPU time used while idle.
#   bench/idle_display.sh BUILD_DIR [SECONDS]     (needs: apt-get install chromium)
set -euo pipefail
build=$(realpath "${1:?usage: idle_display.sh BUILD_DIR [SECONDS]}")
secs=${2:-60}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; sleep 0.5; rm -rf "$work"' EXIT

"$build/daemon/wresd" --config "$here/../deploy/examples/nscht/board.toml" --db "$work/h.sqlite3" \
  --socket "$work/s.sock" 2>/dev/null &
pids+=($!)
"$build/wresctl/wresctl" snapshot --json --config "$here/../deploy/examples/nscht/board.toml" > "$work/snap.json"
python3 "$here/snapshot_to_html.py" "$work/snap.json" > "$work/board.html"

Xvfb :77 -screen 0 1920x1080x24 -nolisten tcp 2>/dev/null &
pids+=($!)
sleep 1
DISPLAY=:77 "$build/display/wres-display" --socket "$work/s.sock" --windowed 1920x1080 --no-cache 2>/dev/null &
disp=$!
pids+=($disp)
chromium --headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$work/chrome" --window-size=1920,1080 \
  "file://$work/board.html" 2>/dev/null &
chrome=$!
pids+=($chrome)
sleep 8  # both settle: first paint done

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
hz=$(getconf CLK_TCK)
d0=$(cpu_ticks $disp); c0=$(cpu_ticks $chrome)
sleep "$secs"
d1=$(cpu_ticks $disp); c1=$(cpu_ticks $chrome)
read -r drss dpss < <(mem $disp)
read -r crss cpss < <(mem $chrome)
pct() { awk -v a="$1" -v b="$2" -v hz="$hz" -v s="$secs" 'BEGIN {printf "%.2f", (b - a) * 100 / hz / s}'; }
printf "%-36s %10s %10s %10s %8s\n" "idle ${secs} s, 1920x1080" "RSS MiB" "PSS MiB" "CPU %" "procs"
printf "%-36s %10.1f %10.1f %10s %8d\n" "wres-display (ImGui, Mesa llvmpipe)" "$(bc -l <<< "$drss/1024")" "$(bc -l <<< "$dpss/1024")" "$(pct "$d0" "$d1")" "$(tree $disp | wc -l)"
printf "%-36s %10.1f %10.1f %10s %8d\n" "headless Chromium, same board" "$(bc -l <<< "$crss/1024")" "$(bc -l <<< "$cpss/1024")" "$(pct "$c0" "$c1")" "$(tree $chrome | wc -l)"
