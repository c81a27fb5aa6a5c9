#pragma once
// What an action's dates say on a given day: derived, never typed by admins.
#include <optional>
#include <string>

#include "wres/model/board.hpp"

namespace wres {

// How long a recurring action may go without an update before it is "quiet".
inline constexpr int kAnnualCadenceDays = 366;
inline constexpr int kQuarterlyCadenceDays = 92;

struct ActionFlags {
  bool overdue = false;   // dated, past due, reported and not complete
  bool due_soon = false;  // dated, due within due_soon_days, reported and not complete
  bool quiet = false;     // annually/quarterly, last update older than its cadence
  // Dated and due within due_soon_days, status not reported: the due date is a
  // fact, whether it is done is not known ("1 due in 30 days · status not reported").
  bool due_soon_unreported = false;
  std::optional<int> days_overdue, days_left, days_since_update;
  std::optional<Date> last_update;  // latest update on or before as_of
  std::string last_update_text;
};

ActionFlags derive_flags(const Action& action, Date as_of, int due_soon_days);

}  // namespace wres
