#pragma once
// The WDES family's compute (DESIGN 8.2): its years observed metric by
// metric and judged by the one path every family shares.
#include <map>
#include <vector>

#include "wres/model/board.hpp"
#include "wres/model/snapshot.hpp"

namespace wres {

// One result per WDES metric that has data in any year, in the standard's
// order. With `privacy`, disclosure control withholds as for the WRES.
std::vector<IndicatorResult> compute_wdes(const Board& board, const std::vector<WdesYear>& years,
                                          const PrivacySettings* privacy);

// The board's WDES years with the survey figures (4a-9a and their
// comparators) of every year whose survey_published is after `today` taken
// out; `embargoes` gets, per survey metric, the first such year.
std::vector<WdesYear> wdes_years_before_embargo(const Board& board, Date today,
                                                std::map<const MetricSpec*, Embargo>& embargoes);

}  // namespace wres
