#pragma once
// A measure's figures and its chart's verdicts in words: one home for the
// wall, wresctl and the accessible twin.
#include <string>

#include "wres/model/snapshot.hpp"

namespace wres {

std::string number_text(double v);                         // as the board gives it, two decimals at most: 0.78, 60
std::string with_unit(double v, const std::string& unit);  // "0.78%", "60 staff"

// The latest figure in the source's noun: "70%", "109 attendees"; empty before any.
std::string latest_text(const MeasureResult& m);
// When the latest is from: "Aug 2024", or "undated" where the source gives no date.
std::string latest_when(const MeasureResult& m);
// "previous 96 colleagues, Mar 2024"; empty without a reading before the latest.
std::string previous_phrase(const MeasureResult& m);

// "Concerning · special cause (outside the limits) · Hit and miss"; on a run
// chart "Too few points for limits (8 of 12)"; empty before the first reading.
std::string spc_verdict(const MeasureResult& m);
// "mean 41.5 days, limits 36.4 to 46.6 from 12 points"; empty on a run chart.
std::string spc_limits_phrase(const MeasureResult& m);

}  // namespace wres
