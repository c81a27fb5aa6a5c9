#include "watchdog.hpp"

#include <systemd/sd-daemon.h>

#include <cstdlib>

namespace display {

Watchdog::Watchdog() {
  if (const char* usec = std::getenv("WATCHDOG_USEC"); usec && *usec) interval_ = std::strtod(usec, nullptr) / 1e6;
  if (interval_ < 0) interval_ = 0;
}

void Watchdog::pet(double now) {
  if (!enabled() || now - last_pet_ < interval_ / 4) return;
  sd_notify(0, "WATCHDOG=1");
  last_pet_ = now;
}

void Watchdog::ready() { sd_notify(0, "READY=1"); }

}  // namespace display
