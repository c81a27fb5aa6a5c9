// DESIGN 7.6: statuses as reported. The new states through counts, percent
// complete, overdue and the words; a plan's own legend colours; when a plan
// was reported; the warnings a suspicious source gets.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "board_file.hpp"
#include "board_text.hpp"
#include "model_support.hpp"
#include "wres/compute/action_status.hpp"
#include "wres/compute/plan_palette.hpp"
#include "wres/compute/plan_progress.hpp"
#include "wres/config/due.hpp"
#include "wres/model/wording.hpp"
#include "wres/protocol/snapshot_json.hpp"

using namespace wres;

namespace {

using test::kAsOf;

using test::action;

Plan plan_of(std::vector<Action> actions) {
  Plan p;
  p.id = "p";
  p.actions = std::move(actions);
  return p;
}

}  // namespace

TEST(Statuses, NamesRoundTripAndUnknownNamesAreRefused) {
  for (Status s : kAllStatuses) EXPECT_EQ(status_from_name(to_string(s)), s) << to_string(s);
  EXPECT_EQ(to_string(Status::in_progress), "in_progress");
  EXPECT_EQ(status_word(Status::not_reported), "Not reported");
  EXPECT_FALSE(status_from_name("overdue"));  // derived from dates, never a status
  EXPECT_FALSE(status_from_name("In progress"));
}

TEST(Statuses, InProgressCountsOnItsOwnAndCanBeOverdue) {
  Plan p = plan_of({action("1", Status::in_progress, "2024-12"), action("2", Status::in_progress, "2024-08"),
                    action("3", Status::complete, "2024-01"), action("4", Status::on_track, "2025-03")});
  PlanSummary s = summarise_plan(p, kAsOf, Rules{});
  EXPECT_EQ(s.counts[Status::in_progress], 1);
  EXPECT_EQ(s.counts.overdue, 1);            // started, due in August, not complete: overdue
  EXPECT_EQ(s.counts[Status::on_track], 1);  // in progress is never counted as on track
  EXPECT_DOUBLE_EQ(s.percent_complete, 25.0);
  EXPECT_TRUE(s.statuses_reported);
  EXPECT_EQ(plan_caption(s), "25% complete \xC2\xB7 4 actions");
  EXPECT_EQ(percent_text(12.5), "13%");  // half up, on the card and in the caption alike
  EXPECT_EQ(percent_text(100.0 * 19 / 84), "23%");
  EXPECT_EQ(counts_phrase(s.counts), "1 overdue \xC2\xB7 1 on track \xC2\xB7 1 in progress \xC2\xB7 1 complete");
}

// Overdue says the action is not done; nobody said so.
TEST(Statuses, NotReportedIsNeverOverdueOrDueSoon) {
  auto f = derive_flags(action("a", Status::not_reported, "2024-01"), kAsOf, 30);
  EXPECT_FALSE(f.overdue);
  EXPECT_FALSE(f.days_overdue);
  EXPECT_FALSE(derive_flags(action("a", Status::not_reported, "2024-10-15"), kAsOf, 30).due_soon);
  EXPECT_TRUE(derive_flags(action("a", Status::not_started, "2024-01"), kAsOf, 30).overdue);
  // Quiet is about updates, which are facts whatever the status.
  EXPECT_TRUE(derive_flags(action("a", Status::not_reported, "quarterly"), kAsOf, 30).quiet);
}

