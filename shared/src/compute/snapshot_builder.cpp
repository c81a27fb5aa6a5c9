#include "wres/compute/snapshot_builder.hpp"

#include "wres/compute/indicators.hpp"
#include "wres/compute/measures.hpp"
#include "wres/compute/plan_progress.hpp"
#include "wres/compute/targets.hpp"

namespace wres {

Date effective_as_of(const Board& board, Date today) { return board.as_of.value_or(today); }

Snapshot build_snapshot(const Board& board, Date as_of) {
  Snapshot s;
  s.as_of = to_iso(as_of);
  s.organisation = board.organisation;
  s.title = board.title;
  s.local_population_bme_pct = board.local_population_bme_pct;
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
