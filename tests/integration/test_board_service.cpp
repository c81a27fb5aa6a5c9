// The daemon's core without a process: real files, a real SQLite file, and a
// clock the test moves, so midnight can be made to happen.
#include <gtest/gtest.h>

#include "board_text.hpp"

#include <sqlite3.h>

#include "board_service.hpp"
#include "daemon_process.hpp"
#include "temp_dir.hpp"
#include "wres/model/clock.hpp"

using namespace wres::test;
using namespace wresd;

namespace {

std::time_t local_time(int y, int m, int d, int hh = 12) {
  std::tm tm{};
  tm.tm_year = y - 1900, tm.tm_mon = m - 1, tm.tm_mday = d, tm.tm_hour = hh, tm.tm_isdst = -1;
  return std::mktime(&tm);
}

const std::string kBoard =
    board_head_undated() +
    plan_text({{"a", "Due on the first of October", "2024-10-01", "green"}, {"b", "Done", "2024-06", "blue"}});

struct Fixture {
  TempDir dir;
  std::string board = dir.write("board.toml", kBoard);
  std::string db = dir.file("h.sqlite3");
  std::time_t now = local_time(2024, 10, 1, 23);
  HistoryStore store;
  std::unique_ptr<BoardService> service;
  Fixture() {
    EXPECT_FALSE(store.open(db));
    service = std::make_unique<BoardService>(board, store, [this] { return now; });
  }
  wres::Snapshot shown;  // snapshot() is a copy: kept here so references stay valid
  const wres::ActionView& action(const std::string& id) {
    shown = service->snapshot();
    for (const auto& a : shown.plans.at(0).actions)
      if (a.id == id) return a;
    throw std::runtime_error("no action " + id);
  }
};

}  // namespace

TEST(BoardService, FirstBoardIsTheBaseline) {
  Fixture f;
  ReloadReport r = f.service->reload(ReloadMode::settled);
  EXPECT_TRUE(r.applied);
  EXPECT_EQ(r.changes, 0u);
  EXPECT_EQ(f.store.revision_count(), 1);
  EXPECT_EQ(f.store.statuses()->size(), 2u);
  EXPECT_TRUE(f.service->snapshot().changes.empty());
  // Reloading identical files records no new revision.
  f.service->reload(ReloadMode::settled);
  EXPECT_EQ(f.store.revision_count(), 1);
}

TEST(BoardService, MidnightMakesAnActionOverdueWithoutAnEdit) {
  Fixture f;
  f.service->reload(ReloadMode::settled);
  EXPECT_FALSE(f.action("a").overdue);  // due today, 23:00
  EXPECT_EQ(f.action("a").status, wres::Status::on_track);
  f.now = wres::next_local_midnight(f.now) + 1;
  ReloadReport r = f.service->reevaluate();
  EXPECT_EQ(r.changes, 1u);
  EXPECT_TRUE(f.action("a").overdue);
  auto h = f.store.history("p", "a");
  ASSERT_TRUE(h);
  ASSERT_EQ(h->size(), 1u);
  EXPECT_EQ((*h)[0].from, wres::Mark(wres::Status::on_track));
  EXPECT_EQ((*h)[0].to, wres::Mark::overdue());
  EXPECT_EQ((*h)[0].cause, wres::ChangeCause::date);
  EXPECT_EQ((*h)[0].at.substr(0, 10), "2024-10-02");
  EXPECT_EQ(f.service->snapshot().changes.size(), 1u);
}

TEST(BoardService, AddedAndRemovedActionsAreChanges) {
  Fixture f;
  f.service->reload(ReloadMode::settled);
  std::string text = kBoard;
  text.replace(text.find("[[plan.action]]\nid = \"b\""), std::string::npos,
               "[[plan.action]]\nid = \"c\"\ntitle = \"New\"\ndue = \"tbc\"\nstatus = \"amber\"\n");
  f.dir.write("board.toml", text);
  ReloadReport r = f.service->reload(ReloadMode::settled);
  EXPECT_EQ(r.changes, 2u);
  EXPECT_EQ(f.store.revision_count(), 2);
  const auto& changes = f.service->snapshot().changes;
  ASSERT_EQ(changes.size(), 2u);
  bool added = false, removed = false;
  for (const auto& c : changes) {
    added = added || (c.action == "c" && c.from == wres::Mark() && c.to == wres::Mark(wres::Status::at_risk));
    removed = removed || (c.action == "b" && c.from.name() == "complete" && c.to.name() == "removed");
  }
  EXPECT_TRUE(added);
  EXPECT_TRUE(removed);
  auto statuses = f.store.statuses();
  ASSERT_TRUE(statuses);
  EXPECT_EQ(statuses->size(), 2u);  // a and c
}

