// The pay gap family (DESIGN 8.3) on the illustrative example board
// (deploy/examples/illustrative) and small boards written here, checked
// against gaps worked by hand from the hourly pay in the board file, never
// from the code under test.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "model_support.hpp"
#include "temp_dir.hpp"
#include "wres/compute/snapshot_builder.hpp"
#include "wres/config/load.hpp"
#include "wres/model/wording.hpp"
#include "wres/protocol/snapshot_json.hpp"

using namespace wres;

namespace {

Board board_of(const std::string& pay_gaps, const std::string& extra = "") {
  auto r = load_board_text("[board]\norganisation = \"T\"\ntitle = \"B\"\nas_of = 2024-09-30\n" + extra + pay_gaps,
                           "board.toml");
  EXPECT_TRUE(r.ok()) << (r.errors.empty() ? "" : format(r.errors.front()));
  return r.board ? *r.board : Board{};
}

using test::published;

const IndicatorResult* find_gap(const Snapshot& s, const char* key) { return test::find_metric(s, "pay_gap", key); }
const IndicatorResult& gap_metric(const Snapshot& s, const char* key) { return test::metric_of(s, "pay_gap", key); }

}  // namespace

TEST(PayGap, EthnicityFromHourlyPayByHand) {
  Snapshot s = published(test::illustrative_board());
  // Mean 2024: (18.15 - 17.20) / 18.15 = 5.234%, red from 5.0%; 2023: (17.60 - 16.40) / 17.60 = 6.818%.
  const auto& mean = gap_metric(s, "ethnicity.mean");
  EXPECT_NEAR(mean.value, 100.0 * 0.95 / 18.15, 1e-9);
  EXPECT_EQ(mean.source, Source::hourly);
  EXPECT_EQ(mean.rag, Rag::red);
  EXPECT_EQ(mean.rag_reason, "BME staff paid 5.2% less than White staff (red from 5.0%)");
  ASSERT_TRUE(mean.previous);
  EXPECT_NEAR(*mean.previous, 100.0 * 1.2 / 17.6, 1e-9);
  EXPECT_EQ(mean.trend, Trend::improved);  // 6.8% to 5.2%: nearer 0
  EXPECT_FALSE(mean.significant);          // no test for a pay gap: nothing said of noise
  ASSERT_TRUE(mean.pay);
  EXPECT_DOUBLE_EQ(mean.pay->focus, 17.20);
  EXPECT_EQ(mean.declared_pct, 92.3);
  EXPECT_EQ(to_iso(mean.as_at), "2024-03-31");  // the public sector's snapshot date
  // Median 2024: (15.90 - 15.40) / 15.90 = 3.145%, amber (2.0 to 5.0).
  const auto& median = gap_metric(s, "ethnicity.median");
  EXPECT_NEAR(median.value, 100.0 * 0.5 / 15.9, 1e-9);
  EXPECT_EQ(median.rag, Rag::amber);
  EXPECT_NEAR(*median.previous, 100.0 * 0.6 / 15.5, 1e-9);  // 2023: 3.871%
}

TEST(PayGap, DisabilityFromHourlyAgainstAPublishedYear) {
  Snapshot s = published(test::illustrative_board());
  const auto& mean = gap_metric(s, "disability.mean");
  EXPECT_NEAR(mean.value, 100.0 * 0.8 / 17.8, 1e-9);  // 4.494%: amber
  EXPECT_EQ(mean.rag, Rag::amber);
  EXPECT_EQ(*mean.previous, 5.1);  // 2023 as published
  EXPECT_EQ(mean.trend, Trend::improved);
  const auto& median = gap_metric(s, "disability.median");
  EXPECT_NEAR(median.value, 100.0 * 0.1 / 15.7, 1e-9);  // 0.637%: green
  EXPECT_EQ(median.rag, Rag::green);
  EXPECT_EQ(focus_of(median, s.term), "Disabled");
  EXPECT_EQ(reference_of(median), "non-disabled");
}

TEST(PayGap, SexAsPublishedNamesWomenAndMen) {
  Snapshot s = published(test::illustrative_board());
  const auto& mean = gap_metric(s, "sex.mean");
  EXPECT_EQ(mean.value, 14.2);
  EXPECT_EQ(mean.source, Source::published);
  EXPECT_EQ(mean.trend, Trend::first_year);
  EXPECT_FALSE(mean.pay);
  EXPECT_EQ(mean.rag_reason, "Women paid 14.2% less than Men (red from 5.0%)");
  EXPECT_TRUE(mean.bands.empty());  // no quartiles given
}

