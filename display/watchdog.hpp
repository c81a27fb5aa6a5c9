#pragma once
// systemd's watchdog for the display (WatchdogSec= in its unit). Under cage or
// xinit the display is not the unit's main process, so WATCHDOG_PID names the
// compositor: the interval is read from WATCHDOG_USEC alone and the unit sets
// NotifyAccess=all.
#include <optional>

namespace display {

class Watchdog {
 public:
  Watchdog();
  [[nodiscard]] bool enabled() const { return interval_ > 0; }
  double interval() const { return interval_; }  // seconds
  // Pets (WATCHDOG=1) at most four times an interval; `now` monotonic seconds.
  void pet(double now);
  void ready();  // READY=1, once the first frame is up

 private:
  double interval_ = 0, last_pet_ = -1e9;
};

}  // namespace display
