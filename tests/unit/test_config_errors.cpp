// Every bad input gives a located, actionable error and no board at all.
#include <gtest/gtest.h>

#include "board_text.hpp"
#include "temp_dir.hpp"
#include "wres/config/load.hpp"

using namespace wres;

namespace {

struct Loaded {
  LoadResult result;
  std::vector<std::string> lines;  // formatted, with the temp dir stripped
};

Loaded load(const std::string& text, const std::string& name = "board.toml") {
  test::TempDir dir;
  std::string path = dir.write(name, text);
  Loaded l{load_board(path), {}};
  std::string prefix = dir.path().string() + "/";
  for (const auto& e : l.result.errors) {
    std::string s = format(e);
    if (s.rfind(prefix, 0) == 0) s = s.substr(prefix.size());
    l.lines.push_back(s);
  }
  return l;
}

std::string plan_with(const std::string& action_body) {
  return std::string(test::kUndatedHead) + "[[plan]]\nid = \"p\"\ntitle = \"P\"\n[[plan.action]]\n" + action_body;
}

}  // namespace

TEST(ConfigErrors, ValidMinimalBoard) {
  auto l = load(test::kUndatedHead);
  EXPECT_TRUE(l.result.ok());
  EXPECT_TRUE(l.lines.empty());
}

TEST(ConfigErrors, MalformedToml) {
  auto l = load("[board\norganisation = \"x\"\n");
  EXPECT_FALSE(l.result.ok());
  ASSERT_EQ(l.lines.size(), 1u);
  EXPECT_EQ(l.lines[0].rfind("board.toml:1:7: TOML syntax: ", 0), 0u) << l.lines[0];
}

TEST(ConfigErrors, TruncatedFile) {
  auto l = load(std::string(test::kUndatedHead) + "[[plan]]\nid = \"p\"\ntitle = \"Race eq");
  ASSERT_EQ(l.lines.size(), 1u);
  EXPECT_EQ(l.lines[0], "board.toml:6:17: TOML syntax: Error while parsing string: encountered end-of-file");
}

TEST(ConfigErrors, BinaryFile) {
  auto l = load(std::string("[board]\norg\0anisation = 1\n", 24));
  ASSERT_EQ(l.lines.size(), 1u);
  EXPECT_EQ(l.lines[0], "board.toml:2:4: file contains a NUL byte: expected TOML text, this looks like a binary file");
}

TEST(ConfigErrors, InvalidUtf8) {
  auto l = load(std::string(test::kUndatedHead) + "[[plan]]\nid = \"p\"\ntitle = \"caf\xC3\x28\"\n");
  ASSERT_EQ(l.lines.size(), 1u);
  EXPECT_EQ(l.lines[0].rfind("board.toml:6:", 0), 0u) << l.lines[0];
  EXPECT_NE(l.lines[0].find("invalid utf-8"), std::string::npos) << l.lines[0];
}

TEST(ConfigErrors, WrongType) {
  auto l = load("[board]\norganisation = 42\ntitle = \"T\"\n");
  ASSERT_EQ(l.lines.size(), 1u);
  EXPECT_EQ(l.lines[0], "board.toml:2:16: board.organisation: expected a string in quotes, got an integer");
}

TEST(ConfigErrors, NegativeCount) {
  auto l = load(std::string(test::kUndatedHead) + "[[year]]\nwres_year = 2024\nworkforce = { bme = -3, white = 10 }\n");
  ASSERT_EQ(l.lines.size(), 1u);
  EXPECT_EQ(l.lines[0], "board.toml:6:21: year.workforce.bme: a count cannot be negative (-3)");
}

TEST(ConfigErrors, HugeCount) {
  auto l = load(std::string(test::kUndatedHead) +
                "[[year]]\nwres_year = 2024\nworkforce = { bme = 9223372036854775807, white = 10 }\n");
  ASSERT_EQ(l.lines.size(), 1u);
  EXPECT_NE(l.lines[0].find("out of range"), std::string::npos) << l.lines[0];
}

TEST(ConfigErrors, ZeroDenominatorNamesTheField) {
  auto l = load(std::string(test::kUndatedHead) +
                "[[year]]\nwres_year = 2024\nrecruitment = { bme_shortlisted = 0, bme_appointed = 0, "
                "white_shortlisted = 10, white_appointed = 2 }\n");
  ASSERT_EQ(l.lines.size(), 1u);
  EXPECT_EQ(l.lines[0].rfind("board.toml:6:35: year.recruitment.bme_shortlisted: is 0", 0), 0u) << l.lines[0];
}

