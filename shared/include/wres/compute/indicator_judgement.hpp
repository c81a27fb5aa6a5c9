#pragma once
// Direction-aware judgements of one indicator: trend against the previous
// figure (with a significance test where the data allow one), RAG, and the
// better/worse comparisons the wall shows.
#include <optional>
#include <string>

#include "wres/compute/observation.hpp"
#include "wres/model/snapshot.hpp"

namespace wres {

struct TrendResult {
  Trend trend = Trend::no_change;
  std::optional<bool> significant;  // absent: no test was possible
};

// Ratios 2-4 with counts in both years: z-test on the change of log ratios.
// Surveys 5-8 with BME n's in both years: two-proportion z-test.
// Otherwise the sign of the change, without a test.
TrendResult judge_trend(const Observation& now, const Observation& before, Direction dir,
                        double confidence);

// The CI spans parity while the point estimate lies outside the non-adverse
// band: the figure alone would raise (or lower) an alarm the data cannot carry.
bool small_numbers(double value, const std::optional<std::pair<double, double>>& ci,
                   const Rules& rules);

struct RagResult {
  Rag rag = Rag::none;
  std::string reason;
};

RagResult ratio_rag(double value, bool small_numbers, bool significantly_worse, const Rules& rules);
RagResult survey_rag(double adverse_gap_pts, const Rules& rules);
RagResult representation_rag(double value, std::optional<double> reference, const Rules& rules);

// BME percentage points by which BME staff fare worse than White (negative: better).
double adverse_gap(double bme_pct, double white_pct, Direction dir);
Comparison compare(double value, double other, Direction dir);

}  // namespace wres
