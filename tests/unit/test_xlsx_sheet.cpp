// Reading a worksheet of an .xlsx workbook (libzip + expat), from workbooks
// built part by part: every kind of cell Excel writes, the sheet chosen, the
// cells it cannot read named by sheet!cell, and hostile workbooks refused.
#include <gtest/gtest.h>

#include "wres/importer/xlsx_sheet.hpp"
#include "xlsx_builder.hpp"

using namespace wres;
using test::workbook;

namespace {
const std::string kShared =
    "<si><t>Race equality action plan 2025</t></si>"                                            // 0: the title row
    "<si><t>No.</t></si><si><t>Action</t></si><si><t>Lead</t></si>"                             // 1-3
    "<si><t>End</t></si><si><t>Status</t></si>"                                                 // 4-5
    "<si><r><t>Reverse </t></r><r><rPr><b/></rPr><t>mentoring</t></r><rPh><t>x</t></rPh></si>"  // 6: rich text
    "<si><t>Green</t></si>";                                                                    // 7

// Row 1 a title, row 2 empty (left out), row 3 the header, rows 4-5 actions.
const std::string kRows =
    R"(<row r="1"><c r="A1" t="s"><v>0</v></c></row>)"
    R"(<row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3" t="s"><v>2</v></c><c r="C3" t="s"><v>3</v></c>)"
    R"(<c r="D3" t="s"><v>4</v></c><c r="E3" t="s"><v>5</v></c></row>)"
    R"(<row r="4"><c r="A4"><v>1.1</v></c><c r="B4" t="s"><v>6</v></c><c r="C4" t="inlineStr"><is><t>Llŷr Jones</t></is></c>)"
    R"(<c r="D4" s="1"><v>45688</v></c><c r="E4" t="s"><v>7</v></c></row>)"
    R"(<row r="5"><c r="A5" s="3"><v>2</v></c><c r="B5" t="str"><f>B4</f><v>From a formula</v></c>)"
    R"(<c r="D5" s="2"><v>45658.75</v></c><c r="F5" t="b"><v>1</v></c></row>)";
}  // namespace

TEST(XlsxSheet, ReadsEveryKindOfCellAsExcelShowsIt) {
  XlsxSheet s = read_xlsx(workbook({{"Plan", kRows}}, kShared));
  ASSERT_EQ(s.error, "");
  EXPECT_TRUE(s.problems.empty());
  EXPECT_EQ(s.sheet, "Plan");
  ASSERT_EQ(s.rows.size(), 4u);  // the empty row 2 is left out
  EXPECT_EQ(s.rows[0].line, 1);
  EXPECT_EQ(s.rows[0].cells, (std::vector<std::string>{"Race equality action plan 2025"}));
  EXPECT_EQ(s.rows[1].line, 3);
  EXPECT_EQ(s.rows[1].cells, (std::vector<std::string>{"No.", "Action", "Lead", "End", "Status"}));
  // A number, rich text (without its phonetic guide), an inline string, a
  // date serial with built-in date style 14, a shared string.
  EXPECT_EQ(s.rows[2].cells,
            (std::vector<std::string>{"1.1", "Reverse mentoring", "Llŷr Jones", "2025-01-31", "Green"}));
  // A whole number in a number style, a formula's text, an empty cell kept in
  // its column, a custom dd/mm/yyyy date (its time of day dropped), a boolean.
  EXPECT_EQ(s.rows[3].cells, (std::vector<std::string>{"2", "From a formula", "", "2025-01-01", "", "TRUE"}));
}