TEST(ConfigErrors, ZeroAppointedDividesByZero) {
  auto l = load(std::string(test::kUndatedHead) +
                "[[year]]\nwres_year = 2024\nrecruitment = { bme_shortlisted = 5, bme_appointed = 0, "
                "white_shortlisted = 10, white_appointed = 2 }\n");
  ASSERT_EQ(l.lines.size(), 1u);
  EXPECT_NE(l.lines[0].find("year.recruitment.bme_appointed: is 0, which divides the ratio by zero"),
            std::string::npos);
}

// A survey figure's year is the Staff Survey's, never after the standard's year it reports in.
// A note is one short line for a metric of the year's own family (issue 29.7).
TEST(ConfigErrors, NotesNameAMetricOfTheFamilyAndFitOnALine) {
  auto a = load(std::string(test::kUndatedHead) + "[[year]]\nwres_year = 2024\nnotes = { trainig = \"x\" }\n");
  ASSERT_EQ(a.lines.size(), 1u);
  EXPECT_NE(a.lines[0].find("board.toml:6:"), std::string::npos) << a.lines[0];
  EXPECT_NE(a.lines[0].find("trainig"), std::string::npos) << a.lines[0];
  EXPECT_NE(a.lines[0].find("training"), std::string::npos) << a.lines[0];  // the nearest name
  auto b = load(std::string(test::kUndatedHead) + "[[year]]\nwres_year = 2024\nnotes = { training = \"" +
                std::string(121, 'x') + "\" }\n");
  ASSERT_EQ(b.lines.size(), 1u);
  EXPECT_NE(b.lines[0].find("year.notes.training: a note is one line of at most 120 characters (this is 121)"),
            std::string::npos)
      << b.lines[0];
  auto c = load(std::string(test::kUndatedHead) + "[[year]]\nwres_year = 2024\nnotes = { board = \"  \" }\n");
  ASSERT_EQ(c.lines.size(), 1u);
  EXPECT_NE(c.lines[0].find("year.notes.board: is empty"), std::string::npos) << c.lines[0];
  auto d = load(std::string(test::kUndatedHead) + "[[wdes_year]]\nwdes_year = 2024\nnotes = { training = \"x\" }\n");
  ASSERT_EQ(d.lines.size(), 1u);  // training is a WRES indicator, not a WDES metric
  EXPECT_NE(d.lines[0].find("training"), std::string::npos) << d.lines[0];
}

TEST(ConfigErrors, SurveyYearIsNotAfterTheStandardsYear) {
  auto a = load(std::string(test::kUndatedHead) + "[[year]]\nwres_year = 2024\nsurvey_year = 2025\n");
  ASSERT_EQ(a.lines.size(), 1u);
  EXPECT_EQ(a.lines[0],
            "board.toml:6:15: year.survey_year: 2025 is after the year 2024 it reports in "
            "(the WRES 2024 uses the 2023 survey)");
  auto b = load(std::string(test::kUndatedHead) + "[[wdes_year]]\nwdes_year = 2024\nsurvey_year = 2030\n");
  ASSERT_EQ(b.lines.size(), 1u);
  EXPECT_NE(b.lines[0].find("wdes_year.survey_year: 2030 is after the year 2024"), std::string::npos) << b.lines[0];
  EXPECT_TRUE(load(std::string(test::kUndatedHead) + "[[year]]\nwres_year = 2024\nsurvey_year = 2023\n").lines.empty());
}

TEST(ConfigErrors, DisciplinaryZeroWhiteCasesAndMissingWorkforce) {
  auto a = load(std::string(test::kUndatedHead) +
                "[[year]]\nwres_year = 2024\nworkforce = { bme = 10, white = 100 }\n"
                "disciplinary = { bme_cases = 1, white_cases = 0 }\n");
  ASSERT_EQ(a.lines.size(), 1u);
  EXPECT_NE(a.lines[0].find("year.disciplinary.white_cases: is 0"), std::string::npos) << a.lines[0];
  auto b = load(std::string(test::kUndatedHead) +
                "[[year]]\nwres_year = 2024\ndisciplinary = { bme_cases = 1, white_cases = 2 }\n");
  ASSERT_EQ(b.lines.size(), 1u);
  EXPECT_EQ(b.lines[0],
            "board.toml:6:16: disciplinary: needs workforce = { bme = ..., white = ... } in the same [[year]]");
}