TEST(BoardService, InvalidConfigIsNotApplied) {
  Fixture f;
  f.service->reload(ReloadMode::settled);
  f.dir.write("board.toml", std::string(kBoard) + "status = \"x\"\n");
  ReloadReport r = f.service->reload(ReloadMode::settled);
  EXPECT_FALSE(r.applied);
  EXPECT_EQ(r.errors, 1u);
  const auto& s = f.service->snapshot();
  EXPECT_FALSE(s.config.ok);
  EXPECT_EQ(s.config.errors.at(0).where.line, 17);
  EXPECT_EQ(s.plans.at(0).actions.size(), 2u);  // the last good data
  EXPECT_EQ(f.store.revision_count(), 1);
}

TEST(BoardService, HistoryUnavailableKeepsPublishingAndCatchesUpWithOriginalTimes) {
  Fixture f;
  f.service->reload(ReloadMode::settled);
  // Another process holds the database: writes fail (after the busy timeout).
  sqlite3* other = nullptr;
  ASSERT_EQ(sqlite3_open(f.db.c_str(), &other), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
  std::string text = kBoard;
  text.replace(text.find("status = \"green\""), 16, "status = \"red\"");
  f.dir.write("board.toml", text);
  std::time_t changed_at = f.now;
  ReloadReport r = f.service->reload(ReloadMode::settled);
  EXPECT_TRUE(r.applied);
  EXPECT_FALSE(r.storage_error.empty());
  EXPECT_EQ(f.service->snapshot().storage_error, r.storage_error);
  ASSERT_EQ(f.service->snapshot().changes.size(), 1u);  // shown even though not yet stored
  EXPECT_EQ(f.action("a").status, wres::Status::off_track);
  sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(other);
  f.now += 600;
  EXPECT_TRUE(f.service->retry_storage());
  EXPECT_TRUE(f.service->snapshot().storage_error.empty());
  auto h = f.store.history("p", "a");
  ASSERT_TRUE(h);
  ASSERT_EQ(h->size(), 1u);
  EXPECT_EQ((*h)[0].at, wres::local_timestamp(changed_at));  // when it happened, not when it was written
  EXPECT_EQ(f.store.revision_count(), 2);
}

TEST(BoardService, StoreThatCannotOpenStillServes) {
  TempDir dir;
  auto board = dir.write("board.toml", kBoard);
  HistoryStore store;
  EXPECT_TRUE(store.open("/proc/no/such/dir/h.sqlite3").has_value());
  BoardService service(board, store, [] { return std::time(nullptr); });
  ReloadReport r = service.reload(ReloadMode::settled);
  EXPECT_TRUE(r.applied);
  EXPECT_FALSE(r.storage_error.empty());
  EXPECT_EQ(service.snapshot().plans.size(), 1u);
}

// The embargo (DESIGN 7.7): before its day a year's survey figures are not in
// the bytes the daemon publishes; at midnight on the day they are, without an edit.
TEST(BoardService, SurveyResultsArePublishedAtMidnightOnTheirDay) {
  Fixture f;
  f.dir.write("board.toml",
              std::string(kBoard) +
                  "[[year]]\nwres_year = 2024\nhba_staff = { bme_pct = 20.83, white_pct = 16.13, bme_n = 98 }\n"
                  "[[year]]\nwres_year = 2025\nsurvey_published = 2024-10-02\n"
                  "hba_staff = { bme_pct = 37.77, white_pct = 12.34, bme_n = 99 }\n");
  f.service->reload(ReloadMode::settled);  // 1 Oct 2024, 23:00
  std::string before = *f.service->snapshot_json();
  EXPECT_EQ(before.find("37.77"), std::string::npos);
  EXPECT_EQ(before.find("12.34"), std::string::npos);
  EXPECT_NE(before.find("20.83"), std::string::npos);       // the year before stays up
  EXPECT_NE(before.find("2024-10-02"), std::string::npos);  // and says when
  f.now = wres::next_local_midnight(f.now) + 1;
  f.service->reevaluate();
  std::string after = *f.service->snapshot_json();
  EXPECT_NE(after.find("37.77"), std::string::npos);
}

// DESIGN 7.6 in the history: the new states are recorded by name beside the
// rows an older build wrote, and an action whose status stops being reported
// is no longer overdue, which is recorded as what it is (overdue -> not_reported).
TEST(BoardService, NewStatesAreRecordedBesideOldRows) {
  Fixture f;
  f.service->reload(ReloadMode::settled);  // baseline: a on_track, b complete (rows as an older build wrote them)
  std::string text = kBoard;
  text.replace(text.find("status = \"green\""), 16, "status = \"in_progress\"");
  f.dir.write("board.toml", text);
  EXPECT_EQ(f.service->reload(ReloadMode::settled).changes, 1u);
  EXPECT_EQ(f.action("a").status, wres::Status::in_progress);
  f.now = wres::next_local_midnight(f.now) + 1;  // past its date: in progress and late
  EXPECT_EQ(f.service->reevaluate().changes, 1u);
  EXPECT_TRUE(f.action("a").overdue);
  text.replace(text.find("status = \"in_progress\""), 22, "status = \"not_reported\"");
  f.dir.write("board.toml", text);
  EXPECT_EQ(f.service->reload(ReloadMode::settled).changes, 1u);
  EXPECT_FALSE(f.action("a").overdue);  // nobody said it is not done
  auto h = f.store.history("p", "a");
  ASSERT_TRUE(h);
  ASSERT_EQ(h->size(), 3u);
  EXPECT_EQ((*h)[0].from.name(), "on_track");
  EXPECT_EQ((*h)[0].to.name(), "in_progress");
  EXPECT_EQ((*h)[1].to.name(), "overdue");
  EXPECT_EQ((*h)[2].from.name(), "overdue");
  EXPECT_EQ((*h)[2].to.name(), "not_reported");
  // Reloading the same file again records nothing: no change that never happened.
  EXPECT_EQ(f.service->reload(ReloadMode::settled).changes, 0u);
  EXPECT_EQ(f.store.history("p", "a")->size(), 3u);
}

// Changes held in memory because history cannot be written are not lost at a
// stop: they go to the journal, and the next run writes them with their times.
TEST(BoardService, UnstoredChangesGoToTheJournalAtShutdownAndIntoHistoryAtTheNextStart) {
  TempDir dir;
  std::string board = dir.write("board.toml", kBoard);
  std::string db = dir.file("h.sqlite3");
  std::time_t now = local_time(2024, 10, 1, 12);
  std::string changed_at;
  {
    HistoryStore store;
    ASSERT_FALSE(store.open(db));
    BoardService service(board, store, [&] { return now; });
    service.reload(ReloadMode::settled);  // the baseline
    store.close();                        // as good as a full disk from here on
    replace_in_file(board, "status = \"green\"", "status = \"red\"");
    now += 3600;
    changed_at = wres::local_timestamp(now);
    EXPECT_EQ(service.reload(ReloadMode::settled).changes, 1u);
    EXPECT_EQ(service.unstored_changes(), 1u);
    now += 3600;
    EXPECT_TRUE(service.flush_for_shutdown().empty());  // nothing lost: all of it is in the journal
  }
  ASSERT_TRUE(std::filesystem::exists(db + ".pending.json"));
  now += 60;  // the same day: action a is not yet overdue
  HistoryStore store;
  ASSERT_FALSE(store.open(db));
  BoardService service(board, store, [&] { return now; });
  service.restore_journal();
  EXPECT_FALSE(std::filesystem::exists(db + ".pending.json"));
  service.reload(ReloadMode::settled);
  auto entries = store.history("p", "a");
  ASSERT_TRUE(entries);
  ASSERT_EQ(entries->size(), 1u);  // recorded once, at the time it happened, not at the restart
  EXPECT_EQ((*entries)[0].from.name(), "on_track");
  EXPECT_EQ((*entries)[0].to.name(), "off_track");
  EXPECT_EQ((*entries)[0].at, changed_at);
}

// A board that breaks before its files settle is never recorded: it was not stable.
TEST(BoardService, ABoardThatBrokeBeforeSettlingIsNotRecorded) {
  Fixture f;
  f.service->reload(ReloadMode::settled);
  replace_in_file(f.board, "status = \"green\"", "status = \"red\"");
  EXPECT_TRUE(f.service->reload().applied);  // on the wall at once
  replace_in_file(f.board, "status = \"red\"", "status = ");
  EXPECT_FALSE(f.service->reload().applied);
  EXPECT_EQ(f.service->settle().changes, 0u);
  auto entries = f.store.history("p", "a");
  ASSERT_TRUE(entries);
  EXPECT_TRUE(entries->empty());
}
