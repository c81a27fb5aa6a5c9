// XmR charts (DESIGN 9). Two sources of expected values, neither the code
// under test: series worked by hand here, and the vectors of NHS-R's
// NHSRplotthedots tests (tests/testthat/test-ptd_calculate_point_type.R,
// test-ptd_calculate_assurance_type.R, test-ptd_spc_standard.R and its
// snapshot). Where our rules differ from theirs it is said at the test.
#include <gtest/gtest.h>

#include "wres/compute/measures.hpp"
#include "wres/compute/spc.hpp"

using namespace wres;
using V = std::vector<int>;

namespace {

std::vector<Reading> monthly(const std::vector<double>& values, Date first = {2023, 1, 1}) {
  std::vector<Reading> rs;
  Date d = first;
  for (double v : values) {
    rs.push_back({d, v});
    d = d.month == 12 ? Date{d.year + 1, 1, 1} : Date{d.year, d.month + 1, 1};
  }
  return rs;
}

// Mean 11.5; moving ranges 2,1,2,3,2,1,2,3,2,1,2 (average 21/11); limits
// 11.5 +/- 2.66 * 21/11 = 6.4218 .. 16.5782; near-limit lines at 8.1145 and 14.8855.
const std::vector<double> kBase = {10, 12, 11, 13, 10, 12, 11, 13, 10, 12, 11, 13};

std::vector<double> base_then(std::vector<double> more) {
  std::vector<double> v = kBase;
  v.insert(v.end(), more.begin(), more.end());
  return v;
}

SpcResult chart(const std::vector<double>& v, Direction d = Direction::higher_is_better,
                std::optional<double> target = std::nullopt) {
  SpcOptions o;
  o.baseline = 12;
  return compute_spc(monthly(v), o, d, target);
}

std::vector<SpcRule> rules(const SpcResult& r, std::size_t from) {
  std::vector<SpcRule> out;
  for (std::size_t i = from; i < r.points.size(); ++i) out.push_back(r.points[i].rule);
  return out;
}

// Short names for the expected rules (prefixed: the unity build shares a namespace).
constexpr auto kNo = SpcRule::none, kOut = SpcRule::outside_limits, kRun = SpcRule::run, kTrend = SpcRule::trend,
               kTwo = SpcRule::two_of_three;

}  // namespace

TEST(SpcLimits, HandWorkedBaseline) {
  SpcResult r = chart(kBase);
  EXPECT_DOUBLE_EQ(r.mean, 11.5);
  ASSERT_TRUE(r.lower && r.upper);
  EXPECT_NEAR(*r.lower, 6.4218, 1e-4);
  EXPECT_NEAR(*r.upper, 16.5782, 1e-4);
  EXPECT_EQ(r.baseline, 12);
  EXPECT_EQ(r.variation, SpcVariation::common);
  EXPECT_FALSE(r.assurance);  // no target
}

TEST(SpcRules, OutsideTheLimits) {
  SpcResult r = chart(base_then({17}));
  EXPECT_EQ(rules(r, 12), (std::vector{kOut}));
  EXPECT_EQ(r.points.back().cause, SpcCause::improvement);
  EXPECT_EQ(r.variation, SpcVariation::improvement_high);
  r = chart(base_then({6}), Direction::higher_is_better);
  EXPECT_EQ(r.variation, SpcVariation::concern_low);
  r = chart(base_then({17}), Direction::lower_is_better);
  EXPECT_EQ(r.variation, SpcVariation::concern_high);
}

TEST(SpcRules, SevenOnOneSideFlagsEveryPointOfTheRun) {
  SpcResult r = chart(base_then({12, 12.5, 12, 12.5, 12, 12.5, 12}));
  EXPECT_EQ(rules(r, 12), (std::vector{kRun, kRun, kRun, kRun, kRun, kRun, kRun}));
  // Six are not a run (the baseline's last point, 13, is above the mean too: start below).
  r = chart(base_then({10, 12, 12.5, 12, 12.5, 12, 12.5}));
  EXPECT_EQ(rules(r, 12), (std::vector(7, kNo)));
}

