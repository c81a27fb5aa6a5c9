#include "wres/compute/snapshot_builder.hpp"

#include "wres/compute/indicators.hpp"
#include "wres/compute/measures.hpp"
#include "wres/compute/plan_progress.hpp"
#include "wres/compute/targets.hpp"

namespace wres {

Date effective_as_of(const Board& board, Date today) { return board.as_of.value_or(today); }

bool wres_data_overdue(Date as_of, Date as_at) {
  int months = as_at.month - 1 + kReportingCycleMonths;
  int year = as_at.year + months / 12, month = months % 12 + 1;
  Date limit = end_of_month(year, month);
  if (as_at.day < limit.day) limit.day = as_at.day;  // 31 March + 17 months = 31 August
  return as_of > limit;
}

Snapshot build_snapshot(const Board& board, Date as_of) {
  Snapshot s;
  s.as_of = to_iso(as_of);
  s.organisation = board.organisation;
  s.title = board.title;
  s.local_population_bme_pct = board.local_population_bme_pct;
  s.term = board.term;
  for (const auto& y : board.years)
    if (!s.data_as_at || y.as_at > *s.data_as_at) s.data_as_at = y.as_at;
  s.data_overdue = s.data_as_at && wres_data_overdue(as_of, *s.data_as_at);
  s.display = board.display;
  s.rules = board.rules;
  s.indicators = compute_indicators(board);
  s.targets = aspirational_targets(board);
  s.plans.reserve(board.plans.size());
  for (const auto& p : board.plans) s.plans.push_back(summarise_plan(p, as_of, board.rules));
  for (const auto& m : board.measures) s.measures.push_back(evaluate_measure(m, as_of));
  return s;
}

}  // namespace wres
