#pragma once
// The NSCHT example board served by a real wresd from a temp folder, for the
// tests that run a live wall against it.
#include <cstdio>
#include <ctime>

#include "daemon_fixture.hpp"
#include "run_process.hpp"

namespace wres::test {

// The example's night hours (19:00-07:00) would blank the wall whenever the
// tests run in the evening: the live tests' night is one minute, twelve hours
// from now. Tests about the night set their own.
inline std::string board_with_night_far_off(std::string board) {
  std::time_t off = std::time(nullptr) + 12 * 3600, on = off + 60;
  std::tm a{}, b{};
  ::localtime_r(&off, &a);
  ::localtime_r(&on, &b);
  char night[96];
  std::snprintf(night, sizeof night, "night = { off = \"%02d:%02d\", on = \"%02d:%02d\" }\n", a.tm_hour, a.tm_min,
                b.tm_hour, b.tm_min);
  auto at = board.find("night ");
  if (at != std::string::npos) board.replace(at, board.find('\n', at) + 1 - at, night);
  return board;
}

struct LiveBoard : DaemonFixture {
  LiveBoard()
      : DaemonFixture(board_with_night_far_off(slurp(source_path("deploy/examples/nscht/board.toml"))), "h.sqlite3",
                      "wresd.sock") {
    for (const char* f : {"indicators.toml", "plans/ib-2024.toml", "plans/wres-2023-24.toml"})
      dir.write(f, slurp(source_path(std::string("deploy/examples/nscht/") + f)));
  }
};

}  // namespace wres::test
