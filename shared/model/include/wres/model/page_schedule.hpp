#pragma once
// Which pages the wall shows when: [display] pages and [[display.schedule]].
// Pure functions of the settings and the local day and time.
#include <optional>
#include <string>
#include <string_view>

#include "wres/model/board.hpp"

namespace wres {

std::string_view day_name(int day);                                     // 0 Monday .. 6 Sunday: "Mon"
[[nodiscard]] std::optional<int> day_from_name(std::string_view name);  // "Tue", "tuesday", "TUE"
int day_from_tm_wday(int tm_wday);                                      // struct tm's Sunday-first to Monday-first

// The window in force at `minute` after midnight of `day`, or nullopt (the usual set).
std::optional<std::size_t> window_at(const DisplaySettings& d, int day, int minute);
const PageSet& pages_at(const DisplaySettings& d, int day, int minute);
// How long each screen of `page` stays.
int seconds_for(const PageSet& set, const std::string& page, int rotate_seconds);

[[nodiscard]] bool overlaps(const PageWindow& a, const PageWindow& b);
std::string describe(const PageWindow& w);  // "Tue, Thu 08:00-12:00", "every day 08:00-12:00"
std::string clock_text(int minute);         // "08:00"

}  // namespace wres
