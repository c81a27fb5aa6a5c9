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

// One field quoted for CSV when it needs to be (commas, quotes, newlines).
std::string csv_field(std::string_view text);

}  // namespace wres
