// History and restarts tell the truth: the real wresd, real files saved the
// way hostile (or just slow) editors save them, a real SQLite file read back
// after, real signals. Each test here failed on the daemon before settling,
// locks, the journal and the stored last good board existed.
#include <gtest/gtest.h>
#include <sched.h>
#include <sqlite3.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "board_text.hpp"
#include "daemon_fixture.hpp"
#include "disclosure_attacker.hpp"
#include "run_process.hpp"
#include "small_cells_board.hpp"
#include "temp_dir.hpp"
#include "wres/compute/snapshot_builder.hpp"
#include "wres/config/load.hpp"
#include "wres/protocol/snapshot_json.hpp"

using namespace wres::test;
using namespace std::chrono_literals;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string kBoard = board_head("Truth Trust", "History test", "plans/*.toml");

const std::string kPlan = plan_text({{"1", "First", "2025-12", "green"}, {"2", "Second", "2025-12", "amber"}});

// Rows of one SQL query, each column as text ("" for NULL).
std::vector<std::vector<std::string>> query(const std::string& db_path, const std::string& sql) {
  std::vector<std::vector<std::string>> rows;
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK)
      while (sqlite3_step(st) == SQLITE_ROW) {
        std::vector<std::string> row;
        for (int i = 0; i < sqlite3_column_count(st); ++i) {
          auto t = sqlite3_column_text(st, i);
          row.push_back(t ? reinterpret_cast<const char*>(t) : "");
        }
        rows.push_back(std::move(row));
      }
    sqlite3_finalize(st);
  }
  sqlite3_close(db);
  return rows;
}

std::vector<std::string> changes_in(const std::string& db) {
  std::vector<std::string> out;
  for (const auto& r : query(db, "SELECT action, from_status, to_status FROM state_change ORDER BY id"))
    out.push_back(r[0] + ":" + (r[1].empty() ? "new" : r[1]) + "->" + r[2]);
  return out;
}

std::size_t action_count(const json& snap) {
  std::size_t n = 0;
  for (const auto& p : snap["plans"]) n += p["actions"].size();
  return n;
}

// Every snapshot the wall receives in `window`, while `act` runs alongside.
template <class Act>
std::vector<json> watch_wall(wres::client::Connection& c, std::chrono::milliseconds window, Act act) {
  std::vector<json> seen;
  std::thread editor(act);
  auto deadline = std::chrono::steady_clock::now() + window;
  while (std::chrono::steady_clock::now() < deadline) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    auto m = c.receive(std::max(left, 1ms));
    if (m && m->value("type", "") == "snapshot") seen.push_back((*m)["snapshot"]);
  }
  editor.join();
  return seen;
}

struct Fixture : DaemonFixture {
  std::string plan = dir.write("plans/p.toml", kPlan);
  Fixture() : DaemonFixture(kBoard) {}
};

}  // namespace

// Item 1: `: > f; sleep 0.3; cat new > f` passes through an empty plans file.
TEST(HistoryTruth, AFileEmptiedAndRewrittenIsNeitherShownNorRecorded) {
  Fixture f;
  auto d = f.start({"--settle-ms", "1500"});
  wres::client::Connection c;
  ASSERT_TRUE(subscribe(c, f.socket));
  auto seen = watch_wall(c, 2500ms, [&] {
    std::ofstream(f.plan, std::ios::trunc).flush();
    std::this_thread::sleep_for(300ms);
    std::ofstream(f.plan, std::ios::trunc) << kPlan;
  });
  ASSERT_FALSE(seen.empty());
  for (const auto& s : seen) EXPECT_EQ(action_count(s), 2u) << "the wall showed a half-saved board";
  d->stop();
  EXPECT_EQ(changes_in(f.db), std::vector<std::string>{}) << d->log();
}

// Item 1: two appends 300 ms apart: the first adds an amber action, the
// second the plan's key (amber = in progress). Only the final state is history.
TEST(HistoryTruth, TwoAppendsAreRecordedAsOneChange) {
  Fixture f;
  auto d = f.start({"--settle-ms", "1000"});
  auto append = [&](const std::string& text) { std::ofstream(f.plan, std::ios::app) << text; };
  append("[[plan.action]]\nid = \"3\"\ntitle = \"Third\"\ndue = \"2025-12\"\nstatus = \"amber\"\n");
  std::this_thread::sleep_for(300ms);
  append("[plan.legend]\namber = \"in_progress\"\n");
  std::this_thread::sleep_for(2000ms);
  d->stop();
  EXPECT_EQ(changes_in(f.db), (std::vector<std::string>{"2:at_risk->in_progress", "3:new->in_progress"})) << d->log();
}

