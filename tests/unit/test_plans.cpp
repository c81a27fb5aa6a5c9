#include <gtest/gtest.h>

#include "board_text.hpp"

#include "model_support.hpp"
#include "temp_dir.hpp"
#include "wres/compute/action_status.hpp"
#include "wres/compute/plan_progress.hpp"
#include "wres/compute/snapshot_builder.hpp"
#include "wres/config/due.hpp"
#include "wres/config/load.hpp"
#include "wres/model/wording.hpp"

using namespace wres;

namespace {

using test::action;
using test::kAsOf;

}  // namespace

TEST(ActionFlags, OverdueWhenDuePassedAndNotComplete) {
  auto f = derive_flags(action("a", Status::on_track, "2024-09-29"), kAsOf, 30);
  EXPECT_TRUE(f.overdue);
  EXPECT_EQ(f.days_overdue, 1);
  EXPECT_FALSE(derive_flags(action("a", Status::on_track, "2024-09-30"), kAsOf, 30).overdue);  // due today
  EXPECT_FALSE(derive_flags(action("a", Status::complete, "2024-01"), kAsOf, 30).overdue);
  EXPECT_FALSE(derive_flags(action("a", Status::on_track, "ongoing"), kAsOf, 30).overdue);
  EXPECT_FALSE(derive_flags(action("a", Status::on_track, "tbc"), kAsOf, 30).overdue);
}

TEST(ActionFlags, DueSoonWithinTheWindow) {
  EXPECT_TRUE(derive_flags(action("a", Status::on_track, "2024-10-30"), kAsOf, 30).due_soon);   // 30 days
  EXPECT_FALSE(derive_flags(action("a", Status::on_track, "2024-10-31"), kAsOf, 30).due_soon);  // 31 days
  EXPECT_TRUE(derive_flags(action("a", Status::on_track, "2024-10"), kAsOf, 31).due_soon);
  EXPECT_FALSE(derive_flags(action("a", Status::complete, "2024-10-01"), kAsOf, 30).due_soon);
}

// A due date is a fact whatever was reported: an action with no status that falls
// due in the window is counted, as not known to be undone (issue 29.12).
TEST(ActionFlags, ADueDateWithoutAStatusIsCountedAsSuch) {
  auto f = derive_flags(action("a", Status::not_reported, "2024-09-30"), kAsOf, 30);  // due today
  EXPECT_TRUE(f.due_soon_unreported);
  EXPECT_FALSE(f.due_soon);  // "due soon" says not done: nobody said
  EXPECT_EQ(f.days_left, 0);
  EXPECT_FALSE(derive_flags(action("a", Status::not_reported, "2024-10-31"), kAsOf, 30).due_soon_unreported);
  auto past = derive_flags(action("a", Status::not_reported, "2024-09-29"), kAsOf, 30);
  EXPECT_FALSE(past.due_soon_unreported);
  EXPECT_FALSE(past.overdue);  // overdue says not done, which nobody reported
  EXPECT_FALSE(derive_flags(action("a", Status::on_track, "2024-10-01"), kAsOf, 30).due_soon_unreported);
}

TEST(ActionFlags, QuietRecurringActions) {
  Action a = action("a", Status::on_track, "quarterly");
  EXPECT_TRUE(derive_flags(a, kAsOf, 30).quiet);  // never updated, no start
  a.updates = {{Date{2024, 7, 1}, "fine"}};
  EXPECT_FALSE(derive_flags(a, kAsOf, 30).quiet);  // 91 days ago
  a.updates = {{Date{2024, 6, 29}, "fine"}};
  EXPECT_TRUE(derive_flags(a, kAsOf, 30).quiet);  // 93 days ago
  a.due = *parse_due("annually");
  EXPECT_FALSE(derive_flags(a, kAsOf, 30).quiet);
  a.updates = {{Date{2023, 9, 1}, "long ago"}, {Date{2024, 12, 1}, "after as_of: not seen yet"}};
  auto f = derive_flags(a, kAsOf, 30);
  EXPECT_TRUE(f.quiet);
  EXPECT_EQ(f.last_update, (Date{2023, 9, 1}));
  Action later = action("b", Status::not_started, "annually");
  later.start = Date{2025, 1, 1};
  EXPECT_FALSE(derive_flags(later, kAsOf, 30).quiet);  // not started yet
  EXPECT_FALSE(derive_flags(action("c", Status::on_track, "ongoing"), kAsOf, 30).quiet);
}

