#pragma once
// A measure's figures and its chart's verdicts in words: one home for the
// wall, wresctl and the accessible twin.
#include <string>

#include "wres/model/snapshot.hpp"

namespace wres {

std::string number_text(double v);                         // as the board gives it, two decimals at most: 0.78, 60
std::string with_unit(double v, const std::string& unit);  // "0.78%", "60 staff"

// "Concerning · special cause (outside the limits) · Hit and miss"; on a run
// chart "Too few points for limits (8 of 12)"; empty before the first reading.
std::string spc_verdict(const MeasureResult& m);
// "mean 41.5 days, limits 36.4 to 46.6 from 12 points"; empty on a run chart.
std::string spc_limits_phrase(const MeasureResult& m);

}  // namespace wres
