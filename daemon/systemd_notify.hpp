#pragma once
// sd_notify when run by systemd (Type=notify): READY, STATUS, WATCHDOG,
// STOPPING. Without NOTIFY_SOCKET every call is a no-op.
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>

#include <string>

namespace wresd {

class SystemdNotifier {
 public:
  explicit SystemdNotifier(boost::asio::io_context& io);
  [[nodiscard]] bool under_systemd() const { return under_systemd_; }
  void ready(const std::string& status);
  void status(const std::string& status);
  void stopping();

 private:
  void pet();
  boost::asio::steady_timer watchdog_;
  std::uint64_t watchdog_usec_ = 0;
  bool under_systemd_ = false;
};

}  // namespace wresd
