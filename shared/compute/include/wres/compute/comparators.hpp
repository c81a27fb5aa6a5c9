#pragma once
// Comparators (DESIGN 7.4): each named and dated figure the latest year gives
// for a metric, judged against it; and "not yet available" for a comparator
// the year before had but this year lacks, so that last year's figure is
// never shown as this year's.
#include <vector>

#include "wres/compute/observation.hpp"
#include "wres/model/snapshot.hpp"

namespace wres {

// Fills r.comparators, r.history_comparator and each history point's
// comparator (only from comparators of that same year). `series` is the
// metric's figures year by year, r.history's years, the latest last; each
// carries its year's comparators.
void add_comparators(IndicatorResult& r, const std::vector<Observation>& series);

}  // namespace wres
