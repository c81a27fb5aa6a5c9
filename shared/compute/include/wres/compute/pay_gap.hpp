#pragma once
// The pay gap family's compute (DESIGN 8.3): each report's mean and median
// gaps observed year by year and judged by the one path every family shares,
// with the focus group's share of each pay quartile.
#include <vector>

#include "wres/model/board.hpp"
#include "wres/model/snapshot.hpp"

namespace wres {

// (reference - focus) / reference x 100: positive when the focus group is paid less.
double pay_gap_pct(const HourlyPay& pay);

// One result per pay gap metric the board reports, in the family's order.
// With `privacy`, a gap of fewer than min_count staff in either group (as
// the quartiles count them) is withheld, and the quartiles together.
std::vector<IndicatorResult> compute_pay_gaps(const Board& board, const PrivacySettings* privacy);

}  // namespace wres
