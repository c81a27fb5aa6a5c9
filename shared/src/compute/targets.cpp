#include "wres/compute/targets.hpp"

#include <algorithm>
#include <cmath>

namespace wres {

Targets band_targets(const std::vector<Band>& bands, double population_pct, int year) {
  Targets t;
  t.year = year;
  t.population_pct = population_pct;
  for (const auto& b : bands) {
    BandTarget bt;
    bt.band = b.band;
    bt.current = b.bme;
    bt.total = b.bme + b.white + b.unknown;
    bt.target = std::llround(static_cast<double>(bt.total) * population_pct / 100.0);
    bt.needed = std::max(0LL, bt.target - bt.current);
    t.needed += bt.needed;
    t.bands.push_back(std::move(bt));
  }
  return t;
}

std::optional<Targets> aspirational_targets(const Board& board) {
  if (!board.local_population_bme_pct) return std::nullopt;
  for (auto y = board.years.rbegin(); y != board.years.rend(); ++y)
    if (!y->bands.empty()) return band_targets(y->bands, *board.local_population_bme_pct, y->wres_year);
  return std::nullopt;
}

}  // namespace wres
