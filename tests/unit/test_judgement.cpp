// The rules of DESIGN 7.1 and 7.2, each with figures worked by hand from
// seed 003 (NSCHT WRES 2024) or chosen to sit on a rule's edge.
#include <gtest/gtest.h>

#include "wres/compute/indicator_judgement.hpp"
#include "wres/compute/series_judgement.hpp"
#include "wres/compute/snapshot_builder.hpp"
#include "wres/model/wording.hpp"

using namespace wres;
using K = IndicatorKey;

namespace {
Observation obs(double v) {
  Observation o;
  o.value = v;
  return o;
}
Trend trend(K k, double now, double before) { return judge_trend(info(k), obs(now), obs(before), 0.95).trend; }
const std::string kTerm = "Global Majority";
}  // namespace

TEST(Trend, RatiosAimAtParityWhicheverSide) {
  // Training 0.83 -> 0.74: further from parity, though lower (the old wall said "Better").
  EXPECT_EQ(trend(K::training, 0.74, 0.83), Trend::worse);
  EXPECT_EQ(trend(K::training, 0.83, 0.74), Trend::improved);
  // Recruitment 1.14 -> 1.21 (the trust: "worse (up)").
  EXPECT_EQ(trend(K::recruitment, 1.21, 1.14), Trend::worse);
  // Crossing parity: |ln 1.50| = 0.405 < |ln 0.60| = 0.511.
  EXPECT_EQ(trend(K::recruitment, 0.60, 1.50), Trend::worse);
  EXPECT_EQ(trend(K::recruitment, 1.50, 0.60), Trend::improved);
}

TEST(Trend, SameOnlyWhenEqualAtThePrecisionShown) {
  EXPECT_EQ(trend(K::recruitment, 1.214, 1.206), Trend::same);   // both read 1.21
  EXPECT_EQ(trend(K::recruitment, 1.216, 1.206), Trend::worse);  // 1.22 against 1.21
  EXPECT_EQ(trend(K::equal_opps, 62.77, 62.77), Trend::same);
  EXPECT_EQ(trend(K::equal_opps, 62.77, 67.44), Trend::worse);
  EXPECT_EQ(trend(K::workforce, 11.11, 9.85), Trend::improved);
}

TEST(Trend, DirectionIsSaidEvenWithinNoise) {
  // HBA from the public 40.48% of 84 -> 30.21% of 96: z = -1.44, not beyond noise at 95%.
  Observation now = obs(30.21), before = obs(40.48);
  now.focus_n = 96, before.focus_n = 84;
  auto t = judge_trend(info(K::hba_public), now, before, 0.95);
  EXPECT_EQ(t.trend, Trend::improved);
  ASSERT_TRUE(t.significant.has_value());
  EXPECT_FALSE(*t.significant);
  // The same change with ten times the respondents is beyond noise.
  now.focus_n = 960, before.focus_n = 840;
  t = judge_trend(info(K::hba_public), now, before, 0.95);
  EXPECT_EQ(t.trend, Trend::improved);
  EXPECT_TRUE(*t.significant);
}

TEST(Trend, NoTestForPublishedFiguresSurveysWithoutNsOrCountsOfEveryone) {
  EXPECT_FALSE(judge_trend(info(K::training), obs(0.74), obs(0.83), 0.95).significant.has_value());
  Observation now = obs(30.21), before = obs(40.48);
  now.focus_n = 96;  // before has no n
  EXPECT_FALSE(judge_trend(info(K::hba_public), now, before, 0.95).significant.has_value());
  Observation wf_now = obs(11.11), wf_before = obs(9.85);
  wf_now.people = 215, wf_before.people = 182;
  EXPECT_FALSE(judge_trend(info(K::workforce), wf_now, wf_before, 0.95).significant.has_value());
}

TEST(Compare, ComparatorsByTheSameRules) {
  EXPECT_EQ(compare(info(K::training), 0.74, 1.12), Comparison::worse);      // the old wall: "National 1.12 · better"
  EXPECT_EQ(compare(info(K::recruitment), 1.21, 1.59), Comparison::better);  // "much better than the national rate"
  EXPECT_EQ(compare(info(K::disciplinary), 1.83, 1.03), Comparison::worse);
  EXPECT_EQ(compare(info(K::hba_public), 30.21, 31.43), Comparison::better);  // "slightly better than average (31.4%)"
  EXPECT_EQ(compare(info(K::equal_opps), 62.77, 50.50), Comparison::better);
  EXPECT_EQ(compare(info(K::recruitment), 1.0, 1.0), Comparison::same);
}