TEST(ConfigErrors, ImpossibleDates) {
  auto s = load(plan_with("id = \"1.1\"\ntitle = \"x\"\ndue = \"2024-13-40\"\nstatus = \"green\"\n"));
  ASSERT_EQ(s.lines.size(), 1u);
  EXPECT_EQ(s.lines[0].rfind("board.toml:10:7: action.due: '2024-13-40' is not a real date or keyword", 0), 0u)
      << s.lines[0];
  auto t = load(std::string(test::kUndatedHead) + "as_of = 2024-13-40\n");
  ASSERT_EQ(t.lines.size(), 1u);
  EXPECT_EQ(t.lines[0].rfind("board.toml:4:", 0), 0u) << t.lines[0];
  auto u =
      load(plan_with("id = \"1\"\ntitle = \"x\"\ndue = \"tbc\"\nstatus = \"green\"\n"
                     "updates = [ { date = \"2024-02-30\", text = \"x\" } ]\n"));
  ASSERT_EQ(u.lines.size(), 1u);
  EXPECT_NE(u.lines[0].find("'2024-02-30' is not a real date"), std::string::npos) << u.lines[0];
}

TEST(ConfigErrors, DuplicateActionId) {
  auto l =
      load(plan_with("id = \"1.1\"\ntitle = \"x\"\ndue = \"tbc\"\nstatus = \"green\"\n"
                     "[[plan.action]]\nid = \"1.1\"\ntitle = \"y\"\ndue = \"tbc\"\nstatus = \"green\"\n"));
  ASSERT_EQ(l.lines.size(), 1u);
  EXPECT_NE(l.lines[0].find("board.toml:12:1: action id in plan 'p': '1.1' is defined twice; first at "),
            std::string::npos)
      << l.lines[0];
}

TEST(ConfigErrors, DuplicateYearAndPlan) {
  auto l = load(std::string(test::kUndatedHead) +
                "[[year]]\nwres_year = 2024\n[[year]]\nwres_year = 2024\n"
                "[[plan]]\nid = \"p\"\ntitle = \"a\"\n[[plan]]\nid = \"p\"\ntitle = \"b\"\n");
  ASSERT_EQ(l.lines.size(), 2u);
  EXPECT_NE(l.lines[0].find("wres_year '2024' is defined twice"), std::string::npos);
  EXPECT_NE(l.lines[1].find("plan id 'p' is defined twice"), std::string::npos);
}

TEST(ConfigErrors, UnknownKeySuggestsTheRightOne) {
  auto l = load(std::string(test::kUndatedHead) +
                "[[year]]\nwres_year = 2024\nrecruitment = { bme_shortlist = 10, bme_appointed = 2, "
                "white_shortlisted = 10, white_appointed = 2 }\n");
  ASSERT_EQ(l.lines.size(), 2u);
  EXPECT_EQ(l.lines[0], "board.toml:6:15: missing 'year.recruitment.bme_shortlisted'");
  EXPECT_EQ(l.lines[1],
            "board.toml:6:17: unknown key 'year.recruitment.bme_shortlist'; did you mean 'bme_shortlisted'?");
}

TEST(ConfigErrors, UnknownTopLevelSection) {
  auto l = load(std::string(test::kUndatedHead) + "[boards]\nx = 1\n");
  ASSERT_EQ(l.lines.size(), 1u);
  EXPECT_NE(l.lines[0].find("unknown key 'boards'; did you mean 'board'?"), std::string::npos) << l.lines[0];
}

TEST(ConfigErrors, NanAndOutOfRange) {
  auto l = load(std::string(test::kUndatedHead) + "local_population_bme_pct = nan\n");
  ASSERT_EQ(l.lines.size(), 1u);
  EXPECT_EQ(l.lines[0], "board.toml:4:28: board.local_population_bme_pct: expected a finite number, got nan");
  auto m = load(std::string(test::kUndatedHead) +
                "[[year]]\nwres_year = 2024\nhba_public = { bme_pct = 130, white_pct = inf }\n");
  ASSERT_EQ(m.lines.size(), 2u);
  EXPECT_NE(m.lines[0].find("year.hba_public.bme_pct: 130 is out of range; expected 0 to 100"), std::string::npos);
  EXPECT_NE(m.lines[1].find("expected a finite number, got inf"), std::string::npos);
}

