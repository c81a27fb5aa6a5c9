// The spreadsheet importer's parts: cells, date words, and rows into actions.
#include <gtest/gtest.h>

#include "wres/importer/delimited_text.hpp"
#include "wres/importer/plan_import.hpp"
#include "wres/importer/plan_toml.hpp"
#include "wres/importer/sheet_dates.hpp"

using namespace wres;

namespace {
std::string due(const char* cell) {
  auto d = sheet_due(cell);
  return d ? d->value : "<none>";
}
std::string start(const char* cell) {
  auto d = sheet_start(cell);
  return d ? d->value : "<none>";
}

PlanImport import_tsv(const std::string& text) {
  auto t = read_delimited(text, '\t');
  EXPECT_EQ(t.error, "");
  return import_plan_table(t.rows, "plan.tsv");
}

const std::string kHeader =
    "No.\tAction\tTeam responsible\tStart\tEnd\tSuccess measure and key outputs\tStatus\tProgress update\n";
}  // namespace

TEST(SheetDates, TheFormsTheSeedsUse) {
  EXPECT_EQ(due("Jan-25"), "2025-01");
  EXPECT_EQ(start("Jan-25"), "2025-01");
  EXPECT_EQ(due("2024"), "2024-12");    // an end year is its December
  EXPECT_EQ(start("2024"), "2024-01");  // a start year is its January
  EXPECT_EQ(due("Ongoing"), "ongoing");
  EXPECT_EQ(due("ongoing"), "ongoing");
  EXPECT_EQ(due("Review quarterly"), "quarterly");
  EXPECT_EQ(due("Quarterly"), "quarterly");
  EXPECT_EQ(due("Annually"), "annually");
  EXPECT_EQ(due("Annual ly"), "annually");
  EXPECT_EQ(due("Annualy"), "annually");
  EXPECT_EQ(due("Review annually"), "annually");
  EXPECT_EQ(due("Review every May"), "annually");
  EXPECT_EQ(due("TBC"), "tbc");
}

TEST(SheetDates, OtherCommonForms) {
  EXPECT_EQ(due("September 2024"), "2024-09");
  EXPECT_EQ(due("Sept 2024"), "2024-09");
  EXPECT_EQ(due("Oct 2024"), "2024-10");
  EXPECT_EQ(due("10.2024"), "2024-10");
  EXPECT_EQ(due("31/10/2024"), "2024-10-31");  // UK day/month order
  EXPECT_EQ(due("2024-10"), "2024-10");
  EXPECT_EQ(due("2024-10-31"), "2024-10-31");
  EXPECT_EQ(due(" Dec-26. "), "2026-12");
}

TEST(SheetDates, JudgementsCarryANote) {
  auto every3 = sheet_due("Every 3 years");
  ASSERT_TRUE(every3);
  EXPECT_EQ(every3->value, "ongoing");
  EXPECT_NE(every3->note, "");
  EXPECT_NE(sheet_due("Annual ly")->note, "");
  EXPECT_EQ(sheet_due("Annually")->note, "");
}

TEST(SheetDates, NonsenseIsNotADate) {
  for (const char* bad : {"Someday", "2024-13", "31/02/2024", "Foo-25", "", "Q3", "next year", "12345"})
    EXPECT_EQ(due(bad), "<none>") << bad;
  EXPECT_EQ(start("Ongoing"), "<none>");  // a cadence is not a start
}

TEST(DelimitedText, QuotedCellsAndLineNumbers) {
  auto t = read_delimited("a,b,c\n\n\"x, y\",\"two\nlines\",\"say \"\"hi\"\"\"\nlast,,\n", ',');
  EXPECT_EQ(t.error, "");
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[0].line, 1);
  EXPECT_EQ(t.rows[1].line, 3);  // the blank line 2 is skipped but counted
  EXPECT_EQ(t.rows[1].cells, (std::vector<std::string>{"x, y", "two\nlines", "say \"hi\""}));
  EXPECT_EQ(t.rows[2].line, 5);  // after a cell holding a newline
  EXPECT_EQ(t.rows[2].cells, (std::vector<std::string>{"last", "", ""}));
}

TEST(DelimitedText, TabsKeepEmptyCellsAndCrlf) {
  auto t = read_delimited("\t\tx\r\n1\t\t\r\n", '\t');
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0].cells, (std::vector<std::string>{"", "", "x"}));
  EXPECT_EQ(t.rows[1].cells, (std::vector<std::string>{"1", "", ""}));
  EXPECT_EQ(t.rows[1].line, 2);
}

TEST(DelimitedText, UnclosedQuoteIsAnError) {
  auto t = read_delimited("a,b\n\"never closed,x\n", ',');
  EXPECT_NE(t.error, "");
  EXPECT_EQ(t.error_line, 2);
}