TEST(PayGap, QuartilesAgainstTheShareOfAllFour) {
  Snapshot s = published(test::illustrative_board());
  const auto& mean = gap_metric(s, "ethnicity.mean");
  ASSERT_EQ(mean.bands.size(), 4u);
  // 250 BME of 1940 in all four quartiles: 12.887%; the lowest paid 100 of 485.
  EXPECT_EQ(mean.bands[0].band, "1");
  EXPECT_EQ(mean.bands[0].total, 485);
  EXPECT_NEAR(mean.bands[0].focus_pct, 100.0 * 100 / 485, 1e-9);
  EXPECT_NEAR(mean.bands[0].vs_overall_pts, 100.0 * 100 / 485 - 100.0 * 250 / 1940, 1e-9);
  EXPECT_NEAR(mean.bands[3].focus_pct, 100.0 * 30 / 485, 1e-9);
  EXPECT_EQ(quartile_phrase(mean, s.term),
            "BME staff: 20.6% of the lowest-paid quarter, 6.2% of the highest (12.9% overall)");
}

TEST(PayGap, EitherWayAndAsShown) {
  // The focus group paid more: (19.00 - 20.00) / 19.00 = -5.263%, red either way.
  Board more = board_of(
      "[[pay_gap]]\nkind = \"ethnicity\"\nyear = 2024\nfocus = \"Global Majority\"\nreference = \"White British\"\n"
      "hourly = { focus_mean = 20.00, reference_mean = 19.00 }\n");
  const Snapshot ms = published(more);
  const auto& m = gap_metric(ms, "ethnicity.mean");
  EXPECT_NEAR(m.value, -100.0 / 19, 1e-9);
  EXPECT_EQ(m.rag, Rag::red);
  EXPECT_EQ(m.rag_reason, "Global Majority staff paid 5.3% more than White British staff (red from 5.0%)");
  EXPECT_EQ(find_gap(ms, "ethnicity.median"), nullptr);  // not given: no result
  // 4.96% is shown as 5.0%: rated as shown, red, never "amber" beside a "5.0%".
  Board edge = board_of("[[pay_gap]]\nkind = \"sex\"\nyear = 2024\npublished = { mean_pct = 4.96 }\n");
  EXPECT_EQ(gap_metric(published(edge), "sex.mean").rag, Rag::red);
  // The board's own thresholds.
  Board own = board_of("[[pay_gap]]\nkind = \"sex\"\nyear = 2024\npublished = { mean_pct = 4.96 }\n",
                       "[rules]\npay_gap_amber_pct = 6.0\npay_gap_red_pct = 10.0\n");
  EXPECT_EQ(gap_metric(published(own), "sex.mean").rag, Rag::green);
}

TEST(PayGap, ATrendFromOneDecimalToTheNext) {
  // 5.24% then 5.16%: both 5.2% on the wall, so the same, not "Better".
  Board b = board_of(
      "[[pay_gap]]\nkind = \"sex\"\nyear = 2023\npublished = { mean_pct = 5.24 }\n"
      "[[pay_gap]]\nkind = \"sex\"\nyear = 2024\npublished = { mean_pct = 5.16 }\n");
  EXPECT_EQ(gap_metric(published(b), "sex.mean").trend, Trend::same);
}

TEST(PayGap, SmallGroupsAreWithheldOnACorridorWall) {
  const std::string quartiles =
      "quartiles = [ { quartile = 1, focus = 3, reference = 200 }, { quartile = 2, focus = 6, reference = 200 },\n"
      "              { quartile = 3, focus = 7, reference = 200 }, { quartile = 4, focus = 8, reference = 200 } ]\n";
  Board b = board_of(
      "[[pay_gap]]\nkind = \"disability\"\nyear = 2024\n"
      "hourly = { focus_mean = 17.00, reference_mean = 17.80 }\n" +
          quartiles,
      "[privacy]\nmin_count = 5\n");
  Snapshot s = published(b);
  const auto& mean = gap_metric(s, "disability.mean");
  EXPECT_FALSE(mean.figure_withheld());  // 24 Disabled staff in all: the gap stands
  ASSERT_EQ(mean.bands.size(), 4u);
  for (const auto& q : mean.bands) {  // 3 in the lowest quarter: every quarter's count goes with it
    EXPECT_TRUE(q.is_withheld()) << q.band;
    EXPECT_EQ(q.focus, 0);
  }
  const std::string text = snapshot_to_json(s).dump();
  for (const char* count : {"\"focus\":3", "\"focus\":6", "\"focus\":7", "\"focus\":8"})
    EXPECT_EQ(text.find(count), std::string::npos) << count;
  // Four Disabled staff in all: their average pay is theirs; the gap is withheld.
  Board few = board_of(
      "[[pay_gap]]\nkind = \"disability\"\nyear = 2024\n"
      "hourly = { focus_mean = 17.00, reference_mean = 17.80 }\n"
      "quartiles = [ { quartile = 1, focus = 1, reference = 200 }, { quartile = 2, focus = 1, "
      "reference = 200 },\n  { quartile = 3, focus = 1, reference = 200 }, { quartile = 4, focus = "
      "1, reference = 200 } ]\n",
      "[privacy]\nmin_count = 5\n");
  Snapshot fs = published(few);
  EXPECT_TRUE(gap_metric(fs, "disability.mean").figure_withheld());
  EXPECT_EQ(gap_metric(fs, "disability.mean").withheld, "fewer than 5 staff in a group");
  EXPECT_FALSE(gap_metric(fs, "disability.mean").pay);
  const std::string fjson = snapshot_to_json(fs).dump();
  EXPECT_EQ(fjson.find("17.8"), std::string::npos);  // no hourly pay of a withheld gap leaves wresd
  // Unredacted (a private meeting): all of it.
  Snapshot full = build_snapshot(few, *few.as_of, SnapshotOptions{*few.as_of, true});
  EXPECT_FALSE(gap_metric(full, "disability.mean").figure_withheld());
}

