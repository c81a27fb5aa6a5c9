#pragma once
// Disclosure control (DESIGN 7.7): what a wall in a public corridor may show.
// Applied while the snapshot is built, so that what is withheld never leaves
// the daemon; `wresctl snapshot --unredacted` alone skips it.
#include <map>

#include "wres/model/board.hpp"
#include "wres/model/snapshot.hpp"

namespace wres {

// The board's indicator years with the survey figures (5-8, and the survey
// comparators) of every year whose survey_published is after `today` taken
// out; `embargoes` gets, per survey indicator, the first such year.
std::vector<YearData> years_before_embargo(const Board& board, Date today, std::map<IndicatorKey, Embargo>& embargoes);

// A result for a survey indicator that has no published year yet: withheld, saying when.
IndicatorResult embargoed_only(IndicatorKey key, const Embargo& e);

// Counts of people below min_count in the snapshot: band headcounts and
// shares, targets, changes in people; with min_count_hides_ratios the shares
// and ratios made from them too (ratios from counts need the board's years).
void hide_small_counts(Snapshot& s, const std::vector<YearData>& years, const PrivacySettings& p);

}  // namespace wres
