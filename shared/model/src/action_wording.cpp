// An action's dates in words (DESIGN 7.6), for the wall and the accessible twin.
#include "wres/model/action_wording.hpp"

#include <ctime>

#include "wres/model/wording.hpp"

namespace wres {

std::string days_text(int days) {
  if (days < 14) return std::to_string(days) + (days == 1 ? " day" : " days");
  if (days < 90) return std::to_string(days / 7) + " wk";
  return std::to_string(days / 30) + " mo";
}

std::string due_label(const ActionView& a) {
  switch (a.due_kind) {
    case DueKind::ongoing: return "Ongoing";
    case DueKind::annually: return "Annually";
    case DueKind::quarterly: return "Quarterly";
    case DueKind::tbc: return "TBC";
    case DueKind::date: break;
  }
  if (!a.due_date) return "TBC";
  return a.due_precision == DuePrecision::month ? month_year(*a.due_date) : format_day(*a.due_date);
}

std::string short_time(const std::string& iso) {
  auto d = parse_iso_date(iso.substr(0, 10));
  if (!d || iso.size() < 16) return iso;
  std::tm tm{};
  tm.tm_year = d->year - 1900, tm.tm_mon = d->month - 1, tm.tm_mday = d->day, tm.tm_hour = 12;
  std::mktime(&tm);
  static const char* days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  return std::string(days[tm.tm_wday]) + " " + std::to_string(d->day) + " " + iso.substr(11, 5);
}

std::string late_text(int days) { return days_text(days) + " late"; }

std::string due_in_text(int days_left) { return days_left == 0 ? "due today" : "due in " + days_text(days_left); }

std::string due_in_short(int days_left) { return days_left == 0 ? "due today" : "in " + days_text(days_left); }

std::string quiet_text(std::optional<int> days_since_update) {
  return days_since_update ? "no update for " + days_text(*days_since_update) : "never updated";
}

}  // namespace wres