// NSCHT disciplinary 2023 had no Global Majority cases (0.00): no likelihood,
// so no side against the next year, or against national 1.03 (issue 29.1).
TEST(Trend, AYearWithNoCasesInOneGroupIsNotCompared) {
  EXPECT_EQ(trend(K::disciplinary, 1.83, 0.00), Trend::not_compared);  // the old wall: "Worse · +1.83"
  EXPECT_EQ(trend(K::disciplinary, 0.00, 1.05), Trend::not_compared);  // and 1 case -> 0: not "Better"
  EXPECT_EQ(trend(K::hba_public, 0.00, 20.0), Trend::improved);        // a 0% survey figure is a figure
  const std::vector<Comparator> national{{"National (all trusts)", 2023, {{"disciplinary", 1.03}}, {}}};
  Observation y2022 = obs(0.50), y2023 = obs(0.00);
  y2022.year = 2022, y2023.year = 2023, y2023.comparators = &national;
  Board board;
  auto r = judge_series(info(K::disciplinary), {y2022, y2023}, board, nullptr);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->trend, Trend::not_compared);
  EXPECT_FALSE(r->delta);  // no "-0.50 since 2022"
  ASSERT_EQ(r->comparators.size(), 1u);
  EXPECT_EQ(r->comparators[0].value, 1.03);  // the figure is shown ...
  EXPECT_FALSE(r->comparators[0].vs);        // ... with no "better" beside it
}

TEST(Favours, ByTheIntervalWhereThereIsOne) {
  EXPECT_EQ(favours(1.2074, std::pair{1.0276, 1.4186}), Favours::reference);  // recruitment 2024
  EXPECT_EQ(favours(1.83, std::pair{0.53, 6.37}), Favours::neither);          // disciplinary: 3 cases
  EXPECT_EQ(favours(0.74, std::nullopt), Favours::focus);                     // published: by the value
  EXPECT_EQ(favours(1.004, std::nullopt), Favours::neither);                  // reads 1.00
  EXPECT_EQ(favours(0.70, std::pair{0.55, 0.89}), Favours::focus);
}

TEST(Rag, RatiosWeighTheInterval) {
  Rules r;  // 0.80-1.25
  // Recruitment 1.21, interval 1.03-1.42 excludes parity: amber, not green.
  auto rec = ratio_rag(1.2074, std::pair{1.0276, 1.4186}, r, kTerm);
  EXPECT_EQ(rec.rag, Rag::amber);
  EXPECT_EQ(rec.reason, "inside 0.80-1.25, but interval excludes parity");
  EXPECT_EQ(ratio_rag(1.10, std::pair{0.90, 1.34}, r, kTerm).rag, Rag::green);
  EXPECT_EQ(ratio_rag(1.21, std::nullopt, r, kTerm).rag, Rag::green);  // published: the band alone
  EXPECT_EQ(ratio_rag(1.25, std::nullopt, r, kTerm).rag, Rag::green);
  // Disciplinary 1.83 from 3 cases: above the band, but the interval includes parity.
  EXPECT_EQ(ratio_rag(1.83, std::pair{0.53, 6.37}, r, kTerm).rag, Rag::amber);
  EXPECT_EQ(ratio_rag(1.60, std::pair{1.30, 1.97}, r, kTerm).rag, Rag::red);
  EXPECT_EQ(ratio_rag(1.26, std::nullopt, r, kTerm).rag, Rag::red);
  // Below the band favours BME staff: amber, said in the trust's words.
  auto low = ratio_rag(0.74, std::nullopt, r, kTerm);
  EXPECT_EQ(low.rag, Rag::amber);
  EXPECT_NE(low.reason.find("favours Global Majority staff"), std::string::npos) << low.reason;
  EXPECT_EQ(low.reason.find("BME"), std::string::npos) << low.reason;
  r.ratio_high = 2.0;
  EXPECT_EQ(ratio_rag(1.83, std::nullopt, r, kTerm).rag, Rag::green);  // rules come from [rules]
}

// One standard of evidence on both sides of parity (issue 29.2): below the
// band with an interval that includes parity, the reason claims no side, as
// above it, and agrees with favours() (neither).
TEST(Rag, ThinEvidenceReadsTheSameOnBothSidesOfParity) {
  Rules r;
  const std::pair ci{0.20, 1.60};
  auto below = ratio_rag(0.60, ci, r, kTerm), above = ratio_rag(1.83, std::pair{0.53, 6.37}, r, kTerm);
  EXPECT_EQ(below.rag, Rag::amber);
  EXPECT_EQ(below.reason, "below 0.80, but few cases: interval includes parity");
  EXPECT_EQ(above.reason, "above 1.25, but few cases: interval includes parity");
  EXPECT_EQ(favours(0.60, ci), Favours::neither);
  // With an interval clear of parity the side is named, both ways.
  EXPECT_EQ(ratio_rag(0.60, std::pair{0.45, 0.80}, r, kTerm).reason,
            "below 0.80: favours Global Majority staff; interval excludes parity");
  EXPECT_EQ(ratio_rag(0.60, std::nullopt, r, kTerm).reason,
            "below 0.80: favours Global Majority staff (published, no interval)");
}

