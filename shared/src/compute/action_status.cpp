#include "wres/compute/action_status.hpp"

namespace wres {

namespace {
std::optional<int> cadence_days(DueKind k) {
  if (k == DueKind::annually) return kAnnualCadenceDays;
  if (k == DueKind::quarterly) return kQuarterlyCadenceDays;
  return std::nullopt;
}
}  // namespace

ActionFlags derive_flags(const Action& a, Date as_of, int due_soon_days) {
  ActionFlags f;
  for (const auto& u : a.updates)  // sorted by date; later ones are in the future
    if (u.date <= as_of) f.last_update = u.date, f.last_update_text = u.text;
  if (f.last_update) f.days_since_update = days_between(*f.last_update, as_of);
  if (a.state == State::complete) return f;
  if (a.due.kind == DueKind::date && a.due.date) {
    int left = days_between(as_of, *a.due.date);
    if (left < 0) f.overdue = true, f.days_overdue = -left;
    else f.days_left = left, f.due_soon = left <= due_soon_days;
  }
  if (auto cadence = cadence_days(a.due.kind)) {
    bool started = !a.start || *a.start <= as_of;
    std::optional<Date> since = f.last_update ? f.last_update : a.start;
    f.quiet = started && (!since || days_between(*since, as_of) > *cadence);
  }
  return f;
}

std::string effective_status(State state, const ActionFlags& flags) {
  return flags.overdue ? "overdue" : std::string(to_string(state));
}

}  // namespace wres
