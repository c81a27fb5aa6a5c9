// SPC cost (issue 30: 200 measures of 120 monthly points in under 5 ms), beside
// baselines in the same run:
//   BM_Snapshot_NoMeasures   the NSCHT example's snapshot as it is
//   BM_Snapshot_200Measures  the same board with 200 measures of 120 points,
//                            every one charted (compute_spc runs in evaluate_measure)
//   BM_Spc_200Measures       compute_spc alone for the 200
//   BM_Copy_200Measures      the baseline for that: only copying their readings
#include <benchmark/benchmark.h>

#include <cmath>

#include "wres/compute/snapshot_builder.hpp"
#include "wres/compute/spc.hpp"
#include "wres/config/load.hpp"

namespace {

const wres::Date kAsOf{2024, 9, 30};

wres::Board nscht() {
  auto r = wres::load_board(std::string(WRES_SOURCE_DIR) + "/deploy/examples/nscht/board.toml");
  if (!r.ok()) throw std::runtime_error("cannot load the NSCHT example");
  return std::move(*r.board);
}

// 120 months to September 2024, a wave with a step so that rules fire.
std::vector<wres::Measure> measures() {
  std::vector<wres::Measure> out;
  for (int k = 0; k < 200; ++k) {
    wres::Measure m;
    m.id = "m" + std::to_string(k), m.title = "Measure " + std::to_string(k), m.target = 50;
    m.direction = k % 3 == 0 ? wres::Direction::lower_is_better : wres::Direction::higher_is_better;
    m.spc.baseline = 24;
    for (int i = 0; i < 120; ++i)
      m.readings.push_back(
          {wres::Date{2014 + (i + 9) / 12, 1 + (i + 9) % 12, 1}, 50 + 5 * std::sin(i * 0.7 + k) + (i > 100 ? 4 : 0)});
    out.push_back(std::move(m));
  }
  return out;
}

void BM_Snapshot_NoMeasures(benchmark::State& state) {
  const wres::Board b = nscht();
  for (auto _ : state) benchmark::DoNotOptimize(wres::build_snapshot(b, kAsOf));
}

void BM_Snapshot_200Measures(benchmark::State& state) {
  wres::Board b = nscht();
  b.measures = measures();
  for (auto _ : state) benchmark::DoNotOptimize(wres::build_snapshot(b, kAsOf));
}

void BM_Spc_200Measures(benchmark::State& state) {
  const auto ms = measures();
  for (auto _ : state)
    for (const auto& m : ms) benchmark::DoNotOptimize(wres::compute_spc(m.readings, m.spc, m.direction, m.target));
}

void BM_Copy_200Measures(benchmark::State& state) {
  const auto ms = measures();
  for (auto _ : state)
    for (const auto& m : ms) benchmark::DoNotOptimize(std::vector<wres::Reading>(m.readings));
}

}  // namespace

BENCHMARK(BM_Snapshot_NoMeasures)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Snapshot_200Measures)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Copy_200Measures)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Spc_200Measures)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
