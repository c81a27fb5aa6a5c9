#pragma once
// A measure's monthly figures from a spreadsheet into its `readings` (DESIGN 9,
// issue 30.5). Two layouts, as admins keep them in Excel:
//   long: two columns, month and value, one row a month (a header row allowed);
//   wide: one row per measure, months across the header row; the row whose
//         first cell is the measure's id (or title) is read.
// Pure: rows in, readings and FILE:ROW:COL diagnostics out.
#include <string>
#include <vector>

#include "wres/importer/delimited_text.hpp"
#include "wres/model/board.hpp"
#include "wres/model/diagnostic.hpp"

namespace wres {

struct ReadingImport {
  std::vector<Reading> readings;   // oldest first, one a month
  std::vector<Diagnostic> errors;  // cells that could not be read: not imported
  std::vector<Diagnostic> notes;
};

// `measure`: the id (or title) of the wide sheet's row to read; unused for a long sheet.
ReadingImport import_readings(const std::vector<TextRow>& rows, const std::string& file, const std::string& measure);
// `readings = [ ... ]` for the measure's table in the board file.
std::string readings_toml(const ReadingImport& r, const std::string& measure, const std::string& source);

}  // namespace wres
