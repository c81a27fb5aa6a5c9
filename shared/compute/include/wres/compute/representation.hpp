#pragma once
// Indicator 1 by pay band (DESIGN 7.3): each band's BME share against the
// organisation's overall share, clinical and non-clinical apart, and bands
// 8A-9 together (the figure WRES reports headline).
#include "wres/model/board.hpp"
#include "wres/model/snapshot.hpp"

namespace wres {

// One part of the workforce (a band, a WDES cluster): the focus group's
// share of its `total`, against the `overall` share.
BandShare share_of(std::string band, BandGroup group, long long focus, long long total, double overall);

// r.value must be the year's overall workforce %. Fills r.bands and r.senior.
void add_bands(IndicatorResult& r, const YearData& year);

}  // namespace wres
