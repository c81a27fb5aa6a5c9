// The wall's layout and timing maths, without a window.
#include <gtest/gtest.h>

#include <cmath>
#include <set>

#include "layout.hpp"
#include "schedule.hpp"

using namespace display;

TEST(DisplayLayout, ScaleFollowsTheFramebuffer) {
  Scale hd = scale_for(1920, 1080), uhd = scale_for(3840, 2160), small = scale_for(1280, 720);
  EXPECT_FLOAT_EQ(hd.u, 1.0f);
  EXPECT_FLOAT_EQ(uhd.u, 2.0f);
  EXPECT_FLOAT_EQ(hd.body, 30.0f);
  EXPECT_FLOAT_EQ(uhd.body, 60.0f);  // rasterised at 60 px, not a 30 px bitmap scaled up
  EXPECT_FLOAT_EQ(small.body, 20.0f);
  EXPECT_FLOAT_EQ(scale_for(1080, 1920).u, 0.5625f);  // portrait: the narrow side decides
  for (const Scale& s : {hd, uhd, small}) EXPECT_EQ(s.huge, std::round(s.huge)) << "font sizes are whole pixels";
}

TEST(DisplayLayout, GridCellsTileTheAreaWithGaps) {
  Rect area{100, 50, 920, 620};
  auto cells = grid(area, 3, 3, 10);
  ASSERT_EQ(cells.size(), 9u);
  EXPECT_FLOAT_EQ(cells[0].x, 100);
  EXPECT_FLOAT_EQ(cells[0].w, 300);
  EXPECT_FLOAT_EQ(cells[1].x, 410);
  EXPECT_FLOAT_EQ(cells[8].right(), area.right());
  EXPECT_FLOAT_EQ(cells[8].bottom(), area.bottom());
  EXPECT_TRUE(grid(area, 0, 3, 10).empty());
}

TEST(DisplayLayout, RowsThatFit) {
  EXPECT_EQ(rows_that_fit(100, 30, 5), 3);  // 3 rows + 2 gaps = 100
  EXPECT_EQ(rows_that_fit(99, 30, 5), 2);
  EXPECT_EQ(rows_that_fit(20, 30, 5), 0);
}

TEST(DisplayLayout, ScreenLayoutStacksHeaderBodyBannerFooter) {
  Scale s = scale_for(1920, 1080);
  ScreenLayout plain = screen_layout(s, 1920, 1080, 0, 0, 0);
  EXPECT_LT(plain.header.bottom(), plain.body.y);
  EXPECT_LT(plain.body.bottom(), plain.footer.y);
  EXPECT_FLOAT_EQ(plain.banner.h, 0);
  ScreenLayout two = screen_layout(s, 1920, 1080, 2, 0, 0);
  EXPECT_GT(two.banner.h, 0);
  EXPECT_LT(two.body.bottom(), two.banner.y);
  EXPECT_LT(two.banner.bottom(), two.footer.y);
  EXPECT_LT(two.body.h, plain.body.h);  // banners take room from the page, never hide the data
  ScreenLayout shifted = screen_layout(s, 1920, 1080, 0, 3, -2);
  EXPECT_FLOAT_EQ(shifted.body.x, plain.body.x + 3);
  EXPECT_FLOAT_EQ(shifted.footer.y, plain.footer.y - 2);
  // At 4K everything is twice as far in.
  ScreenLayout uhd = screen_layout(scale_for(3840, 2160), 3840, 2160, 0, 0, 0);
  EXPECT_FLOAT_EQ(uhd.header.x, plain.header.x * 2);
  EXPECT_FLOAT_EQ(uhd.body.h, plain.body.h * 2);
}

TEST(DisplaySchedule, PagesRotate) {
  auto p = page_at(3, 0, 20);
  EXPECT_EQ(p.index, 0u);
  EXPECT_DOUBLE_EQ(p.seconds_left, 20);
  p = page_at(3, 45, 20);
  EXPECT_EQ(p.index, 2u);
  EXPECT_DOUBLE_EQ(p.seconds_left, 15);
  EXPECT_EQ(page_at(3, 60, 20).index, 0u);  // and round again
  EXPECT_EQ(page_at(0, 60, 20).index, 0u);
}

