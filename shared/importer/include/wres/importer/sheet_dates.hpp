#pragma once
// Dates as people type them into action-plan spreadsheets ("Jan-25", "2024",
// "Review quarterly", "Annual ly"), turned into the forms the board file
// accepts. Pure.
#include <optional>
#include <string>
#include <string_view>

namespace wres {

struct SheetDate {
  std::string value;  // config form: YYYY-MM-DD, YYYY-MM, ongoing, annually, quarterly, tbc
  std::string note;   // set when the reading is a judgement the admin should check
};

// An end/due cell: a bare year means its December.
[[nodiscard]] std::optional<SheetDate> sheet_due(std::string_view cell);
// A start cell: a bare year means its January; cadence words are not starts.
[[nodiscard]] std::optional<SheetDate> sheet_start(std::string_view cell);

}  // namespace wres
