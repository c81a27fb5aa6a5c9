// The WDES family on the illustrative example board (deploy/examples/
// illustrative), checked against figures worked by hand here from the board
// file, never from the code under test (DESIGN 8.2).
#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "model_support.hpp"
#include "temp_dir.hpp"
#include "wres/compute/snapshot_builder.hpp"
#include "wres/config/load.hpp"
#include "wres/protocol/snapshot_json.hpp"

using namespace wres;

namespace {

using test::published;

const IndicatorResult& wdes_metric(const Snapshot& s, const char* key) { return test::metric_of(s, "wdes", key); }

}  // namespace

TEST(Wdes, EveryMetricOfTheIllustrativeBoardByHand) {
  Board in_full = test::illustrative_board();
  in_full.privacy.min_count = 0;  // the example's corridor setting withholds 10's 1 member (below)
  Snapshot s = published(in_full);
  // 1: 120 Disabled of 120 + 1500 + 315 = 1935 (unknown counted in); 1620 declared.
  const auto& wf = wdes_metric(s, "workforce");
  EXPECT_NEAR(wf.value, 100.0 * 120 / 1935, 1e-9);  // 6.2016%
  ASSERT_TRUE(wf.declared_pct);
  EXPECT_NEAR(*wf.declared_pct, 100.0 * 1620 / 1935, 1e-9);  // 83.72%
  EXPECT_EQ(wf.rag, Rag::none);                              // no national reference: words only
  // 2: non-disabled 600/2500 = 0.24 over Disabled 60/300 = 0.20.
  const auto& rec = wdes_metric(s, "recruitment");
  EXPECT_NEAR(rec.value, 1.20, 1e-9);
  ASSERT_TRUE(rec.ci);  // ln 1.2 +- 1.96 * sqrt(1/600 - 1/2500 + 1/60 - 1/300)
  EXPECT_NEAR(rec.ci->first, std::exp(std::log(1.2) - 1.959964 * std::sqrt(0.0146)), 1e-3);
  EXPECT_EQ(rec.favours, Favours::neither);
  EXPECT_EQ(rec.rag, Rag::green);
  EXPECT_EQ(rec.trend, Trend::improved);  // from (560/2400)/(50/280) = 1.3067, nearer parity now
  EXPECT_NEAR(*rec.previous, (560.0 / 2400) / (50.0 / 280), 1e-9);
  ASSERT_EQ(rec.comparators.size(), 1u);
  EXPECT_EQ(rec.comparators[0].vs, Comparison::worse);  // 0.99 is nearer parity than 1.20
  // 3: two years pooled, 2023 has counts: (3 + 2)/(120 + 110) over (10 + 9)/(1500 + 1480).
  const auto& cap = wdes_metric(s, "capability");
  EXPECT_NEAR(cap.value, (5.0 / 230) / (19.0 / 2980), 1e-9);  // 3.41
  EXPECT_EQ(cap.rolling_years, 2);
  EXPECT_EQ(cap.trend, Trend::first_year);  // the one-year 2023 figure is another quantity
  EXPECT_EQ(cap.rag, Rag::red);
  // 4a(ii): 8 Disabled respondents, fewer than the 11 the staff survey publishes from.
  const auto& mgr = wdes_metric(s, "hba_manager");
  EXPECT_TRUE(mgr.figure_withheld());
  EXPECT_EQ(mgr.withheld, "fewer than 11 responses");
  EXPECT_EQ(mgr.rag, Rag::none);
  // 4a(i): 31.0 against 24.0, lower is better: 7.0 points worse, past red's 5,
  // but 31% of 150 against 24% of 900 is z = 0.07 / 0.0382 = 1.83, within
  // chance at 95% (pooled 0.25): amber, and said so.
  const auto& pub = wdes_metric(s, "hba_public");
  EXPECT_NEAR(*pub.gap, 7.0, 1e-9);
  EXPECT_EQ(pub.rag, Rag::amber);
  EXPECT_EQ(pub.rag_reason, "7.0 pts worse than non-disabled staff: not statistically significant (95%)");
  EXPECT_EQ(pub.focus_n, 150);
  // 4b: reporting, higher is better: 48.0 against 46.0 is 2.0 points better.
  EXPECT_NEAR(*wdes_metric(s, "hba_reported").gap, -2.0, 1e-9);
  EXPECT_EQ(wdes_metric(s, "hba_reported").rag, Rag::green);
  // 56.0 - 51.0 = 5.0 (red from 5), but z = 0.05 / 0.0438 = 1.14: amber.
  EXPECT_EQ(wdes_metric(s, "equal_opps").rag, Rag::amber);
  // 8: Disabled staff only, not rated.
  EXPECT_NEAR(wdes_metric(s, "adjustments").value, 72.0, 1e-9);
  EXPECT_EQ(wdes_metric(s, "adjustments").rag, Rag::none);
  // 9a: 6.6 against 7.0.
  EXPECT_NEAR(*wdes_metric(s, "engagement").gap, 0.4, 1e-9);
  // 9b: yes, with its note, neutral.
  EXPECT_EQ(wdes_metric(s, "voice").value, 1);
  EXPECT_EQ(wdes_metric(s, "voice").note, "Network chair sits on the People Committee");
  EXPECT_EQ(wdes_metric(s, "voice").rag, Rag::none);
  // 10: 1 of 11 voting (9.09%) against the workforce's 6.20%; executive 0 of 6.
  const auto& board = wdes_metric(s, "board");
  EXPECT_NEAR(board.value, 100.0 / 11, 1e-9);
  EXPECT_NEAR(*board.gap_pts, 100.0 / 11 - 100.0 * 120 / 1935, 1e-9);
  EXPECT_EQ(board.rag, Rag::green);
  EXPECT_NEAR(*board.exec_gap_pts, -100.0 * 120 / 1935, 1e-9);
  // On the wall, with the example's corridor min_count = 5, the 1 Disabled voting member is withheld.
  EXPECT_EQ(wdes_metric(published(test::illustrative_board()), "board").withheld, "fewer than 5 members");
}