// Item 1: replacing the plans folder with rm -rf + cp -r.
TEST(HistoryTruth, ReplacingThePlansFolderIsNeitherShownEmptyNorRecorded) {
  Fixture f;
  TempDir backup;
  fs::copy(f.dir.file("plans"), backup.file("plans"), fs::copy_options::recursive);
  auto d = f.start({"--settle-ms", "1500"});
  wres::client::Connection c;
  ASSERT_TRUE(subscribe(c, f.socket));
  auto seen = watch_wall(c, 2500ms, [&] {
    fs::remove_all(f.dir.file("plans"));
    std::this_thread::sleep_for(300ms);
    fs::copy(backup.file("plans"), f.dir.file("plans"), fs::copy_options::recursive);
  });
  for (const auto& s : seen) EXPECT_EQ(action_count(s), 2u) << "the wall showed the board without its plans";
  d->stop();
  EXPECT_EQ(changes_in(f.db), std::vector<std::string>{}) << d->log();
}

bool errors_mention(const json& snap, const std::string& words) {
  for (const auto& e : snap["config"]["errors"])
    if (e.dump().find(words) != std::string::npos) return true;
  return false;
}

// Item 1, issue 27: removing every file a glob matched is an outage until an
// admin's SIGHUP says it is meant; then the wall has it, and history after
// the settle time.
TEST(HistoryTruth, ARemovalOfEveryPlanFileReachesTheWallWhenAnAdminSaysSo) {
  Fixture f;
  auto d = f.start({"--settle-ms", "300"});
  wres::client::Connection c;
  ASSERT_TRUE(subscribe(c, f.socket));
  ASSERT_TRUE(wait_snapshot(c, [](const json& s) { return action_count(s) == 2; }));
  fs::remove(f.plan);
  auto held = wait_snapshot(c, [](const json& s) { return !s["config"]["ok"].get<bool>(); });
  ASSERT_TRUE(held) << d->log();
  EXPECT_EQ(action_count(*held), 2u);
  EXPECT_TRUE(errors_mention(*held, "include 'plans/*.toml' matches no file now (the wall's board has 1 file from it)"))
      << held->dump();
  std::this_thread::sleep_for(1500ms);  // five settle times: still held
  EXPECT_EQ(changes_in(f.db), std::vector<std::string>{});
  d->signal(SIGHUP);
  auto taken = wait_snapshot(c, [](const json& s) { return action_count(s) == 0 && s["config"]["ok"].get<bool>(); });
  ASSERT_TRUE(taken) << d->log();
  std::this_thread::sleep_for(1000ms);
  d->stop();
  EXPECT_EQ(changes_in(f.db), (std::vector<std::string>{"1:on_track->removed", "2:at_risk->removed"}));
}

// Issue 27: a plans folder moved away for a while is an error on the wall over
// the last good board, never "no plans" as Live, and nothing is recorded.
TEST(HistoryTruth, APlansFolderMovedAwayIsAnErrorUntilItIsBack) {
  Fixture f;
  auto d = f.start({"--settle-ms", "300"});
  wres::client::Connection c;
  ASSERT_TRUE(subscribe(c, f.socket));
  ASSERT_TRUE(wait_snapshot(c, [](const json& s) { return action_count(s) == 2; }));
  bool error_shown = false;
  auto seen = watch_wall(c, 4000ms, [&] {
    fs::rename(f.dir.file("plans"), f.dir.file("plans.away"));
    std::this_thread::sleep_for(2500ms);  // eight settle times
    fs::rename(f.dir.file("plans.away"), f.dir.file("plans"));
  });
  for (const auto& s : seen) {
    EXPECT_EQ(action_count(s), 2u) << "the wall showed the board without its plans";
    error_shown = error_shown || errors_mention(s, "finds no folder " + f.dir.file("plans/") + " now");
  }
  EXPECT_TRUE(error_shown) << d->log();
  ASSERT_FALSE(seen.empty());
  EXPECT_TRUE(seen.back()["config"]["ok"].get<bool>()) << "the folder is back: " << seen.back()["config"].dump();
  d->stop();
  EXPECT_EQ(changes_in(f.db), std::vector<std::string>{}) << d->log();
}

// Issue 27: wresd starting before the plans share is mounted (a boot race)
// compares with the board history last recorded: the last good board and an
// error, not 0 plans recorded as removed.
TEST(HistoryTruth, AStartWithThePlansFolderMissingKeepsTheLastGoodBoard) {
  Fixture f;
  {
    auto d = f.start({"--settle-ms", "0"});
    ASSERT_TRUE(eventually([&] { return query(f.db, "SELECT count(*) FROM revision").at(0).at(0) == "1"; }, 5s));
    d->stop();
  }
  fs::rename(f.dir.file("plans"), f.dir.file("plans.away"));
  auto d = f.start({"--settle-ms", "0"});
  wres::client::Connection c;
  ASSERT_TRUE(subscribe(c, f.socket));
  auto snap = wait_snapshot(c, [](const json&) { return true; });
  ASSERT_TRUE(snap) << d->log();
  EXPECT_FALSE((*snap)["config"]["ok"].get<bool>());
  EXPECT_EQ(action_count(*snap), 2u);
  EXPECT_TRUE(errors_mention(*snap, "finds no folder")) << (*snap)["config"].dump();
  std::this_thread::sleep_for(800ms);
  d->stop();
  EXPECT_EQ(changes_in(f.db), std::vector<std::string>{}) << d->log();
}

