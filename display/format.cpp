// Every figure and phrase of time the pages draw (format.hpp says which is which).
#include "format.hpp"

#include <cstdio>
#include <ctime>

#include "wres/model/printf_text.hpp"
#include "wres/model/wording.hpp"

namespace display {

std::string format_value(const wres::IndicatorResult& r, double v) { return wres::format_figure(r.spec(), v); }

std::string format_date(const wres::Date& d) { return wres::format_day(d); }

std::string days_text(int days) {
  if (days < 14) return std::to_string(days) + (days == 1 ? " day" : " days");
  if (days < 90) return std::to_string(days / 7) + " wk";
  return std::to_string(days / 30) + " mo";
}

std::string due_label(const wres::ActionView& a) {
  switch (a.due_kind) {
    case wres::DueKind::ongoing: return "Ongoing";
    case wres::DueKind::annually: return "Annually";
    case wres::DueKind::quarterly: return "Quarterly";
    case wres::DueKind::tbc: return "TBC";
    case wres::DueKind::date: break;
  }
  if (!a.due_date) return "TBC";
  return a.due_precision == wres::DuePrecision::month ? wres::month_year(*a.due_date) : wres::format_day(*a.due_date);
}

std::string short_time(const std::string& iso) {
  auto d = wres::parse_iso_date(iso.substr(0, 10));
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

std::string percent_one_place(double v) { return wres::detail::fmt("%.1f%%", v); }

std::string points_signed(double v) { return wres::detail::fmt("%+.1f pts", v); }

}  // namespace display
