#pragma once
// The one printf-style formatter for figures, and the dot that joins the parts
// of a line: one home, so no file keeps a twin of its own. Figures are rounded
// as the reports round them, half away from zero (6.25 -> "6.3"); printf alone
// rounds the binary value, and 6.25 would print "6.2".
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace wres::detail {

inline constexpr const char* kDot = " \xC2\xB7 ";  // " · "

// `v` at `decimals` places, half away from zero. The nudge is for halves
// stored just below themselves (1.005 is 1.00499999...).
inline double round_half_away(double v, int decimals) {
  const double p = std::pow(10.0, decimals), scaled = v * p;
  return std::round(scaled + (scaled >= 0 ? 1e-9 : -1e-9)) / p;
}

// Up to three doubles into `f`; each %f-style conversion's argument is first
// rounded at its precision (6 when none is given, as printf).
inline std::string fmt(const char* f, double a, double b = 0, double c = 0) {
  double args[3] = {a, b, c};
  int next = 0;
  for (const char* p = f; *p && next < 3; ++p) {
    if (*p != '%') continue;
    if (*++p == '%') continue;
    int precision = 6;
    while (*p && !std::isalpha(static_cast<unsigned char>(*p))) {
      if (*p == '.') precision = std::atoi(p + 1);
      ++p;
    }
    if (*p == 'f') args[next] = round_half_away(args[next], precision);
    ++next;
  }
  char buf[200];
  std::snprintf(buf, sizeof buf, f, args[0], args[1], args[2]);
  return buf;
}

}  // namespace wres::detail
