// The wall's figures and phrases of time (display/format.cpp). Expected texts
// are written out by hand from the wording rules, and from the seeds where a
// figure comes from one (NSCHT's bands 8A-9: 3.74% against 11.11%).
#include <gtest/gtest.h>

#include "format.hpp"
#include "reconnect.hpp"
#include "wres/model/printf_text.hpp"

using namespace display;

TEST(DisplayFormat, DaysInDaysThenWeeksThenMonths) {
  EXPECT_EQ(days_text(1), "1 day");
  EXPECT_EQ(days_text(13), "13 days");
  EXPECT_EQ(days_text(14), "2 wk");
  EXPECT_EQ(days_text(89), "12 wk");
  EXPECT_EQ(days_text(90), "3 mo");
}

TEST(DisplayFormat, LateAndDueIn) {
  EXPECT_EQ(late_text(3), "3 days late");
  EXPECT_EQ(late_text(120), "4 mo late");
  EXPECT_EQ(due_in_text(0), "due today");
  EXPECT_EQ(due_in_text(1), "due in 1 day");
  EXPECT_EQ(due_in_short(0), "due today");
  EXPECT_EQ(due_in_short(21), "in 3 wk");
  EXPECT_EQ(quiet_text(std::nullopt), "never updated");
  EXPECT_EQ(quiet_text(95), "no update for 3 mo");
}

TEST(DisplayFormat, DueLabelKeepsTheBoardsPrecision) {
  wres::ActionView a;
  a.due_kind = wres::DueKind::date;
  a.due_date = wres::Date{2024, 10, 15};
  a.due_precision = wres::DuePrecision::month;
  EXPECT_EQ(due_label(a), "Oct 2024");  // "due = 2024-10": no day is invented
  a.due_precision = wres::DuePrecision::day;
  EXPECT_EQ(due_label(a), "15 Oct 2024");
  a.due_kind = wres::DueKind::ongoing;
  EXPECT_EQ(due_label(a), "Ongoing");
  a.due_kind = wres::DueKind::date;
  a.due_date.reset();
  EXPECT_EQ(due_label(a), "TBC");
}

TEST(DisplayFormat, Dates) {
  EXPECT_EQ(format_date(wres::Date{2024, 9, 30}), "30 Sep 2024");
  EXPECT_EQ(format_date(wres::Date{2024, 3, 31}), "31 Mar 2024");
  EXPECT_EQ(short_time("2026-11-23T14:02:11Z"), "Mon 23 14:02");
}

TEST(DisplayFormat, NumbersAsTheBoardGivesThem) {
  EXPECT_EQ(number_text(0.78), "0.78");
  EXPECT_EQ(number_text(60), "60");
  EXPECT_EQ(number_text(12.5), "12.5");
  EXPECT_EQ(with_unit(0.78, "%"), "0.78%");
  EXPECT_EQ(with_unit(60, "staff"), "60 staff");
  EXPECT_EQ(with_unit(7, ""), "7");
  EXPECT_EQ(percent_one_place(3.74), "3.7%");
  EXPECT_EQ(percent_one_place(11.11), "11.1%");
  EXPECT_EQ(points_signed(3.74 - 11.11), "-7.4 pts");
  EXPECT_EQ(points_signed(16.2), "+16.2 pts");
}

// Rounded as the reports round, half away from zero (issue 29.11): NSCHT's
// clinical band 2 is 1 of 16 = 6.25%, printed "6.3%" (printf alone gives 6.2%).
TEST(DisplayFormat, HalvesRoundAwayFromZeroAsTheReportsDo) {
  EXPECT_EQ(percent_one_place(100.0 * 1 / 16), "6.3%");
  EXPECT_EQ(points_signed(-6.25), "-6.3 pts");
  EXPECT_EQ(number_text(1.005), "1.01");  // stored as 1.00499...
  EXPECT_EQ(number_text(0.125), "0.13");
  EXPECT_EQ(wres::detail::fmt("%.1f%% of %.2f", 6.25, 0.125), "6.3% of 0.13");
  EXPECT_EQ(wres::detail::fmt("%+.1f pts", 0.04), "+0.0 pts");
}

// display/reconnect.cpp: a wall started before wresd polls quickly while no
// daemon is there, and backs off only from a daemon that keeps failing it.
TEST(Reconnect, AnAbsentDaemonIsPolledWithinASecondAFailingOneIsBackedOff) {
  using display::Attempt;
  using std::chrono::milliseconds;
  milliseconds d = display::kFirstBackoff;
  for (int i = 0; i < 100; ++i) d = display::next_reconnect_delay(d, Attempt::daemon_absent);
  EXPECT_EQ(d, milliseconds(250));  // however long it has been away
  EXPECT_EQ(display::next_reconnect_delay(d, Attempt::daemon_failing), milliseconds(500));
  d = milliseconds(500);
  std::vector<long> seen;
  for (int i = 0; i < 8; ++i) seen.push_back((d = display::next_reconnect_delay(d, Attempt::daemon_failing)).count());
  EXPECT_EQ(seen, (std::vector<long>{1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000}));
  EXPECT_EQ(display::next_reconnect_delay(milliseconds(30000), Attempt::session_held), milliseconds(500));
}
