// What the wall and wresctl say about an indicator (DESIGN 7.1-7.5, 7.8):
// the phrases, the two-year disciplinary option and comparators' years,
// computed from boards written here with figures worked by hand.
#include <gtest/gtest.h>

#include "temp_dir.hpp"
#include "wres/compute/snapshot_builder.hpp"
#include "wres/config/load.hpp"
#include "wres/model/wording.hpp"

using namespace wres;

namespace {

Snapshot snapshot_of(const std::string& text, Date as_of = {2024, 9, 30}) {
  test::TempDir dir;
  LoadResult r = load_board(dir.write("board.toml", text));
  EXPECT_TRUE(r.ok()) << (r.errors.empty() ? "" : format(r.errors.front()));
  return r.ok() ? build_snapshot(*r.board, as_of) : Snapshot{};
}

const IndicatorResult& get(const Snapshot& s, IndicatorKey k) {
  for (const auto& r : s.indicators)
    if (r.metric == &info(k)) return r;
  throw std::runtime_error("indicator missing");
}

// NSCHT's disciplinary counts (Tables 4 and 7): 0 of 182 and 11 of 1626 in
// 2023, 3 of 215 and 13 of 1705 in 2024.
std::string disciplinary_board(int rolling) {
  return "[board]\norganisation = \"T\"\ntitle = \"T\"\n[rules]\ndisciplinary_rolling_years = " +
         std::to_string(rolling) +
         "\n[[year]]\nwres_year = 2023\nworkforce = { bme = 182, white = 1626, unknown = 39 }\n"
         "disciplinary = { bme_cases = 0, white_cases = 11 }\n"
         "[[year]]\nwres_year = 2024\nworkforce = { bme = 215, white = 1705, unknown = 15 }\n"
         "disciplinary = { bme_cases = 3, white_cases = 13 }\n";
}

}  // namespace

TEST(DisciplinaryRolling, OneYearIsWhatTheTrustPublished) {
  Snapshot s = snapshot_of(disciplinary_board(1));
  const auto& r = get(s, IndicatorKey::disciplinary);
  EXPECT_NEAR(r.value, 1.83, 0.005);
  EXPECT_EQ(r.rolling_years, 1);
}

TEST(DisciplinaryRolling, TwoYearsPoolCasesAndWorkforce) {
  // (3 / 397) / (24 / 3331) = 1.0488: two years of cases say much less than one.
  Snapshot s = snapshot_of(disciplinary_board(2));
  const auto& r = get(s, IndicatorKey::disciplinary);
  EXPECT_NEAR(r.value, 1.0488, 1e-4);
  EXPECT_EQ(r.rolling_years, 2);
  ASSERT_TRUE(r.ci);
  EXPECT_LT(r.ci->first, 1.0);
  EXPECT_EQ(r.rag, Rag::green);
  // 2023 has no year before it, so no two-year figure: the series starts in 2024
  // rather than compare a one-year 0.00 with a two-year 1.05.
  ASSERT_EQ(r.history.size(), 1u);
  EXPECT_EQ(r.trend, Trend::first_year);
}

TEST(Wording, TrendPhrasesSayDirectionAndNoiseApart) {
  IndicatorResult r;
  r.metric = &info(IndicatorKey::recruitment);
  r.trend = Trend::worse, r.significant = false;
  // The trust's word ("improved significantly"), not "within noise" (issue 29.3).
  EXPECT_EQ(trend_phrase(r), "Worse \xC2\xB7 not statistically significant");
  EXPECT_EQ(noise_word_short(r), "not significant");  // where a tile has no room for the whole
  r.trend = Trend::improved, r.significant = true;
  EXPECT_EQ(trend_phrase(r), "Better \xC2\xB7 statistically significant");
  EXPECT_EQ(noise_word_short(r), "significant");
  r.significant.reset();
  EXPECT_EQ(trend_phrase(r), "Better");
  // Nothing to compare with is never "First year": the board cannot know (issue 29.5).
  r.trend = Trend::first_year;
  EXPECT_EQ(trend_phrase(r), "No earlier figure");
  r.rolling_years = 2;
  EXPECT_EQ(trend_heading(r), "No earlier figure");  // the tile says "two years pooled"
  r.rolling_years = 1, r.trend_withheld = true;
  EXPECT_EQ(trend_heading(r), "Trend withheld");
  r.trend_withheld = false;
  IndicatorResult board;
  board.metric = &info(IndicatorKey::board), board.basis = BoardBasis::voting;
  EXPECT_EQ(trend_heading(board), "No earlier voting figure");
  board.basis = BoardBasis::all_members;
  EXPECT_EQ(trend_heading(board), "No earlier figure");
  r.trend = Trend::same, r.significant = false;
  EXPECT_EQ(trend_phrase(r), "Same");
}