// NSCHT's Inclusion and Belonging plan: 29 actions, no status in the source.
TEST(Statuses, APlanMostlyNotReportedSaysSoInsteadOfAPercentage) {
  std::vector<Action> acts;
  for (int i = 0; i < 29; ++i) acts.push_back(action(std::to_string(i), Status::not_reported, "2025-03"));
  PlanSummary s = summarise_plan(plan_of(acts), kAsOf, Rules{});
  EXPECT_EQ(s.counts[Status::not_reported], 29);
  EXPECT_EQ(s.counts.total(), 29);
  EXPECT_FALSE(s.statuses_reported);
  EXPECT_EQ(plan_caption(s), "29 actions \xC2\xB7 statuses not reported");
  EXPECT_TRUE(action_ids(s, &ActionView::overdue).empty());

  // Half reported is enough for a percentage, with the rest named.
  acts.resize(4);
  acts[0].status = Status::complete, acts[1].status = Status::in_progress;
  s = summarise_plan(plan_of(acts), kAsOf, Rules{});
  EXPECT_TRUE(s.statuses_reported);
  EXPECT_EQ(plan_caption(s), "25% complete \xC2\xB7 4 actions \xC2\xB7 2 not reported");
  EXPECT_EQ(plan_caption(s, false), "4 actions \xC2\xB7 2 not reported");

  // Mostly unreported with some reported (St Helens: 4 of 13 complete): the
  // caption counts the unreported, not "statuses not reported" above "4 Complete" (issue 29.12).
  acts.resize(13);
  for (int i = 4; i < 13; ++i) acts[i] = action(std::to_string(i), Status::not_reported, "2025-03");
  for (int i = 0; i < 4; ++i) acts[i].status = Status::complete;
  s = summarise_plan(plan_of(acts), kAsOf, Rules{});
  EXPECT_FALSE(s.statuses_reported);
  EXPECT_EQ(plan_caption(s), "13 actions \xC2\xB7 9 of 13 not reported");
}

TEST(Statuses, ReportedDateAndStaleness) {
  Plan p = plan_of({action("1", Status::on_track, "2025-03")});
  PlanSummary s = summarise_plan(p, kAsOf, Rules{});
  EXPECT_FALSE(s.reported);
  EXPECT_EQ(reported_phrase(s, 120), "");
  p.reported = Date{2024, 6, 2};  // 120 days before 30 Sep: not yet stale
  s = summarise_plan(p, kAsOf, Rules{});
  EXPECT_FALSE(s.report_stale);
  EXPECT_EQ(reported_phrase(s, 120), "statuses as at 2 Jun 2024");
  p.reported = Date{2024, 6, 1};
  s = summarise_plan(p, kAsOf, Rules{});
  EXPECT_TRUE(s.report_stale);
  EXPECT_EQ(reported_phrase(s, 120), "statuses as at 1 Jun 2024 \xC2\xB7 over 120 days old");
  Rules longer;
  longer.report_stale_days = 200;
  EXPECT_FALSE(summarise_plan(p, kAsOf, longer).report_stale);
}

// Seed 001's key: Blue = not started, Amber = in progress, Green = complete.
// The wall's usual blue (complete) and green (on track) mean other things there.
TEST(PlanPalette, APlansOwnLegendWinsAndItsColoursAreNeverReused) {
  Plan p;
  p.own_legend = {{"blue", Status::not_started}, {"amber", Status::in_progress}, {"green", Status::complete}};
  auto pal = plan_palette(p);
  ASSERT_EQ(pal.size(), kStatusCount + 2);  // every status, overdue and due soon
  auto at = [&](std::string_view m) { return mark_colour(pal, Mark::named(m)); };
  EXPECT_EQ(at("complete").hue, Hue::green);
  EXPECT_EQ(at("complete").plan_word, "green");
  EXPECT_EQ(at("not_started").hue, Hue::blue);
  EXPECT_EQ(at("not_started").plan_word, "blue");
  EXPECT_EQ(at("in_progress").hue, Hue::amber);
  EXPECT_EQ(at("on_track").hue, Hue::silver);  // green means complete in this plan
  EXPECT_EQ(at("at_risk").hue, Hue::silver);   // amber means in progress
  EXPECT_EQ(at("off_track").hue, Hue::red);    // red means nothing else here
  EXPECT_EQ(at("off_track").plan_word, "");
  EXPECT_EQ(at("overdue").hue, Hue::purple);
  EXPECT_EQ(at("due_soon").hue, Hue::silver);  // amber means in progress here
  for (const auto& m : pal) {
    for (const auto& [word, status] : p.own_legend) {
      if (m.mark == Mark(status)) continue;
      EXPECT_NE(m.hue, *hue_of_colour_word(word)) << m.mark.name() << " drawn " << word;
    }
  }
  EXPECT_EQ(plan_colour_word(at("complete")), "Green");
}