TEST(Wdes, ClustersAgainstTheOverallShare) {
  Snapshot s = published(test::illustrative_board());
  const auto& wf = wdes_metric(s, "workforce");
  ASSERT_EQ(wf.bands.size(), 6u);
  auto it = std::find_if(wf.bands.begin(), wf.bands.end(),
                         [](const BandShare& b) { return b.band == "2" && b.group == BandGroup::non_clinical; });
  ASSERT_NE(it, wf.bands.end());
  EXPECT_EQ(it->total, 182);  // 12 + 150 + 20
  EXPECT_NEAR(it->focus_pct, 100.0 * 12 / 182, 1e-9);
  EXPECT_NEAR(it->vs_overall_pts, 100.0 * 12 / 182 - 100.0 * 120 / 1935, 1e-9);
}

TEST(Wdes, MetricThreeIsOneYearWhenTheYearBeforeHasNoCounts) {
  auto r = load_board_text(R"([board]
organisation = "T"
title = "B"
as_of = 2024-09-30
[[wdes_year]]
wdes_year = 2023
published = { capability = 2.5 }
[[wdes_year]]
wdes_year = 2024
workforce  = { disabled = 120, non_disabled = 1500 }
capability = { disabled_cases = 3, non_disabled_cases = 10 }
)",
                           "board.toml");
  ASSERT_TRUE(r.ok()) << format(r.errors.front());
  Snapshot s = published(*r.board);
  const auto& cap = wdes_metric(s, "capability");
  EXPECT_NEAR(cap.value, (3.0 / 120) / (10.0 / 1500), 1e-9);  // 3.75
  EXPECT_EQ(cap.rolling_years, 1);
  auto j = snapshot_to_json(s);
  for (const auto& e : j["indicators"]) {
    if (e["family"] == "wdes" && e["key"] == "capability") {
      EXPECT_EQ(e["rolling_years"], 1);
    }
  }
}

TEST(Wdes, SurveyFiguresWaitForTheirPublicationDay) {
  // Before 7 March 2024 the 2024 survey metrics are embargoed: 2023's stand, saying when.
  Snapshot s = published(test::illustrative_board(), Date{2024, 3, 1});
  const auto& pub = wdes_metric(s, "hba_public");
  EXPECT_EQ(pub.year, 2023);
  EXPECT_NEAR(pub.value, 33.0, 1e-9);
  ASSERT_TRUE(pub.embargo);
  EXPECT_EQ(pub.embargo->year, 2024);
  EXPECT_EQ(wdes_metric(s, "adjustments").year, 2023);
  EXPECT_EQ(wdes_metric(s, "engagement").year, 2023);
  EXPECT_EQ(wdes_metric(s, "recruitment").year, 2024);  // counts are not survey figures
  EXPECT_EQ(pub.survey_year, 2022);                     // WDES 2023's survey figures are the 2022 Staff Survey's
}