// Issue 27: a whole file's plans gone (one file of two deleted, or a copy
// stalled mid-file) waits for --loss-settle-ms of quiet, not --settle-ms; a
// copy that finishes within it was never on the wall.
TEST(HistoryTruth, AWholeFileLostWaitsForTheLongerQuiet) {
  Fixture f;
  const std::string other = plan_text({{"9", "Ninth", "2025-12", "green"}}, "q", "Plan Q");
  f.dir.write("plans/q.toml", other);
  auto d = f.start({"--settle-ms", "300", "--loss-settle-ms", "3000"});
  wres::client::Connection c;
  ASSERT_TRUE(subscribe(c, f.socket));
  ASSERT_TRUE(wait_snapshot(c, [](const json& s) { return action_count(s) == 3; }));
  // A copy of p.toml stalled after its head for two seconds, then finished.
  auto seen = watch_wall(c, 2500ms, [&] {
    std::ofstream(f.plan, std::ios::trunc) << kPlan.substr(0, kPlan.find("[[plan.action]]"));
    std::this_thread::sleep_for(2000ms);
    std::ofstream(f.plan, std::ios::trunc) << kPlan;
  });
  for (const auto& s : seen) EXPECT_EQ(action_count(s), 3u) << "the wall showed a stalled copy";
  // q.toml really deleted: on the wall after three quiet seconds, not before.
  auto removed_at = std::chrono::steady_clock::now();
  fs::remove(f.dir.file("plans/q.toml"));
  auto taken = wait_snapshot(
      c, [](const json& s) { return action_count(s) == 2; }, 6000ms);
  ASSERT_TRUE(taken) << d->log();
  EXPECT_GE(std::chrono::steady_clock::now() - removed_at, 2900ms);
  std::this_thread::sleep_for(1000ms);
  d->stop();
  EXPECT_EQ(changes_in(f.db), std::vector<std::string>{"9:on_track->removed"}) << d->log();
}