TEST(PlanProgress, CountsOverdueOnItsOwn) {
  Plan p;
  p.id = "p";
  p.actions = {action("1", Status::complete, "2024-01", "A", {2}),
               action("2", Status::on_track, "2024-08", "A", {2, 3}),
               action("3", Status::at_risk, "2024-10-15", "B", {3}), action("4", Status::off_track, "2025-03", "B"),
               action("5", Status::not_started, "ongoing", "B")};
  PlanSummary s = summarise_plan(p, kAsOf, Rules{});
  EXPECT_EQ(s.total, 5);
  EXPECT_EQ(s.counts[Status::complete], 1);
  EXPECT_EQ(s.counts.overdue, 1);
  EXPECT_EQ(s.counts[Status::on_track], 0);  // the overdue on_track action counts as overdue only
  EXPECT_EQ(s.counts[Status::at_risk], 1);
  EXPECT_EQ(s.counts[Status::off_track], 1);
  EXPECT_EQ(s.counts[Status::not_started], 1);
  EXPECT_DOUBLE_EQ(s.percent_complete, 20.0);
  EXPECT_EQ(action_ids(s, &ActionView::overdue), std::vector<std::string>{"2"});
  EXPECT_EQ(action_ids(s, &ActionView::due_soon), std::vector<std::string>{"3"});
  ASSERT_EQ(s.themes.size(), 2u);
  EXPECT_EQ(s.themes[0].name, "A");
  EXPECT_EQ(s.themes[0].total, 2);
  EXPECT_DOUBLE_EQ(s.themes[0].percent_complete, 50.0);
  ASSERT_EQ(s.by_indicator.size(), 2u);
  EXPECT_EQ(s.by_indicator[0].name, "2");
  EXPECT_EQ(s.by_indicator[0].total, 2);
  EXPECT_EQ(s.by_indicator[1].name, "3");
  EXPECT_EQ(s.by_indicator[1].counts.overdue, 1);
  EXPECT_TRUE(s.actions[1].overdue);
  EXPECT_EQ(s.actions[1].status, Status::on_track);
  EXPECT_EQ(s.actions[0].status, Status::complete);
}

TEST(PlanProgress, EmptyPlanIsZeroNotNaN) {
  Plan p;
  PlanSummary s = summarise_plan(p, kAsOf, Rules{});
  EXPECT_EQ(s.total, 0);
  EXPECT_EQ(s.percent_complete, 0.0);
}

// Seed 001's colour key: blue = not started, amber = in progress, green =
// complete. The seed's table has 18 Blue, 19 Green and 47 Amber rows.
TEST(PlanProgress, Seed001StatusesUnderItsLegend) {
  LoadResult r = load_board(test::source_path("deploy/examples/cambridgeshire/board.toml"));
  ASSERT_TRUE(r.ok()) << (r.errors.empty() ? "" : format(r.errors.front()));
  const Plan& plan = r.board->plans.at(0);
  ASSERT_EQ(plan.actions.size(), 84u);
  int blue = 0, green = 0, amber = 0;
  for (const auto& a : plan.actions) {
    if (a.status_word == "blue") {
      ++blue;
      EXPECT_EQ(a.status, Status::not_started) << a.id;
    }
    if (a.status_word == "green") {
      ++green;
      EXPECT_EQ(a.status, Status::complete) << a.id;
    }
    if (a.status_word == "amber") {
      ++amber;
      EXPECT_EQ(a.status, Status::in_progress) << a.id;
    }
  }
  EXPECT_EQ(blue, 18);
  EXPECT_EQ(green, 19);
  EXPECT_EQ(amber, 47);
  Snapshot s = build_snapshot(*r.board, *r.board->as_of);
  EXPECT_EQ(s.plans[0].counts[Status::complete], 19);
  EXPECT_EQ(s.plans[0].counts[Status::not_started], 18);
  EXPECT_NEAR(s.plans[0].percent_complete, 100.0 * 19 / 84, 1e-9);
}

