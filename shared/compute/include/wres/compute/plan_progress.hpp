#pragma once
// Plan progress: counts per state (overdue counted on its own), percent
// complete, per theme and per linked indicator, and the lists the wall shows.
#include "wres/model/board.hpp"
#include "wres/model/snapshot.hpp"

namespace wres {

PlanSummary summarise_plan(const Plan& plan, Date as_of, const Rules& rules);
void count_into(StatusCounts& counts, Status status, bool overdue);
double percent_complete(const StatusCounts& counts);
// False when more than half the actions have no reported status: a percent
// complete would then say more than the plan does.
[[nodiscard]] bool mostly_reported(const StatusCounts& counts);

}  // namespace wres
