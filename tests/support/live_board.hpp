#pragma once
// The NSCHT example board served by a real wresd from a temp folder, for the
// tests that run a live wall against it.
#include "daemon_fixture.hpp"
#include "run_process.hpp"

namespace wres::test {

struct LiveBoard : DaemonFixture {
  LiveBoard() : DaemonFixture(slurp(source_path("deploy/examples/nscht/board.toml")), "h.sqlite3", "wresd.sock") {
    for (const char* f : {"indicators.toml", "plans/ib-2024.toml", "plans/wres-2023-24.toml"})
      dir.write(f, slurp(source_path(std::string("deploy/examples/nscht/") + f)));
  }
};

}  // namespace wres::test
