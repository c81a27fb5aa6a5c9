#pragma once
// The WRES aspirational target (DESIGN 7.3): BME headcount per band 8A and
// above if the band matched a base share (the organisation's own workforce,
// as the Model Employer goal asks, or the local population), and a straight
// path to it from a baseline year.
#include <optional>

#include "wres/model/board.hpp"
#include "wres/model/snapshot.hpp"

namespace wres {

// target = round(band total x base %), needed = max(0, target - current);
// the path runs from the baseline year's headcount to the target in
// target_year, in whole people; on_path when current reaches the path's
// figure for the latest year. nullopt when the board has no senior bands for
// the group, or no base figure.
[[nodiscard]] std::optional<Targets> aspirational_targets(const Board& board);

}  // namespace wres
