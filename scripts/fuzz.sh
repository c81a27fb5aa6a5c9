#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan+UBSan) into build-fuzz/, runs
# each once over its checked-in corpus, then fuzzes each for SECONDS (default 30).
#   scripts/fuzz.sh [SECONDS] [TARGET...]      e.g. scripts/fuzz.sh 3600 fuzz_config
# New inputs found go to build-fuzz/corpus/<target>/ (not the checked-in corpus:
# copy the interesting ones to fuzz/corpus/ by hand). A crash leaves its input in
# build-fuzz/crash-* and fails the script.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
shift || true
targets=("$@")
((${#targets[@]})) || targets=(fuzz_config fuzz_csv_import fuzz_xlsx_import fuzz_frame)

scripts/need_packages.sh clang libclang-rt-14-dev cmake pkg-config libtomlplusplus-dev libcsv-dev libb64-dev libzip-dev libexpat1-dev libxlsxwriter-dev nlohmann-json3-dev libstb-dev

build=build-fuzz  # the fuzz preset's folder (CMakePresets.json)
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j"$(nproc)"
ctest --preset fuzz   # every checked-in input, once

for t in "${targets[@]}"; do
  corpus=${t#fuzz_}
  extra=()
  [ "$corpus" = config ] && extra=(tests/data/hostile)
  # Whole boards need room; tables and frames go faster small (seeds are cut to fit).
  max_len=4096
  [ "$corpus" = config ] || [ "$corpus" = xlsx_import ] && max_len=16384  # a workbook is a zip of several parts
  mkdir -p "$build/corpus/$t"
  echo "== $t for ${seconds}s"
  (cd "$build" && "./fuzz/$t" -max_total_time="$seconds" -rss_limit_mb=1024 -max_len="$max_len" \
     -print_final_stats=1 "corpus/$t" "../fuzz/corpus/$corpus" "${extra[@]/#/../}") 2>&1 |
    grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|stat::new_units_added|#[0-9]+ +DONE)|ERROR|SUMMARY|abort|==[0-9]+==" || true
  if compgen -G "$build/crash-*" >/dev/null || compgen -G "$build/leak-*" >/dev/null ||
     compgen -G "$build/timeout-*" >/dev/null || compgen -G "$build/oom-*" >/dev/null; then
    echo "$t: finding saved in $build/ (crash-*, leak-*, timeout-* or oom-*)" >&2
    exit 1
  fi
done