TEST(XlsxSheet, ExcelSerialDatesIncludingThe1900LeapYearBug) {
  EXPECT_EQ(excel_serial_date(1), "1900-01-01");
  EXPECT_EQ(excel_serial_date(59), "1900-02-28");
  EXPECT_EQ(excel_serial_date(60), "1900-02-29");  // Lotus's day that never was, kept by Excel
  EXPECT_EQ(excel_serial_date(61), "1900-03-01");
  EXPECT_EQ(excel_serial_date(45292), "2024-01-01");
  EXPECT_EQ(excel_serial_date(45658), "2025-01-01");
  EXPECT_EQ(excel_serial_date(0, true), "1904-01-01");
  EXPECT_EQ(excel_serial_date(0), "");
  EXPECT_EQ(excel_serial_date(-5), "");
  EXPECT_EQ(excel_serial_date(1e9), "");
  EXPECT_TRUE(is_date_format(14, ""));
  EXPECT_TRUE(is_date_format(164, "dd/mm/yyyy"));
  EXPECT_TRUE(is_date_format(165, "[$-809]mmm-yy"));
  EXPECT_FALSE(is_date_format(2, "0.00"));
  EXPECT_FALSE(is_date_format(166, "\"days\" 0"));  // d inside quotes
  EXPECT_FALSE(is_date_format(167, "[Red]0.0"));    // d inside brackets
  EXPECT_EQ(cell_name(0, 1), "A1");
  EXPECT_EQ(cell_name(4, 12), "E12");
  EXPECT_EQ(cell_name(26, 3), "AA3");
}

TEST(XlsxSheet, TheFirstSheetOrTheOneNamed) {
  std::string book =
      workbook({{"Notes", R"(<row r="1"><c r="A1" t="inlineStr"><is><t>read me</t></is></c></row>)"}, {"Plan", kRows}},
               kShared, "Notes,Plan");
  XlsxSheet first = read_xlsx(book);
  EXPECT_EQ(first.sheet, "Notes");
  EXPECT_EQ(first.sheets, (std::vector<std::string>{"Notes", "Plan"}));
  XlsxSheet plan = read_xlsx(book, "Plan");
  EXPECT_EQ(plan.sheet, "Plan");
  EXPECT_EQ(plan.rows.size(), 4u);
  XlsxSheet none = read_xlsx(book, "Actions");
  EXPECT_EQ(none.error, "no sheet named 'Actions'; the workbook has 'Notes', 'Plan'");
}

TEST(XlsxSheet, CellsItCannotReadAreNamedBySheetAndCell) {
  XlsxSheet s = read_xlsx(workbook({{"Plan", R"(<row r="12"><c r="A12"><v>3</v></c><c r="E12" t="e"><v>#REF!</v></c>)"
                                             R"(<c r="F12" t="s"><v>99</v></c><c r="G12"><v>abc</v></c>)"
                                             R"(<c r="H12" s="1"><v>-3</v></c></row>)"}},
                                   kShared));
  ASSERT_EQ(s.error, "");
  ASSERT_EQ(s.problems.size(), 4u);
  EXPECT_EQ(s.problems[0].row, 12);
  EXPECT_EQ(s.problems[0].message, "Plan!E12: holds a formula error (#REF!)");
  EXPECT_EQ(s.problems[1].message, "Plan!F12: refers to a shared string that is not there");
  EXPECT_EQ(s.problems[2].message, "Plan!G12: 'abc' is not a number");
  EXPECT_EQ(s.problems[3].message, "Plan!H12: is formatted as a date but -3 is not one Excel can show");
  ASSERT_EQ(s.rows.size(), 1u);
  EXPECT_EQ(s.rows[0].cells[0], "3");
}

