#include "wres/model/clock.hpp"

#include <ctime>

namespace wres {

std::string local_timestamp_now() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  localtime_r(&now, &tm);
  char buf[40];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S%z", &tm);
  std::string s = buf;
  if (s.size() < 5) return s;
  // +0100 -> +01:00 (ISO 8601)
  return s.substr(0, s.size() - 2) + ":" + s.substr(s.size() - 2);
}

}  // namespace wres