TEST(Wording, DeltaInPeopleForCountsOfEveryone) {
  IndicatorResult r;
  r.metric = &info(IndicatorKey::workforce);
  r.delta = 1.26, r.previous = 9.85, r.previous_year = 2023, r.delta_people = 33;
  EXPECT_EQ(delta_phrase(r), "+1.3 pts since 2023 \xC2\xB7 +33 staff");
  r.metric = &info(IndicatorKey::board), r.basis = BoardBasis::voting, r.delta_people = 1;
  EXPECT_EQ(delta_phrase(r), "+1.3 pts since 2023 \xC2\xB7 +1 voting member");
  r.metric = &info(IndicatorKey::recruitment), r.delta = 0.07, r.delta_people.reset();
  EXPECT_EQ(delta_phrase(r), "+0.07 since 2023");
}

TEST(Wording, ComparatorsAreNamedAndDated) {
  IndicatorResult r;
  r.metric = &info(IndicatorKey::hba_public);
  EXPECT_EQ(comparator_phrase(r, {"Mental health trusts", 2024, 31.43, 22.66, Comparison::better}),
            "Mental health trusts 2024: 31.43% \xC2\xB7 better");
  EXPECT_EQ(comparator_phrase(r, {"National (all trusts)", 2024, std::nullopt, std::nullopt, std::nullopt}),
            "National (all trusts) 2024: not yet available");
}

TEST(Wording, GapAsANumber) {
  IndicatorResult r;
  r.metric = &info(IndicatorKey::discrimination), r.gap = 11.2;
  EXPECT_EQ(gap_phrase(r), "11.2 pts worse than White staff");
  r.gap = -0.3;
  EXPECT_EQ(gap_phrase(r), "0.3 pts better than White staff");
}

TEST(Comparators, AMissingYearIsNotYetAvailableNeverRepeated) {
  auto s = snapshot_of(
      "[board]\norganisation = \"T\"\ntitle = \"T\"\n"
      "[[year]]\nwres_year = 2023\npublished = { recruitment = 1.14 }\nnational = { recruitment = 1.59 }\n"
      "[[year]]\nwres_year = 2024\npublished = { recruitment = 1.21 }\n");
  const auto& r = get(s, IndicatorKey::recruitment);
  ASSERT_EQ(r.comparators.size(), 1u);
  EXPECT_EQ(r.comparators[0].label, "National");
  EXPECT_EQ(r.comparators[0].year, 2024);
  EXPECT_FALSE(r.comparators[0].value.has_value());
  EXPECT_EQ(r.history_comparator, "");  // no figure to draw against
}

TEST(Comparators, ALabelledEarlierYearIsShownWithItsYear) {
  auto s = snapshot_of(
      "[board]\norganisation = \"T\"\ntitle = \"T\"\n"
      "[[year]]\nwres_year = 2024\npublished = { training = 0.74 }\n"
      "comparators = [ { label = \"National (all trusts)\", year = 2023, training = 1.12 } ]\n");
  const auto& r = get(s, IndicatorKey::training);
  ASSERT_EQ(r.comparators.size(), 1u);
  EXPECT_EQ(r.comparators[0].year, 2023);
  EXPECT_EQ(r.comparators[0].vs, Comparison::worse);  // 1.12 is nearer parity than 0.74
  EXPECT_FALSE(r.history[0].comparator.has_value());  // a 2023 figure is not drawn as 2024's
}

TEST(DataCalendar, SnapshotSaysWhenTheWresDataIsOld) {
  std::string board =
      "[board]\norganisation = \"T\"\ntitle = \"T\"\n[[year]]\nwres_year = 2024\npublished = { training = 0.74 }\n";
  EXPECT_FALSE(snapshot_of(board, {2025, 8, 31}).data_overdue);
  auto s = snapshot_of(board, {2025, 9, 1});
  EXPECT_TRUE(s.data_overdue);
  EXPECT_EQ(to_iso(*s.data_as_at), "2024-03-31");
}
