// When the display tells its systemd watchdog all is well (display/frame_watch).
#include <gtest/gtest.h>

#include "frame_watch.hpp"

using display::FrameWatch;

TEST(FrameWatch, HealthyWhileFramesComeAtLeastOnceAMinute) {
  FrameWatch w(90);
  EXPECT_FALSE(w.healthy(0));
  EXPECT_EQ(w.problem(0), "no frame presented yet");
  w.presented(10, "aaaaaaaaaaaaaaaa", false);
  EXPECT_TRUE(w.healthy(99));
  EXPECT_EQ(w.problem(50), "");
  w.presented(70, "bbbbbbbbbbbbbbbb", true);
  EXPECT_TRUE(w.healthy(159));
  EXPECT_FALSE(w.healthy(161));
  EXPECT_EQ(w.problem(161), "no frame presented for 91 s");
}

// The loop runs but the picture does not change when its clock does: frozen.
TEST(FrameWatch, AFrameThatRepeatsWhenTheClockMovedIsNotGood) {
  FrameWatch w(90);
  w.presented(0, "aaaaaaaaaaaaaaaa", false);
  w.presented(60, "aaaaaaaaaaaaaaaa", true);
  w.presented(120, "aaaaaaaaaaaaaaaa", true);
  EXPECT_FALSE(w.healthy(120));
  EXPECT_EQ(w.problem(120), "the picture has not changed for 120 s though its clock moved (frozen?)");
  w.presented(180, "cccccccccccccccc", true);  // moving again
  EXPECT_TRUE(w.healthy(180));
}

// Night (black, no clock) and the waiting screen repeat themselves by design.
TEST(FrameWatch, ARepeatNobodyAskedToDifferIsGood) {
  FrameWatch w(90);
  for (int minute = 0; minute < 10; ++minute) w.presented(minute * 60.0, "0000000000000000", false);
  EXPECT_TRUE(w.healthy(9 * 60.0 + 30));
}
