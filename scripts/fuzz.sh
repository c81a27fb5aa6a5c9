#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan+UBSan) into build-fuzz/, runs
# each once over its checked-in corpus, then fuzzes each for SECONDS (default 30).
#   scripts/fuzz.sh [SECONDS] [TARGET...]      e.g. scripts/fuzz.sh 3600 fuzz_config
#   scripts/fuzz.sh --build                    only build them (CI builds while other tests run)
# New inputs found go to build-fuzz/corpus/<target>/ (not the checked-in corpus:
# copy the interesting ones to fuzz/corpus/ by hand). A crash leaves its input in
# build-fuzz/<target>-crash-* and fails the script.
set -euo pipefail
cd "$(dirname "$0")/.."
build_only=false
[ "${1:-}" = --build ] && { build_only=true; shift; }
seconds=${1:-30}
shift || true
targets=("$@")
((${#targets[@]})) || targets=(fuzz_config fuzz_csv_import fuzz_xlsx_import fuzz_frame)

scripts/need_packages.sh clang libclang-rt-14-dev cmake ninja-build pkg-config libtomlplusplus-dev libcsv-dev libb64-dev libzip-dev libexpat1-dev libxlsxwriter-dev nlohmann-json3-dev libstb-dev

build=build-fuzz  # the fuzz preset's folder (CMakePresets.json)
scripts/configure.sh fuzz
cmake --build --preset fuzz -j"$(nproc)"
$build_only && exit 0
ctest --preset fuzz   # every checked-in input, once

# One target per core at a time: a fuzzer runs on one thread.
fuzz_one() {
  local t=$1 corpus=${1#fuzz_} extra=() max_len=4096
  [ "$corpus" = config ] && extra=(tests/data/hostile)
  # Whole boards need room; tables and frames go faster small (seeds are cut to fit).
  [ "$corpus" = config ] || [ "$corpus" = xlsx_import ] && max_len=16384  # a workbook is a zip of several parts
  mkdir -p "$build/corpus/$t"
  (cd "$build" && "./fuzz/$t" -max_total_time="$seconds" -rss_limit_mb=1024 -max_len="$max_len" \
     -artifact_prefix="$t-" -print_final_stats=1 "corpus/$t" "../fuzz/corpus/$corpus" "${extra[@]/#/../}") 2>&1 |
    grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|stat::new_units_added|#[0-9]+ +DONE)|ERROR|SUMMARY|abort|==[0-9]+==" |
    sed "s/^/$t: /" >"$build/$t.log" || true
}
echo "== ${targets[*]}: ${seconds}s each, $(nproc) at a time"
running=0
for t in "${targets[@]}"; do
  fuzz_one "$t" &
  if ((++running >= $(nproc))); then wait -n; ((running--)); fi
done
wait
for t in "${targets[@]}"; do cat "$build/$t.log"; done
if compgen -G "$build/fuzz_*-crash-*" >/dev/null || compgen -G "$build/fuzz_*-leak-*" >/dev/null ||
   compgen -G "$build/fuzz_*-timeout-*" >/dev/null || compgen -G "$build/fuzz_*-oom-*" >/dev/null; then
  echo "fuzz: finding saved in $build/ (TARGET-crash-*, -leak-*, -timeout-* or -oom-*)" >&2
  exit 1
fi
