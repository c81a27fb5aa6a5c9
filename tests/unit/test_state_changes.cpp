#include <gtest/gtest.h>

#include "wres/compute/state_changes.hpp"

using namespace wres;

TEST(StateChanges, NewChangedRemoved) {
  std::vector<StatusEntry> before{
      {"p", "1", "One", Status::on_track}, {"p", "2", "Two", Status::at_risk}, {"q", "1", "Q", Status::complete}};
  std::vector<StatusEntry> now{
      {"p", "1", "One", Mark::overdue()}, {"p", "2", "Two", Status::at_risk}, {"p", "3", "Three", Status::not_started}};
  auto c = diff_statuses(before, now);
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(c[0].action, "1");
  EXPECT_EQ(c[0].from, Mark(Status::on_track));
  EXPECT_EQ(c[0].to, Mark::overdue());
  EXPECT_EQ(c[1].action, "3");
  EXPECT_EQ(c[1].from, Mark());
  EXPECT_EQ(names_of(c[1]), "new -> not_started");
  EXPECT_EQ(c[2].plan, "q");
  EXPECT_EQ(c[2].to, Mark::removed());
  EXPECT_EQ(names_of(c[2]), "complete -> removed");
}

TEST(StateChanges, SameActionIdInTwoPlansIsTwoActions) {
  std::vector<StatusEntry> before{{"p", "1", "", Status::on_track}, {"q", "1", "", Status::on_track}};
  std::vector<StatusEntry> now{{"p", "1", "", Status::on_track}, {"q", "1", "", Status::complete}};
  auto c = diff_statuses(before, now);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].plan, "q");
}
