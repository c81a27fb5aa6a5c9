// [display] pages with their own dwell times and [[display.schedule]] windows:
// read from a real file, validated (overlaps, unknown pages, bad days and
// times), carried in the snapshot, and which pages are in force when.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "board_text.hpp"
#include "temp_dir.hpp"
#include "wres/config/load.hpp"
#include "wres/model/page_schedule.hpp"
#include "wres/protocol/snapshot_json.hpp"

using namespace wres;

namespace {

// The board's display settings and its error lines, "line:col: message".
struct Read {
  DisplaySettings display;
  std::vector<std::string> errors;
};
Read read(const std::string& display_toml) {
  test::TempDir dir;
  auto r = load_board(dir.write("board.toml", std::string(test::kUndatedHead) + display_toml));
  Read out;
  if (r.board) out.display = r.board->display;
  for (const auto& e : r.errors) out.errors.push_back(std::to_string(e.where.line) + ":" + e.message);
  return out;
}

const std::string kBoardMorning = R"(
[display]
pages = ["overview", { page = "overdue", seconds = 40 }, "plans"]

[[display.schedule]]
days = ["Tue"]
from = "08:00"
to = "12:00"
pages = ["indicators", { page = "representation", seconds = 60 }]

[[display.schedule]]
days = ["Mon", "Wednesday", "fri"]
from = "17:30"
to = "24:00"
pages = ["changes"]
)";

// One [[display.schedule]] window; `days` as written in TOML, or "" for none.
std::string window(const std::string& days, const std::string& from, const std::string& to, const std::string& page) {
  return "[[display.schedule]]\n" + (days.empty() ? "" : "days = " + days + "\n") + "from = \"" + from + "\"\nto = \"" +
         to + "\"\npages = [\"" + page + "\"]\n";
}

constexpr int kMon = 0, kTue = 1, kWed = 2, kSun = 6;

}  // namespace

TEST(PageSchedule, ReadsDwellTimesAndWindows) {
  auto r = read(kBoardMorning);
  ASSERT_TRUE(r.errors.empty()) << r.errors[0];
  const DisplaySettings& d = r.display;
  EXPECT_EQ(d.usual.pages, (std::vector<std::string>{"overview", "overdue", "plans"}));
  EXPECT_EQ(seconds_for(d.usual, "overdue", d.rotate_seconds), 40);
  EXPECT_EQ(seconds_for(d.usual, "plans", d.rotate_seconds), 20);  // rotate_seconds
  ASSERT_EQ(d.schedule.size(), 2u);
  EXPECT_EQ(describe(d.schedule[0]), "Tue 08:00-12:00");
  EXPECT_EQ(describe(d.schedule[1]), "Mon, Wed, Fri 17:30-24:00");
}

TEST(PageSchedule, TheBoardMeetingMorningShowsTheIndicatorsOnly) {
  auto d = read(kBoardMorning).display;
  const auto pages = [&](int day, int h, int m) { return pages_at(d, day, h * 60 + m).pages; };
  using V = std::vector<std::string>;
  EXPECT_EQ(pages(kTue, 7, 59), (V{"overview", "overdue", "plans"}));
  EXPECT_EQ(pages(kTue, 8, 0), (V{"indicators", "representation"}));
  EXPECT_EQ(pages(kTue, 11, 59), (V{"indicators", "representation"}));
  EXPECT_EQ(pages(kTue, 12, 0), (V{"overview", "overdue", "plans"}));  // `to` is when it ends
  EXPECT_EQ(pages(kWed, 9, 0), (V{"overview", "overdue", "plans"}));   // another day
  EXPECT_EQ(pages(kWed, 23, 59), (V{"changes"}));
  EXPECT_EQ(pages(kMon, 17, 29), (V{"overview", "overdue", "plans"}));
  EXPECT_EQ(pages(kSun, 18, 0), (V{"overview", "overdue", "plans"}));
  EXPECT_EQ(seconds_for(pages_at(d, kTue, 9 * 60), "representation", 20), 60);
  EXPECT_EQ(day_from_tm_wday(0), kSun);
  EXPECT_EQ(day_from_tm_wday(2), kTue);
}

TEST(PageSchedule, OverlappingWindowsAreAnErrorNamingBoth) {
  auto r =
      read("\n" + window(R"(["Tue"])", "08:00", "12:00", "indicators") + "\n" + window("", "11:30", "13:00", "plans"));
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0],
            "11:display.schedule: every day 11:30-13:00 overlaps the window at line 5 (Tue 08:00-12:00): the wall "
            "would not know which pages to show");
}

TEST(PageSchedule, WindowsThatOnlyTouchOrFallOnOtherDaysAreFine) {
  auto r = read(window(R"(["Tue"])", "08:00", "12:00", "indicators") + window(R"(["Tue"])", "12:00", "13:00", "plans") +
                window(R"(["Wed"])", "08:00", "12:00", "plans"));
  EXPECT_TRUE(r.errors.empty()) << r.errors[0];
}

TEST(PageSchedule, UnknownPagesDaysAndTimesAreLocatedErrors) {
  auto r = read(R"(
[display]
pages = ["overview", { page = "overdu", seconds = 40 }, { page = "plans", seconds = 2 }, { page = "changes", secs = 9 }]
[[display.schedule]]
days = ["Tues", 3]
from = "8am"
to = "12:00"
pages = ["indicatorz"]
[[display.schedule]]
from = "12:00"
to = "09:00"
pages = []
)");
  // Line numbers count the three lines of [board] above.
  std::vector<std::string> want{
      "6:display.pages.page: unknown page 'overdu'; did you mean 'overdue'?",
      "6:display.pages.seconds: 2 is out of range; expected 5 to 3600",
      "6:unknown key 'display.pages.secs'; expected one of: page, seconds",
      "6:missing 'display.pages.seconds'",
      "8:display.schedule.days: expected a day such as \"Mon\" or \"Tuesday\", got 'Tues'",
      "8:display.schedule.days: expected a day such as \"Mon\" or \"Tuesday\", got an integer",
      "9:display.schedule.from: '8am' is not a time; expected HH:MM, e.g. \"19:00\"",
      "11:display.schedule.pages: unknown page 'indicatorz'; did you mean 'indicators'?",
      "15:display.schedule.pages: list at least one page",
  };
  EXPECT_EQ(r.errors.size(), want.size() + 1) << testing::PrintToString(r.errors);
  for (const auto& w : want) {
    bool found = false;
    for (const auto& e : r.errors) found = found || e == w;
    EXPECT_TRUE(found) << "missing: " << w << "\ngot:\n" << testing::PrintToString(r.errors);
  }
  bool to_before_from = false;
  for (const auto& e : r.errors) to_before_from = to_before_from || e.find("must be after 'from' (12:00)") != e.npos;
  EXPECT_TRUE(to_before_from) << testing::PrintToString(r.errors);
}

TEST(PageSchedule, TravelsInTheSnapshot) {
  auto d = read(kBoardMorning).display;
  Snapshot s;
  s.display = d;
  auto back_ = snapshot_from_json(snapshot_to_json(s));
  ASSERT_TRUE(back_);
  const Snapshot& back = *back_;
  EXPECT_EQ(back.display.usual, d.usual);
  EXPECT_EQ(back.display.schedule, d.schedule);
}