TEST(ConfigErrors, StatusAndLegend) {
  auto l = load(std::string(test::kUndatedHead) +
                "[[plan]]\nid = \"p\"\ntitle = \"P\"\nlegend = { blue = \"done\" }\n"
                "[[plan.action]]\nid = \"1\"\ntitle = \"x\"\ndue = \"tbc\"\nstatus = \"gren\"\n");
  ASSERT_EQ(l.lines.size(), 2u);
  EXPECT_EQ(l.lines[0],
            "board.toml:7:19: plan.legend.blue: expected one of not_reported, not_started, in_progress, "
            "on_track, at_risk, off_track, complete, got 'done'");
  EXPECT_EQ(l.lines[1],
            "board.toml:12:10: action.status: 'gren' is not a colour word of this plan's legend or a state; "
            "did you mean 'green'?");
}

TEST(ConfigErrors, EmptyFileAndMissingBoard) {
  auto l = load("");
  ASSERT_EQ(l.lines.size(), 1u);
  EXPECT_EQ(l.lines[0],
            "board.toml:1:1: missing [board] section: a board file starts with [board] giving organisation and title");
}

TEST(ConfigErrors, ReportsEveryErrorNotJustTheFirst) {
  auto l = load(
      "[board]\norganisation = 1\ntitle = 2\n[display]\nrotate_seconds = 1\npages = [\"overveiw\"]\n"
      "[rules]\nconfidence = 2\n");
  ASSERT_EQ(l.lines.size(), 5u);
  EXPECT_NE(l.lines[0].find(":2:"), std::string::npos);
  EXPECT_NE(l.lines[1].find(":3:"), std::string::npos);
  EXPECT_NE(l.lines[2].find(":5:18: display.rotate_seconds"), std::string::npos) << l.lines[2];
  EXPECT_NE(l.lines[3].find("unknown page 'overveiw'; did you mean 'overview'?"), std::string::npos) << l.lines[3];
  EXPECT_NE(l.lines[4].find(":8:14: rules.confidence"), std::string::npos) << l.lines[4];
}

TEST(ConfigErrors, MissingFile) {
  LoadResult r = load_board("/nonexistent/board.toml");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(format(r.errors[0]), "/nonexistent/board.toml:1:1: cannot open file: No such file or directory");
}

TEST(ConfigErrors, NightAndBand) {
  auto l = load(std::string(test::kUndatedHead) +
                "[display]\nnight = { off = \"25:00\", on = \"07:00\" }\n[rules]\nratio_band = [1.2]\n");
  ASSERT_EQ(l.lines.size(), 2u);
  EXPECT_NE(l.lines[0].find("display.night.off: '25:00' is not a time"), std::string::npos) << l.lines[0];
  EXPECT_NE(l.lines[1].find("rules.ratio_band: expected two numbers"), std::string::npos) << l.lines[1];
}

// as_of is the day every due date is judged against: 1924 for 2024, or a year
// typed with a digit too many, is warned about where it is written. A board for
// a past WRES year (2018) is a real use and is not.
TEST(ConfigErrors, AnAsOfDecadesAwayIsAWarning) {
  auto at = [](const std::string& date) {
    auto l = load(std::string(test::kUndatedHead) + "as_of = " + date + "\n");
    EXPECT_TRUE(l.result.ok()) << date;
    std::vector<std::string> out;
    for (const auto& w : l.result.warnings) out.push_back(format_warning(w).substr(w.where.file.size()));
    return out;
  };
  const int this_year = today_local().year;
  auto past = at("1924-09-30");
  ASSERT_EQ(past.size(), 1u);
  EXPECT_EQ(past[0], ":4:9: warning: board.as_of = 1924-09-30 is before the WRES began (2015), " +
                         std::to_string(this_year - 1924) +
                         " years ago: every due date on the wall is judged against it; a typo?");
  auto future = at("2204-09-30");
  ASSERT_EQ(future.size(), 1u);
  EXPECT_EQ(future[0], ":4:9: warning: board.as_of = 2204-09-30 is " + std::to_string(2204 - this_year) +
                           " years ahead of today (" + to_iso(today_local()) +
                           "): every due date on the wall is judged against it; a typo?");
  EXPECT_TRUE(at("2018-03-31").empty());
  EXPECT_TRUE(at(std::to_string(this_year + 1) + "-03-31").empty());
}
