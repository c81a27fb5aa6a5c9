#pragma once
// The WRES aspirational target: BME headcount per senior band if the band
// matched the local population share.
#include <optional>
#include <vector>

#include "wres/model/board.hpp"
#include "wres/model/snapshot.hpp"

namespace wres {

// target = round(band total x population %), needed = max(0, target - current).
Targets band_targets(const std::vector<Band>& bands, double population_pct, int year);
// For the latest year with bands, when the board gives a local population share.
std::optional<Targets> aspirational_targets(const Board& board);

}  // namespace wres
