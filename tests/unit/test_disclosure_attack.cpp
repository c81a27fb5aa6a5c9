// Disclosure control tried the way an attacker would (issue 27): for every
// figure a board with small cells withholds, work it out again from what a
// socket client reads (the published snapshot JSON, which is also the
// display's cache and what `wresctl status --json` prints), and fail. The
// attacker (support/disclosure_attacker.hpp) knows nothing of the daemon's
// code; it is checked first against a naive redaction, which it must break.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "board_file.hpp"
#include "disclosure_attacker.hpp"
#include "model_support.hpp"
#include "small_cells_board.hpp"
#include "temp_dir.hpp"
#include "wres/compute/cell_audit.hpp"
#include "wres/compute/snapshot_builder.hpp"
#include "wres/config/load.hpp"
#include "wres/protocol/snapshot_json.hpp"

using namespace wres;
using nlohmann::json;
using wres::test::kSmallCells;

namespace {

using test::kAsOf;

json published_json(const Board& b) { return snapshot_to_json(build_snapshot(b, kAsOf)); }
json unredacted(const Board& b) {
  return snapshot_to_json(build_snapshot(b, kAsOf, SnapshotOptions{std::nullopt, true}));
}

// The NSCHT example as shipped, with docs/privacy.md's corridor setting (which it has; checked).
Board nscht_in_a_corridor(test::TempDir& dir) {
  namespace fs = std::filesystem;
  fs::copy(std::string(WRES_SOURCE_DIR) + "/deploy/examples/nscht", dir.path(), fs::copy_options::recursive);
  std::ifstream in(dir.path() / "board.toml");
  std::stringstream text;
  text << in.rdbuf();
  std::string board = text.str();
  EXPECT_NE(board.find("[privacy]\nmin_count = 5\n"), std::string::npos);
  LoadResult r = load_board(dir.write("board.toml", board));
  EXPECT_TRUE(r.ok()) << (r.errors.empty() ? "" : format(r.errors.front()));
  return r.board.value_or(Board{});
}

std::string listed(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += "\n  " + s;
  return out;
}

}  // namespace

// The attacker is real: against a redaction that nulls only the small counts
// themselves (as wresd did before), it gets them back.
TEST(DisclosureAttack, TheAttackerBreaksANaiveRedaction) {
  Board b = test::board_of(kSmallCells);
  json truth = unredacted(b), naive = truth;
  for (auto& r : naive["indicators"])
    if (r["key"] == "workforce")
      for (auto& band : r["bands"])
        if (band["bme"].get<long long>() < 5)
          band["bme"] = nullptr, band["withheld"] = "fewer than 5 Global Majority staff";
  naive["privacy"]["min_count"] = 5;
  test::DisclosureAttacker attacker(naive, truth, 200);
  auto found = attacker.recovered();
  EXPECT_FALSE(found.empty());
  // Each way in: the share beside the count, and the sums.
  EXPECT_NE(listed(found).find("share x total"), std::string::npos) << listed(found);
  EXPECT_NE(listed(found).find("from the sums"), std::string::npos) << listed(found);
}

TEST(DisclosureAttack, NothingWithheldFromASmallCellsBoardCanBeWorkedOut) {
  Board b = test::board_of(kSmallCells);
  test::DisclosureAttacker attacker(published_json(b), unredacted(b), 200);
  auto found = attacker.recovered();
  EXPECT_TRUE(found.empty()) << listed(found);
  EXPECT_GE(attacker.withheld_seen(), 10);  // the board really has small cells
}

TEST(DisclosureAttack, NothingWithheldFromTheNschtExampleInACorridorCanBeWorkedOut) {
  test::TempDir dir;
  Board b = nscht_in_a_corridor(dir);
  test::DisclosureAttacker attacker(published_json(b), unredacted(b), 1935);
  auto found = attacker.recovered();
  EXPECT_TRUE(found.empty()) << listed(found);
  EXPECT_GE(attacker.withheld_seen(), 13);  // the 13 band counts the issue found, and more
}

