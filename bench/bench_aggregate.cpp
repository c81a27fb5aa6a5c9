// Aggregation and load cost, each beside a baseline in the same run:
//   parse only (toml++ alone)      vs  load_board (parse + validate + model)
//   one counting pass (the floor)  vs  build_snapshot (the whole aggregation)
// Boards: the NSCHT example (arg 0), the generated board named by
// WRES_BIG_BOARD (arg 1; make it with gen_board; see docs/performance.md),
// and the illustrative WDES example (arg 2).
#include <benchmark/benchmark.h>
#include <toml++/toml.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "wres/compute/snapshot_builder.hpp"
#include "wres/config/load.hpp"
#include "wres/protocol/snapshot_json.hpp"

namespace {

std::string board_path(int which) {
  if (which == 0) return std::string(WRES_SOURCE_DIR) + "/deploy/examples/nscht/board.toml";
  if (which == 2) return std::string(WRES_SOURCE_DIR) + "/deploy/examples/illustrative/board.toml";
  const char* big = std::getenv("WRES_BIG_BOARD");
  return big ? big : "";
}

const wres::Board& board(int which) {
  static std::map<int, wres::Board> cache;
  auto it = cache.find(which);
  if (it == cache.end()) {
    auto r = wres::load_board(board_path(which));
    if (!r.ok()) throw std::runtime_error("cannot load " + board_path(which));
    it = cache.emplace(which, std::move(*r.board)).first;
  }
  return it->second;
}

bool skip_missing(benchmark::State& state) {
  if (!board_path(static_cast<int>(state.range(0))).empty()) return false;
  state.SkipWithError("set WRES_BIG_BOARD to a generated board");
  return true;
}

void label(benchmark::State& state) {
  std::size_t n = 0;
  for (const auto& p : board(static_cast<int>(state.range(0))).plans) n += p.actions.size();
  state.SetLabel(std::to_string(n) + " actions");
}

void BM_ParseOnly_Baseline(benchmark::State& state) {
  if (skip_missing(state)) return;
  auto r = wres::load_board(board_path(static_cast<int>(state.range(0))));
  for (auto _ : state)
    for (const auto& f : r.files) benchmark::DoNotOptimize(toml::parse_file(f));
  label(state);
}

void BM_LoadBoard(benchmark::State& state) {
  if (skip_missing(state)) return;
  for (auto _ : state) benchmark::DoNotOptimize(wres::load_board(board_path(static_cast<int>(state.range(0)))));
  label(state);
}

void BM_CountStates_Baseline(benchmark::State& state) {
  if (skip_missing(state)) return;
  const wres::Board& b = board(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    int counts[5] = {};
    for (const auto& p : b.plans)
      for (const auto& a : p.actions) ++counts[static_cast<int>(a.status)];
    benchmark::DoNotOptimize(counts);
  }
  label(state);
}

void BM_BuildSnapshot(benchmark::State& state) {
  if (skip_missing(state)) return;
  const wres::Board& b = board(static_cast<int>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(wres::build_snapshot(b, wres::Date{2024, 9, 30}));
  label(state);
}

void BM_SnapshotToJsonText(benchmark::State& state) {
  if (skip_missing(state)) return;
  wres::Snapshot s = wres::build_snapshot(board(static_cast<int>(state.range(0))), wres::Date{2024, 9, 30});
  for (auto _ : state) benchmark::DoNotOptimize(wres::snapshot_to_json(s).dump());
  label(state);
}

}  // namespace

// Arg 0: the NSCHT example board; arg 1: the generated board.
BENCHMARK(BM_ParseOnly_Baseline)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadBoard)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CountStates_Baseline)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BuildSnapshot)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SnapshotToJsonText)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