TEST(Wdes, SmallCountsAreWithheldOnACorridorWall) {
  Board b = test::illustrative_board();
  b.privacy.min_count = 10;
  Snapshot s = published(b);
  // 10: 1 Disabled voting member: the share would give the count back.
  EXPECT_TRUE(wdes_metric(s, "board").figure_withheld());
  EXPECT_EQ(wdes_metric(s, "board").withheld, "fewer than 10 members");
  // 3: 5 Disabled cases over the two years.
  EXPECT_TRUE(wdes_metric(s, "capability").figure_withheld());
  // Clusters 3 (8 Disabled) and 5 (5): every cluster's count goes with them.
  for (const auto& c : wdes_metric(s, "workforce").bands) {
    EXPECT_TRUE(c.is_withheld()) << c.band;
    EXPECT_EQ(c.focus, 0);
  }
  auto j = snapshot_to_json(s).dump();
  EXPECT_EQ(j.find("\"disabled\":8"), std::string::npos);
  EXPECT_EQ(j.find("\"disabled\":5"), std::string::npos);
}

TEST(Wdes, TheSnapshotSaysWhatEachFigureIsAndReadsBack) {
  Snapshot s = published(test::illustrative_board());
  auto j = snapshot_to_json(s);
  EXPECT_EQ(j["illustrative"], "invented WDES, pay gap and monthly measure figures, no real trust");
  bool seen = false;
  for (const auto& e : j["indicators"]) {
    if (e["family"] != "wdes" || e["key"] != "hba_colleagues") continue;
    seen = true;
    EXPECT_EQ(e["metric"], "4a(iii)");
    EXPECT_EQ(e["kind"], "survey_gap");
    EXPECT_EQ(e["focus"], "Disabled");
    EXPECT_EQ(e["reference"], "non-disabled");
    EXPECT_EQ(e["non_disabled"], 18.5);
    EXPECT_EQ(e["disabled_n"], 150);
  }
  EXPECT_TRUE(seen);
  std::string error;
  auto back = snapshot_from_json(j, &error);
  ASSERT_TRUE(back) << error;
  EXPECT_EQ(back->illustrative, s.illustrative);
  EXPECT_EQ(wdes_metric(*back, "hba_colleagues").ref_pct, 18.5);
  EXPECT_EQ(wdes_metric(*back, "voice").note, "Network chair sits on the People Committee");
  EXPECT_EQ(wdes_metric(*back, "workforce").bands.size(), 6u);
  EXPECT_EQ(wdes_metric(*back, "capability").rolling_years, 2);
}

// The data calendar (DESIGN 7.8) holds for the WDES: its figures as at
// 31 March 2024 are a reporting cycle old after 31 August 2025.
TEST(Wdes, ItsDataCalendarSaysWhenTheNextYearIsDue) {
  Board b = test::illustrative_board();
  b.pay_gaps.clear();  // the pay gap family keeps a calendar of its own
  Snapshot on_time = build_snapshot(b, Date{2025, 8, 31}, SnapshotOptions{Date{2025, 8, 31}, false});
  ASSERT_EQ(on_time.calendars.size(), 1u);
  EXPECT_EQ(on_time.calendars[0].family, "wdes");
  EXPECT_EQ(to_iso(on_time.calendars[0].as_at), "2024-03-31");
  EXPECT_FALSE(on_time.calendars[0].overdue);
  Snapshot late = build_snapshot(b, Date{2025, 9, 1}, SnapshotOptions{Date{2025, 9, 1}, false});
  EXPECT_TRUE(late.calendars[0].overdue);
  auto back = snapshot_from_json(snapshot_to_json(late), nullptr);
  ASSERT_TRUE(back);
  ASSERT_EQ(back->calendars.size(), 1u);
  EXPECT_TRUE(back->calendars[0].overdue);
  EXPECT_FALSE(late.data_overdue);  // the WRES's own calendar: this board has no WRES years
}