TEST(SpcRules, APointOnTheMeanBreaksARun) {
  SpcResult r = chart(base_then({12, 12.5, 12, 11.5, 12, 12.5, 12, 12.5}));
  EXPECT_EQ(rules(r, 12), (std::vector(8, kNo)));
}

TEST(SpcRules, SevenEachHigherThanTheOneBefore) {
  // Crosses the mean, so no run; within the near-limit lines, so no 2 of 3.
  SpcResult r = chart(base_then({9, 10, 11, 11.4, 11.6, 12, 13}));
  EXPECT_EQ(rules(r, 12), (std::vector(7, kTrend)));
  EXPECT_EQ(r.variation, SpcVariation::improvement_high);
  r = chart(base_then({14, 13, 12, 11.6, 11.4, 11, 10}));
  EXPECT_EQ(rules(r, 12), (std::vector(7, kTrend)));
  EXPECT_EQ(r.variation, SpcVariation::concern_low);
}

TEST(SpcRules, AnEqualValueBreaksATrend) {
  SpcResult r = chart(base_then({9, 10, 11, 11, 12, 13, 14}));
  EXPECT_EQ(rules(r, 12), (std::vector(7, kNo)));
}

TEST(SpcRules, TwoOfThreeBeyondTheNearLimitLine) {
  SpcResult r = chart(base_then({15, 11, 15.5}));
  EXPECT_EQ(rules(r, 12), (std::vector{kTwo, kNo, kTwo}));
  EXPECT_EQ(r.variation, SpcVariation::improvement_high);
}

TEST(SpcRules, APointBeyondTheLimitCountsTowardsTwoOfThree) {
  // NHS England's 2023 update; NHSRplotthedots' close_to_limits leaves such a point out.
  SpcResult r = chart(base_then({15, 11, 17}));
  EXPECT_EQ(rules(r, 12), (std::vector{kTwo, kNo, kOut}));
}

TEST(SpcRules, TwoOfThreeOnOppositeSidesIsCommonCause) {
  SpcResult r = chart(base_then({15, 11, 8}));
  EXPECT_EQ(rules(r, 12), (std::vector(3, kNo)));
}

TEST(SpcRules, NoBetterDirectionSaysNeither) {
  SpcResult r = chart(base_then({17}), Direction::neither, std::nullopt);
  EXPECT_EQ(r.points.back().cause, SpcCause::neither);
  EXPECT_EQ(r.variation, SpcVariation::neither_high);
  EXPECT_FALSE(r.assurance);
}

TEST(SpcAssurance, TargetAgainstTheLimits) {
  // Limits 6.42 .. 16.58.
  EXPECT_EQ(chart(kBase, Direction::higher_is_better, 6).assurance, SpcAssurance::pass);
  EXPECT_EQ(chart(kBase, Direction::higher_is_better, 17).assurance, SpcAssurance::fail);
  EXPECT_EQ(chart(kBase, Direction::higher_is_better, 12).assurance, SpcAssurance::hit_and_miss);
  EXPECT_EQ(chart(kBase, Direction::lower_is_better, 17).assurance, SpcAssurance::pass);
  EXPECT_EQ(chart(kBase, Direction::lower_is_better, 6).assurance, SpcAssurance::fail);
}

TEST(SpcRunChart, FewerThanTwelvePointsClaimNothing) {
  SpcResult r = compute_spc(monthly({10, 30, 10, 30, 10, 30, 10, 80}), {}, Direction::higher_is_better, 20.0);
  EXPECT_FALSE(r.lower);
  EXPECT_FALSE(r.upper);
  EXPECT_FALSE(r.variation);
  EXPECT_FALSE(r.assurance);
  for (const auto& p : r.points) EXPECT_EQ(p.rule, SpcRule::none);
}

