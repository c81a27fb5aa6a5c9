#pragma once
// The one judgement path (DESIGN 8.1): a metric of any family, given its
// figures year by year as the family's reader observed them, judged by its
// kind: value, history, trend and noise, RAG with its reason, comparators and
// disclosure control. What is special to a family (WRES 1's bands, WDES 1's
// clusters) is added by that family's compute after this.
#include <optional>
#include <vector>

#include "wres/compute/observation.hpp"
#include "wres/model/board.hpp"
#include "wres/model/snapshot.hpp"

namespace wres {

// `series`: the metric's observations, oldest first, the latest being the
// year shown; empty gives nullopt. `reference_share`: a share metric's
// reference (the WRES's local population %), when the family has one.
// With `privacy`, what disclosure control withholds is withheld.
[[nodiscard]] std::optional<IndicatorResult> judge_series(const MetricSpec& m, const std::vector<Observation>& series,
                                                          const Board& board, const PrivacySettings* privacy,
                                                          std::optional<double> reference_share = std::nullopt);

}  // namespace wres
