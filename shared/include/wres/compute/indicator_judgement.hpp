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
// z-test on the change of log ratios (2-4, counts in both years) or of the
// BME proportions (5-8, n's in both years); absent otherwise, and always for
// 1 and 9, which count everyone.
TrendResult judge_trend(IndicatorKey key, const Observation& now, const Observation& before, double confidence);

// better: `value` is nearer the indicator's goal than `other`. Ratios aim at
// parity whichever side (|ln v| smaller); a figure of 0.00 has no finite
// distance, so against it the side decides: favouring White staff is worse.
Comparison compare(IndicatorKey key, double value, double other);

// Ratios 2-4: above 1.00 favours White staff, below favours BME staff.
Favours favours(double value, const std::optional<std::pair<double, double>>& ci);

// The interval spans parity while the figure lies outside the band: the
// figure alone would raise an alarm the data cannot carry.
bool small_numbers(double value, const std::optional<std::pair<double, double>>& ci, const Rules& rules);

struct RagResult {
  Rag rag = Rag::none;
  std::string reason;
};
// `term`: the trust's word for BME staff, used in every reason.
RagResult ratio_rag(double value, const std::optional<std::pair<double, double>>& ci, const Rules& rules,
                    const std::string& term);
RagResult survey_rag(double adverse_gap_pts, const Rules& rules);
RagResult representation_rag(double value, std::optional<double> reference, const Rules& rules);
// 9: the board's share minus the workforce share; basis "voting" or "all_members".
RagResult board_rag(std::optional<double> gap_pts, const std::string& basis, int year, const Rules& rules);

// BME percentage points by which BME staff fare worse than White (negative: better).
double adverse_gap(double bme_pct, double white_pct, Direction dir);

}  // namespace wres