TEST(Rag, SmallNumbersNeedsIntervalSpanningParityAndValueOutsideBand) {
  Rules r;
  EXPECT_TRUE(small_numbers(1.83, std::pair{0.53, 6.37}, r));
  EXPECT_FALSE(small_numbers(1.83, std::pair{1.20, 2.70}, r));  // interval clear of parity
  EXPECT_FALSE(small_numbers(1.10, std::pair{0.60, 2.00}, r));  // inside the band anyway
  EXPECT_FALSE(small_numbers(1.83, std::nullopt, r));           // published: no interval
}

TEST(Rag, SurveyGapInTheAdverseDirection) {
  Rules r;  // amber from 2, red from 5 points
  auto discrimination = survey_rag(adverse_gap(15.96, 4.76, Direction::lower_is_better), r, "White");
  EXPECT_EQ(discrimination.rag, Rag::red);
  EXPECT_EQ(discrimination.reason, "11.2 pts worse than White staff (red from 5.0)");  // "grown to 11%"
  EXPECT_EQ(survey_rag(adverse_gap(20.83, 16.13, Direction::lower_is_better), r, "White").rag, Rag::amber);
  EXPECT_EQ(survey_rag(adverse_gap(62.77, 67.33, Direction::higher_is_better), r, "White").rag, Rag::amber);
  EXPECT_EQ(survey_rag(adverse_gap(27.27, 27.57, Direction::lower_is_better), r, "White").rag, Rag::green);
  EXPECT_EQ(survey_rag(adverse_gap(70.0, 60.0, Direction::higher_is_better), r, "White").rag, Rag::green);
  // A gap beyond the red line but within chance is amber, said so; beyond chance it stays red.
  auto thin = survey_rag(12.0, r, "White", false);
  EXPECT_EQ(thin.rag, Rag::amber);
  EXPECT_EQ(thin.reason, "12.0 pts worse than White staff: not statistically significant (95%)");
  EXPECT_EQ(survey_rag(12.0, r, "White", true).rag, Rag::red);
  // HBA from the public 2024: 30.21% of 96 against White 24.60% (z 1.28); discrimination
  // 15.96% of 94 against 4.76% (z 5.1).
  EXPECT_EQ(survey_gap_significant(30.21, 96, 24.60, std::nullopt, 0.95), false);
  EXPECT_EQ(survey_gap_significant(15.96, 94, 4.76, std::nullopt, 0.95), true);
  EXPECT_EQ(survey_gap_significant(30.21, std::nullopt, 24.60, std::nullopt, 0.95), std::nullopt);
  // The key says so beside the survey thresholds.
  const std::string key = rules_key(wres_family(), r, kTerm);
  EXPECT_NE(key.find("red from 5.0 pts, amber at worst when not statistically significant (95%)"), std::string::npos)
      << key;
  // Both groups' respondents: two proportions, 30% of 100 vs 20% of 900 (z 2.3).
  EXPECT_EQ(survey_gap_significant(30.0, 100, 20.0, 900, 0.95), true);
}

TEST(Rag, WorkforceAgainstLocalPopulation) {
  Rules r;
  EXPECT_EQ(representation_rag(11.11, 11.17, r).rag, Rag::amber);
  EXPECT_EQ(representation_rag(11.17, 11.17, r).rag, Rag::green);
  EXPECT_EQ(representation_rag(4.5, 11.17, r).rag, Rag::red);
  EXPECT_EQ(representation_rag(11.11, std::nullopt, r).rag, Rag::none);
}

TEST(Rag, BoardVotingMembersAgainstTheWorkforce) {
  Rules r;                                                                           // red from 5 points below
  EXPECT_EQ(board_rag(27.27 - 11.11, BoardBasis::voting, 2024, r).rag, Rag::green);  // NSCHT: +16.2 pts
  EXPECT_EQ(board_rag(0.0, BoardBasis::voting, 2024, r).rag, Rag::green);
  EXPECT_EQ(board_rag(-4.9, BoardBasis::voting, 2024, r).rag, Rag::amber);
  EXPECT_EQ(board_rag(-5.0, BoardBasis::voting, 2024, r).rag, Rag::red);
  auto none = board_rag(std::nullopt, BoardBasis::voting, 2024, r);
  EXPECT_EQ(none.rag, Rag::none);
  EXPECT_NE(none.reason.find("no workforce figure for 2024"), std::string::npos);
}

TEST(DataCalendar, OutOfDateSeventeenMonthsAfterAsAt) {
  Date as_at{2024, 3, 31};
  EXPECT_FALSE(wres_data_overdue({2024, 9, 30}, as_at));
  EXPECT_FALSE(wres_data_overdue({2025, 8, 31}, as_at));  // 31 March + 17 months
  EXPECT_TRUE(wres_data_overdue({2025, 9, 1}, as_at));
  EXPECT_TRUE(wres_data_overdue({2025, 7, 30}, Date{2024, 2, 28}));  // 28 Feb + 17 months = 28 Jul
}
