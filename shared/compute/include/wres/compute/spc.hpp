#pragma once
// XmR charts (DESIGN 9): limits from the mean and average moving range of each
// period's baseline, and the four special-cause rules of NHS England's Making
// Data Count, each a small function over one period so that tests can hold
// them against NHSRplotthedots' own vectors.
#include <optional>
#include <vector>

#include "wres/model/board.hpp"
#include "wres/model/spc.hpp"

namespace wres {

namespace spc {
// Per point: +1 above the mean (or beyond the upper near-limit line), -1
// below, 0 on it. The rules return, per point, the side (+1/-1) of the run
// that caught it, or 0.
std::vector<int> run_flags(const std::vector<int>& side);           // 7+ on one side; 0 breaks a run
std::vector<int> trend_flags(const std::vector<double>& values);    // 7+ points each higher (+1) or lower (-1)
std::vector<int> two_of_three_flags(const std::vector<int>& near);  // 2 of 3 beyond a near-limit line, same side

struct Limits {
  double mean = 0, amr = 0;
  double lower() const { return mean - 2.66 * amr; }
  double upper() const { return mean + 2.66 * amr; }
  double near_lower() const { return mean - 2.66 * amr * 2 / 3; }
  double near_upper() const { return mean + 2.66 * amr * 2 / 3; }
};
// The first `baseline` values' mean and average moving range; moving ranges
// above 3.267 times the average are left out first when `screen_outliers`.
Limits limits_of(const std::vector<double>& values, std::size_t baseline, bool screen_outliers);
// The target against the limits (Making Data Count's assurance); none without
// a target or a better direction.
std::optional<SpcAssurance> assurance(double lower, double upper, Direction d, std::optional<double> target);
}  // namespace spc

// The whole chart of a measure's readings (already cut at as_of, in date order).
// A period of fewer than kSpcMinPoints readings is a run chart: mean only, no claim.
SpcResult compute_spc(const std::vector<Reading>& readings, const SpcOptions& options, Direction direction,
                      std::optional<double> target);

}  // namespace wres
