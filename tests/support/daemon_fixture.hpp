#pragma once
// The one way tests run a real wresd: a board file, a history database and a
// socket in a temp folder, and start() to launch wresd on them and wait until
// it answers and its first board has settled.
#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "daemon_process.hpp"
#include "temp_dir.hpp"

namespace wres::test {

struct DaemonFixture {
  TempDir dir;
  std::string board, db, socket;

  explicit DaemonFixture(const std::string& board_text, const std::string& db_name = "history.sqlite3",
                         const std::string& socket_name = "run/wresd.sock")
      : board(dir.write("board.toml", board_text)), db(dir.file(db_name)), socket(dir.file(socket_name)) {}

  // `config` replaces the board file for this start (a symlink to it, say).
  std::unique_ptr<DaemonProcess> start(std::vector<std::string> extra = {}, const std::string& config = "") {
    auto d = std::make_unique<DaemonProcess>(config.empty() ? board : config, db, socket, std::move(extra),
                                             dir.file("wresd.log"));
    EXPECT_TRUE(d->wait_ready()) << d->log();
    return d;
  }
};

// Polls pred every 10 ms until it holds or the time is up; its last answer.
template <class Pred>
bool eventually(Pred pred, std::chrono::milliseconds timeout) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    if (pred()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return pred();
}

}  // namespace wres::test
