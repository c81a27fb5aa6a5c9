// How big the shown history grows: 90 days of a wall changing view every 20 s
// around the clock (the worst case: no night hours), written through the real
// HistoryStore into a real SQLite file, with its pruning on.
//   build/bench/bench_shown_history [DAYS] [SECONDS_PER_VIEW]
#include <sys/stat.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "history_store.hpp"

int main(int argc, char** argv) {
  const int days = argc > 1 ? std::atoi(argv[1]) : 90;
  const int every = argc > 2 ? std::atoi(argv[2]) : 20;
  const std::string path = "/tmp/wres-shown-bench-" + std::to_string(::getpid()) + ".sqlite3";
  wresd::HistoryStore store;
  if (auto err = store.open(path)) return std::fprintf(stderr, "%s\n", err->c_str()), 1;
  const char* pages[] = {"overview", "indicators", "plans", "plans", "plans", "overdue", "changes", "representation"};
  const std::int64_t start = 1'767'225'600;  // 2026-01-01
  const std::int64_t views = static_cast<std::int64_t>(days) * 86400 / every;
  auto t0 = std::chrono::steady_clock::now();
  for (std::int64_t i = 0; i < views; ++i) {
    const std::int64_t at = start + i * every;
    char hash[17];
    std::snprintf(hash, sizeof hash, "%016llx", static_cast<unsigned long long>(at * 2654435761ULL));
    wres::FrameReport f{.wall = "corridor-1",
                        .page = pages[i % 8],
                        .screen = i % 8 >= 2 && i % 8 <= 4 ? static_cast<int>(i % 8 - 2) : 0,
                        .revision = 1 + i / 500,
                        .at = "2026-01-01T00:00:00+00:00",
                        .at_unix = at,
                        .hash = hash,
                        .width = 1920,
                        .height = 1080,
                        .freshness = "live"};
    if (auto err = store.record_shown(f, wresd::ShownLimits{})) return std::fprintf(stderr, "%s\n", err->c_str()), 1;
  }
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  const auto rows = store.shown_rows();
  store.close();
  struct stat st {};
  ::stat(path.c_str(), &st);
  std::printf("%d days, a view every %d s: %lld rows, %.1f MB on disk (%.0f bytes a row); %.0f µs a row to write\n",
              days, every, static_cast<long long>(rows), static_cast<double>(st.st_size) / 1e6,
              static_cast<double>(st.st_size) / static_cast<double>(rows), secs * 1e6 / static_cast<double>(views));
  std::remove(path.c_str());
  return 0;
}
