#pragma once
// What several commands share: load a board and pick the day to judge it on,
// printing errors the admin can act on.
#include <optional>
#include <ostream>
#include <string>

#include "wres/config/load.hpp"
#include "wres/model/date.hpp"

namespace wresctl {

// --as-of text (may be empty) to a date; false (with a message) when malformed.
[[nodiscard]] bool parse_as_of(const std::string& text, std::optional<wres::Date>& out, const char* command,
                               std::ostream& err);
// False, after "wresctl COMMAND: PATH: why", when PATH cannot be read at all
// (missing, a directory, a FIFO, no permission): the caller exits 2, as for
// any file it cannot read; errors inside a readable board are exit 1.
[[nodiscard]] bool readable_or_report(const std::string& path, const char* command, std::ostream& err);
// The board, or nullopt after printing every error as file:line:col.
[[nodiscard]] std::optional<wres::Board> load_or_report(const std::string& path, std::ostream& err);
wres::Date day_for(const wres::Board& board, const std::optional<wres::Date>& as_of);

}  // namespace wresctl