// Issue 27: a plans folder that is a mount point, unmounted and mounted
// again: inotify's watch was on the folder under the mount and heard nothing
// after (0 plans as Live until SIGHUP). Now the wall holds the last good
// board with an error meanwhile and has the plans back within a recheck.
TEST(HistoryTruth, APlansShareUnmountedAndMountedAgainIsSeenAgain) {
  Fixture f;
  TempDir backup;
  fs::copy(f.dir.file("plans"), backup.file("plans"), fs::copy_options::recursive);
  if (::unshare(CLONE_NEWNS) != 0 || ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
    GTEST_SKIP() << "needs root for a mount namespace: " << std::strerror(errno);
  auto mount_plans = [&] {
    ASSERT_EQ(::mount("tmpfs", f.dir.file("plans").c_str(), "tmpfs", 0, "size=1m"), 0) << std::strerror(errno);
    fs::copy(backup.file("plans"), f.dir.file("plans"), fs::copy_options::recursive);
  };
  fs::remove(f.plan);  // the folder under the mount point is empty, as a share's usually is
  mount_plans();
  auto d = f.start({"--settle-ms", "300", "--poll-seconds", "1"});
  wres::client::Connection c;
  ASSERT_TRUE(subscribe(c, f.socket));
  ASSERT_TRUE(wait_snapshot(c, [](const json& s) { return action_count(s) == 2; }));
  ASSERT_EQ(::umount2(f.dir.file("plans").c_str(), 0), 0) << std::strerror(errno);
  auto held = wait_snapshot(c, [](const json& s) { return !s["config"]["ok"].get<bool>(); });
  ASSERT_TRUE(held) << d->log();
  EXPECT_EQ(action_count(*held), 2u);
  std::this_thread::sleep_for(1500ms);
  mount_plans();
  auto back = wait_snapshot(
      c, [](const json& s) { return s["config"]["ok"].get<bool>(); }, 5000ms);
  ASSERT_TRUE(back) << d->log();
  EXPECT_EQ(action_count(*back), 2u);
  // And it is watched again: an edit on the new mount reaches the wall.
  replace_in_file(f.plan, "status = \"green\"", "status = \"red\"");
  ASSERT_TRUE(wait_snapshot(
      c, [](const json& s) { return (*plan_of(s, "p"))["counts"]["off_track"] == 1; }, 3000ms))
      << d->log();
  d->stop();
  ::umount2(f.dir.file("plans").c_str(), MNT_DETACH);
  EXPECT_EQ(changes_in(f.db), std::vector<std::string>{"1:on_track->off_track"}) << d->log();
}

// Item 1: an ordinary edit is on the wall at once; history has it after settling.
TEST(HistoryTruth, AnEditIsShownAtOnceAndRecordedOnceSettled) {
  Fixture f;
  auto d = f.start({"--settle-ms", "1500"});
  wres::client::Connection c;
  ASSERT_TRUE(subscribe(c, f.socket));
  ASSERT_TRUE(wait_snapshot(c, [](const json&) { return true; }));
  auto edited_at = std::chrono::steady_clock::now();
  replace_in_file(f.plan, "status = \"green\"", "status = \"red\"");
  ASSERT_TRUE(wait_snapshot(
      c, [](const json& s) { return (*plan_of(s, "p"))["counts"]["off_track"] == 1; }, 1000ms));
  EXPECT_LT(std::chrono::steady_clock::now() - edited_at, 1000ms);
  EXPECT_EQ(changes_in(f.db), std::vector<std::string>{});  // not yet: the files may still be moving
  auto recorded = wait_snapshot(
      c, [](const json& s) { return !s["changes"].empty(); }, 4000ms);
  ASSERT_TRUE(recorded) << d->log();
  EXPECT_EQ(changes_in(f.db), std::vector<std::string>{"1:on_track->off_track"});
  EXPECT_NE(d->log().find("history: 1 status change recorded"), std::string::npos) << d->log();
}

// Item 2: the database deleted, then a backup put back with mv, while wresd runs.
TEST(HistoryTruth, ADeletedOrReplacedDatabaseIsNoticedAndWrittenAtItsPath) {
  Fixture f;
  auto d = f.start({"--storage-retry-s", "1"});
  // A backup holding the baseline, as an admin would take one.
  std::string backup = f.dir.file("backup.sqlite3");
  query(f.db, "SELECT 1");
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(f.db.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, ("VACUUM INTO '" + backup + "'").c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);

  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(f.db + suffix);
  replace_in_file(f.plan, "status = \"green\"", "status = \"red\"");
  std::this_thread::sleep_for(2500ms);
  ASSERT_TRUE(fs::exists(f.db)) << d->log();
  EXPECT_NE(d->log().find("was deleted while wresd ran; started a new history"), std::string::npos) << d->log();
  EXPECT_EQ(query(f.db, "SELECT count(*) FROM revision").at(0).at(0), "1");

  fs::rename(backup, f.db);  // the backup restored with mv
  replace_in_file(f.plan, "status = \"amber\"", "status = \"green\"");
  std::this_thread::sleep_for(2500ms);
  d->stop();
  EXPECT_NE(d->log().find("was replaced by another file while wresd ran"), std::string::npos) << d->log();
  // The backup's baseline (1 green, 2 amber) is kept; both differences since are recorded in it.
  auto changes = changes_in(f.db);
  EXPECT_EQ(changes, (std::vector<std::string>{"1:on_track->off_track", "2:at_risk->on_track"})) << d->log();
}

// Item 3: a second wresd on the same database (another socket, another board).
TEST(HistoryTruth, ASecondDaemonOnTheSameDatabaseTouchesNothing) {
  Fixture f;
  auto d = f.start();
  auto before = query(f.db, "SELECT (SELECT count(*) FROM revision), (SELECT count(*) FROM state_change)");
  std::string other = f.dir.write("other/board.toml", "[board]\norganisation = \"O\"\ntitle = \"Other\"\n");
  DaemonProcess second(other, f.db, f.dir.file("other.sock"), {"--settle-ms", "0"}, f.dir.file("second.log"));
  EXPECT_EQ(second.stop(0, 5000ms), 2);
  EXPECT_NE(second.log().find("is already using the history database " + f.db), std::string::npos) << second.log();
  EXPECT_FALSE(fs::exists(f.dir.file("other.sock")));
  EXPECT_EQ(query(f.db, "SELECT (SELECT count(*) FROM revision), (SELECT count(*) FROM state_change)"), before);
}

// Item 4: the journal: a change held in memory is written at the next start.
TEST(HistoryTruth, ChangesKeptInTheJournalAreWrittenAtTheNextStart) {
  Fixture f;
  f.start()->stop();
  std::ofstream(f.db + ".pending.json") << R"({"pending_changes":[{"plan":"p","action":"1","title":"First",
      "from":"on_track","to":"off_track","at":"2024-10-02T09:15:00+01:00","at_unix":1727856900,"cause":"config"}]})";
  replace_in_file(f.plan, "status = \"green\"", "status = \"red\"");  // the board as it was at that stop
  auto d = f.start();
  d->stop();
  EXPECT_FALSE(fs::exists(f.db + ".pending.json")) << d->log();
  auto rows = query(f.db, "SELECT action, from_status, to_status, at FROM state_change");
  ASSERT_EQ(rows.size(), 1u) << d->log();  // once: the board agrees, so nothing more is recorded
  EXPECT_EQ(rows[0], (std::vector<std::string>{"1", "on_track", "off_track", "2024-10-02T09:15:00+01:00"}));
}

