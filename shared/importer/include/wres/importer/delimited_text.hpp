#pragma once
// Comma- or tab-separated text as spreadsheets save it (RFC 4180 quoting,
// quoted cells may hold newlines), read with libcsv. Pure: text in, rows out.
#include <string>
#include <string_view>
#include <vector>

namespace wres {

struct TextRow {
  int line = 0;  // where the row starts in the file, 1-based: what an editor shows
  std::vector<std::string> cells;
};

struct DelimitedText {
  std::vector<TextRow> rows;  // blank lines are left out
  std::string error;          // set when the text is not well-formed (e.g. an unclosed quote)
  int error_line = 0;
};

DelimitedText read_delimited(std::string_view text, char delimiter);

// Whether a spreadsheet would read the cell as a formula: it begins with
// = + - @, a tab or a carriage return.
[[nodiscard]] bool looks_like_formula(std::string_view text);
// One field quoted for CSV when it needs to be (commas, quotes, newlines);
// one that looks like a formula gets a leading ' so it opens as text.
std::string csv_field(std::string_view text);
// The cell without the ' that csv_field put before a formula-like text.
std::string_view unguard_formula(std::string_view cell);

}  // namespace wres
