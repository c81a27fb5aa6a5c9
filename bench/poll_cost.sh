#!/usr/bin/env bash
# The cost of polling a board on a network share, side by side with inotify in
# one run: two wresd on copies of the same board, one --watch inotify, one
# --watch poll --poll-seconds 5, idle for SECONDS; CPU time from
# /proc/PID/schedstat (nanoseconds on a CPU), scaled to an hour. Then the
# save-to-wall latency in poll mode (bench_save_latency, saves at random
# moments in the interval).
#   bench/poll_cost.sh BUILD_DIR [SECONDS] [BOARD_DIR] [FILE_IN_BOARD] [SAVES]
set -euo pipefail
build=${1:?usage: poll_cost.sh BUILD_DIR [SECONDS] [BOARD_DIR] [FILE_IN_BOARD] [SAVES]}
secs=${2:-300}
board_dir=${3:-$(dirname "$0")/../deploy/examples/nscht}
file=${4:-plans/ib-2024.toml}
saves=${5:-20}
work=$(mktemp -d)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; rm -rf "$work"' EXIT

start() {  # NAME ARGS...: a wresd on its own copy of the board
  local name=$1; shift
  cp -r "$board_dir" "$work/$name"
  "$build/daemon/wresd" --config "$work/$name/board.toml" --db "$work/$name.sqlite3" \
    --socket "$work/$name.sock" "$@" 2>"$work/$name.log" &
  pids+=($!)
}
start inotify --watch inotify
start poll --watch poll --poll-seconds 5
sleep 5  # both started and settled
# Every thread's (the poller reads on its own thread): /proc/PID/task/*.
cpu_ns() { cat /proc/"$1"/task/*/schedstat | awk '{n += $1} END {printf "%d", n}'; }
wake() { cat /proc/"$1"/task/*/status | awk '/^voluntary_ctxt_switches|^nonvoluntary_ctxt_switches/ {n += $2} END {print n}'; }
i0=$(cpu_ns "${pids[0]}"); p0=$(cpu_ns "${pids[1]}"); iw0=$(wake "${pids[0]}"); pw0=$(wake "${pids[1]}")
sleep "$secs"
i1=$(cpu_ns "${pids[0]}"); p1=$(cpu_ns "${pids[1]}"); iw1=$(wake "${pids[0]}"); pw1=$(wake "${pids[1]}")
per_hour() { awk -v a="$1" -v b="$2" -v s="$secs" 'BEGIN {printf "%.1f", (b - a) / 1e6 * 3600 / s}'; }
wph() { awk -v a="$1" -v b="$2" -v s="$secs" 'BEGIN {printf "%.0f", (b - a) * 3600 / s}'; }
echo "idle for ${secs} s: $(grep -o "watching.*" "$work/poll.log" | tail -1)"
printf "%-34s %16s %16s\n" "wresd" "CPU ms / hour" "wakeups / hour"
printf "%-34s %16s %16s\n" "--watch inotify (baseline)" "$(per_hour "$i0" "$i1")" "$(wph "$iw0" "$iw1")"
printf "%-34s %16s %16s\n" "--watch poll --poll-seconds 5" "$(per_hour "$p0" "$p1")" "$(wph "$pw0" "$pw1")"
kill "${pids[@]}"; wait 2>/dev/null || true
pids=()

wrapper="$work/wresd-poll"
printf '#!/bin/sh\nexec "%s" "$@" --watch poll --poll-seconds 5\n' "$(realpath "$build/daemon/wresd")" >"$wrapper"
chmod +x "$wrapper"
echo
echo "save -> wall, --watch poll --poll-seconds 5, saves at random moments:"
WRES_BENCH_MAX_GAP_MS=5000 "$build/bench/bench_save_latency" "$wrapper" "$board_dir" "$file" "$saves" | sed -n '1,3p'