// { page = "overdue", seconds = 40 } between two pages of rotate_seconds 20.
TEST(DisplaySchedule, EachPageStaysItsOwnTime) {
  const std::vector<int> s{20, 40, 20};
  EXPECT_EQ(page_at(s, 19.9).index, 0u);
  EXPECT_EQ(page_at(s, 20).index, 1u);
  EXPECT_EQ(page_at(s, 59.9).index, 1u);
  EXPECT_DOUBLE_EQ(page_at(s, 40).seconds_left, 20);
  EXPECT_EQ(page_at(s, 60).index, 2u);
  EXPECT_EQ(page_at(s, 80).index, 0u);
  EXPECT_EQ(page_at(s, 80).cycle, 1);
  EXPECT_EQ(page_at(std::vector<int>{}, 5).index, 0u);
}

TEST(DisplaySchedule, TheCycleCountsWholeRotations) {
  EXPECT_EQ(page_at(3, 59.9, 20).cycle, 0);
  EXPECT_EQ(page_at(3, 60, 20).cycle, 1);
  EXPECT_EQ(page_at(3, 1000, 20).cycle, 16);
}

// The plans page of a board with 50 plans: at most 8 turns a rotation, and
// every screen within ceil(screens / 8) rotations (docs/wall.md's bound).
TEST(DisplaySchedule, EveryScreenOfALongPageWithinItsBound) {
  for (int screens = 1; screens <= 60; ++screens) {
    const int per_visit = turns_per_visit(screens);
    EXPECT_EQ(per_visit, std::min(screens, 8));
    const long rotations = (screens + kMaxTurnsPerVisit - 1) / kMaxTurnsPerVisit;
    std::set<int> seen;
    for (long cycle = 0; cycle < rotations; ++cycle)
      for (int turn = 0; turn < per_visit; ++turn) {
        int s = screen_at(screens, turn, cycle);
        ASSERT_GE(s, 0);
        ASSERT_LT(s, screens);
        seen.insert(s);
      }
    EXPECT_EQ(static_cast<int>(seen.size()), screens) << screens << " screens";
  }
  // Carrying on where the last rotation stopped: 20 screens, 8 a visit.
  EXPECT_EQ(screen_at(20, 0, 1), 8);
  EXPECT_EQ(screen_at(20, 7, 2), 3);  // 16..19, then 0..3
  EXPECT_EQ(screen_at(20, 0, 1000000000000L), static_cast<int>((1000000000000L % 20) * 8 % 20));
}

TEST(DisplaySchedule, NightHoursMayWrapMidnight) {
  wres::NightHours n{19 * 60, 7 * 60};
  EXPECT_TRUE(is_night(n, 23 * 60));
  EXPECT_TRUE(is_night(n, 3 * 60));
  EXPECT_TRUE(is_night(n, 19 * 60));
  EXPECT_FALSE(is_night(n, 7 * 60));
  EXPECT_FALSE(is_night(n, 12 * 60));
  wres::NightHours day_off{9 * 60, 17 * 60};  // a screen that rests in office hours
  EXPECT_TRUE(is_night(day_off, 12 * 60));
  EXPECT_FALSE(is_night(day_off, 20 * 60));
  EXPECT_FALSE(is_night(std::nullopt, 3 * 60));
  EXPECT_EQ(seconds_to_night_change(n, 18 * 3600 + 59 * 60), 60);
  EXPECT_EQ(seconds_to_night_change(n, 23 * 3600), 8 * 3600);
  EXPECT_FALSE(seconds_to_night_change(std::nullopt, 0));
}

TEST(DisplaySchedule, PixelShiftStaysSmallAndMoves) {
  Offset first = pixel_shift(0, 4, 600);
  bool moved = false;
  for (std::time_t t = 0; t < 600 * 16; t += 600) {
    Offset o = pixel_shift(t, 4, 600);
    EXPECT_LE(std::fabs(o.x), 4.0f);
    EXPECT_LE(std::fabs(o.y), 4.0f);
    moved = moved || o.x != first.x || o.y != first.y;
  }
  EXPECT_TRUE(moved);
  EXPECT_EQ(pixel_shift(100, 4, 600).x, pixel_shift(500, 4, 600).x);  // steady within a period
  EXPECT_EQ(seconds_to_next_shift(100, 600), 500);
}

TEST(DisplaySchedule, Freshness) {
  EXPECT_EQ(freshness(false, false, 0, 120), Freshness::waiting);
  EXPECT_EQ(freshness(true, false, 10, 120), Freshness::live);
  EXPECT_EQ(freshness(true, false, 121, 120), Freshness::stale);
  EXPECT_EQ(freshness(true, true, 0, 120), Freshness::refused);
  EXPECT_EQ(ago_text(2), "just now");
  EXPECT_EQ(ago_text(30), "30 s ago");
  EXPECT_EQ(ago_text(600), "10 min ago");
  EXPECT_EQ(ago_text(7200), "2 h ago");
}