TEST(PlanProgress, DefaultLegendMapsColourWords) {
  test::TempDir dir;
  auto path = dir.write("b.toml", test::board_head_undated() + test::plan_text({{"r", "x", "tbc", "Red"},
                                                                                {"a", "x", "tbc", "amber"},
                                                                                {"g", "x", "tbc", "green"},
                                                                                {"b", "x", "tbc", "blue"},
                                                                                {"s", "x", "tbc", "at_risk"}}));
  LoadResult r = load_board(path);
  ASSERT_TRUE(r.ok());
  const auto& acts = r.board->plans[0].actions;
  EXPECT_EQ(acts[0].status, Status::off_track);
  EXPECT_EQ(acts[1].status, Status::at_risk);
  EXPECT_EQ(acts[2].status, Status::on_track);
  EXPECT_EQ(acts[3].status, Status::complete);
  EXPECT_EQ(acts[4].status, Status::at_risk);
}

// Seed 002 has no status column. Its September 2021 updates begin "Complete"
// for A2, A3, A4 and A7; nothing else has a status in the source, so nothing
// is called overdue, whatever its date.
TEST(PlanProgress, StHelensStatusesAreOnlyWhatTheSeedSays) {
  LoadResult r = load_board(test::source_path("deploy/examples/st-helens/board.toml"));
  ASSERT_TRUE(r.ok());
  std::vector<std::string> complete;
  for (const auto& p : r.board->plans)
    for (const auto& a : p.actions) {
      if (a.status == Status::complete) {
        complete.push_back(a.id);
        ASSERT_FALSE(a.updates.empty()) << a.id;
        EXPECT_EQ(a.updates.back().text.rfind("Complete", 0), 0u) << a.id;
      } else {
        EXPECT_EQ(a.status, Status::not_reported) << a.id;
      }
    }
  EXPECT_EQ(complete, (std::vector<std::string>{"A2", "A3", "A4", "A7"}));
  Snapshot s = build_snapshot(*r.board, *r.board->as_of);
  for (const auto& p : s.plans) {
    EXPECT_TRUE(action_ids(p, &ActionView::overdue).empty()) << p.id;
    EXPECT_FALSE(p.statuses_reported) << p.id;
  }
}

namespace {
Snapshot nscht_snapshot() {
  LoadResult r = load_board(test::source_path("deploy/examples/nscht/board.toml"));
  EXPECT_TRUE(r.ok());
  return r.ok() ? build_snapshot(*r.board, *r.board->as_of) : Snapshot{};
}
const PlanSummary* plan_named(const Snapshot& s, const std::string& id) {
  for (const auto& p : s.plans)
    if (p.id == id) return &p;
  return nullptr;
}
}  // namespace

// Seed 003, Appendix 2: the "RAG rating (as at 09.24)" column holds dates only.
TEST(PlanProgress, NschtInclusionPlanHasNoStatusesBecauseTheSeedHasNone) {
  Snapshot s = nscht_snapshot();
  const PlanSummary* ib = plan_named(s, "ib-2024");
  ASSERT_TRUE(ib);
  EXPECT_EQ(ib->total, 29);
  EXPECT_EQ(ib->counts[Status::not_reported], 29);
  EXPECT_FALSE(ib->statuses_reported);
  EXPECT_EQ(plan_caption(*ib), "29 actions \xC2\xB7 statuses not reported");
  EXPECT_TRUE(action_ids(*ib, &ActionView::overdue).empty());
}

