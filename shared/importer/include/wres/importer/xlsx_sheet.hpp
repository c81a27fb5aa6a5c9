#pragma once
// One worksheet of an Excel workbook (.xlsx) as rows of text, for the plan
// importer: the zip container read with libzip, its XML with expat, from a
// buffer in memory. Pure: bytes in, rows out. Shared strings, inline strings,
// numbers, booleans and dates (serial numbers with a date style, 1900 or 1904
// system) become text as Excel shows them; a cell it cannot read is named by
// sheet!cell (Plan!E12). Bounded: a part larger than the cap when unpacked
// (a zip bomb), a sheet of more rows than a plan can have, more text than the
// cap once shared strings are expanded, or more sheets, shared strings,
// styles or unreadable cells than any workbook needs is an error, not an
// allocation.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "wres/importer/delimited_text.hpp"

namespace wres {

struct XlsxLimits {
  std::size_t max_part_bytes = 64u << 20;  // any one unpacked part (a sheet, the shared strings)
  std::size_t max_rows = 20000;            // far beyond any action plan
  std::size_t max_text_bytes = 32u << 20;  // the sheet's text once shared strings are expanded
  std::size_t max_sheets = 1000;           // sheets (and twice as many workbook relationships)
  std::size_t max_shared_strings = 1'000'000;
  std::size_t max_styles = 65'000;  // cell formats; Excel allows 64,000
  std::size_t max_problems = 1000;  // cells it cannot read, before it gives up
};

struct XlsxCellProblem {
  int row = 0;
  std::string message;  // starts with sheet!cell: "Plan!E12: a formula error (#REF!)"
};

struct XlsxSheet {
  std::string sheet;                // the sheet read
  std::vector<std::string> sheets;  // every sheet, in workbook order
  std::vector<TextRow> rows;        // TextRow::line is the sheet's row number; empty rows left out
  std::vector<XlsxCellProblem> problems;
  std::string error;  // the workbook as a whole cannot be read
};

// `sheet` empty: the first sheet.
XlsxSheet read_xlsx(std::string_view bytes, const std::string& sheet = "", const XlsxLimits& limits = {});

// "E12" for column 4 (0-based), row 12.
std::string cell_name(int column, int row);
// Excel's serial day number (1900 system unless `date1904`) as YYYY-MM-DD; "" when out of range.
std::string excel_serial_date(double serial, bool date1904 = false);
// Whether a number format shows a date: built-in ids 14-22, 27-36, 45-47, 50-58, or
// a custom code with d, m or y outside quotes and [brackets].
[[nodiscard]] bool is_date_format(int id, std::string_view code);

}  // namespace wres
