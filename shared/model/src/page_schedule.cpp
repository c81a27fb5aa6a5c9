#include "wres/model/page_schedule.hpp"

#include <array>
#include <cctype>
#include <cstdio>

namespace wres {

namespace {
constexpr std::array<std::string_view, 7> kDays{"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                "Friday", "Saturday", "Sunday"};
constexpr unsigned kEveryDay = 0x7F;

bool same_letters(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  return true;
}
}  // namespace

std::string_view day_name(int day) { return kDays.at(static_cast<std::size_t>(day)).substr(0, 3); }

std::optional<int> day_from_name(std::string_view name) {
  for (int d = 0; d < 7; ++d)
    if (same_letters(name, kDays[static_cast<std::size_t>(d)]) || same_letters(name, day_name(d))) return d;
  return std::nullopt;
}

int day_from_tm_wday(int tm_wday) { return (tm_wday + 6) % 7; }

std::optional<std::size_t> window_at(const DisplaySettings& d, int day, int minute) {
  for (std::size_t i = 0; i < d.schedule.size(); ++i) {
    const PageWindow& w = d.schedule[i];
    if ((w.days >> day & 1U) && minute >= w.from_minute && minute < w.to_minute) return i;
  }
  return std::nullopt;
}

const PageSet& pages_at(const DisplaySettings& d, int day, int minute) {
  auto i = window_at(d, day, minute);
  return i ? d.schedule[*i].set : d.usual;
}

int seconds_for(const PageSet& set, const std::string& page, int rotate_seconds) {
  auto it = set.seconds.find(page);
  return it != set.seconds.end() ? it->second : rotate_seconds;
}

bool overlaps(const PageWindow& a, const PageWindow& b) {
  return (a.days & b.days) != 0 && a.from_minute < b.to_minute && b.from_minute < a.to_minute;
}

std::string clock_text(int minute) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d:%02d", minute / 60 % 100, minute % 60);
  return buf;
}

std::string describe(const PageWindow& w) {
  std::string days;
  if ((w.days & kEveryDay) == kEveryDay) {
    days = "every day";
  } else {
    for (int d = 0; d < 7; ++d)
      if (w.days >> d & 1U) days += (days.empty() ? "" : ", ") + std::string(day_name(d));
  }
  return days + " " + clock_text(w.from_minute) + "-" + clock_text(w.to_minute);
}

}  // namespace wres
