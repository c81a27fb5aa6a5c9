#include "time_arg.hpp"

#include <cstdio>

namespace wresctl {

namespace {

std::optional<std::time_t> ago(const std::string& text, std::time_t now) {
  long long n = 0;
  char unit = 0, extra = 0;
  if (std::sscanf(text.c_str(), "%lld%c%c", &n, &unit, &extra) != 2 || n < 0 || n > 100000) return std::nullopt;
  const long long seconds = unit == 'm' ? 60 : unit == 'h' ? 3600 : unit == 'd' ? 86400 : 0;
  if (!seconds) return std::nullopt;
  return now - static_cast<std::time_t>(n * seconds);
}

// strptime with the whole text used up.
bool parse_whole(const std::string& text, const char* format, std::tm& tm) {
  const char* end = ::strptime(text.c_str(), format, &tm);
  return end && *end == '\0';
}

}  // namespace

std::optional<std::time_t> parse_time_arg(const std::string& text, std::time_t now) {
  if (auto t = ago(text, now)) return t;
  std::tm tm{};
  localtime_r(&now, &tm);
  tm.tm_sec = 0;
  bool ok = parse_whole(text, "%H:%M", tm);  // today
  if (!ok) {
    tm = std::tm{};
    ok = parse_whole(text, "%Y-%m-%d %H:%M:%S", tm) || parse_whole(text, "%Y-%m-%dT%H:%M:%S", tm) ||
         parse_whole(text, "%Y-%m-%d %H:%M", tm) || parse_whole(text, "%Y-%m-%dT%H:%M", tm) ||
         parse_whole(text, "%Y-%m-%d", tm);
  }
  if (!ok) return std::nullopt;
  tm.tm_isdst = -1;  // whatever the date's own summer time says
  std::time_t t = std::mktime(&tm);
  if (t == static_cast<std::time_t>(-1)) return std::nullopt;
  return t;
}

}  // namespace wresctl
