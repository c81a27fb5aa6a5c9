// Crash consistency: wresd killed with SIGKILL at random points while the
// board is saved 200 times, each save changing an action's status. After every
// kill the history database must pass PRAGMA integrity_check and hold every
// change the daemon had acknowledged, i.e. shown in a snapshot that said its
// history was stored. Seeded: set WRES_CRASH_SEED to replay a run.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cstdlib>
#include <map>
#include <random>
#include <set>
#include <tuple>

#include "daemon_process.hpp"
#include "temp_dir.hpp"

using namespace wres::test;
using namespace std::chrono_literals;
using nlohmann::json;

namespace {

constexpr int kActions = 10;
constexpr int kSaves = 200;
const char* kColours[] = {"green", "amber", "red"};
const char* kStates[] = {"on_track", "at_risk", "off_track"};  // the colours under the default legend

std::string board_text(const std::vector<int>& colour) {
  std::string t =
      "[board]\norganisation = \"Crash Trust\"\ntitle = \"Crash test\"\nas_of = 2024-09-30\n"
      "[[plan]]\nid = \"p\"\ntitle = \"Plan P\"\n";
  for (int a = 0; a < kActions; ++a)
    t += "[[plan.action]]\nid = \"" + std::to_string(a + 1) + "\"\ntitle = \"Action " + std::to_string(a + 1) +
         "\"\ndue = \"2025-12\"\nstatus = \"" + kColours[colour[a]] + "\"\n";
  return t;
}

// Saved as editors that replace the file do: write aside, then rename.
void save(TempDir& dir, const std::vector<int>& colour) {
  dir.write("board.toml.new", board_text(colour));
  std::filesystem::rename(dir.file("board.toml.new"), dir.file("board.toml"));
}

using ChangeKey =
    std::tuple<std::string, std::string, std::string, std::string, std::string>;  // plan action from to at

// Every change shown by snapshots whose history was stored.
void note_acknowledged(const json& snap, std::set<ChangeKey>& acked) {
  if (!snap.contains("storage") || snap["storage"]["ok"] != true) return;
  auto s = [](const json& v) { return v.get<std::string>(); };
  for (const auto& c : snap["changes"])
    acked.insert({s(c["plan"]), s(c["action"]), s(c["from"]), s(c["to"]), s(c["at"])});
}

// Reads every message until `until` says stop or the timeout passes (or the socket closes).
template <class Until>
void drain(wres::client::Connection& c, std::set<ChangeKey>& acked, std::chrono::milliseconds timeout, Until until) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (c.is_open() && std::chrono::steady_clock::now() < deadline) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    auto m = c.receive(std::max(left, 1ms));
    if (!m) continue;
    if (m->value("type", "") != "snapshot") continue;
    note_acknowledged((*m)["snapshot"], acked);
    if (until((*m)["snapshot"])) return;
  }
}

struct DbCheck {
  std::string integrity;
  std::multiset<ChangeKey> stored;
};

DbCheck check_db(const std::string& path) {
  DbCheck out;
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
    out.integrity = "cannot open: " + std::string(sqlite3_errmsg(db));
    sqlite3_close(db);
    return out;
  }
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr);
  while (sqlite3_step(st) == SQLITE_ROW) out.integrity += reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
  sqlite3_finalize(st);
  sqlite3_prepare_v2(db, "SELECT plan, action, from_status, to_status, at FROM state_change", -1, &st, nullptr);
  auto text = [&](int i) { return std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, i))); };
  while (sqlite3_step(st) == SQLITE_ROW) out.stored.insert({text(0), text(1), text(2), text(3), text(4)});
  sqlite3_finalize(st);
  sqlite3_close(db);
  return out;
}

bool shows_state(const json& snap, int action, const std::string& state) {
  for (const auto& p : snap["plans"])
    for (const auto& a : p["actions"])
      if (a["id"] == std::to_string(action + 1)) return a["status"] == state;
  return false;
}

}  // namespace

TEST(CrashConsistency, KilledDuringTwoHundredSavesLosesNoAcknowledgedChange) {
  unsigned seed = 20261122;
  if (const char* s = std::getenv("WRES_CRASH_SEED")) seed = static_cast<unsigned>(std::strtoul(s, nullptr, 10));
  std::mt19937 rng(seed);
  SCOPED_TRACE("WRES_CRASH_SEED=" + std::to_string(seed));

  TempDir dir;
  std::vector<int> colour(kActions, 0);
  save(dir, colour);
  std::string db = dir.file("history.sqlite3"), socket = dir.file("wresd.sock");
  auto start = [&] {
    // Settle 0: every save is recorded as soon as it is read, so each one is
    // a commit a kill can interrupt (settling is tested in test_settle.cpp).
    auto d = std::make_unique<DaemonProcess>(dir.file("board.toml"), db, socket,
                                             std::vector<std::string>{"--settle-ms", "0"}, dir.file("wresd.log"));
    EXPECT_TRUE(d->wait_ready()) << d->log();
    return d;
  };
  auto daemon = start();
  wres::client::Connection c;
  ASSERT_TRUE(subscribe(c, socket));

  std::set<ChangeKey> acked;
  int kills = 0;
  for (int i = 0; i < kSaves; ++i) {
    int a = i % kActions;
    colour[a] = (colour[a] + 1) % 3;
    save(dir, colour);
    if (std::uniform_int_distribution<int>(0, 7)(rng) != 0) {  // most saves: wait for the wall to show it
      bool shown = false;
      drain(c, acked, 5s, [&](const json& s) { return shown = shows_state(s, a, kStates[colour[a]]); });
      ASSERT_TRUE(shown) << "save " << i << " never reached the wall\n" << daemon->log();
      continue;
    }
    // A kill at a random moment: before the reload, inside it, or after it.
    drain(c, acked, std::chrono::milliseconds(std::uniform_int_distribution<int>(0, 80)(rng)),
          [](const json&) { return false; });
    daemon->stop(SIGKILL);
    drain(c, acked, 1s, [](const json&) { return false; });  // what was sent before the kill still counts
    ++kills;

    DbCheck db_now = check_db(db);
    ASSERT_EQ(db_now.integrity, "ok") << "after kill " << kills << " at save " << i;
    for (const auto& k : acked)
      ASSERT_TRUE(db_now.stored.count(k))
          << "acknowledged change of action " << std::get<1>(k) << " from " << std::get<2>(k) << " to "
          << std::get<3>(k) << " at " << std::get<4>(k) << " is missing after kill " << kills << " at save " << i;
    daemon = start();
    c = wres::client::Connection();
    ASSERT_TRUE(subscribe(c, socket));
    drain(c, acked, 5s, [&](const json& s) { return shows_state(s, a, kStates[colour[a]]); });
  }
  EXPECT_GE(kills, 10) << "too few kills to mean anything";
  EXPECT_GE(acked.size(), static_cast<std::size_t>(kSaves / 2));

  // Finally every save is in history: what a kill interrupted was recorded on restart.
  daemon->stop();
  DbCheck end = check_db(db);
  EXPECT_EQ(end.integrity, "ok");
  for (const auto& k : acked) EXPECT_TRUE(end.stored.count(k));
  std::map<std::string, int> per_action;
  for (const auto& k : end.stored) ++per_action[std::get<1>(k)];
  for (int a = 0; a < kActions; ++a)
    EXPECT_EQ(per_action[std::to_string(a + 1)], kSaves / kActions) << "action " << a + 1;
}
