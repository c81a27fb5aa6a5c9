#pragma once
// One action's effective status changing: the one shape for it everywhere
// (computed by diff_statuses, stored by wresd, shown on the wall, sent in
// history replies, kept in the journal).
#include <cstdint>
#include <string>

namespace wres {

inline constexpr const char* kRemoved = "removed";

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
  std::string cause{};  // "config" (an edit) or "date" (a day passed); "" when not known
};

}  // namespace wres
