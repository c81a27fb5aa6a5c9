#pragma once
// Indicators 1-9 for the latest year that has each, with history and judgements.
#include <vector>

#include "wres/model/board.hpp"
#include "wres/model/snapshot.hpp"

namespace wres {

// One result per indicator that has data in any year, in WRES order, from
// `years` (the board's, or fewer: see disclosure.hpp). With `privacy`, what
// disclosure control withholds year by year is withheld (withhold_indicator);
// without it (wresctl --unredacted) all is given.
std::vector<IndicatorResult> compute_indicators(const Board& board, const std::vector<YearData>& years,
                                                const PrivacySettings* privacy);
inline std::vector<IndicatorResult> compute_indicators(const Board& board) {
  return compute_indicators(board, board.years, nullptr);
}

}  // namespace wres