// Item 5: a restart between a broken save and its fix.
TEST(HistoryTruth, ARestartWithABrokenBoardServesTheLastGoodData) {
  Fixture f;
  f.start()->stop();
  replace_in_file(f.plan, "status = \"green\"", "status = ");  // broken
  auto d = f.start();
  wres::client::Connection c;
  ASSERT_TRUE(subscribe(c, f.socket));
  auto snap = wait_snapshot(c, [](const json&) { return true; });
  ASSERT_TRUE(snap);
  EXPECT_EQ((*snap)["config"]["ok"], false);
  EXPECT_FALSE((*snap)["config"]["errors"].empty());
  EXPECT_EQ(action_count(*snap), 2u) << "the wall went empty after the restart";
  EXPECT_NE(d->log().find("showing the last good data, saved "), std::string::npos) << d->log();
}

// Item 6: /etc/wres/board.toml -> /srv/boards/board.toml, edited by rename at the target.
TEST(HistoryTruth, ABoardReachedThroughASymlinkReloads) {
  Fixture f;
  std::string target = f.dir.write("srv/board.toml", "[board]\norganisation = \"Linked\"\ntitle = \"Before\"\n");
  std::string link = f.dir.file("etc/board.toml");
  fs::create_directories(f.dir.file("etc"));
  fs::create_symlink(target, link);
  auto d = f.start({}, link);
  wres::client::Connection c;
  ASSERT_TRUE(subscribe(c, f.socket));
  ASSERT_TRUE(wait_snapshot(c, [](const json& s) { return s["title"] == "Before"; }));
  f.dir.write("srv/board.toml.tmp", "[board]\norganisation = \"Linked\"\ntitle = \"After\"\n");
  fs::rename(f.dir.file("srv/board.toml.tmp"), target);
  EXPECT_TRUE(wait_snapshot(
      c, [](const json& s) { return s["title"] == "After"; }, 3000ms))
      << d->log();
}

// Item 6: a Kubernetes ConfigMap: board.toml -> ..data/board.toml, ..data swapped by rename.
TEST(HistoryTruth, AConfigMapDataSwapReloads) {
  Fixture f;
  f.dir.write("cm/..v1/board.toml", "[board]\norganisation = \"CM\"\ntitle = \"Version 1\"\n");
  fs::create_directory_symlink("..v1", f.dir.file("cm/..data"));
  fs::create_symlink("..data/board.toml", f.dir.file("cm/board.toml"));
  auto d = f.start({}, f.dir.file("cm/board.toml"));
  wres::client::Connection c;
  ASSERT_TRUE(subscribe(c, f.socket));
  ASSERT_TRUE(wait_snapshot(c, [](const json& s) { return s["title"] == "Version 1"; }));
  f.dir.write("cm/..v2/board.toml", "[board]\norganisation = \"CM\"\ntitle = \"Version 2\"\n");
  fs::create_directory_symlink("..v2", f.dir.file("cm/..data_tmp"));
  fs::rename(f.dir.file("cm/..data_tmp"), f.dir.file("cm/..data"));
  fs::remove_all(f.dir.file("cm/..v1"));
  EXPECT_TRUE(wait_snapshot(
      c, [](const json& s) { return s["title"] == "Version 2"; }, 3000ms))
      << d->log();
}

// Item 7: a socket folder made first by another user, or open to everyone.
TEST(HistoryTruth, ASocketFolderOwnedByAnotherUserOrOpenToAllIsRefused) {
  if (::geteuid() != 0) GTEST_SKIP() << "needs root to make a folder owned by another user";
  Fixture f;
  fs::create_directories(f.dir.file("run"));
  ASSERT_EQ(::chown(f.dir.file("run").c_str(), 65534, 65534), 0);
  DaemonProcess other_owner(f.board, f.db, f.socket, {}, f.dir.file("a.log"));
  EXPECT_EQ(other_owner.stop(0, 5000ms), 2);
  EXPECT_NE(other_owner.log().find("belongs to uid 65534"), std::string::npos) << other_owner.log();
  EXPECT_FALSE(fs::exists(f.db)) << "it read the board and wrote history before refusing";

  ASSERT_EQ(::chown(f.dir.file("run").c_str(), 0, 0), 0);
  fs::permissions(f.dir.file("run"), fs::perms::all);  // 0777, no sticky bit
  DaemonProcess open_to_all(f.board, f.db, f.socket, {}, f.dir.file("b.log"));
  EXPECT_EQ(open_to_all.stop(0, 5000ms), 2);
  EXPECT_NE(open_to_all.log().find("is writable by every user"), std::string::npos) << open_to_all.log();
}

