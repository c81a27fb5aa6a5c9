// Reference values computed by hand (Python's statistics.NormalDist and the
// textbook formulas), not by this code.
#include <gtest/gtest.h>

#include <cmath>

#include "wres/compute/stats.hpp"

using namespace wres;

TEST(Stats, CriticalValues) {
  EXPECT_NEAR(z_for_confidence(0.95), 1.959964, 1e-6);
  EXPECT_NEAR(z_for_confidence(0.99), 2.575829, 1e-6);
  EXPECT_NEAR(z_for_confidence(0.90), 1.644854, 1e-6);
}

TEST(Stats, TwoProportionZForSeedHbaFromPublic) {
  // Seed 003, indicator 5: 40.48% of 84 (2023) -> 30.21% of 96 (2024).
  EXPECT_NEAR(two_proportion_z(0.3021, 96, 0.4048, 84), -1.44116, 1e-4);
  EXPECT_EQ(two_proportion_z(0.0, 50, 0.0, 60), 0.0);  // no variation: no test statistic
}

TEST(Stats, LogRateRatioForSeedDisciplinary) {
  // Seed 003, indicator 3: 3 of 215 BME staff vs 13 of 1705 White staff.
  LogRatio r = log_rate_ratio(3, 215, 13, 1705);
  EXPECT_NEAR(std::exp(r.log), 1.830054, 1e-6);
  EXPECT_NEAR(r.se, 0.636411, 1e-6);
  auto [lo, hi] = ratio_interval(r, z_for_confidence(0.95));
  EXPECT_NEAR(lo, 0.525714, 1e-5);
  EXPECT_NEAR(hi, 6.370561, 1e-5);
}

TEST(Stats, ZeroCellUsesHaldaneCorrection) {
  // Seed 003, 2023: no BME case among 182, 11 White among 1626.
  LogRatio r = log_rate_ratio(0, 182, 11, 1626);
  EXPECT_TRUE(std::isfinite(r.log));
  EXPECT_NEAR(r.log, -0.950487, 1e-5);
  EXPECT_NEAR(r.se, 1.442525, 1e-5);
}

TEST(Stats, ChangeOfRecruitmentRatioIsNotSignificant) {
  LogRatio y2024 = log_rate_ratio(418, 1422, 149, 612);
  LogRatio y2023 = log_rate_ratio(523, 1719, 106, 397);
  EXPECT_NEAR(log_ratio_change_z(y2024, y2023), 0.472296, 1e-5);
}
