#pragma once
// Plan progress: counts per state (overdue counted on its own), percent
// complete, per theme and per linked indicator, and the lists the wall shows.
#include "wres/model/board.hpp"
#include "wres/model/snapshot.hpp"

namespace wres {

PlanSummary summarise_plan(const Plan& plan, Date as_of, const Rules& rules);
void count_into(StateCounts& counts, State state, bool overdue);
double percent_complete(const StateCounts& counts);

}  // namespace wres
