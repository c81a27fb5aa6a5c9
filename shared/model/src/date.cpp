#include "wres/model/date.hpp"

#include <charconv>
#include <chrono>
#include <ctime>

namespace wres {
namespace chr = std::chrono;

std::optional<Date> make_date(int year, int month, int day) {
  if (year < 1900 || year > 9999) return std::nullopt;
  chr::year_month_day ymd{chr::year{year}, chr::month{static_cast<unsigned>(month)},
                          chr::day{static_cast<unsigned>(day)}};
  if (month < 1 || month > 12 || day < 1 || !ymd.ok()) return std::nullopt;
  return Date{year, month, day};
}

namespace {
std::optional<int> digits(std::string_view s) {
  int v = 0;
  for (char c : s)
    if (c < '0' || c > '9') return std::nullopt;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc{} || p != s.data() + s.size()) return std::nullopt;
  return v;
}
}  // namespace

std::optional<Date> parse_iso_date(std::string_view t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
  auto y = digits(t.substr(0, 4)), m = digits(t.substr(5, 2)), d = digits(t.substr(8, 2));
  if (!y || !m || !d) return std::nullopt;
  return make_date(*y, *m, *d);
}

Date end_of_month(int year, int month) {
  chr::year_month_day_last last{chr::year{year} / chr::month{static_cast<unsigned>(month)} / chr::last};
  return Date{year, month, static_cast<int>(static_cast<unsigned>(last.day()))};
}

int days_since_epoch(Date d) {
  chr::year_month_day ymd{chr::year{d.year}, chr::month{static_cast<unsigned>(d.month)},
                          chr::day{static_cast<unsigned>(d.day)}};
  return static_cast<int>(chr::sys_days{ymd}.time_since_epoch().count());
}

Date from_days_since_epoch(int days) {
  chr::year_month_day ymd{chr::sys_days{chr::days{days}}};
  return Date{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
              static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

Date add_days(Date d, int days) { return from_days_since_epoch(days_since_epoch(d) + days); }

int days_between(Date from, Date to) { return days_since_epoch(to) - days_since_epoch(from); }

std::string to_iso(Date d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

Date today_local() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  localtime_r(&now, &tm);
  return Date{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

}  // namespace wres
