// The history database's disk fills up, or its directory is read-only: wresd
// keeps publishing the board, says what is wrong in the snapshot and in
// get_health, and writes the history it held back once the disk is usable
// again. Real ENOSPC and EROFS from a small tmpfs mounted in this test's own
// mount namespace (needs root, as CI has; skipped otherwise).
#include <gtest/gtest.h>
#include <sched.h>
#include <sqlite3.h>
#include <sys/mount.h>

#include <cerrno>
#include <cstring>
#include <fstream>

#include "board_text.hpp"
#include "daemon_fixture.hpp"
#include "small_fs.hpp"
#include "temp_dir.hpp"

using namespace wres::test;
using namespace std::chrono_literals;
using nlohmann::json;

namespace {

const std::string kBoard =
    board_head("Storage Trust", "Storage test") + plan_text({{"1", "First", "2025-12", "green"}});

json health(wres::client::Connection& c) {
  if (!c.send({{"type", "get_health"}, {"id", 42}}, 3000ms)) return {};
  auto deadline = std::chrono::steady_clock::now() + 5s;
  while (std::chrono::steady_clock::now() < deadline) {
    auto m = c.receive(1000ms);
    if (m && m->value("type", "") == "health") return *m;
  }
  return {};
}

bool shows(const json& snap, const std::string& title, bool storage_ok) {
  return snap["title"] == title && snap["storage"]["ok"] == storage_ok;
}

int stored_changes(const std::string& db_path) {
  sqlite3* db = nullptr;
  int n = -1;
  if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT count(*) FROM state_change", -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
      n = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
  }
  sqlite3_close(db);
  return n;
}

struct Fixture : DaemonFixture {
  std::string state = dir.file("state");
  Fixture() : DaemonFixture(kBoard, "state/history.sqlite3", "wresd.sock") {}
  ~Fixture() { ::umount2(state.c_str(), MNT_DETACH); }

  std::unique_ptr<DaemonProcess> start() { return DaemonFixture::start({"--storage-retry-s", "1"}); }
  void edit(const std::string& from, const std::string& to) { replace_in_file(board, from, to); }
};

}  // namespace

TEST(StorageOutage, DiskFullKeepsPublishingAndWritesTheHistoryWhenSpaceReturns) {
  Fixture f;
  if (auto why = mount_small_fs(f.state, false); !why.empty()) GTEST_SKIP() << "needs root for a tmpfs: " << why;
  auto d = f.start();
  wres::client::Connection c;
  ASSERT_TRUE(subscribe(c, f.socket));
  ASSERT_TRUE(wait_snapshot(c, [](const json& s) { return shows(s, "Storage test", true); }));

  fill(f.state + "/filler");
  f.edit("Storage test", "Disk full");
  f.edit("status = \"green\"", "status = \"red\"");
  auto snap = wait_snapshot(c, [](const json& s) { return s["title"] == "Disk full" && s["storage"]["ok"] == false; });
  ASSERT_TRUE(snap) << d->log();
  EXPECT_NE((*snap)["storage"]["error"].get<std::string>().find("full"), std::string::npos) << (*snap)["storage"];
  EXPECT_EQ((*snap)["config"]["ok"], true);  // the board itself is fine and shown
  EXPECT_EQ((*plan_of(*snap, "p"))["actions"][0]["status"], "off_track");
  EXPECT_FALSE((*snap)["changes"].empty());  // the change is on the wall, held in memory
  auto h = health(c);
  EXPECT_EQ(h["health"]["storage"]["ok"], false) << h;
  EXPECT_TRUE(d->running());

  std::filesystem::remove(f.state + "/filler");
  ASSERT_TRUE(wait_snapshot(
      c, [](const json& s) { return shows(s, "Disk full", true); }, 10s))
      << d->log();
  EXPECT_EQ(health(c)["health"]["storage"]["ok"], true);
  d->stop();
  EXPECT_EQ(stored_changes(f.db), 1);  // green -> red, written once space returned
}

TEST(StorageOutage, ReadOnlyDirectoryKeepsPublishingAndRecoversWhenWritable) {
  Fixture f;
  if (auto why = mount_small_fs(f.state, true); !why.empty()) GTEST_SKIP() << "needs root for a tmpfs: " << why;
  auto d = f.start();  // the database cannot even be created
  wres::client::Connection c;
  ASSERT_TRUE(subscribe(c, f.socket));
  auto snap = wait_snapshot(c, [](const json& s) { return shows(s, "Storage test", false); });
  ASSERT_TRUE(snap) << d->log();
  EXPECT_TRUE((*snap)["storage"]["error"].get<std::string>().starts_with("cannot open history database: "))
      << (*snap)["storage"];
  EXPECT_EQ((*plan_of(*snap, "p"))["actions"].size(), 1u);
  auto h = health(c);
  EXPECT_EQ(h["health"]["storage"]["open"], false) << h;
  EXPECT_EQ(h["health"]["storage"]["ok"], false);

  f.edit("status = \"green\"", "status = \"amber\"");  // a change while nothing can be written
  ASSERT_TRUE(wait_snapshot(c, [](const json& s) {
    return (*plan_of(s, "p"))["actions"][0]["status"] == "at_risk" && s["storage"]["ok"] == false;
  }));

  ASSERT_TRUE(remount(f.state, false)) << std::strerror(errno);
  ASSERT_TRUE(wait_snapshot(
      c, [](const json& s) { return shows(s, "Storage test", true); }, 10s))
      << d->log();
  EXPECT_EQ(health(c)["health"]["storage"]["open"], true);
  d->stop();
  EXPECT_EQ(stored_changes(f.db), 0);  // the first board ever written is the baseline, not a change
}

// SIGTERM while a change waits for space: tried once more, then kept in the
// journal beside the database, or (when even that cannot be written) named
// in the log, never silently dropped.
TEST(StorageOutage, ChangesWaitingAtAStopAreKeptOrNamed) {
  Fixture f;
  if (auto why = mount_small_fs(f.state, false); !why.empty()) GTEST_SKIP() << "needs root for a tmpfs: " << why;
  auto d = f.start();
  wres::client::Connection c;
  ASSERT_TRUE(subscribe(c, f.socket));
  ASSERT_TRUE(wait_snapshot(c, [](const json& s) { return shows(s, "Storage test", true); }));
  fill(f.state + "/filler");
  f.edit("status = \"green\"", "status = \"red\"");
  ASSERT_TRUE(wait_snapshot(c, [](const json& s) { return !s["changes"].empty() && s["storage"]["ok"] == false; }))
      << d->log();
  EXPECT_EQ(d->stop(), 0);
  std::string log = d->log();
  bool journal = std::filesystem::exists(f.db + ".pending.json");
  if (!journal) {
    EXPECT_NE(log.find("history: 1 status changes are lost"), std::string::npos) << log;
    EXPECT_NE(log.find(" p 1: on_track -> off_track"), std::string::npos) << log;
    return;
  }
  std::filesystem::remove(f.state + "/filler");
  d = f.start();
  d->stop();
  EXPECT_EQ(stored_changes(f.db), 1) << d->log();
  EXPECT_FALSE(std::filesystem::exists(f.db + ".pending.json"));
}