TEST(SpcRebase, EachPeriodHasItsOwnLimits) {
  std::vector<double> v = kBase;
  for (double x : kBase) v.push_back(x + 10);
  SpcOptions o;
  auto rs = monthly(v);
  // Without a rebase the second year is one long run above the mean.
  SpcResult whole = compute_spc(rs, o, Direction::higher_is_better, std::nullopt);
  EXPECT_EQ(whole.variation, SpcVariation::improvement_high);
  o.rebase = {rs[12].date};
  SpcResult r = compute_spc(rs, o, Direction::higher_is_better, std::nullopt);
  ASSERT_EQ(r.periods.size(), 2u);
  EXPECT_DOUBLE_EQ(r.periods[0].mean, 11.5);
  EXPECT_DOUBLE_EQ(r.periods[1].mean, 21.5);
  EXPECT_EQ(r.periods[1].from, rs[12].date);
  EXPECT_DOUBLE_EQ(r.mean, 21.5);
  EXPECT_EQ(r.variation, SpcVariation::common);
  // A new period with fewer than 12 points is a run chart again.
  o.rebase = {rs[16].date};
  r = compute_spc(rs, o, Direction::higher_is_better, std::nullopt);
  EXPECT_FALSE(r.upper);
  EXPECT_FALSE(r.variation);
}

TEST(SpcLimits, ScreeningOutliersNarrowsTheLimits) {
  // Moving ranges 2,1,...,2 and one of 40 and back: screening leaves out both
  // (above 3.267 times their average), the way NHS England's tool does when asked.
  std::vector<double> v = kBase;
  v[6] = 51;
  const auto plain = spc::limits_of(v, v.size(), false), screened = spc::limits_of(v, v.size(), true);
  EXPECT_GT(plain.amr, screened.amr);
  EXPECT_NEAR(screened.amr, (21.0 - 1 - 2) / 9, 1e-12);  // the two ranges beside 51 left out
}

// ---- NHSRplotthedots' vectors ---------------------------------------------

TEST(SpcPeer, SevenPointOneSideOfTheMean) {
  // ptd_seven_point_one_side_mean, then ptd_part_of_seven_trend: every point of the run.
  EXPECT_EQ(spc::run_flags({}), V{});
  EXPECT_EQ(spc::run_flags(V(6, 1)), V(6, 0));
  EXPECT_EQ(spc::run_flags({1, 1, 1, 1, 1, 1, -1}), V(7, 0));
  EXPECT_EQ(spc::run_flags({1, 1, 1, 1, 1, 1, 1, 1, -1}), (V{1, 1, 1, 1, 1, 1, 1, 1, 0}));
  EXPECT_EQ(spc::run_flags({-1, -1, -1, -1, -1, -1, -1, -1, 1}), (V{-1, -1, -1, -1, -1, -1, -1, -1, 0}));
  EXPECT_EQ(spc::run_flags({-1, 1, 1, 1, 1, 1, 1, 1, 1, -1}), (V{0, 1, 1, 1, 1, 1, 1, 1, 1, 0}));
}

TEST(SpcPeer, SevenPointTrend) {
  // ptd_seven_point_trend flags the seventh point; the part-of step flags the run.
  EXPECT_EQ(spc::trend_flags({}), V{});
  EXPECT_EQ(spc::trend_flags({1, 2, 3, 4, 5, 6}), V(6, 0));
  EXPECT_EQ(spc::trend_flags({1, 2, 3, 3, 4, 5, 6}), V(7, 0));
  EXPECT_EQ(spc::trend_flags({1, 2, 3, 4, 5, 6, 7}), V(7, 1));
  EXPECT_EQ(spc::trend_flags({2, 1, 2, 3, 4, 5, 6, 7, 3}), (V{0, 1, 1, 1, 1, 1, 1, 1, 0}));
  EXPECT_EQ(spc::trend_flags({7, 6, 5, 4, 3, 2, 1}), V(7, -1));
  EXPECT_EQ(spc::trend_flags({2, 7, 6, 5, 4, 3, 2, 1, 3}), (V{0, -1, -1, -1, -1, -1, -1, -1, 0}));
}