TEST(XlsxSheet, HostileWorkbooksAreRefusedWithAReason) {
  std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  EXPECT_NE(read_xlsx(ole + std::string(4096, '\0')).error.find("password-protected"), std::string::npos);
  EXPECT_NE(read_xlsx("No.,Action\n1,Do it\n").error.find("not an .xlsx workbook"), std::string::npos);
  EXPECT_NE(read_xlsx("PK\x03\x04 and then nothing a zip would have").error.find("damaged"), std::string::npos);
  // A part that unpacks far beyond the cap: refused by what comes out, not by what the zip claims.
  std::string bomb = workbook({{"Plan", std::string(4u << 20, ' ')}});
  EXPECT_LT(bomb.size(), 64u << 10);
  XlsxSheet b = read_xlsx(bomb, "", {.max_part_bytes = 1u << 20});
  EXPECT_NE(b.error.find("unpacks to more than 1 MB"), std::string::npos) << b.error;
  // More rows than a plan can have.
  std::string rows;
  for (int r = 1; r <= 1000; ++r) rows += "<row r=\"" + std::to_string(r) + "\"><c><v>1</v></c></row>";
  XlsxSheet many = read_xlsx(workbook({{"Plan", rows}}), "", {.max_rows = 100});
  EXPECT_NE(many.error.find("more than 100 rows"), std::string::npos) << many.error;
  // Entity expansion (a "billion laughs") never starts: no DOCTYPE in a workbook.
  std::string laughs = test::zip_parts(
      {{"xl/workbook.xml", "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\">]><workbook/>"},
       {"xl/_rels/workbook.xml.rels", "<Relationships/>"}});
  EXPECT_NE(read_xlsx(laughs).error.find("DOCTYPE"), std::string::npos) << read_xlsx(laughs).error;
  // A cell beyond Excel's last column, and a sheet part that is not there.
  std::string far = workbook({{"Plan", R"(<row r="1"><c r="ZZZZ1"><v>1</v></c></row>)"}});
  EXPECT_EQ(read_xlsx(far).problems.at(0).message, "Plan!ZZZZ1: beyond Excel's last column");
}

// Small workbooks that expand past any plan: refused with a reason at the
// limit, before the memory is spent (issue 27: 63 KB took wresctl past 3 GB).
TEST(XlsxSheet, ExpandingWorkbooksStopAtTheirLimits) {
  auto books = test::expanding_workbooks(100);
  XlsxSheet shared = read_xlsx(books.at("one-string-everywhere.xlsx"), "", {.max_text_bytes = 1u << 20});
  EXPECT_NE(shared.error.find("more than 1 MB of text once shared strings are expanded"), std::string::npos)
      << shared.error;
  EXPECT_LE(shared.rows.size(), 11u);  // what fits in 1 MB: 10 KB a cell, 10 cells a row
  XlsxSheet empty = read_xlsx(books.at("empty-strings.xlsx"), "", {.max_shared_strings = 100'000});
  EXPECT_NE(empty.error.find("more than 100000 shared strings"), std::string::npos) << empty.error;
  XlsxSheet sheets = read_xlsx(books.at("sheets.xlsx"));
  EXPECT_NE(sheets.error.find("more than 1000 sheets"), std::string::npos) << sheets.error;
  XlsxSheet letters = read_xlsx(books.at("tag-and-letters.xlsx"));
  ASSERT_EQ(letters.error, "");
  EXPECT_EQ(letters.rows.at(1).cells.at(3), "<" + std::string(500, 'x'));
  // Within its limits a shared string is read in full wherever it is used.
  XlsxSheet fits = read_xlsx(books.at("one-string-everywhere.xlsx"));
  ASSERT_EQ(fits.error, "");
  EXPECT_EQ(fits.rows.size(), 40u);
  EXPECT_EQ(fits.rows.back().cells.back(), std::string((1u << 20) / 100, 'a'));
}

TEST(XlsxSheet, ManyCellsItCannotReadStopTheSheet) {
  std::string rows;
  for (int r = 1; r <= 50; ++r) rows += "<row r=\"" + std::to_string(r) + "\"><c t=\"e\"><v>#REF!</v></c></row>";
  XlsxSheet s = read_xlsx(workbook({{"Plan", rows}}), "", {.max_problems = 10});
  EXPECT_NE(s.error.find("more than 10 cells it cannot read"), std::string::npos) << s.error;
  EXPECT_EQ(s.problems.size(), 10u);
}
