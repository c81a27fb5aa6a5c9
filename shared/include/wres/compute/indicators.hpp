#pragma once
// Indicators 1-9 for the latest year that has each, with history and judgements.
#include <vector>

#include "wres/model/board.hpp"
#include "wres/model/snapshot.hpp"

namespace wres {

// One result per indicator that has data in any year, in WRES order.
std::vector<IndicatorResult> compute_indicators(const Board& board);

}  // namespace wres
