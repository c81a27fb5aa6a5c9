#pragma once
// The statistics behind "no_change" and the small-numbers flag. Pure functions.
#include <utility>

namespace wres {

// Two-sided critical value: 0.95 -> 1.959964.
double z_for_confidence(double confidence);

// A ratio of two rates, (a/n) / (b/m), on the log scale with its standard error
// (the usual delta-method SE of a log relative risk).
struct LogRatio {
  double log = 0;
  double se = 0;
};
// Cells of zero (or all-events) get the Haldane +0.5 correction so that the SE
// is finite; callers report the uncorrected ratio itself.
LogRatio log_rate_ratio(long long a, long long n, long long b, long long m);
std::pair<double, double> ratio_interval(LogRatio r, double z);
// z for the change between two independent log ratios.
double log_ratio_change_z(LogRatio now, LogRatio before);

// z for the difference of two independent proportions (pooled SE); p in [0, 1].
// Returns 0 when the pooled proportion is 0 or 1 (no variation to test).
double two_proportion_z(double p1, long long n1, double p2, long long n2);
// z for a proportion p of n against a fixed p0 (the reference group's figure
// when the board gives only the focus group's respondents); 0 without variation.
double one_proportion_z(double p, long long n, double p0);

// 100 * part / whole; `whole` > 0 (the readers refuse a zero denominator).
inline double percent(long long part, long long whole) {
  return 100.0 * static_cast<double>(part) / static_cast<double>(whole);
}

}  // namespace wres