TEST(DelimitedText, CsvFieldQuotesOnlyWhenNeeded) {
  EXPECT_EQ(csv_field("plain"), "plain");
  EXPECT_EQ(csv_field("a, b"), "\"a, b\"");
  EXPECT_EQ(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
  auto back = read_delimited(csv_field("a,\"b\"\nc") + "\n", ',');
  ASSERT_EQ(back.rows.size(), 1u);
  EXPECT_EQ(back.rows[0].cells[0], "a,\"b\"\nc");
}

TEST(PlanImport, RowsBecomeActionsWithThemesAndSubActions) {
  auto p = import_tsv("Appendix 1\n\n" + kHeader +
                      "Objective 1: Attract talent\t\t\t\t\t\t\t\n"
                      "1.1\tWrite guidance\tEDI Team\tJan-25\tJun-25\tGuidance out\tBlue\t\n"
                      "\tReview training\tEDI Team\tJan-25\tMay-25\tReviewed\tAmber\tStarted\n"
                      "\t\t\t\t\t\t\tcontinued after a page break\n" +
                      kHeader +  // repeated at the page break
                      "1.2\tPublicise jobs\tRecruitment\t2023\tOngoing\tAds out\tGreen\t\n");
  EXPECT_TRUE(p.errors.empty()) << format(p.errors[0]);
  ASSERT_EQ(p.actions.size(), 3u);
  const auto& a = p.actions[0];
  EXPECT_EQ(a.id, "1.1");
  EXPECT_EQ(a.line, 5);
  EXPECT_EQ(a.title, "Write guidance");
  EXPECT_EQ(a.theme, "Objective 1: Attract talent");
  EXPECT_EQ(a.lead, "EDI Team");
  EXPECT_EQ(a.start, "2025-01");
  EXPECT_EQ(a.due, "2025-06");
  EXPECT_EQ(a.status, "Blue");
  EXPECT_EQ(a.measure, "Guidance out");
  EXPECT_EQ(p.actions[1].id, "1.1b");
  EXPECT_EQ(p.actions[1].update, "Started\ncontinued after a page break");
  EXPECT_EQ(p.actions[2].id, "1.2");
  EXPECT_EQ(p.actions[2].start, "2023-01");
  EXPECT_EQ(p.actions[2].due, "ongoing");
  EXPECT_EQ(p.notes.size(), 1u);  // the joined row
}

TEST(PlanImport, EveryBadRowIsReportedWithItsLineAndTheRestImported) {
  auto p = import_tsv(kHeader +
                      "1.1\tGood\tT\tJan-25\tJun-25\tM\tGreen\t\n"    // line 2
                      "1.2\tNo status\tT\tJan-25\tJun-25\tM\t\t\n"    // line 3
                      "1.3\tBad end\tT\tJan-25\tSomeday\tM\tRed\t\n"  // line 4
                      "1.4\tBad status\tT\tJan-25\tJun-25\tM\tPurple\t\n"
                      "1.1\tDuplicate\tT\tJan-25\tJun-25\tM\tRed\t\n"
                      "1.5\tBad start\tT\t2024-13\tJun-25\tM\tRed\t\n"
                      "1.6\tGood too\tT\tFeb-25\tJun-25\tM\tAmber\t\n");
  ASSERT_EQ(p.actions.size(), 3u);
  EXPECT_EQ(p.actions[1].id, "1.2");
  EXPECT_EQ(p.actions[2].id, "1.6");
  ASSERT_EQ(p.errors.size(), 4u);
  EXPECT_EQ(p.errors[0].where.line, 4);
  EXPECT_NE(p.errors[0].message.find("'Someday' is not a date"), std::string::npos);
  EXPECT_EQ(p.errors[1].where.line, 5);
  EXPECT_NE(p.errors[1].message.find("'Purple'"), std::string::npos);
  EXPECT_EQ(format(p.errors[2]), "plan.tsv:6:1: action number '1.1' is used twice; the first is kept");
  EXPECT_EQ(p.errors[3].where.line, 7);
}

// DESIGN 7.6: a sheet that gives no status is not a sheet that says "not started".
TEST(PlanImport, AnEmptyStatusCellIsNotReportedWithANote) {
  auto p = import_tsv(kHeader + "1.1\tGood\tT\tJan-25\tJun-25\tM\tGreen\t\n1.2\tNo status\tT\tJan-25\tJun-25\tM\t\t\n");
  EXPECT_TRUE(p.errors.empty());
  ASSERT_EQ(p.actions.size(), 2u);
  EXPECT_EQ(p.actions[1].status, "not_reported");
  ASSERT_EQ(p.notes.size(), 1u);
  EXPECT_EQ(format(p.notes[0]), "plan.tsv:3:1: action 1.2: no status (column Status): written as not_reported");
  std::string toml = plan_toml(p, PlanHeader{"edi", "EDI", {}, "plan.tsv", Date{2025, 1, 31}});
  EXPECT_NE(toml.find("status     = \"not_reported\""), std::string::npos) << toml;
}

TEST(PlanImport, TrailingZeroLostBySpreadsheetIsRecovered) {
  auto p = import_tsv(kHeader +
                      "3.1\tA\tT\tJan-25\tJun-25\tM\tBlue\t\n3.9\tB\tT\tJan-25\tJun-25\tM\tBlue\t\n"
                      "3.1\tC\tT\tJan-25\tJun-25\tM\tBlue\t\n");
  ASSERT_EQ(p.actions.size(), 3u);
  EXPECT_EQ(p.actions[2].id, "3.10");
  EXPECT_EQ(p.notes.size(), 1u);
}

TEST(PlanImport, StateWordsAndLegendWords) {
  auto t = read_delimited(kHeader + "1\tA\tT\tJan-25\tJun-25\tM\tIn progress\t\n2\tB\tT\tJan-25\tJun-25\tM\tPurple\t\n",
                          '\t');
  auto p = import_plan_table(t.rows, "p.tsv", {{"purple", "complete"}});
  EXPECT_TRUE(p.errors.empty());
  ASSERT_EQ(p.actions.size(), 2u);
  EXPECT_EQ(p.actions[0].status, "in_progress");  // started; the sheet says nothing of pace
  EXPECT_EQ(p.actions[1].status, "Purple");
}

TEST(PlanImport, NoHeaderIsOneClearError) {
  auto p = import_tsv("1.1\tWrite guidance\tEDI Team\tJan-25\tJun-25\tGuidance out\tBlue\t\n");
  EXPECT_TRUE(p.actions.empty());
  ASSERT_EQ(p.errors.size(), 1u);
  EXPECT_NE(p.errors[0].message.find("no header row"), std::string::npos);
}

// Found by fuzz_csv_import: a number the board could not take as an id used to
// reach the TOML writer, and `wresctl import` then reported an internal error.
TEST(PlanImport, NumbersThatCannotBeIdsAreRowErrors) {
  auto p = import_tsv(kHeader + "1\xC2\xA7\tA\tT\tJan-25\tJun-25\tM\tGreen\t\n" +  // line 2: '§'
                      "\tSub of a bad number\tT\tJan-25\tJun-25\tM\tGreen\t\n" +   // line 3
                      std::string(65, '9') + "\tToo long\tT\tJan-25\tJun-25\tM\tGreen\t\n" +
                      std::string("2\x01\tControl byte\tT\tJan-25\tJun-25\tM\tGreen\t\n") +
                      "3 a\tSpace\tT\tJan-25\tJun-25\tM\tGreen\t\n"
                      "4\tFine\tT\tJan-25\tJun-25\tM\tGreen\t\n");
  ASSERT_EQ(p.actions.size(), 1u);
  EXPECT_EQ(p.actions[0].id, "4");
  ASSERT_EQ(p.errors.size(), 5u);
  EXPECT_EQ(format(p.errors[0]),
            "plan.tsv:2:1: action number '1\xC2\xA7' cannot be an id: expected up to 64 letters, digits, '.', '-' or "
            "'_', e.g. 3.1");
  EXPECT_EQ(format(p.errors[1]),
            "plan.tsv:3:1: an action with no number under '1\xC2\xA7', which cannot be an id; give it a number in No.");
  EXPECT_EQ(p.errors[2].where.line, 4);
  EXPECT_TRUE(
      format(p.errors[3]).starts_with("plan.tsv:5:1: action number '2?' cannot"));  // the control byte is not echoed
  EXPECT_EQ(p.errors[4].where.line, 6);
}

TEST(PlanImport, SubActionLettersRunOutAtZ) {
  std::string rows = kHeader + "7\tParent\tT\tJan-25\tJun-25\tM\tGreen\t\n";
  for (int i = 0; i < 26; ++i) rows += "\tSub\tT\tJan-25\tJun-25\tM\tGreen\t\n";
  auto p = import_tsv(rows);
  ASSERT_EQ(p.actions.size(), 26u);  // 7, then 7b .. 7z
  EXPECT_EQ(p.actions.back().id, "7z");
  ASSERT_EQ(p.errors.size(), 1u);
  EXPECT_EQ(format(p.errors[0]),
            "plan.tsv:28:1: more than 25 rows with no number under action 7; give them numbers in No.");
}

// Found by fuzz_csv_import: a table numbering a row "7.1b" itself, then an
// unnumbered row under 7.1, gave two actions the id 7.1b.
TEST(PlanImport, SubActionIdsSkipNumbersTheTableUsed) {
  auto p = import_tsv(kHeader +
                      "7.1b\tOwn number\tT\tJan-25\tJun-25\tM\tGreen\t\n"
                      "7.1\tParent\tT\tJan-25\tJun-25\tM\tGreen\t\n"
                      "\tSub\tT\tJan-25\tJun-25\tM\tGreen\t\n");
  EXPECT_TRUE(p.errors.empty());
  ASSERT_EQ(p.actions.size(), 3u);
  EXPECT_EQ(p.actions[2].id, "7.1c");
}

// A cell with a '<' and tens of thousands of letters crashed the importer
// (std::regex recursed per character); tags are still dropped.
TEST(PlanImport, TagsAreDroppedWithoutRecursionWhateverTheCellsLength) {
  std::string letters(50'000, 'x'), some(9'000, 'y');
  auto p = import_tsv(kHeader + "1.1\t<p>Write <b>guidance</b><br />\tEDI\t\tJun-25\t<" + some + "\tGreen\t<" +
                      letters + ">\t<" + letters + "\n");  // the last in a column with no header
  ASSERT_TRUE(p.errors.empty()) << format(p.errors[0]);
  ASSERT_EQ(p.actions.size(), 1u);
  EXPECT_EQ(p.actions[0].title, "Write guidance");
  EXPECT_EQ(p.actions[0].measure, "<" + some);  // not a tag: kept
  EXPECT_EQ(p.actions[0].update, "");           // <xxxx...> is a tag
  EXPECT_EQ(import_tsv(kHeader + "1.1\ta < b and c > d\t\t\tJun-25\t\tGreen\t\n").actions.at(0).title,
            "a < b and c > d");
}

// A board text holds at most 10,000 characters: a longer cell is that row's
// error with its cell, never an "internal error" from the TOML written.
TEST(PlanImport, ATextLongerThanABoardHoldsIsTheRowsError) {
  std::string long_title(10'001, 'a');
  auto p =
      import_tsv(kHeader + "1.1\t" + long_title + "\tEDI\t\tJun-25\t\tGreen\t\n2.1\tFine\t\t\tJun-25\t\tGreen\t\n");
  ASSERT_EQ(p.errors.size(), 1u);
  EXPECT_EQ(format(p.errors[0]),
            "plan.tsv:2:2: action 1.1: the Action text is 10001 characters; a board file holds at most 10000: "
            "shorten it in the sheet");
  ASSERT_EQ(p.actions.size(), 1u);
  EXPECT_EQ(p.actions[0].id, "2.1");
  // From a workbook the cell is named; a row joined to the one above is checked as joined.
  auto t = read_delimited(kHeader + "1.1\tShort\t\t\tJun-25\t\tGreen\t" + std::string(6000, 'u') + "\n\t\t\t\t\t\t\t" +
                              std::string(6000, 'v') + "\n",
                          '\t');
  auto w = import_plan_table(t.rows, "plan.xlsx", {}, "Plan");
  ASSERT_EQ(w.errors.size(), 1u);
  EXPECT_EQ(format(w.errors[0]),
            "plan.xlsx:3:8: Plan!H3: action 1.1: the Progress update text is 12001 characters joined with the row "
            "above; a board file holds at most 10000: shorten it in the sheet");
  ASSERT_EQ(w.actions.size(), 1u);
  EXPECT_EQ(w.actions[0].update, std::string(6000, 'u'));  // its own row's text, not half a join
}

// Export guards formula-like cells; import reads them back as written.
TEST(DelimitedText, FormulaLikeCellsAreExportedAsTextAndReadBack) {
  EXPECT_EQ(csv_field("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
  EXPECT_EQ(csv_field("+44 1223"), "'+44 1223");
  EXPECT_EQ(csv_field("-5"), "'-5");
  EXPECT_EQ(csv_field("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(csv_field("\tx"), "'\tx");
  EXPECT_EQ(csv_field("a=b"), "a=b");
  auto p = import_tsv(kHeader + "1.1\t'=cmd|' /C calc'!A0\t'@team\t\tJun-25\t'-\tGreen\t'not a formula\n");
  ASSERT_EQ(p.actions.size(), 1u);
  EXPECT_EQ(p.actions[0].title, "=cmd|' /C calc'!A0");
  EXPECT_EQ(p.actions[0].lead, "@team");
  EXPECT_EQ(p.actions[0].measure, "-");
  EXPECT_EQ(p.actions[0].update, "'not a formula");
}
