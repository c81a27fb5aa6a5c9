#include "wres/model/clock.hpp"

#include <ctime>

namespace wres {

std::string local_timestamp_now() { return local_timestamp(std::time(nullptr)); }

Date local_date(std::time_t t) {
  std::tm tm{};
  localtime_r(&t, &tm);
  return Date{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

std::time_t next_local_midnight(std::time_t t) {
  std::tm tm{};
  localtime_r(&t, &tm);
  tm.tm_mday += 1;
  tm.tm_hour = tm.tm_min = tm.tm_sec = 0;
  tm.tm_isdst = -1;  // let mktime decide across a DST change
  return std::mktime(&tm);
}

std::string local_time_text(std::time_t t, const char* format) {
  std::tm tm{};
  localtime_r(&t, &tm);
  char buf[64];
  return std::strftime(buf, sizeof buf, format, &tm) ? buf : "";
}

std::string local_timestamp(std::time_t now) {
  std::string s = local_time_text(now, "%Y-%m-%dT%H:%M:%S%z");
  if (s.size() < 5) return s;
  // +0100 -> +01:00 (ISO 8601)
  return s.substr(0, s.size() - 2) + ":" + s.substr(s.size() - 2);
}

}  // namespace wres
