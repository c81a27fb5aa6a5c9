#pragma once
// [[pay_gap]]: one pay gap report (ethnicity, disability or sex) for one
// snapshot date, as the admins wrote it (DESIGN 8.3), after validation. This
// is the pay gap family's reader's model.
#include <optional>
#include <string>
#include <vector>

#include "wres/model/date.hpp"
#include "wres/model/diagnostic.hpp"

namespace wres {

struct HourlyPay {  // average hourly pay of each group, in pounds
  double focus = 0, reference = 0;
};

struct PayQuartile {  // people of each group in one quarter of the pay range
  int quartile = 1;   // 1 = lowest paid .. 4
  long long focus = 0, reference = 0;
};

struct PayGapReport {
  std::string kind;  // "ethnicity" | "disability" | "sex": its metrics are "<kind>.mean" and "<kind>.median"
  int year = 0;
  Date as_at;  // default 31 March of year, the public sector's snapshot date
  SourceLoc where;
  std::string focus, reference;  // the groups' words as the board gives them; empty: the family's
  std::optional<HourlyPay> mean, median;
  std::optional<double> published_mean_pct, published_median_pct;  // when only the gaps are published
  std::vector<PayQuartile> quartiles;                              // all four, lowest first, or none
  std::optional<double> declared_pct;                              // staff whose ethnicity / disability is recorded
};

}  // namespace wres
