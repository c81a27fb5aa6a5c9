#pragma once
// Civil dates without time zones: the board works in whole local days.
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace wres {

struct Date {
  int year = 1970;
  int month = 1;
  int day = 1;
  auto operator<=>(const Date&) const = default;
};

// Returns nullopt unless y-m-d is a real calendar day in years 1900..9999.
[[nodiscard]] std::optional<Date> make_date(int year, int month, int day);
// "YYYY-MM-DD" only; nullopt for anything else, including impossible days.
[[nodiscard]] std::optional<Date> parse_iso_date(std::string_view text);
Date end_of_month(int year, int month);
int days_since_epoch(Date d);
Date from_days_since_epoch(int days);
Date add_days(Date d, int days);
int days_between(Date from, Date to);  // to - from
std::string to_iso(Date d);
Date today_local();

}  // namespace wres