TEST(PlanPalette, WithoutALegendTheWallsUsualColours) {
  auto pal = plan_palette(Plan{});
  for (Status s : kAllStatuses) {
    EXPECT_EQ(mark_colour(pal, s).hue, usual_hue(s));
    EXPECT_EQ(mark_colour(pal, s).plan_word, "");
  }
  Plan same;
  same.own_legend = {{"Green", Status::on_track}, {"gray", Status::not_started}};  // agrees with the wall
  for (const auto& m : plan_palette(same)) EXPECT_EQ(m.plan_word, "") << m.mark.name();
  Plan purple;
  purple.own_legend = {{"purple", Status::complete}};  // overdue's usual colour
  EXPECT_EQ(mark_colour(plan_palette(purple), Mark::overdue()).hue, Hue::silver);
  EXPECT_EQ(mark_colour(plan_palette(Plan{}), Mark::due_soon()).hue, Hue::amber);
  EXPECT_EQ(mark_colour(plan_palette(same), Mark::due_soon()).hue, Hue::amber);
}

TEST(PlanConfig, LegendReportedAndPeriodAreRead) {
  Board b = test::board_of(
      test::kUndatedHead + "[rules]\nreport_stale_days = 90\n" +
      test::plan_text(
          {{"1", "x", "2024-10", "Amber"}, {"2", "y", "tbc", "not_reported"}}, "p", "P",
          "reported = 2024-09-30\nstart = \"2024-04\"\nend = \"2025-03\"\nlegend = { amber = \"in_progress\" }\n"));
  ASSERT_EQ(b.plans.size(), 1u);
  const Plan& p = b.plans[0];
  EXPECT_EQ(b.rules.report_stale_days, 90);
  EXPECT_EQ(p.reported, (Date{2024, 9, 30}));
  EXPECT_EQ(p.period_start, (Date{2024, 4, 1}));
  EXPECT_EQ(p.period_end, (Date{2025, 3, 31}));
  EXPECT_EQ(p.actions[0].status, Status::in_progress);
  EXPECT_EQ(p.actions[0].status_word, "Amber");
  EXPECT_EQ(p.actions[1].status, Status::not_reported);
  EXPECT_EQ(p.own_legend.size(), 1u);
  EXPECT_EQ(p.legend.at("red"), Status::off_track);  // the default words stay
}

// A progress report's marks: the state, the mark as printed and how a count reads.
TEST(PlanConfig, LegendMarksAreReadWithTheirStateAndCount) {
  Board b =
      test::board_of(test::kUndatedHead +
                     test::plan_text({{"1", "x", "tbc", "tick"}, {"2", "y", "tbc", "alert"}}, "p", "P",
                                     "legend.tick = { state = \"complete\", mark = \"\u2713\", counted = \"ticked\" }\n"
                                     "legend.alert = { state = \"at_risk\", mark = \"!\" }\n"));
  ASSERT_EQ(b.plans.size(), 1u);
  const Plan& p = b.plans[0];
  EXPECT_EQ(p.actions[0].status, Status::complete);
  EXPECT_EQ(p.actions[0].status_word, "tick");
  EXPECT_EQ(p.actions[1].status, Status::at_risk);
  ASSERT_EQ(p.marks.size(), 2u);
  EXPECT_EQ(p.marks[0].status, Status::at_risk);  // the table's order: alert, tick
  EXPECT_EQ(p.marks[0].counted, "marked !");      // the default
  EXPECT_EQ(p.marks[1].mark, "\xE2\x9C\x93");
  EXPECT_EQ(p.marks[1].counted, "ticked");
}

TEST(PlanConfig, SuspiciousSourcesGetWarningsNotErrors) {
  test::TempDir dir;
  LoadResult r = load_board(dir.write("board.toml", test::kUndatedHead + R"(
[[plan]]
id = "p"
title = "P"
start = "2024-04"
[[plan.action]]
id = "1.3b"
title = "Ends before it starts"
start = "2025-01"
due = "2024-12"
status = "not_started"
[[plan.action]]
id = "2"
title = "Done, says who?"
due = "2024-06"
status = "complete"
[[plan.action]]
id = "3"
title = "Due before the plan"
due = "2024-02"
status = "on_track"
)"));
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.warnings.size(), 3u);
  std::string prefix = dir.path().string() + "/";
  auto w = [&](std::size_t i) { return format_warning(r.warnings[i]).substr(prefix.size()); };
  EXPECT_EQ(w(0), "board.toml:13:7: warning: action 1.3b ends (2024-12-31) before it starts (2025-01-01)");
  EXPECT_EQ(w(1), "board.toml:19:10: warning: action 2 is complete but has no update saying what was done");
  EXPECT_EQ(w(2),
            "board.toml:23:7: warning: action 3 is due (2024-02-29) before the plan's period starts (2024-04-01)");
}

