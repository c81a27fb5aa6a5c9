#pragma once
// Tracked measures: latest reading on or before as_of and progress to target.
#include "wres/model/board.hpp"
#include "wres/model/snapshot.hpp"

namespace wres {

// progress_pct: how far the latest reading has come from the first one towards
// the target, 0-100; 100 once the target is met.
MeasureResult evaluate_measure(const Measure& m, Date as_of);

}  // namespace wres