// Item 8: out of file descriptors, accept() fails at once: no spin, one log line.
TEST(HistoryTruth, AcceptFailingForLackOfDescriptorsBacksOffAndLogsOnce) {
  Fixture f;
  rlimit old{};
  ::getrlimit(RLIMIT_NOFILE, &old);
  rlimit low = old;
  low.rlim_cur = 40;
  ::setrlimit(RLIMIT_NOFILE, &low);  // inherited by the daemon
  auto d =
      std::make_unique<DaemonProcess>(f.board, f.db, f.socket, std::vector<std::string>{}, f.dir.file("wresd.log"));
  ::setrlimit(RLIMIT_NOFILE, &old);
  ASSERT_TRUE(d->wait_ready()) << d->log();
  std::vector<int> fds;
  for (int i = 0; i < 60; ++i) {
    int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    std::strcpy(addr.sun_path, f.socket.c_str());
    if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0)
      fds.push_back(fd);
    else
      ::close(fd);
  }
  std::this_thread::sleep_for(2000ms);
  std::string log = d->log();
  std::size_t lines = 0;
  for (auto pos = log.find("cannot accept clients"); pos != std::string::npos;
       pos = log.find("cannot accept clients", pos + 1))
    ++lines;
  EXPECT_EQ(lines, 1u) << log.substr(0, 2000);
  for (int fd : fds) ::close(fd);
  wres::client::Connection c;
  bool back = false;
  for (int i = 0; i < 50 && !back; ++i, std::this_thread::sleep_for(100ms)) back = c.open(f.socket, "test", 1000ms);
  EXPECT_TRUE(back) << d->log();
}

// Item 8: a flood of idle connections from one user does not lock the wall out.
TEST(HistoryTruth, AFloodOfIdleConnectionsDoesNotLockTheWallOut) {
  if (::geteuid() != 0) GTEST_SKIP() << "needs root to connect as another user";
  Fixture f;
  fs::permissions(f.dir.path(), fs::perms::owner_all | fs::perms::group_exec | fs::perms::others_exec);
  auto d = f.start({"--group", "nogroup", "--client-idle-ms", "1500"});
  int ready[2];
  ASSERT_EQ(::pipe(ready), 0);
  pid_t flood = ::fork();
  if (flood == 0) {  // another user (nobody, group nogroup) holding 300 connections
    if (::setgid(65534) != 0 || ::setuid(65534) != 0) ::_exit(3);
    std::vector<int> fds;
    for (int i = 0; i < 300; ++i) {
      int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
      sockaddr_un addr{};
      addr.sun_family = AF_UNIX;
      std::strcpy(addr.sun_path, f.socket.c_str());
      if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0) fds.push_back(fd);
    }
    char n = fds.size() > 250 ? 'y' : 'n';
    if (::write(ready[1], &n, 1) != 1) ::_exit(4);
    ::pause();
    ::_exit(0);
  }
  char connected = 0;
  ASSERT_EQ(::read(ready[0], &connected, 1), 1);
  EXPECT_EQ(connected, 'y');
  wres::client::Connection wall;
  EXPECT_TRUE(subscribe(wall, f.socket)) << wall.error() << "\n" << d->log();
  EXPECT_TRUE(wait_snapshot(
      wall, [](const json&) { return true; }, 3000ms))
      << d->log();
  std::this_thread::sleep_for(2500ms);  // past the idle deadline
  ::kill(flood, SIGKILL);
  ::waitpid(flood, nullptr, 0);
  std::string log = d->log();
  // At its limit, the user's own oldest connections make room (issue 27: 64 of root's must not lock out root's
  // wresctl); the wall, another user's, keeps its place.
  EXPECT_NE(log.find("uid 65534 has 64 connections (the limit): closing its oldest"), std::string::npos)
      << log.substr(0, 3000);
  EXPECT_NE(log.find(") dropped: idle: no hello in time (logged once a minute)"), std::string::npos)
      << log.substr(0, 3000);
}

