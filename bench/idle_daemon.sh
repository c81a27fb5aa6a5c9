#!/usr/bin/env bash
# Idle cost of wresd: RSS and wakeups (context switches) per minute over a
# quiet period, beside `sleep` as the floor, in the same run.
#   bench/idle_daemon.sh BUILD_DIR [SECONDS] [BOARD]
# WRESD_ARGS: more options for wresd (e.g. its metrics: --metrics-file F).
set -euo pipefail
build=${1:?usage: idle_daemon.sh BUILD_DIR [SECONDS] [BOARD]}
secs=${2:-60}
board=${3:-$(dirname "$0")/../deploy/examples/nscht/board.toml}
work=$(mktemp -d)
trap 'kill $dpid $spid 2>/dev/null || true; rm -rf "$work"' EXIT

# shellcheck disable=SC2086 # WRESD_ARGS is words
"$build/daemon/wresd" --config "$board" --db "$work/h.sqlite3" --socket "$work/s.sock" ${WRESD_ARGS:-} 2>"$work/log" &
dpid=$!
sleep "$((secs + 30))" &  # the floor: a process that only waits
spid=$!
sleep 2  # let wresd finish starting
ctx() { awk '/^voluntary_ctxt_switches|^nonvoluntary_ctxt_switches/ {n += $2} END {print n}' "/proc/$1/status"; }
rss() { awk '/^VmRSS/ {print $2}' "/proc/$1/status"; }
d0=$(ctx $dpid); s0=$(ctx $spid)
sleep "$((secs - 2))"
d1=$(ctx $dpid); s1=$(ctx $spid)
per_min() { awk -v a="$1" -v b="$2" -v s="$((secs - 2))" 'BEGIN {printf "%.1f", (b - a) * 60 / s}'; }
printf "%-22s %10s %16s\n" "process (idle)" "RSS KiB" "wakeups/min"
printf "%-22s %10s %16s\n" "sleep (baseline)" "$(rss $spid)" "$(per_min "$s0" "$s1")"
printf "%-22s %10s %16s\n" "wresd" "$(rss $dpid)" "$(per_min "$d0" "$d1")"
