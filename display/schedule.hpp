#pragma once
// When the wall does what: page rotation, night hours, burn-in shift, and how
// fresh the data is. Pure functions of time: unit tested without a window.
#include <ctime>
#include <optional>
#include <string>
#include <vector>

#include "wres/model/board.hpp"

namespace display {

struct PagePosition {
  std::size_t index = 0;    // which turn of the rotation
  double seconds_left = 0;  // until the next turn
  long cycle = 0;           // how many whole rotations came before this one
};
PagePosition page_at(std::size_t turn_count, double elapsed_seconds, int rotate_seconds);
// Turns of their own lengths ({ page = "overdue", seconds = 40 }).
PagePosition page_at(const std::vector<int>& turn_seconds, double elapsed_seconds);

// A page with more screens than this (a board of many long plans) takes this
// many turns of each rotation and carries on from there in the next, so every
// screen is on the wall within ceil(screens / kMaxTurnsPerVisit) rotations,
// and the other pages still come round every few minutes.
constexpr int kMaxTurnsPerVisit = 8;
int turns_per_visit(int screens);
// Which of the page's screens its `turn`-th turn shows in rotation `cycle`.
int screen_at(int screens, int turn, long cycle);

// Night hours may wrap midnight (off 19:00, on 07:00).
[[nodiscard]] bool is_night(const std::optional<wres::NightHours>& night, int minute_of_day);
// Seconds until night starts or ends, from `second_of_day`; nullopt without night hours.
[[nodiscard]] std::optional<int> seconds_to_night_change(const std::optional<wres::NightHours>& night,
                                                         int second_of_day);

// A small, slow orbit of the whole picture against burn-in: a new offset
// every `period_s`, within +-amplitude.
struct Offset {
  float x = 0, y = 0;
};
Offset pixel_shift(std::time_t now, float amplitude, int period_s = 600);
int seconds_to_next_shift(std::time_t now, int period_s = 600);

enum class Freshness {
  waiting,  // nothing to show yet
  live,     // the daemon answers
  stale,    // showing older data: the daemon has not answered for too long
  refused   // the daemon refused us (protocol version, permission)
};
Freshness freshness(bool have_data, bool refused, double seconds_since_heard, int stale_seconds);

// "14:02" and "3 min ago" style texts.
std::string clock_text(std::time_t t);
std::string ago_text(double seconds);

}  // namespace display
