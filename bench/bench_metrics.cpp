// What wresd's metrics cost per change: collecting every wres_* metric and
// serializing it (prometheus-cpp), for a box with 3 walls and for a fleet's
// worth of 30 walls on one wresd. Baseline in the same run: the get_health
// JSON wresd already builds for `wresctl status` from the same facts.
#include <benchmark/benchmark.h>

#include <nlohmann/json.hpp>

#include "metrics.hpp"

namespace {

wresd::MetricsInput input(int walls) {
  wresd::MetricsInput in;
  in.version = "0.1.0", in.start_time = 1.7e9, in.snapshot_revision = 42, in.last_good_load = 1.7e9;
  in.clients = static_cast<std::size_t>(walls + 1), in.history_ok = true, in.history_bytes = 1 << 20;
  for (int i = 0; i < walls; ++i)
    in.walls.push_back({.wall = "corridor-" + std::to_string(i),
                        .connected = true,
                        .page = "overview",
                        .freshness = "live",
                        .panel = "on",
                        .state = "live",
                        .night = false,
                        .seconds_since_frame = 3,
                        .snapshot_revision = 42});
  return in;
}

void BM_MetricsText(benchmark::State& state) {
  auto in = input(static_cast<int>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(wresd::metrics_text(wresd::collect_metrics(in)));
}
BENCHMARK(BM_MetricsText)->Arg(3)->Arg(30)->Unit(benchmark::kMicrosecond);

void BM_HealthJsonBaseline(benchmark::State& state) {
  auto in = input(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    nlohmann::json walls = nlohmann::json::array();
    for (const auto& w : in.walls)
      walls.push_back({{"wall", w.wall},
                       {"state", w.state},
                       {"seconds_since_frame", w.seconds_since_frame},
                       {"frame", {{"page", w.page}, {"freshness", w.freshness}, {"revision", w.snapshot_revision}}}});
    nlohmann::json j = {{"clients", in.clients}, {"walls", walls}, {"config", {{"errors", in.board_errors}}}};
    benchmark::DoNotOptimize(j.dump());
  }
}
BENCHMARK(BM_HealthJsonBaseline)->Arg(3)->Arg(30)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
