#pragma once
// One action's effective status changing: the one shape for it everywhere
// (computed by diff_statuses, stored by wresd, shown on the wall, sent in
// history replies, kept in the journal).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "wres/model/mark.hpp"

namespace wres {

// What made a change: an edit of the board, or a day passing (an action
// became overdue); `unknown` for rows written before causes were kept.
enum class ChangeCause { unknown, config, date };
std::string_view to_string(ChangeCause c);  // "" for unknown, as stored
[[nodiscard]] std::optional<ChangeCause> change_cause_from_name(std::string_view s);

// An action's effective status as history last recorded it.
struct StatusEntry {
  std::string plan, action, title;
  Mark status;
};

struct StatusChange {
  std::string plan, action, title;
  Mark from;  // none when the action is new
  Mark to;    // removed when the action left the board
  // Given when the change is recorded (members with defaults may be left out).
  std::string at{};  // local ISO 8601
  std::int64_t at_unix = 0;
  ChangeCause cause = ChangeCause::unknown;
};

// A measure's reading as history holds it (issue 30.6): the first time a
// month's reading was recorded, each change of its value, and its removal.
struct ReadingChange {
  std::string measure;
  std::string month;             // the reading's date, ISO
  std::optional<double> before;  // none: first recorded
  std::optional<double> value;   // none: removed from the board
  std::string at{};              // local ISO 8601, when wresd recorded it
  std::int64_t at_unix = 0;
};

// "on_track -> overdue", "new -> not_started": a change by its stored names,
// for admins (wresctl, the daemon's log).
std::string names_of(const StatusChange& c);

}  // namespace wres