// What the wall says of each small figure, and that none of the numbers
// behind it is anywhere in what is published.
TEST(DisclosureAttack, SmallFiguresAreWithheldWithEverythingMadeFromThem) {
  Board b = test::board_of(kSmallCells);
  Snapshot s = build_snapshot(b, kAsOf);
  auto find = [&](IndicatorKey k) -> const IndicatorResult& {
    for (const auto& r : s.indicators)
      if (r.metric == &info(k)) return r;
    throw std::runtime_error("no indicator");
  };
  EXPECT_EQ(find(IndicatorKey::disciplinary).withheld, "fewer than 5 people");  // 2 cases
  EXPECT_TRUE(find(IndicatorKey::disciplinary).history[0].withheld == false);   // 2023's 6 cases stand
  EXPECT_TRUE(find(IndicatorKey::disciplinary).trend_withheld);
  EXPECT_EQ(find(IndicatorKey::training).withheld, "fewer than 5 people");  // 2 without training
  EXPECT_EQ(find(IndicatorKey::board).withheld, "fewer than 5 members");    // 2 voting members
  EXPECT_EQ(find(IndicatorKey::hba_staff).withheld, "fewer than 11 responses");
  EXPECT_FALSE(find(IndicatorKey::recruitment).figure_withheld());
  const auto& w = find(IndicatorKey::workforce);
  ASSERT_TRUE(w.senior);
  EXPECT_TRUE(w.senior->is_withheld());  // 8A-9 minus the shown bands would give 8B back
  for (const auto& band : w.bands) {
    SCOPED_TRACE(band.band + " " + std::string(to_string(band.group)));
    bool small = band.band == "8A" || band.band == "8B" || band.band == "8C" || band.band == "7" ||
                 (band.band == "6" && band.group == BandGroup::non_clinical);
    if (small) {
      EXPECT_TRUE(band.is_withheld());
    }
  }
  ASSERT_TRUE(s.targets);
  EXPECT_TRUE(s.targets->needed_withheld);
  for (const auto& t : s.targets->bands) EXPECT_TRUE(t.trajectory.empty() || t.trajectory.front().target >= 5);
  std::string text = snapshot_to_json(s).dump();
  EXPECT_EQ(text.find("44.4"), std::string::npos);  // the survey of 9
  EXPECT_EQ(text.find("12.5"), std::string::npos);  // 1 of 8: 8A non-clinical's share
  EXPECT_EQ(text.find("16.6"), std::string::npos);  // 1 of 6 executive members
}

TEST(DisclosureAttack, TheOldSwitchStillLoadsAndSaysItHasNoEffect) {
  test::TempDir dir;
  LoadResult r = load_board(dir.write("board.toml",
                                      "[board]\norganisation = \"T\"\ntitle = \"T\"\n[privacy]\nmin_count = 5\n"
                                      "min_count_hides_ratios = false\n"));
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_NE(format(r.warnings[0]).find("no longer has an effect"), std::string::npos) << format(r.warnings[0]);
}

// ---- the audit by itself ------------------------------------------------------

TEST(CellAudit, ABandGivenBackBySeniorMinusTheOthersIsCovered) {
  // 8A-9 (12) = 8A (6) + 8B (1, withheld) + 8C (5): 8B is 12 - 6 - 5.
  std::vector<AuditCell> cells = {{12, 0, 30, true, true, false},
                                  {6, 0, 10, true, true, false},
                                  {1, 0, 4, false, true, true},
                                  {5, 0, 16, true, true, false}};
  std::vector<AuditSum> sums = {{0, {1, 2, 3}}};
  EXPECT_EQ(reader_bounds(cells, sums)[2], (Bounds{1, 1}));  // pinned
  auto added = protect_withheld(cells, sums);
  ASSERT_EQ(added.size(), 1u);
  EXPECT_EQ(added[0], 3u);  // the smaller part withheld with it
  auto b = reader_bounds(cells, sums);
  EXPECT_LT(b[2].first, b[2].second);
}

TEST(CellAudit, TwoWithheldZerosUnderAZeroTotalArePinnedByBounds) {
  // total 0 shown; both parts withheld as "fewer than 5": each must be 0.
  std::vector<AuditCell> cells = {
      {0, 0, 20, true, false, false}, {0, 0, 4, false, true, true}, {0, 0, 4, false, true, true}};
  std::vector<AuditSum> sums = {{0, {1, 2}}};
  auto b = reader_bounds(cells, sums);
  EXPECT_EQ(b[1], (Bounds{0, 0}));
  EXPECT_EQ(b[2], (Bounds{0, 0}));
}

TEST(CellAudit, EliminationFindsWhatIntervalsAloneMiss) {
  // overall = a + b + c + d; senior = c + d. With c and d withheld and senior
  // shown, a = overall - b - senior: only elimination sees it.
  std::vector<AuditCell> cells = {
      {30, 0, 100, true, false, false},  // overall
      {6, 0, 50, true, true, false},     // senior
      {3, 0, 40, false, true, true},     // a: withheld
      {21, 0, 40, true, true, false},    // b
      {2, 0, 4, false, true, true},      // c: withheld
      {4, 0, 10, false, true, false},    // d: withheld to cover c
  };
  std::vector<AuditSum> sums = {{0, {2, 3, 4, 5}}, {1, {4, 5}}};
  EXPECT_EQ(reader_bounds(cells, sums)[2], (Bounds{3, 3}));
  protect_withheld(cells, sums);
  auto b = reader_bounds(cells, sums);
  EXPECT_LT(b[2].first, b[2].second);
  EXPECT_LT(b[4].first, b[4].second);
}