TEST(PlanConfig, APeriodThatEndsBeforeItStartsIsAnError) {
  EXPECT_EQ(test::only_error(test::kUndatedHead +
                             "[[plan]]\nid = \"p\"\ntitle = \"P\"\nstart = \"2025-04\"\nend = \"2024-03\"\n"),
            "board.toml:8:7: plan.end: the plan's period ends before it starts");
}

TEST(StatusJson, StatusPaletteAndDueKindRoundTrip) {
  Plan p = plan_of({action("1", Status::in_progress, "2024-10"), action("2", Status::not_reported, "ongoing")});
  p.own_legend = {{"amber", Status::in_progress}};
  p.reported = Date{2024, 9, 1};
  Snapshot s;
  s.plans.push_back(summarise_plan(p, kAsOf, Rules{}));
  auto j = snapshot_to_json(s);
  const auto& a = j["plans"][0]["actions"];
  EXPECT_EQ(a[0]["status"], "in_progress");
  EXPECT_EQ(a[0]["due_kind"], "date");
  EXPECT_EQ(a[0]["due_precision"], "month");
  EXPECT_EQ(a[1]["due_kind"], "ongoing");
  EXPECT_EQ(j["plans"][0]["counts"]["not_reported"], 1);
  EXPECT_EQ(j["plans"][0]["counts"]["in_progress"], 1);
  EXPECT_EQ(j["plans"][0]["reported"], "2024-09-01");
  auto back = snapshot_from_json(j);
  ASSERT_TRUE(back);
  const PlanSummary& q = back->plans.at(0);
  EXPECT_EQ(q.actions[0].status, Status::in_progress);
  EXPECT_EQ(q.actions[0].due_precision, DuePrecision::month);
  EXPECT_EQ(q.actions[1].due_kind, DueKind::ongoing);
  EXPECT_EQ(q.counts[Status::not_reported], 1);
  EXPECT_EQ(q.reported, p.reported);
  EXPECT_EQ(mark_colour(q.palette, Status::in_progress).hue, Hue::amber);

  // A status this build does not know reads as not reported: never as more.
  j["plans"][0]["actions"][0]["status"] = "paused";
  back = snapshot_from_json(j);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->plans[0].actions[0].status, Status::not_reported);
}

TEST(StatusWords, HistoryWordsKeepReading) {
  EXPECT_EQ(mark_word(Mark::named("overdue")), "Overdue");
  EXPECT_EQ(mark_word(Mark::named("in_progress")), "In progress");
  EXPECT_EQ(mark_word(Mark::named("")), "New");
  EXPECT_EQ(mark_word(Mark::named("removed")), "Removed");
  EXPECT_EQ(mark_word(Mark::named("due_soon")), "Due soon");
  EXPECT_EQ(mark_word(Mark::named("paused")), "paused");  // a word an older or newer build stored: as stored
}

// A mark goes into history and the snapshot by its name and comes back the same value.
TEST(StatusWords, MarksReadBackByTheirStoredNames) {
  for (Status s : kAllStatuses) {
    EXPECT_EQ(Mark::named(to_string(s)), Mark(s));
    EXPECT_EQ(Mark(s).name(), to_string(s));
    EXPECT_EQ(Mark(s).status(), s);
  }
  EXPECT_EQ(Mark::named("overdue"), Mark::overdue());
  EXPECT_EQ(Mark::named("due_soon"), Mark::due_soon());
  EXPECT_EQ(Mark::named("removed"), Mark::removed());
  EXPECT_EQ(Mark::named(""), Mark());
  EXPECT_EQ(Mark::effective(Status::on_track, true), Mark::overdue());
  EXPECT_EQ(Mark::effective(Status::on_track, false), Mark(Status::on_track));
  EXPECT_FALSE(Mark::overdue().status());
  Mark kept = Mark::named("paused");  // never guessed into a status
  EXPECT_TRUE(kept.is(Mark::Kind::other));
  EXPECT_EQ(kept.name(), "paused");
  EXPECT_NE(kept, Mark::named("stopped"));
}
