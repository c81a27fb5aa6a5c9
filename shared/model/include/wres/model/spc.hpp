#pragma once
// A measure's monthly readings as an XmR chart (DESIGN 9, NHS England's
// "Making Data Count"): what the wall draws and the two verdicts it says.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "wres/model/date.hpp"

namespace wres {

// The rule that made a point special cause; `none` for common cause. A point
// caught by several is named for the first in this order.
enum class SpcRule { none, outside_limits, run, trend, two_of_three };
// Which way a special-cause point lies against the measure's better direction.
enum class SpcCause { common, improvement, concern, neither };
// The latest point's variation; `high`/`low` is the side of the mean it lies on.
enum class SpcVariation {
  common,
  improvement_high,
  improvement_low,
  concern_high,
  concern_low,
  neither_high,
  neither_low
};
// The target against the latest period's limits.
enum class SpcAssurance { pass, fail, hit_and_miss };

// [[measure]] spc = { baseline = 12, rebase = [2024-04-01], screen_outliers = false }
struct SpcOptions {
  std::optional<int> baseline;  // points of each period its limits come from; default all
  std::vector<Date> rebase;     // each starts a new period (a reading's date)
  bool screen_outliers = false;
  bool operator==(const SpcOptions&) const = default;
};

// Fewer points than this in a period: a run chart, no limits, no claim.
inline constexpr int kSpcMinPoints = 12;

struct SpcPoint {
  Date date;
  double value = 0;
  SpcCause cause = SpcCause::common;
  SpcRule rule = SpcRule::none;
};

// One period between rebases: its centre line and limits (none on a run chart).
struct SpcPeriod {
  Date from;
  int points = 0, baseline = 0;  // baseline: the points the mean and limits come from
  double mean = 0;
  std::optional<double> lower, upper;
};

struct SpcResult {
  // The latest period's, repeated for readers that draw one period.
  double mean = 0;
  std::optional<double> lower, upper;
  int baseline = 0;
  std::vector<SpcPeriod> periods;
  std::vector<SpcPoint> points;
  std::optional<SpcVariation> variation;  // absent on a run chart
  std::optional<SpcAssurance> assurance;  // absent without a target, limits or better direction
};

std::string_view to_string(SpcRule r);
std::string_view to_string(SpcCause c);
std::string_view to_string(SpcVariation v);
std::string_view to_string(SpcAssurance a);
std::optional<SpcRule> spc_rule_from_name(std::string_view name);
std::optional<SpcCause> spc_cause_from_name(std::string_view name);
std::optional<SpcVariation> spc_variation_from_name(std::string_view name);
std::optional<SpcAssurance> spc_assurance_from_name(std::string_view name);

// The verdicts in words, as the wall and wresctl say them.
std::string variation_words(SpcVariation v);  // "Improving · special cause", "Common cause · no significant change"
std::string_view variation_word(SpcVariation v);   // "improving", "concerning", "higher", "common cause"
std::string_view assurance_words(SpcAssurance a);  // "Hit and miss"
// The rule that caught a point, on the side it caught it: "7 in a row above the mean".
std::string_view rule_words(SpcRule r, bool high);
// Whether a special-cause variation is on the high side.
bool is_high(SpcVariation v);

}  // namespace wres
