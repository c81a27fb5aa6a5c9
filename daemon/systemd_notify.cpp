#include "systemd_notify.hpp"

#include <systemd/sd-daemon.h>

#include <cstdlib>

namespace wresd {

SystemdNotifier::SystemdNotifier(boost::asio::io_context& io) : watchdog_(io) {
  under_systemd_ = std::getenv("NOTIFY_SOCKET") != nullptr;
  if (sd_watchdog_enabled(0, &watchdog_usec_) <= 0) watchdog_usec_ = 0;
}

void SystemdNotifier::ready(const std::string& s) {
  sd_notifyf(0, "READY=1\nSTATUS=%s", s.c_str());
  if (watchdog_usec_) pet();
}

void SystemdNotifier::status(const std::string& s) { sd_notifyf(0, "STATUS=%s", s.c_str()); }

void SystemdNotifier::stopping() {
  sd_notify(0, "STOPPING=1");
  watchdog_.cancel();
}

// Pets at half the interval. The loop must be alive to do it, which is the point.
void SystemdNotifier::pet() {
  sd_notify(0, "WATCHDOG=1");
  watchdog_.expires_after(std::chrono::microseconds(watchdog_usec_ / 2));
  watchdog_.async_wait([this](const boost::system::error_code& ec) {
    if (!ec) pet();
  });
}

}  // namespace wresd
