// The wall's colours for plans (DESIGN 7.6), without a window: an action is
// never drawn in a colour its plan's legend gives another meaning.
#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "theme.hpp"
#include "wres/compute/plan_palette.hpp"

using namespace display;

namespace {
// Seed 001's key: Blue = not started, Amber = in progress, Green = complete.
wres::PlanSummary cambridgeshire() {
  wres::Plan p;
  p.own_legend = {
      {"blue", wres::Status::not_started}, {"amber", wres::Status::in_progress}, {"green", wres::Status::complete}};
  wres::PlanSummary s;
  s.palette = wres::plan_palette(p);
  return s;
}
}  // namespace

TEST(DisplayTheme, APlansStatesInItsOwnColoursWithItsWords) {
  auto plan = cambridgeshire();
  Look done = mark_look(&plan, wres::Status::complete);
  EXPECT_EQ(done.colour, colour::green);
  EXPECT_EQ(done.word, "Complete (Green)");
  EXPECT_EQ(done.shape, Shape::check);  // the shape stays the wall's
  EXPECT_EQ(mark_look(&plan, wres::Status::in_progress).word, "In progress (Amber)");
  EXPECT_EQ(mark_look(&plan, wres::Status::not_started).colour, colour::blue);
  // The wall's usual green (on track) and amber (at risk) mean other things here.
  EXPECT_EQ(mark_look(&plan, wres::Status::on_track).colour, colour::silver);
  EXPECT_EQ(mark_look(&plan, wres::Status::on_track).word, "On track");
  EXPECT_EQ(mark_look(&plan, wres::Status::at_risk).colour, colour::silver);
  EXPECT_EQ(due_soon_colour(&plan), colour::silver);
  // Without a plan, or a plan with no legend: the wall's usual colours and words.
  wres::PlanSummary plain;
  plain.palette = wres::plan_palette(wres::Plan{});
  EXPECT_EQ(mark_look(&plain, wres::Status::complete).colour, colour::blue);
  EXPECT_EQ(mark_look(&plain, wres::Status::complete).word, "Complete");
  EXPECT_EQ(due_soon_colour(&plain), colour::orange);
  EXPECT_EQ(mark_look(nullptr, wres::Mark::overdue()).word, "Overdue");
}

TEST(DisplayTheme, EveryStatusHasItsOwnShapeAndWord) {
  std::vector<Shape> shapes;
  for (wres::Status s : wres::kAllStatuses) {
    Look l = status_look(s);
    EXPECT_FALSE(l.word.empty());
    EXPECT_EQ(std::count(shapes.begin(), shapes.end(), l.shape), 0) << l.word;
    shapes.push_back(l.shape);
  }
  EXPECT_EQ(std::count(shapes.begin(), shapes.end(), overdue_look().shape), 0);
  // A word an older build stored reads as stored, neutral.
  EXPECT_EQ(mark_look(nullptr, wres::Mark::named("paused")).word, "paused");
  EXPECT_EQ(mark_look(nullptr, wres::Mark::named("paused")).colour, colour::faint);
}
