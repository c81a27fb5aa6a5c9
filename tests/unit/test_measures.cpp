#include <gtest/gtest.h>

#include "wres/compute/measures.hpp"

using namespace wres;

namespace {
Measure elearning() {
  // Seed 001, action 5.2: target 60%; 25.88% (Aug 2023) ... 70% (Aug 2024), 71% "November 2025".
  Measure m;
  m.id = "edi-elearning";
  m.target = 60;
  m.direction = Direction::higher_is_better;
  m.readings = {
      {{2023, 8, 1}, 25.88}, {{2023, 12, 1}, 40}, {{2024, 3, 1}, 60}, {{2024, 8, 1}, 70}, {{2025, 11, 1}, 71}};
  return m;
}
}  // namespace

TEST(Measures, LatestOnOrBeforeAsOf) {
  MeasureResult r = evaluate_measure(elearning(), Date{2024, 12, 31});
  EXPECT_EQ(r.latest, 70);
  EXPECT_EQ(r.latest_date, (Date{2024, 8, 1}));
  EXPECT_EQ(r.previous, 60);
  EXPECT_EQ(r.baseline, 25.88);
  EXPECT_EQ(r.met, true);
  EXPECT_EQ(r.progress_pct, 100.0);
  EXPECT_EQ(r.trend, Trend::improved);
  EXPECT_EQ(r.readings.size(), 4u);
}

TEST(Measures, ProgressFromBaselineTowardsTarget) {
  MeasureResult r = evaluate_measure(elearning(), Date{2023, 12, 31});
  EXPECT_EQ(r.latest, 40);
  EXPECT_EQ(r.met, false);
  EXPECT_NEAR(*r.progress_pct, 100.0 * (40 - 25.88) / (60 - 25.88), 1e-9);
}

TEST(Measures, LowerIsBetter) {
  Measure m;
  m.target = 0;
  m.direction = Direction::lower_is_better;
  m.readings = {{{2023, 3, 31}, 2.1}, {{2024, 3, 31}, 0.78}};
  MeasureResult r = evaluate_measure(m, Date{2024, 9, 30});
  EXPECT_EQ(r.met, false);
  EXPECT_EQ(r.trend, Trend::improved);
  EXPECT_NEAR(*r.progress_pct, 100.0 * (0.78 - 2.1) / (0 - 2.1), 1e-9);
}

TEST(Measures, NoReadingsYet) {
  Measure m;
  m.target = 13.2;
  MeasureResult r = evaluate_measure(m, Date{2025, 6, 2});
  EXPECT_FALSE(r.latest);
  EXPECT_FALSE(r.progress_pct);
  EXPECT_FALSE(r.met);
}

// Seed 001, action 5.3: "96 colleagues have completed by March 2024"; the undated
// progress log: "109 attendees to date". Never given a month, never charted, and
// (attendees are not completions) judged against neither the 96 nor the target (issue 29.14).
TEST(Measures, AnUndatedFigureIsTheLatestAndIsNeitherDatedNorJudgedAcrossNouns) {
  Measure m;
  m.unit = "colleagues";
  m.target = 300;
  m.direction = Direction::higher_is_better;
  m.readings = {{{2024, 3, 31}, 96}};
  m.undated = UndatedReading{109, "attendees"};
  MeasureResult r = evaluate_measure(m, Date{2024, 12, 31});
  EXPECT_EQ(r.latest, 109);
  EXPECT_FALSE(r.latest_date.has_value());
  EXPECT_EQ(r.latest_word, "attendees");
  EXPECT_EQ(r.previous, 96);
  EXPECT_EQ(r.previous_date, (Date{2024, 3, 31}));
  EXPECT_FALSE(r.trend.has_value());
  EXPECT_FALSE(r.met.has_value());
  EXPECT_FALSE(r.progress_pct.has_value());
  ASSERT_TRUE(r.spc);
  EXPECT_EQ(r.spc->points.size(), 1u);  // the dated reading only
  // In the measure's own unit, an undated figure is compared: 96 -> 109 colleagues is better.
  m.undated->word = "";
  r = evaluate_measure(m, Date{2024, 12, 31});
  EXPECT_EQ(r.trend, Trend::improved);
  EXPECT_EQ(r.met, false);
}