// Seed 003, Appendix 1: twelve ticks, two "!", and three cells that say
// "Ongoing", "All in progress" or "more work needed"; no item has a due date
// except 5.F1 ("in 2023-24"), so the report is not a wall of overdue items.
TEST(PlanProgress, NschtProgressReportReadsAsTheReportSays) {
  Snapshot s = nscht_snapshot();
  const PlanSummary* w = plan_named(s, "wres-2023");
  ASSERT_TRUE(w);
  EXPECT_EQ(w->total, 34);
  EXPECT_EQ(w->counts[Status::complete], 12);
  EXPECT_EQ(w->counts[Status::at_risk], 2);
  EXPECT_EQ(w->counts[Status::in_progress], 7);
  EXPECT_EQ(w->counts[Status::not_reported], 13);
  EXPECT_EQ(w->counts.overdue, 0);
  EXPECT_EQ(w->counts[Status::on_track], 0);  // the report never says on track
  EXPECT_EQ(w->reported, (Date{2024, 9, 30}));
  for (const auto& a : w->actions) {
    if (a.id != "5.F1") {
      EXPECT_NE(a.due_kind, DueKind::date) << a.id;
    }
  }
}

// Issue 29.12: the report's ticks and "!" are readings of marks, not a measured
// share: counted as marks ("12 of 34 ticked"), never "35% complete", and the
// mark drawn beside its word.
TEST(PlanProgress, NschtProgressReportIsCountedAsMarksNotAPercentage) {
  Snapshot s = nscht_snapshot();
  const PlanSummary* w = plan_named(s, "wres-2023");
  ASSERT_TRUE(w);
  EXPECT_EQ(plan_caption(*w), "12 of 34 ticked \xC2\xB7 2 marked ! \xC2\xB7 13 not marked");
  EXPECT_EQ(plan_caption(*w, false), plan_caption(*w));
  EXPECT_FALSE(shows_percent(*w));
  EXPECT_EQ(marks_count(*w), "12 ticked");
  EXPECT_EQ(mark_label(w, Mark(Status::complete)), "Complete (\xE2\x9C\x93)");  // ✓
  EXPECT_EQ(mark_label(w, Mark(Status::at_risk)), "At risk (!)");
  EXPECT_EQ(mark_label(w, Mark(Status::in_progress)), "In progress");  // a word kept, not a mark
  EXPECT_EQ(mark_label(w, Mark::overdue()), "Overdue");
  // A plan of statuses keeps its percentage.
  const PlanSummary* ib = plan_named(s, "ib-2024");
  ASSERT_TRUE(ib);
  EXPECT_TRUE(ib->marks.empty());
  EXPECT_EQ(marks_count(*ib), "");
}

TEST(PlanProgress, MarksCaptionSaysTheFirstMarkEvenAtNoneAndSkipsOtherZeros) {
  PlanSummary p;
  p.total = 5;
  p.counts[Status::not_reported] = 5;
  p.marks = {{Status::at_risk, "!", "marked !"}, {Status::complete, "x", "crossed off"}};
  EXPECT_EQ(plan_caption(p), "0 of 5 crossed off \xC2\xB7 5 not marked");
  p.counts[Status::not_reported] = 0;
  p.counts[Status::at_risk] = 5;
  EXPECT_EQ(plan_caption(p), "0 of 5 crossed off \xC2\xB7 5 marked !");
}

// Seed 000: 4.2's update says its actions "have led to an increase"; it does
// not say the 13.2% target was met.
TEST(PlanProgress, CcsTargetNotClaimedAsMet) {
  LoadResult r = load_board(test::source_path("deploy/examples/ccs/board.toml"));
  ASSERT_TRUE(r.ok());
  for (const auto& a : r.board->plans.at(0).actions) {
    if (a.id == "4.2") {
      EXPECT_EQ(a.status, Status::not_reported);
    }
    // 2.5: "Planned all leaders workshops postponed": not a judgement of risk (issue 29.12).
    if (a.id == "2.5") {
      EXPECT_EQ(a.status, Status::not_reported);
    }
    EXPECT_NE(a.status, Status::on_track) << a.id;  // the source never says on track
    EXPECT_NE(a.status, Status::at_risk) << a.id;   // nor at risk
  }
}

// Seed 004 has no status or progress column.
TEST(PlanProgress, CityCareStatusesAreNotReported) {
  LoadResult r = load_board(test::source_path("deploy/examples/citycare/board.toml"));
  ASSERT_TRUE(r.ok());
  for (const auto& a : r.board->plans.at(0).actions) EXPECT_EQ(a.status, Status::not_reported) << a.id;
}
