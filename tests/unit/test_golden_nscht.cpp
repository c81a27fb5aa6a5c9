// Golden values from seed 003 (NSCHT WRES report 2024), read from the report's
// text and tables, computed from the real example board on disk.
#include <gtest/gtest.h>

#include <cmath>

#include "temp_dir.hpp"
#include "wres/compute/indicators.hpp"
#include "wres/compute/snapshot_builder.hpp"
#include "wres/config/load.hpp"

using namespace wres;

namespace {

const Snapshot& nscht() {
  static const Snapshot s = [] {
    LoadResult r = load_board(test::source_path("deploy/examples/nscht/board.toml"));
    EXPECT_TRUE(r.ok()) << (r.errors.empty() ? "" : format(r.errors.front()));
    return build_snapshot(*r.board, *r.board->as_of);
  }();
  return s;
}

const IndicatorResult& ind(IndicatorKey k) {
  for (const auto& r : nscht().indicators)
    if (r.key == k) return r;
  throw std::runtime_error("indicator missing");
}

double round2(double v) { return std::round(v * 100) / 100; }

}  // namespace

TEST(GoldenNscht, BoardLoads) {
  ASSERT_EQ(nscht().indicators.size(), 9u);
  EXPECT_EQ(nscht().as_of, "2024-09-30");
}

TEST(GoldenNscht, Indicator1WorkforceIs11_11Percent) {
  const auto& r = ind(IndicatorKey::workforce);
  EXPECT_EQ(r.year, 2024);
  EXPECT_EQ(round2(r.value), 11.11);  // "increased further to 11.11%"
  EXPECT_EQ(r.source, "counts");
  EXPECT_EQ(r.trend, Trend::improved);  // "Improved ... from 9.9% to 11.11%"
  EXPECT_FALSE(r.significant.has_value());
  EXPECT_EQ(r.rag, Rag::amber);  // "slightly below the local population rate of 11.17%"
}

TEST(GoldenNscht, Indicator2RecruitmentIs1_21AndItsSeries) {
  const auto& r = ind(IndicatorKey::recruitment);
  EXPECT_EQ(round2(r.value), 1.21);
  ASSERT_TRUE(r.previous);
  EXPECT_EQ(round2(*r.previous), 1.14);  // "worse (up) from 1.14 to 1.21"
  // Table 1: 2018 1.96, 2021 1.3, 2022 1.27, 2023 1.14, 2024 1.21.
  std::vector<std::pair<int, double>> want{{2018, 1.96}, {2021, 1.30}, {2022, 1.27}, {2023, 1.14}, {2024, 1.21}};
  ASSERT_EQ(r.history.size(), want.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(r.history[i].year, want[i].first);
    EXPECT_EQ(round2(r.history[i].value), want[i].second) << want[i].first;
  }
  EXPECT_EQ(r.national, 1.59);
  EXPECT_EQ(r.vs_national, Comparison::better);  // "much better than the national rate"
  EXPECT_EQ(r.rag, Rag::green);
  // From counts in both years: tested, and the rise is within noise.
  ASSERT_TRUE(r.significant.has_value());
  EXPECT_FALSE(*r.significant);
  EXPECT_EQ(r.trend, Trend::no_change);
}

TEST(GoldenNscht, Indicator3DisciplinaryIs1_83WithSmallNumbers) {
  const auto& r = ind(IndicatorKey::disciplinary);
  EXPECT_EQ(round2(r.value), 1.83);  // "a disciplinary measure score of 1.83"
  EXPECT_EQ(round2(*r.previous), 0.00);
  ASSERT_TRUE(r.ci);
  EXPECT_LT(r.ci->first, 1.0);  // 3 cases: the interval spans parity
  EXPECT_GT(r.ci->second, 1.0);
  EXPECT_TRUE(r.small_numbers);
  EXPECT_NE(r.rag, Rag::red);  // no false alarm
  EXPECT_EQ(r.vs_national, Comparison::worse);  // national 1.03
}

