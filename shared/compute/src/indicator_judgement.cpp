#include "wres/compute/indicator_judgement.hpp"

#include "wres/model/printf_text.hpp"

#include <cmath>

namespace wres {

namespace {

using detail::fmt;

// How far from parity, on the scale where 0.5 and 2.0 are equally far.
double parity_distance(double v) { return std::fabs(std::log(v)); }

// Callers never pass a 0.00 (no cases): no_cases() keeps it out of trends and comparators.
Comparison compare_ratio(double value, double other) {
  if (same_as_shown(value, other)) return Comparison::same;
  return parity_distance(value) < parity_distance(other) ? Comparison::better : Comparison::worse;
}

bool includes_parity(const std::pair<double, double>& ci) { return ci.first <= 1.0 && ci.second >= 1.0; }

std::string band_text(const Rules& r) { return fmt("%.2f-%.2f", r.ratio_low, r.ratio_high); }

}  // namespace

// A ratio of 0.00: no cases in one group, so no likelihood to compare.
bool no_cases(const MetricSpec& m, double value) { return m.kind == MetricKind::ratio && same_as_shown(value, 0); }

TrendResult judge_trend(const MetricSpec& m, const Observation& now, const Observation& before, double confidence) {
  TrendResult t;
  if (no_cases(m, now.value) || no_cases(m, before.value)) return {Trend::not_compared, std::nullopt};
  switch (compare(m, now.value, before.value)) {
    case Comparison::better: t.trend = Trend::improved; break;
    case Comparison::worse: t.trend = Trend::worse; break;
    case Comparison::same: t.trend = Trend::same; break;
  }
  std::optional<double> z;
  if (m.test == MetricTest::log_ratio && now.log_ratio && before.log_ratio) {
    z = log_ratio_change_z(*now.log_ratio, *before.log_ratio);
  } else if (m.test == MetricTest::two_proportion && now.focus_n && before.focus_n) {
    z = two_proportion_z(now.value / 100, *now.focus_n, before.value / 100, *before.focus_n);
  }
  if (z) t.significant = std::fabs(*z) >= z_for_confidence(confidence);
  return t;
}

// Pay gaps aim at 0 whichever way, compared as shown (one decimal).
Comparison compare_pay_gap(double value, double other) {
  const double a = one_decimal(std::fabs(value)), b = one_decimal(std::fabs(other));
  if (a == b) return Comparison::same;
  return a < b ? Comparison::better : Comparison::worse;
}

Comparison compare(const MetricSpec& m, double value, double other) {
  if (m.kind == MetricKind::ratio) return compare_ratio(value, other);
  if (m.kind == MetricKind::pay_gap) return compare_pay_gap(value, other);
  if (same_as_shown(value, other)) return Comparison::same;
  bool up = value > other;
  return up == (m.direction == Direction::higher_is_better) ? Comparison::better : Comparison::worse;
}

Favours favours(double value, const std::optional<std::pair<double, double>>& ci) {
  if (same_as_shown(value, 1.0)) return Favours::neither;
  if (ci && includes_parity(*ci)) return Favours::neither;
  return value > 1.0 ? Favours::reference : Favours::focus;
}

bool small_numbers(double value, const std::optional<std::pair<double, double>>& ci, const Rules& rules) {
  if (!ci) return false;
  bool spans_parity = includes_parity(*ci);
  bool outside_band = value > rules.ratio_high || value < rules.ratio_low;
  return spans_parity && outside_band;
}

// Reasons are short enough for a tile; the band's source (the four-fifths
// rule, not WRES guidance) is named in the wall's key and docs/wall.md.
RagResult ratio_rag(double value, const std::optional<std::pair<double, double>>& ci, const Rules& r,
                    const std::string& focus) {
  bool excludes_parity = ci && !includes_parity(*ci);
  if (value > r.ratio_high) {
    std::string above = fmt("above %.2f", r.ratio_high);
    if (!ci) return {Rag::red, above + " (published, no interval)"};
    if (excludes_parity) return {Rag::red, above + "; interval excludes parity"};
    return {Rag::amber, above + ", but few cases: interval includes parity"};
  }
  if (value < r.ratio_low) {  // the same standard of evidence as above the band
    std::string below = fmt("below %.2f", r.ratio_low), side = below + ": favours " + focus + " staff";
    if (!ci) return {Rag::amber, side + " (published, no interval)"};
    if (excludes_parity) return {Rag::amber, side + "; interval excludes parity"};
    return {Rag::amber, below + ", but few cases: interval includes parity"};
  }
  std::string inside = "inside " + band_text(r);
  if (excludes_parity) return {Rag::amber, inside + ", but interval excludes parity"};
  if (!ci) return {Rag::green, inside + " (published, no interval)"};
  return {Rag::green, inside + "; interval includes parity"};
}

std::optional<bool> survey_gap_significant(double focus_pct, std::optional<long long> focus_n, double ref_pct,
                                           std::optional<long long> ref_n, double confidence) {
  if (!focus_n || *focus_n <= 0) return std::nullopt;
  double z = ref_n && *ref_n > 0 ? two_proportion_z(focus_pct / 100, *focus_n, ref_pct / 100, *ref_n)
                                 : one_proportion_z(focus_pct / 100, *focus_n, ref_pct / 100);
  return std::fabs(z) >= z_for_confidence(confidence);
}

RagResult survey_rag(double gap, const Rules& r, const std::string& reference, std::optional<bool> significant) {
  const std::string than = " than " + reference + " staff";
  // The trust's own word for chance is "significantly": a gap within it says so, and is amber at worst.
  if (gap > 0 && significant == false && gap >= r.gap_amber_pts)
    return {Rag::amber,
            fmt("%.1f pts worse", gap) + than + fmt(": not statistically significant (%.0f%%)", r.confidence * 100)};
  if (gap >= r.gap_red_pts)
    return {Rag::red, fmt("%.1f pts worse", gap) + than + fmt(" (red from %.1f)", r.gap_red_pts)};
  if (gap >= r.gap_amber_pts)
    return {Rag::amber, fmt("%.1f pts worse", gap) + than + fmt(" (amber from %.1f)", r.gap_amber_pts)};
  if (gap > 0) return {Rag::green, fmt("%.1f pts worse", gap) + than + fmt(" (amber from %.1f)", r.gap_amber_pts)};
  return {Rag::green, fmt("%.1f pts better", -gap) + than + ", or level"};
}

RagResult representation_rag(double value, std::optional<double> reference, const Rules& r) {
  if (!reference) return {Rag::none, "no local population share given"};
  double shortfall = *reference - value;
  if (shortfall <= 0 || same_as_shown(value, *reference))
    return {Rag::green, fmt("at or above local population %.2f%%", *reference)};
  if (shortfall < r.gap_red_pts)
    return {Rag::amber,
            fmt("%.2f pts below local population %.2f%% (red from %.1f)", shortfall, *reference, r.gap_red_pts)};
  return {Rag::red,
          fmt("%.2f pts below local population %.2f%% (red from %.1f)", shortfall, *reference, r.gap_red_pts)};
}

RagResult board_rag(std::optional<double> gap, BoardBasis basis, int year, const Rules& r) {
  std::string who = basis == BoardBasis::voting ? "voting members" : "all members (no voting split)";
  if (!gap) return {Rag::none, "no workforce figure for " + std::to_string(year) + " to compare with"};
  if (*gap >= 0 || same_as_shown(*gap, 0)) return {Rag::green, who + fmt(" %+.1f pts vs workforce", *gap)};
  if (-*gap < r.gap_red_pts)
    return {Rag::amber, who + fmt(" %.1f pts below workforce (red from %.1f)", -*gap, r.gap_red_pts)};
  return {Rag::red, who + fmt(" %.1f pts below workforce (red from %.1f)", -*gap, r.gap_red_pts)};
}

RagResult pay_gap_rag(double gap, const Rules& r, const std::string& focus, const std::string& reference) {
  const double size = one_decimal(std::fabs(gap));  // as the wall shows it
  if (size == 0) return {Rag::green, "no gap: " + focus + " " + paid_phrase(gap, reference)};
  const std::string said = focus + " " + paid_phrase(gap, reference);
  if (size >= r.pay_gap_red_pct) return {Rag::red, said + fmt(" (red from %.1f%%)", r.pay_gap_red_pct)};
  if (size >= r.pay_gap_amber_pct) return {Rag::amber, said + fmt(" (amber from %.1f%%)", r.pay_gap_amber_pct)};
  return {Rag::green, said + fmt(" (amber from %.1f%%)", r.pay_gap_amber_pct)};
}

RagResult score_rag(std::optional<double> gap, const Rules& r, const std::string& reference) {
  if (!r.score_amber_gap && !r.score_red_gap) return {Rag::none, "not rated: no rule for scores is set"};
  if (!gap) return {Rag::none, "not rated: no " + reference + " score to compare with"};
  const double shown = one_decimal(*gap);
  const std::string said = shown == 0  ? "level with " + reference + " staff"
                           : shown < 0 ? fmt("%.1f higher than ", -shown) + reference + " staff"
                                       : fmt("%.1f lower than ", shown) + reference + " staff";
  if (r.score_red_gap && shown >= *r.score_red_gap) return {Rag::red, said + fmt(" (red from %.1f)", *r.score_red_gap)};
  if (r.score_amber_gap && shown >= *r.score_amber_gap)
    return {Rag::amber, said + fmt(" (amber from %.1f)", *r.score_amber_gap)};
  const double from = r.score_amber_gap.value_or(r.score_red_gap.value_or(0));
  return {Rag::green, said + fmt(r.score_amber_gap ? " (amber from %.1f)" : " (red from %.1f)", from)};
}

double adverse_gap(double focus_pct, double ref_pct, Direction dir) {
  return dir == Direction::lower_is_better ? focus_pct - ref_pct : ref_pct - focus_pct;
}

}  // namespace wres
