// What the accessible twin costs per publish on the NSCHT board (issue 31's
// target: under 5 ms): a publish without it (the snapshot built and
// serialised, as wresd does on each change) side by side with the same publish
// that also makes the twin and writes its three files (into a folder on /tmp).
// The twin runs on wresd's own writer thread, not on the wall's path.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "wres/compute/snapshot_builder.hpp"
#include "wres/config/load.hpp"
#include "wres/protocol/snapshot_json.hpp"
#include "wres/twin/twin.hpp"

namespace {

const wres::Board& nscht() {
  static const wres::Board board =
      *wres::load_board(std::string(WRES_SOURCE_DIR) + "/deploy/examples/nscht/board.toml").board;
  return board;
}

std::string publish() {
  const wres::Board& b = nscht();
  wres::Date day = wres::effective_as_of(b, wres::Date{2024, 9, 30});
  return wres::snapshot_to_json(wres::build_snapshot(b, day, {day, false})).dump();
}

void BM_PublishWithoutTwin(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(publish());
}
BENCHMARK(BM_PublishWithoutTwin)->Unit(benchmark::kMillisecond);

void BM_PublishWithTwin(benchmark::State& state) {
  const std::string dir = std::filesystem::temp_directory_path() / "wres-bench-twin";
  std::filesystem::create_directories(dir);
  for (auto _ : state) {
    std::string json = publish();
    auto twin = wres::twin::twin_of_json(json, 0);
    if (!twin || wres::twin::write_twin(dir, *twin)) state.SkipWithError("twin not written");
  }
  std::filesystem::remove_all(dir);
}
BENCHMARK(BM_PublishWithTwin)->Unit(benchmark::kMillisecond);

// The twin alone: the page and CSVs from the JSON, and the three files written.
void BM_TwinOnly(benchmark::State& state) {
  const std::string json = publish(), dir = std::filesystem::temp_directory_path() / "wres-bench-twin-only";
  std::filesystem::create_directories(dir);
  for (auto _ : state) {
    auto twin = wres::twin::twin_of_json(json, 0);
    if (!twin || wres::twin::write_twin(dir, *twin)) state.SkipWithError("twin not written");
  }
  std::filesystem::remove_all(dir);
}
BENCHMARK(BM_TwinOnly)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
