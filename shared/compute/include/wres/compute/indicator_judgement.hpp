#pragma once
// Direction-aware judgements of one indicator (DESIGN 7.1, 7.2): the trend
// against the previous figure, whether it is beyond noise, which group a
// ratio favours, RAG with its reason, and comparisons with other figures.
#include <optional>
#include <string>

#include "wres/compute/observation.hpp"
#include "wres/model/snapshot.hpp"
#include "wres/model/wording.hpp"  // same_as_shown

namespace wres {

struct TrendResult {
  Trend trend = Trend::first_year;
  std::optional<bool> significant;  // absent: no test applies
};

// The direction of `now` against `before`, always said; `significant` from a
// z-test named by the metric's spec: the change of log ratios (counts in both
// years) or of the focus group's proportions (n's in both years); absent
// otherwise, and always for a count of everyone.
// A ratio year with no cases in one group (0.00, or 0.00 as shown) is
// `Trend::not_compared`: no side, no distance, no test.
TrendResult judge_trend(const MetricSpec& m, const Observation& now, const Observation& before, double confidence);
// A ratio of 0.00: no cases in one group, so no likelihood to hold another against.
[[nodiscard]] bool no_cases(const MetricSpec& m, double value);

// better: `value` is nearer the indicator's goal than `other`. Ratios aim at
// parity whichever side (|ln v| smaller); a ratio of 0.00 has no distance and
// is not compared (no_cases(): callers leave it out).
Comparison compare(const MetricSpec& m, double value, double other);

// Ratios: above 1.00 favours the reference group, below the focus group.
Favours favours(double value, const std::optional<std::pair<double, double>>& ci);

// The interval spans parity while the figure lies outside the band: the
// figure alone would raise an alarm the data cannot carry.
[[nodiscard]] bool small_numbers(double value, const std::optional<std::pair<double, double>>& ci, const Rules& rules);

struct RagResult {
  Rag rag = Rag::none;
  std::string reason;
};
// `focus`: the family's word for the focus group (for the WRES, the trust's own term).
RagResult ratio_rag(double value, const std::optional<std::pair<double, double>>& ci, const Rules& rules,
                    const std::string& focus);
// `reference`: the family's word for the reference group (the WRES's, the WDES's).
// `significant`: whether the gap is beyond chance at rules.confidence (absent:
// no respondents given, no test); a gap within it is never coloured red.
RagResult survey_rag(double adverse_gap_pts, const Rules& rules, const std::string& reference,
                     std::optional<bool> significant = std::nullopt);
// Whether a survey's gap between the groups is beyond chance: two proportions
// when both groups' respondents are given, the focus group's against the
// reference figure when only its own are; absent with none.
std::optional<bool> survey_gap_significant(double focus_pct, std::optional<long long> focus_n, double ref_pct,
                                           std::optional<long long> ref_n, double confidence);
RagResult representation_rag(double value, std::optional<double> reference, const Rules& rules);
// 9: the board's share minus the workforce share; basis "voting" or "all_members".
RagResult board_rag(std::optional<double> gap_pts, BoardBasis basis, int year, const Rules& rules);

// A pay gap in % (positive: the focus group paid less), judged by its size
// either way against [rules] pay_gap_amber_pct / pay_gap_red_pct, as shown (one
// decimal). The groups with their noun: "Global Majority staff", "White staff"; "Women", "Men".
RagResult pay_gap_rag(double gap_pct, const Rules& rules, const std::string& focus, const std::string& reference);
// A score's adverse gap to the reference group's, against [rules]
// score_amber_gap / score_red_gap; not rated unless they are set.
RagResult score_rag(std::optional<double> adverse_gap, const Rules& rules, const std::string& reference);

// Percentage points by which the focus group fares worse than the reference (negative: better).
double adverse_gap(double focus_pct, double ref_pct, Direction dir);

}  // namespace wres
