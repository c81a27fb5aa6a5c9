#pragma once
// Comparators (DESIGN 7.4): each named and dated figure the latest year gives
// for an indicator, judged against it; and "not yet available" for a
// comparator the year before had but this year lacks, so that last year's
// figure is never shown as this year's.
#include "wres/model/board.hpp"
#include "wres/model/snapshot.hpp"

namespace wres {

// Fills r.comparators, r.history_comparator and each history point's
// comparator (only from comparators of that same year). `previous` may be null.
void add_comparators(IndicatorResult& r, const std::vector<YearData>& years, const YearData* previous,
                     const YearData& latest);

}  // namespace wres