TEST(GoldenNscht, Indicator4TrainingPublishedOnly) {
  const auto& r = ind(IndicatorKey::training);
  EXPECT_EQ(r.value, 0.74);
  EXPECT_EQ(r.source, "published");
  EXPECT_FALSE(r.significant.has_value());
  EXPECT_FALSE(r.ci.has_value());
}

TEST(GoldenNscht, Indicator5HbaFromPublicDropIsNotSignificant) {
  const auto& r = ind(IndicatorKey::hba_public);
  EXPECT_EQ(r.value, 30.21);
  EXPECT_EQ(r.previous, 40.48);
  EXPECT_EQ(r.bme_n, 96);
  EXPECT_EQ(r.trend, Trend::no_change);  // the report's "improved significantly" is not, at 95%
  ASSERT_TRUE(r.significant.has_value());
  EXPECT_FALSE(*r.significant);
  EXPECT_NEAR(*r.gap, 5.61, 1e-9);  // "by nearly 6 percentage points"
  EXPECT_EQ(r.vs_national, Comparison::better);  // "slightly better than average (31.4%)"
}

TEST(GoldenNscht, Indicators6To8) {
  EXPECT_EQ(ind(IndicatorKey::hba_staff).value, 20.83);
  EXPECT_EQ(ind(IndicatorKey::equal_opps).value, 62.77);
  EXPECT_EQ(ind(IndicatorKey::discrimination).value, 15.96);
  EXPECT_NEAR(*ind(IndicatorKey::discrimination).gap, 11.2, 1e-9);  // "grown to 11%"
  EXPECT_EQ(ind(IndicatorKey::discrimination).rag, Rag::red);
  EXPECT_EQ(ind(IndicatorKey::discrimination).vs_national, Comparison::worse);
}

TEST(GoldenNscht, Indicator9BoardIs21_43Percent) {
  const auto& r = ind(IndicatorKey::board);
  EXPECT_EQ(round2(r.value), 21.43);
  ASSERT_TRUE(r.board_exec && r.board_voting);
  EXPECT_EQ(round2(r.board_exec->pct), 28.57);     // "28.57% Global Majority Heritage Executive members"
  EXPECT_EQ(round2(r.board_voting->pct), 27.27);   // 3 of 11 voting members
  EXPECT_EQ(round2(r.board_all->diff_pts), 10.32); // 21.43 - 11.11
  EXPECT_EQ(r.previous, 14.3);
  EXPECT_EQ(r.trend, Trend::improved);
  EXPECT_EQ(r.rag, Rag::green);
  EXPECT_EQ(r.history.size(), 9u);  // Table 9: 2016-2024
}

TEST(GoldenNscht, AspirationalTargetByBand) {
  // Table 5: +1 in 8A, +1 in 8B, none in 8C and 8D, +2 in all.
  ASSERT_TRUE(nscht().targets);
  const Targets& t = *nscht().targets;
  EXPECT_EQ(t.year, 2024);
  ASSERT_EQ(t.bands.size(), 4u);
  EXPECT_EQ(t.bands[0].band, "8A");
  EXPECT_EQ(t.bands[0].target, 3);
  EXPECT_EQ(t.bands[0].needed, 1);
  EXPECT_EQ(t.bands[1].target, 1);
  EXPECT_EQ(t.bands[1].needed, 1);
  EXPECT_EQ(t.bands[2].needed, 0);
  EXPECT_EQ(t.bands[3].needed, 0);
  EXPECT_EQ(t.needed, 2);
}

TEST(GoldenNscht, NothingNonFinite) {
  for (const auto& r : nscht().indicators) {
    EXPECT_TRUE(std::isfinite(r.value));
    for (const auto& h : r.history) EXPECT_TRUE(std::isfinite(h.value));
    if (r.ci) {
      EXPECT_TRUE(std::isfinite(r.ci->first) && std::isfinite(r.ci->second));
    }
  }
}
