#pragma once
// The wording files' one printf-style formatter for figures, and the dot that
// joins the parts of a line: one home, so no file keeps a twin of its own.
#include <cstdio>
#include <string>

namespace wres::detail {

inline constexpr const char* kDot = " \xC2\xB7 ";  // " · "

inline std::string fmt(const char* f, double a, double b = 0, double c = 0) {
  char buf[200];
  std::snprintf(buf, sizeof buf, f, a, b, c);
  return buf;
}

}  // namespace wres::detail
