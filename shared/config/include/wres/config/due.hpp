#pragma once
// The date forms the config accepts for action start and due. Pure parsing,
// shared by the config reader and the spreadsheet importer.
#include <optional>
#include <string_view>

#include "wres/model/board.hpp"

namespace wres {

// YYYY-MM-DD, YYYY-MM (the end of that month), or ongoing|annually|quarterly|tbc.
[[nodiscard]] std::optional<Due> parse_due(std::string_view text);
// YYYY-MM-DD or YYYY-MM (the first of that month).
[[nodiscard]] std::optional<Date> parse_start(std::string_view text);

}  // namespace wres