// Item 9: each save stores only the changed file, compressed.
TEST(HistoryTruth, EachSaveStoresOnlyTheChangedFileCompressed) {
  Fixture f;
  for (int i = 0; i < 5; ++i) {
    std::string text = kPlan;
    text.replace(text.find("id = \"p\""), 8, "id = \"p" + std::to_string(i) + "\"");
    f.dir.write("plans/q" + std::to_string(i) + ".toml", text);
  }
  auto d = f.start({"--settle-ms", "0"});
  for (int save = 0; save < 10; ++save) {
    replace_in_file(f.plan, save % 2 ? "status = \"red\"" : "status = \"green\"",
                    save % 2 ? "status = \"green\"" : "status = \"red\"");
    std::this_thread::sleep_for(400ms);
  }
  d->stop();
  EXPECT_EQ(query(f.db, "SELECT count(*) FROM revision").at(0).at(0), "11") << d->log();
  // Seven files at first (the main file and six plans); each save after adds one
  // text, and p.toml only alternates between two texts.
  EXPECT_EQ(query(f.db, "SELECT count(*) FROM source_text").at(0).at(0), "8");
  EXPECT_EQ(query(f.db, "SELECT count(*) FROM revision_file").at(0).at(0), "77");
  auto bytes = query(f.db, "SELECT sum(length(zstd)), sum(bytes) FROM source_text").at(0);
  EXPECT_LT(std::stoll(bytes[0]), std::stoll(bytes[1]));
  EXPECT_EQ(query(f.db, "SELECT count(*) FROM revision WHERE sources IS NOT NULL").at(0).at(0), "0");
}

// Item 11: the database file is not world-readable, and an empty one is said to be.
TEST(HistoryTruth, TheDatabaseIsCreated0640AndAnEmptyOneIsNamed) {
  Fixture f;
  ::umask(022);
  f.start()->stop();
  EXPECT_EQ(fs::status(f.db).permissions() & fs::perms::all,
            fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  Fixture g;
  std::ofstream(g.db).flush();  // zero bytes
  auto d = g.start();
  d->stop();
  EXPECT_NE(d->log().find("is empty (0 bytes); starting a new history in it"), std::string::npos) << d->log();
}

// Issue 27: what the wall withholds is withheld from the socket and from
// history too. A database an older wresd filled with every figure loses them
// at the first commit under [privacy] min_count; the socket's snapshot gives
// none of them back to a reader with a calculator.
TEST(HistoryTruth, HistoryAndTheSocketKeepOnlyWhatTheWallMayShow) {
  std::string open_board = kSmallCells;
  open_board.replace(open_board.find("min_count = 5"), 13, "min_count = 0");
  DaemonFixture f(open_board);
  f.start()->stop();
  auto stored = [&](const std::string& where) {
    return query(f.db, "SELECT count(*) FROM indicator_value WHERE " + where).at(0).at(0);
  };
  ASSERT_EQ(stored("wres_year = 2024 AND indicator = 'disciplinary'"), "1");  // as an older wresd kept it
  f.dir.write("board.toml", kSmallCells);
  auto d = f.start();
  wres::client::Connection c;
  ASSERT_TRUE(subscribe(c, f.socket)) << c.error();
  auto snap = wait_snapshot(
      c, [](const json& s) { return s["privacy"]["min_count"] == 5; }, 3000ms);
  ASSERT_TRUE(snap) << d->log();
  d->stop();
  for (const char* gone : {"disciplinary", "training", "board", "hba_staff"})
    EXPECT_EQ(stored("wres_year = 2024 AND indicator = '" + std::string(gone) + "'"), "0") << gone;
  EXPECT_EQ(stored("wres_year = 2025"), "0");  // under embargo
  EXPECT_EQ(stored("abs(value - 44.4) < 0.001 OR abs(value - 37.77) < 0.001"), "0");
  EXPECT_EQ(stored("wres_year = 2024 AND indicator = 'recruitment'"), "1");  // what is shown stays
  wres::LoadResult board = wres::load_board(f.board);
  ASSERT_TRUE(board.ok());
  wres::Date today = *wres::parse_iso_date((*snap)["as_of"].get<std::string>());
  json truth = wres::snapshot_to_json(wres::build_snapshot(*board.board, today, {today, true}));
  DisclosureAttacker attacker(*snap, truth, 200);
  auto found = attacker.recovered();
  EXPECT_TRUE(found.empty()) << found.front();
  EXPECT_GE(attacker.withheld_seen(), 10);
}

namespace {
void exec_sql(const std::string& db_path, const std::string& sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(db_path.c_str(), &db), SQLITE_OK);
  char* err = nullptr;
  EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err), SQLITE_OK) << (err ? err : "");
  sqlite3_free(err);
  sqlite3_close(db);
}
}  // namespace

