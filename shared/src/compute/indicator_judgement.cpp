#include "wres/compute/indicator_judgement.hpp"

#include <cmath>
#include <cstdio>

namespace wres {

namespace {
// Figures are published to two decimals; closer than this is the same figure.
constexpr double kSame = 1e-9;

Trend direction_of(double delta, Direction dir) {
  if (std::fabs(delta) <= kSame) return Trend::no_change;
  bool up = delta > 0;
  return up == (dir == Direction::higher_is_better) ? Trend::improved : Trend::worse;
}

std::string fmt(const char* f, double a, double b = 0) {
  char buf[160];
  std::snprintf(buf, sizeof buf, f, a, b);
  return buf;
}
}  // namespace

TrendResult judge_trend(const Observation& now, const Observation& before, Direction dir,
                        double confidence) {
  Trend raw = direction_of(now.value - before.value, dir);
  std::optional<double> z;
  if (now.log_ratio && before.log_ratio) {
    z = log_ratio_change_z(*now.log_ratio, *before.log_ratio);
  } else if (now.bme_n && before.bme_n) {
    z = two_proportion_z(now.value / 100, *now.bme_n, before.value / 100, *before.bme_n);
  }
  if (!z) return {raw, std::nullopt};
  bool significant = std::fabs(*z) >= z_for_confidence(confidence);
  return {significant ? raw : Trend::no_change, significant};
}

bool small_numbers(double value, const std::optional<std::pair<double, double>>& ci,
                   const Rules& rules) {
  if (!ci) return false;
  bool spans_parity = ci->first <= 1.0 && ci->second >= 1.0;
  bool outside_band = value > rules.ratio_high || value < rules.ratio_low;
  return spans_parity && outside_band;
}

RagResult ratio_rag(double value, bool small, bool significantly_worse, const Rules& r) {
  if (small)
    return {Rag::amber, "small numbers: the interval spans parity, so watch rather than alarm"};
  if (value > r.ratio_high)
    return {Rag::red, fmt("above the non-adverse range (%.2f-%.2f)", r.ratio_low, r.ratio_high)};
  if (value < r.ratio_low)
    return {Rag::amber, fmt("below the non-adverse range (%.2f-%.2f)", r.ratio_low, r.ratio_high)};
  if (significantly_worse) return {Rag::amber, "inside the range but significantly worse than last year"};
  return {Rag::green, fmt("inside the non-adverse range (%.2f-%.2f)", r.ratio_low, r.ratio_high)};
}

RagResult survey_rag(double gap, const Rules& r) {
  if (gap >= r.gap_red_pts)
    return {Rag::red, fmt("BME staff %.1f points worse than White (red from %.1f)", gap, r.gap_red_pts)};
  if (gap >= r.gap_amber_pts)
    return {Rag::amber, fmt("BME staff %.1f points worse than White (amber from %.1f)", gap, r.gap_amber_pts)};
  return {Rag::green, fmt("gap to White staff %.1f points", gap)};
}

RagResult representation_rag(double value, std::optional<double> reference, const Rules& r) {
  if (!reference) return {Rag::none, "no local population share given"};
  double shortfall = *reference - value;
  if (shortfall <= kSame) return {Rag::green, fmt("at or above the local population (%.2f%%)", *reference)};
  if (shortfall < r.gap_red_pts)
    return {Rag::amber, fmt("%.2f points below the local population (%.2f%%)", shortfall, *reference)};
  return {Rag::red, fmt("%.2f points below the local population (%.2f%%)", shortfall, *reference)};
}

double adverse_gap(double bme_pct, double white_pct, Direction dir) {
  return dir == Direction::lower_is_better ? bme_pct - white_pct : white_pct - bme_pct;
}

Comparison compare(double value, double other, Direction dir) {
  double d = value - other;
  if (std::fabs(d) <= kSame) return Comparison::same;
  return (d > 0) == (dir == Direction::higher_is_better) ? Comparison::better : Comparison::worse;
}

}  // namespace wres
