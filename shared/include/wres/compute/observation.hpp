#pragma once
// One indicator's figure in one WRES year, with what is needed to judge it.
#include <optional>
#include <string>
#include <vector>

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
  // Every count of people the figure is made from, each group's and what is
  // left of its whole ("not appointed", "not in a case"): a figure from a
  // count below [privacy] min_count would give that count back
  // (compute/disclosure.cpp). Empty for survey and published figures.
  std::vector<long long> counts;
  const char* counted = "people";  // what the counts count, in "fewer than 5 people"
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
