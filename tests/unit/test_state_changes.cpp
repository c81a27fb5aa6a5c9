#include <gtest/gtest.h>

#include "wres/compute/state_changes.hpp"

using namespace wres;

TEST(StateChanges, NewChangedRemoved) {
  std::vector<StatusEntry> before{
      {"p", "1", "One", "on_track"}, {"p", "2", "Two", "at_risk"}, {"q", "1", "Q", "complete"}};
  std::vector<StatusEntry> now{
      {"p", "1", "One", "overdue"}, {"p", "2", "Two", "at_risk"}, {"p", "3", "Three", "not_started"}};
  auto c = diff_statuses(before, now);
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(c[0].action, "1");
  EXPECT_EQ(c[0].from, "on_track");
  EXPECT_EQ(c[0].to, "overdue");
  EXPECT_EQ(c[1].action, "3");
  EXPECT_EQ(c[1].from, "");
  EXPECT_EQ(c[2].plan, "q");
  EXPECT_EQ(c[2].to, kRemoved);
}

TEST(StateChanges, SameActionIdInTwoPlansIsTwoActions) {
  std::vector<StatusEntry> before{{"p", "1", "", "on_track"}, {"q", "1", "", "on_track"}};
  std::vector<StatusEntry> now{{"p", "1", "", "on_track"}, {"q", "1", "", "complete"}};
  auto c = diff_statuses(before, now);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].plan, "q");
}
