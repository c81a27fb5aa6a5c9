#pragma once
// One indicator's figure in one WRES year, with what is needed to judge it.
#include <optional>
#include <string>

#include "wres/compute/stats.hpp"
#include "wres/model/board.hpp"

namespace wres {

enum class Source { counts, published, survey };

struct Observation {
  int year = 0;
  Date as_at;
  double value = 0;  // % for 1, 5-9; ratio for 2-4
  Source source = Source::published;
  std::optional<LogRatio> log_ratio;        // 2-4 from counts
  std::optional<double> white;              // 5-8
  std::optional<long long> bme_n, white_n;  // 5-8
  std::optional<long long> people;          // 1: BME staff; 9: BME members of `basis`
  std::string basis;                        // 9: "voting" or "all_members"
  int rolling_years = 1;                    // 3: years pooled
};

// nullopt when the year has neither counts nor a published figure for `key`.
std::optional<Observation> observe(const YearData& year, IndicatorKey key);
// Indicator 3 pooled over `year` and `before` (NHS England's two-year
// average for small numbers); nullopt unless both have counts.
std::optional<Observation> observe_disciplinary_pooled(const YearData& year, const YearData& before);
std::string_view to_string(Source s);
// The year's survey block for indicators 5-8.
const std::optional<Survey>& survey_of(const YearData& year, IndicatorKey key);

}  // namespace wres
