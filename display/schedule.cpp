#include "schedule.hpp"

#include <algorithm>
#include <cmath>

#include "wres/model/clock.hpp"

namespace display {

PagePosition page_at(std::size_t n, double elapsed, int rotate) {
  return page_at(std::vector<int>(n, rotate), elapsed);
}

PagePosition page_at(const std::vector<int>& seconds, double elapsed) {
  PagePosition p;
  double cycle = 0;
  for (int s : seconds) cycle += std::max(0, s);
  if (seconds.empty() || cycle <= 0) return p;
  elapsed = std::max(0.0, elapsed);
  p.cycle = static_cast<long>(elapsed / cycle);
  double into = std::fmod(elapsed, cycle);
  for (std::size_t i = 0; i < seconds.size(); ++i) {
    const double len = std::max(0, seconds[i]);
    if (into < len || i + 1 == seconds.size()) {
      p.index = i;
      p.seconds_left = std::max(0.0, len - into);
      return p;
    }
    into -= len;
  }
  return p;
}

int turns_per_visit(int screens) { return std::clamp(screens, 1, kMaxTurnsPerVisit); }

int screen_at(int screens, int turn, long cycle) {
  if (screens <= 1) return 0;
  // Consecutive across rotations: rotation k shows screens [k*v, k*v + v) mod screens.
  long v = turns_per_visit(screens);
  return static_cast<int>((cycle % screens * v + turn) % screens);
}

bool is_night(const std::optional<wres::NightHours>& night, int minute) {
  if (!night || night->off_minute == night->on_minute) return false;
  if (night->off_minute < night->on_minute) return minute >= night->off_minute && minute < night->on_minute;
  return minute >= night->off_minute || minute < night->on_minute;  // wraps midnight
}

std::optional<int> seconds_to_night_change(const std::optional<wres::NightHours>& night, int second) {
  if (!night || night->off_minute == night->on_minute) return std::nullopt;
  auto until = [&](int minute) {
    int target = minute * 60;
    int d = target - second;
    return d > 0 ? d : d + 86400;
  };
  return std::min(until(night->off_minute), until(night->on_minute));
}

Offset pixel_shift(std::time_t now, float amplitude, int period) {
  // Eight positions around a circle, visited in a scrambled order so the
  // picture never drifts steadily one way.
  static const int order[8] = {0, 3, 6, 1, 4, 7, 2, 5};
  long step = static_cast<long>(now / period) % 8;
  double angle = order[step] * (M_PI / 4);
  return {static_cast<float>(std::round(amplitude * std::cos(angle))),
          static_cast<float>(std::round(amplitude * std::sin(angle)))};
}

int seconds_to_next_shift(std::time_t now, int period) { return period - static_cast<int>(now % period); }

Freshness freshness(bool have_data, bool refused, double since_heard, int stale_seconds) {
  if (refused) return Freshness::refused;
  if (!have_data) return Freshness::waiting;
  return since_heard > stale_seconds ? Freshness::stale : Freshness::live;
}

std::string clock_text(std::time_t t) { return wres::local_time_text(t, "%H:%M"); }

std::string ago_text(double s) {
  if (s < 5) return "just now";
  if (s < 90) return std::to_string(static_cast<long>(s)) + " s ago";
  if (s < 90 * 60) return std::to_string(static_cast<long>(std::lround(s / 60))) + " min ago";
  if (s < 36 * 3600) return std::to_string(static_cast<long>(std::lround(s / 3600))) + " h ago";
  return std::to_string(static_cast<long>(std::lround(s / 86400))) + " days ago";
}

}  // namespace display