TEST(SpcPeer, TwoInThree) {
  // ptd_two_in_three then ptd_part_of_two_in_three: only the points near the limit.
  EXPECT_EQ(spc::two_of_three_flags({}), V{});
  EXPECT_EQ(spc::two_of_three_flags(V(3, 0)), V(3, 0));
  EXPECT_EQ(spc::two_of_three_flags({1, 0, 1}), (V{1, 0, 1}));
  EXPECT_EQ(spc::two_of_three_flags({0, 1, 1}), (V{0, 1, 1}));
  EXPECT_EQ(spc::two_of_three_flags({1, 1, 0}), (V{1, 1, 0}));
  EXPECT_EQ(spc::two_of_three_flags({0, 0, 1, 0, 1, 0, 0}), (V{0, 0, 1, 0, 1, 0, 0}));
  EXPECT_EQ(spc::two_of_three_flags({0, 0, 1, 1, 0, 0, 0}), (V{0, 0, 1, 1, 0, 0, 0}));
  EXPECT_EQ(spc::two_of_three_flags({1, 0, 0, 1}), V(4, 0));
  EXPECT_EQ(spc::two_of_three_flags({1, 0, 0, 1, 1}), (V{0, 0, 0, 1, 1}));
}

TEST(SpcPeer, TwoNearTheLimitsOnOppositeSidesAreCommonCause) {
  // test-ptd_spc_standard.R: 1, -1 repeated, the last two 5.5 and -5.5.
  std::vector<double> v;
  for (int i = 0; i < 8; ++i) v.push_back(1), v.push_back(-1);
  v[14] = 5.5, v[15] = -5.5;
  SpcResult r = compute_spc(monthly(v), {}, Direction::higher_is_better, std::nullopt);
  EXPECT_EQ(r.points[14].cause, SpcCause::common);
  EXPECT_EQ(r.points[15].cause, SpcCause::common);
}

TEST(SpcPeer, LimitsOfTheirStandardSeries) {
  // set.seed(123); rnorm(20), as test-ptd_spc_standard.R prints it: mean 0.142,
  // lpl -3.01, upl 3.29, every point common cause.
  const std::vector<double> y = {-0.56047565, -0.23017749, 1.55870831,  0.07050839,  0.12928774, 1.71506499, 0.46091621,
                                 -1.26506123, -0.68685285, -0.44566197, 1.22408180,  0.35981383, 0.40077145, 0.11068272,
                                 -0.55584113, 1.78691314,  0.49785048,  -1.96661716, 0.70135590, -0.47279141};
  SpcOptions o;
  o.screen_outliers = true;  // as their test sets it
  SpcResult r = compute_spc(monthly(y), o, Direction::higher_is_better, std::nullopt);
  EXPECT_NEAR(r.mean, 0.142, 0.0005);
  EXPECT_NEAR(*r.lower, -3.01, 0.005);
  EXPECT_NEAR(*r.upper, 3.29, 0.005);
  for (const auto& p : r.points) EXPECT_EQ(p.cause, SpcCause::common);
}

TEST(SpcPeer, AssuranceAgainstTheTarget) {
  // test-ptd_calculate_assurance_type.R: (lpl, upl) = (1, 3), (5, 7), (1, 5), target 4.
  EXPECT_EQ(spc::assurance(1, 3, Direction::higher_is_better, 4), SpcAssurance::fail);
  EXPECT_EQ(spc::assurance(5, 7, Direction::higher_is_better, 4), SpcAssurance::pass);
  EXPECT_EQ(spc::assurance(1, 5, Direction::higher_is_better, 4), SpcAssurance::hit_and_miss);
  EXPECT_EQ(spc::assurance(1, 3, Direction::lower_is_better, 4), SpcAssurance::pass);
  EXPECT_EQ(spc::assurance(5, 7, Direction::lower_is_better, 4), SpcAssurance::fail);
  EXPECT_EQ(spc::assurance(1, 5, Direction::lower_is_better, 4), SpcAssurance::hit_and_miss);
  EXPECT_FALSE(spc::assurance(1, 5, Direction::neither, 4));
  EXPECT_FALSE(spc::assurance(1, 5, Direction::higher_is_better, std::nullopt));
}

TEST(SpcMeasure, EvaluateCarriesTheChartAndNoTrendWithoutADirection) {
  Measure m;
  m.id = "time-to-hire", m.direction = Direction::neither;
  m.readings = monthly(base_then({17}));
  m.spc.baseline = 12;
  MeasureResult r = evaluate_measure(m, Date{2030, 1, 1});
  ASSERT_TRUE(r.spc);
  EXPECT_EQ(r.spc->variation, SpcVariation::neither_high);
  EXPECT_FALSE(r.trend);
  EXPECT_EQ(r.latest, 17);
}
