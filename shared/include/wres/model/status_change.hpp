#pragma once
// One action's effective status changing: the one shape for it everywhere
// (computed by diff_statuses, stored by wresd, shown on the wall, sent in
// history replies, kept in the journal).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace wres {

inline constexpr const char* kRemoved = "removed";

// What made a change: an edit of the board, or a day passing (an action
// became overdue); `unknown` for rows written before causes were kept.
enum class ChangeCause { unknown, config, date };
std::string_view to_string(ChangeCause c);  // "" for unknown, as stored
[[nodiscard]] std::optional<ChangeCause> change_cause_from_name(std::string_view s);

// An action's effective status as history last recorded it.
struct StatusEntry {
  std::string plan, action, title, status;  // status: a mark name
};

struct StatusChange {
  std::string plan, action, title;
  std::string from;  // a mark name (status_name or "overdue"); "" when the action is new
  std::string to;    // a mark name; kRemoved when the action left the board
  // Given when the change is recorded (members with defaults may be left out).
  std::string at{};  // local ISO 8601
  std::int64_t at_unix = 0;
  ChangeCause cause = ChangeCause::unknown;
};

}  // namespace wres
