#include "wres/compute/stats.hpp"

#include <cmath>

namespace wres {

namespace {
// Acklam's rational approximation of the inverse normal CDF, then one Newton
// step on erfc to reach double precision.
double normal_quantile(double p) {
  static const double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,  -2.759285104469687e+02,
                             1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
  static const double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                             6.680131188771972e+01, -1.328068155288572e+01};
  static const double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                             -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
  static const double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                             3.754408661907416e+00};
  const double plow = 0.02425;
  double x;
  if (p < plow) {
    double q = std::sqrt(-2 * std::log(p));
    x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
        ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  } else if (p <= 1 - plow) {
    double q = p - 0.5, r = q * q;
    x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
        (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
  } else {
    double q = std::sqrt(-2 * std::log(1 - p));
    x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
        ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  double e = 0.5 * std::erfc(-x / std::sqrt(2.0)) - p;
  double u = e * std::sqrt(2 * M_PI) * std::exp(x * x / 2);
  return x - u / (1 + x * u / 2);
}
}  // namespace

double z_for_confidence(double confidence) { return normal_quantile(0.5 + confidence / 2); }

LogRatio log_rate_ratio(long long a, long long n, long long b, long long m) {
  double A = static_cast<double>(a), N = static_cast<double>(n);
  double B = static_cast<double>(b), M = static_cast<double>(m);
  if (a == 0 || b == 0 || a == n || b == m) A += 0.5, N += 1, B += 0.5, M += 1;
  double log = std::log((A / N) / (B / M));
  double se = std::sqrt(1 / A - 1 / N + 1 / B - 1 / M);
  return {log, se};
}

std::pair<double, double> ratio_interval(LogRatio r, double z) {
  return {std::exp(r.log - z * r.se), std::exp(r.log + z * r.se)};
}

double log_ratio_change_z(LogRatio now, LogRatio before) {
  double se = std::sqrt(now.se * now.se + before.se * before.se);
  return se > 0 ? (now.log - before.log) / se : 0;
}

double two_proportion_z(double p1, long long n1, double p2, long long n2) {
  double N1 = static_cast<double>(n1), N2 = static_cast<double>(n2);
  double pooled = (p1 * N1 + p2 * N2) / (N1 + N2);
  double var = pooled * (1 - pooled) * (1 / N1 + 1 / N2);
  return var > 0 ? (p1 - p2) / std::sqrt(var) : 0;
}

double one_proportion_z(double p, long long n, double p0) {
  double var = p0 * (1 - p0) / static_cast<double>(n);
  return var > 0 ? (p - p0) / std::sqrt(var) : 0;
}

}  // namespace wres