// Issue 28: history keeps every family's values. A database written before
// families (schema 4) keeps its rows, read as the WRES's, and the WDES's are
// recorded beside them under their own family.
TEST(HistoryTruth, ADatabaseFromBeforeFamiliesKeepsItsRowsAndGainsTheWdes) {
  const std::string wres_year =
      "[[year]]\nwres_year = 2024\nrecruitment = { bme_shortlisted = 100, bme_appointed = "
      "10, white_shortlisted = 400, white_appointed = 60 }\n";
  DaemonFixture f(kBoard + wres_year);
  f.start()->stop();
  // Back to schema 4, as the last wresd before families left it.
  exec_sql(f.db,
           "DROP INDEX indicator_value_key; ALTER TABLE indicator_value DROP COLUMN family; "
           "CREATE INDEX indicator_value_key ON indicator_value(wres_year, indicator, id); "
           "DROP TABLE measure_reading; PRAGMA user_version = 4;");
  ASSERT_EQ(query(f.db, "SELECT count(*) FROM indicator_value").at(0).at(0), "1");
  f.dir.write("board.toml", kBoard + wres_year +
                                "[[wdes_year]]\nwdes_year = 2024\nrecruitment = { disabled_shortlisted = 300, "
                                "disabled_appointed = 60, non_disabled_shortlisted = 2500, "
                                "non_disabled_appointed = 600 }\nvoice = { yes = true, note = \"a network\" }\n");
  f.start()->stop();
  EXPECT_EQ(query(f.db, "PRAGMA user_version").at(0).at(0), "6");  // and schema 6's measure readings
  EXPECT_EQ(query(f.db, "SELECT count(*) FROM measure_reading").at(0).at(0), "0");
  auto rows = query(f.db, "SELECT family, wres_year, indicator, value FROM indicator_value ORDER BY family, indicator");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"wdes", "2024", "recruitment", "1.2"}));  // 0.24 / 0.20
  EXPECT_EQ(rows[1], (std::vector<std::string>{"wdes", "2024", "voice", "1.0"}));
  EXPECT_EQ(rows[2][0], "wres");  // the row written before families, kept and read as the WRES's
  EXPECT_EQ(rows[2][2], "recruitment");
}

// Issue 30.6: a measure's readings are history like statuses: each month when
// first recorded, each change of its value, its removal; a save that changes
// no reading records nothing. Read back with the real wresctl.
TEST(HistoryTruth, AChangedReadingIsRecordedAndWresctlShowsIt) {
  auto board = [](const std::string& readings) {
    return "[board]\norganisation = \"T\"\ntitle = \"Measures\"\nas_of = 2024-06-30\n[[measure]]\nid = \"hire\"\n"
           "title = \"Days to hire\"\nunit = \"days\"\ndirection = \"lower_is_better\"\nreadings = [" +
           readings + "]\n";
  };
  DaemonFixture f(board("{ date = 2024-01-01, value = 40 }, { date = 2024-02-01, value = 42 }"));
  auto d = f.start({"--settle-ms", "200"});
  auto rows = [&] { return query(f.db, "SELECT count(*) FROM measure_reading")[0][0]; };
  ASSERT_TRUE(eventually([&] { return rows() == "2"; }, 5s)) << d->log();
  auto save = [&](const std::string& text, const std::string& want_rows) {
    std::ofstream(f.board, std::ios::trunc) << text;
    EXPECT_TRUE(eventually([&] { return rows() == want_rows; }, 5s)) << rows() << "\n" << d->log();
  };
  save(board("{ date = 2024-01-01, value = 40 }, { date = 2024-02-01, value = 45 }, { date = 2024-03-01, value = 41 }"),
       "4");
  // The same readings written another way: no row.
  save("# re-saved\n" + board("{ date = 2024-01-01, value = 40.0 }, { date = 2024-02-01, value = 45 }, "
                              "{ date = 2024-03-01, value = 41 }"),
       "4");
  std::this_thread::sleep_for(600ms);
  EXPECT_EQ(rows(), "4");
  save(board("{ date = 2024-02-01, value = 45 }, { date = 2024-03-01, value = 41 }"), "5");
  auto r = run(std::string(WRESCTL) + " history --measure hire --socket " + f.socket);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> lines;
  std::istringstream in(r.out);
  for (std::string l; std::getline(in, l);) lines.push_back(l.substr(0, l.find("  (")));
  EXPECT_EQ(lines, (std::vector<std::string>{"2024-01-01  40 first recorded", "2024-01-01  40 removed",
                                             "2024-02-01  42 first recorded", "2024-02-01  42 -> 45",
                                             "2024-03-01  41 first recorded"}))
      << r.out;
  EXPECT_EQ(run(std::string(WRESCTL) + " history --socket " + f.socket).exit_code,
            2);  // neither --action nor --measure
  EXPECT_NE(run(std::string(WRESCTL) + " history --measure nobody --socket " + f.socket)
                .out.find("No recorded readings for measure nobody."),
            std::string::npos);
}