TEST(PayGap, TheSnapshotSaysWhatEachGapIsAndReadsBack) {
  Snapshot s = published(test::illustrative_board());
  auto j = snapshot_to_json(s);
  bool seen = false;
  for (const auto& e : j["indicators"]) {
    if (e["family"] != "pay_gap" || e["key"] != "ethnicity.mean") continue;
    seen = true;
    EXPECT_EQ(e["metric"], "ethnicity.mean");
    EXPECT_EQ(e["kind"], "pay_gap");
    EXPECT_EQ(e["focus"], "BME");
    EXPECT_EQ(e["reference"], "White");
    EXPECT_EQ(e["significant"], nullptr);
    EXPECT_EQ(e["hourly"]["reference"], 18.15);
    EXPECT_EQ(e["quartiles"].size(), 4u);
    EXPECT_EQ(e["quartiles"][0]["focus"], 100);
  }
  EXPECT_TRUE(seen);
  EXPECT_EQ(j["rules"]["pay_gap_red_pct"], 5.0);
  std::string error;
  auto back = snapshot_from_json(j, &error);
  ASSERT_TRUE(back) << error;
  EXPECT_EQ(snapshot_to_json(*back), j);  // lossless
  EXPECT_EQ(gap_metric(*back, "ethnicity.mean").bands.size(), 4u);
  EXPECT_EQ(reference_of(gap_metric(*back, "sex.median")), "Men");
}

// A pay gap snapshot of 31 March is published within a year; the next
// snapshot's report is due a year later, so the figures are overdue after 24 months.
TEST(PayGap, ItsDataCalendarSaysWhenTheNextReportIsDue) {
  EXPECT_FALSE(pay_gap_data_overdue(Date{2026, 3, 31}, Date{2024, 3, 31}));
  EXPECT_TRUE(pay_gap_data_overdue(Date{2026, 4, 1}, Date{2024, 3, 31}));
  Snapshot s = build_snapshot(test::illustrative_board(), Date{2026, 4, 1}, SnapshotOptions{Date{2026, 4, 1}, false});
  bool seen = false;
  for (const auto& c : s.calendars) {
    if (c.family != "pay_gap") continue;
    seen = true;
    EXPECT_EQ(to_iso(c.as_at), "2024-03-31");
    EXPECT_TRUE(c.overdue);
  }
  EXPECT_TRUE(seen);
}

TEST(PayGap, AGapGivenBothWaysMustAgree) {
  auto r = load_board_text(
      "[board]\norganisation = \"T\"\ntitle = \"B\"\n[[pay_gap]]\nkind = \"ethnicity\"\nyear = 2024\n"
      "hourly = { focus_mean = 17.20, reference_mean = 18.15 }\npublished = { mean_pct = 6.0 }\n",
      "board.toml");
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_NE(format(r.warnings[0]).find("6.0% differs from the 5.2% the hourly figures give"), std::string::npos)
      << format(r.warnings[0]);
}

// WDES 9a: rated only where [rules] sets a threshold (DESIGN 8.2).
TEST(PayGap, ScoresAreRatedOnlyByTheBoardsRule) {
  Board b = test::illustrative_board();  // 9a 2024: Disabled 6.6, non-disabled 7.0: 0.4 lower
  auto engagement = [](const Snapshot& s) {
    for (const auto& r : s.indicators)
      if (r.spec().key == "engagement") return r;
    return IndicatorResult{};
  };
  EXPECT_EQ(engagement(published(b)).rag, Rag::none);
  b.rules.score_amber_gap = 0.3;
  EXPECT_EQ(engagement(published(b)).rag, Rag::amber);
  EXPECT_EQ(engagement(published(b)).rag_reason, "0.4 lower than non-disabled staff (amber from 0.3)");
  b.rules.score_red_gap = 0.4;
  EXPECT_EQ(engagement(published(b)).rag, Rag::red);
  EXPECT_NE(rules_key(wdes_family(), b.rules, b.term).find("9a: score below non-disabled staff's"), std::string::npos);
}

TEST(PayGap, TheKeyCallsItsThresholdsARuleOfThumb) {
  Rules r;
  const std::string key = rules_key(pay_gap_family(), r, "BME");
  EXPECT_NE(key.find("amber from 2.0%, red from 5.0%"), std::string::npos) << key;
  EXPECT_NE(key.find("a rule of thumb"), std::string::npos) << key;
}
