#pragma once
// Times an admin types: "2026-03-12 09:00", "2026-03-12", "09:00" (today),
// "90m", "2h", "7d" (that long ago). Local time.
#include <ctime>
#include <optional>
#include <string>

namespace wresctl {

[[nodiscard]] std::optional<std::time_t> parse_time_arg(const std::string& text, std::time_t now);

}  // namespace wresctl
