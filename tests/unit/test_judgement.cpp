#include <gtest/gtest.h>

#include "wres/compute/indicator_judgement.hpp"

using namespace wres;

namespace {
Observation obs(double v) {
  Observation o;
  o.value = v;
  return o;
}
}  // namespace

TEST(Trend, KnowsTheDirection) {
  EXPECT_EQ(judge_trend(obs(1.21), obs(1.14), Direction::lower_is_better, 0.95).trend, Trend::worse);
  EXPECT_EQ(judge_trend(obs(62.77), obs(67.44), Direction::higher_is_better, 0.95).trend, Trend::worse);
  EXPECT_EQ(judge_trend(obs(11.11), obs(9.9), Direction::higher_is_better, 0.95).trend, Trend::improved);
  EXPECT_EQ(judge_trend(obs(0.0), obs(0.0), Direction::lower_is_better, 0.95).trend, Trend::no_change);
}

TEST(Trend, PublishedFiguresHaveNoSignificanceTest) {
  auto t = judge_trend(obs(0.74), obs(0.83), Direction::lower_is_better, 0.95);
  EXPECT_EQ(t.trend, Trend::improved);
  EXPECT_FALSE(t.significant.has_value());
}

TEST(Trend, SurveyChangeWithinNoiseIsNoChange) {
  Observation now = obs(30.21), before = obs(40.48);
  now.bme_n = 96, before.bme_n = 84;
  auto t = judge_trend(now, before, Direction::lower_is_better, 0.95);
  EXPECT_EQ(t.trend, Trend::no_change);
  ASSERT_TRUE(t.significant.has_value());
  EXPECT_FALSE(*t.significant);
  // The same change with ten times the respondents is real.
  now.bme_n = 960, before.bme_n = 840;
  t = judge_trend(now, before, Direction::lower_is_better, 0.95);
  EXPECT_EQ(t.trend, Trend::improved);
  EXPECT_TRUE(*t.significant);
}

TEST(Trend, SurveyWithoutBothNsIsUntested) {
  Observation now = obs(30.21), before = obs(40.48);
  now.bme_n = 96;  // before has no n
  auto t = judge_trend(now, before, Direction::lower_is_better, 0.95);
  EXPECT_EQ(t.trend, Trend::improved);
  EXPECT_FALSE(t.significant.has_value());
}

TEST(Rag, RatiosAgainstTheNonAdverseBand) {
  Rules r;  // 0.80 - 1.25
  EXPECT_EQ(ratio_rag(1.21, false, false, r).rag, Rag::green);
  EXPECT_EQ(ratio_rag(1.25, false, false, r).rag, Rag::green);
  EXPECT_EQ(ratio_rag(1.26, false, false, r).rag, Rag::red);
  EXPECT_EQ(ratio_rag(0.74, false, false, r).rag, Rag::amber);
  EXPECT_EQ(ratio_rag(1.10, false, true, r).rag, Rag::amber);   // significantly worse inside
  EXPECT_EQ(ratio_rag(1.83, true, false, r).rag, Rag::amber);   // small numbers: no false alarm
  r.ratio_high = 2.0;
  EXPECT_EQ(ratio_rag(1.83, false, false, r).rag, Rag::green);  // rules come from [rules]
}

TEST(Rag, SmallNumbersNeedsIntervalSpanningParityAndValueOutsideBand) {
  Rules r;
  EXPECT_TRUE(small_numbers(1.83, std::pair{0.53, 6.37}, r));
  EXPECT_FALSE(small_numbers(1.83, std::pair{1.20, 2.70}, r));   // interval clear of parity
  EXPECT_FALSE(small_numbers(1.10, std::pair{0.60, 2.00}, r));   // inside the band anyway
  EXPECT_FALSE(small_numbers(1.83, std::nullopt, r));            // published: no interval
}

TEST(Rag, SurveyGapInTheAdverseDirection) {
  Rules r;  // amber from 2, red from 5 points
  EXPECT_EQ(survey_rag(adverse_gap(30.21, 24.60, Direction::lower_is_better), r).rag, Rag::red);
  EXPECT_EQ(survey_rag(adverse_gap(20.83, 16.13, Direction::lower_is_better), r).rag, Rag::amber);
  EXPECT_EQ(survey_rag(adverse_gap(62.77, 67.33, Direction::higher_is_better), r).rag, Rag::amber);
  EXPECT_EQ(survey_rag(adverse_gap(27.27, 27.57, Direction::lower_is_better), r).rag, Rag::green);
  EXPECT_EQ(survey_rag(adverse_gap(70.0, 60.0, Direction::higher_is_better), r).rag, Rag::green);
}

TEST(Rag, RepresentationAgainstLocalPopulation) {
  Rules r;
  EXPECT_EQ(representation_rag(21.43, 11.17, r).rag, Rag::green);
  EXPECT_EQ(representation_rag(11.11, 11.17, r).rag, Rag::amber);
  EXPECT_EQ(representation_rag(4.5, 11.17, r).rag, Rag::red);
  EXPECT_EQ(representation_rag(11.11, std::nullopt, r).rag, Rag::none);
}

TEST(Compare, DirectionAware) {
  EXPECT_EQ(compare(1.21, 1.59, Direction::lower_is_better), Comparison::better);
  EXPECT_EQ(compare(1.83, 1.03, Direction::lower_is_better), Comparison::worse);
  EXPECT_EQ(compare(62.77, 50.50, Direction::higher_is_better), Comparison::better);
  EXPECT_EQ(compare(1.0, 1.0, Direction::higher_is_better), Comparison::same);
}
