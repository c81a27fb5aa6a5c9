#include "wres/compute/action_status.hpp"

namespace wres {

namespace {
std::optional<int> cadence_days(DueKind k) {
  if (k == DueKind::annually) return kAnnualCadenceDays;
  if (k == DueKind::quarterly) return kQuarterlyCadenceDays;
  return std::nullopt;
}

// Quiet is about updates, not status: a recurring action with no recent
// update is quiet whatever was reported, unless it is complete.
ActionFlags quiet_only(const Action& a, Date as_of, ActionFlags f) {
  auto cadence = cadence_days(a.due.kind);
  if (!cadence || a.status == Status::complete) return f;
  bool started = !a.start || *a.start <= as_of;
  std::optional<Date> since = f.last_update ? f.last_update : a.start;
  f.quiet = started && (!since || days_between(*since, as_of) > *cadence);
  return f;
}

}  // namespace

ActionFlags derive_flags(const Action& a, Date as_of, int due_soon_days) {
  ActionFlags f;
  for (const auto& u : a.updates)  // sorted by date; later ones are in the future
    if (u.date <= as_of) f.last_update = u.date, f.last_update_text = u.text;
  if (f.last_update) f.days_since_update = days_between(*f.last_update, as_of);
  // Overdue and due soon say the action is not done: a status nobody reported
  // supports neither (DESIGN 7.6); its due date coming is still a fact.
  if (a.status == Status::complete || a.due.kind != DueKind::date || !a.due.date) return quiet_only(a, as_of, f);
  const int left = days_between(as_of, *a.due.date);
  if (a.status == Status::not_reported) {
    if (left >= 0 && left <= due_soon_days) f.days_left = left, f.due_soon_unreported = true;
  } else if (left < 0) {
    f.overdue = true, f.days_overdue = -left;
  } else {
    f.days_left = left, f.due_soon = left <= due_soon_days;
  }
  return quiet_only(a, as_of, f);
}

}  // namespace wres
