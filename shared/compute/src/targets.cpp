#include "wres/compute/targets.hpp"

#include <algorithm>
#include <cmath>

#include "wres/compute/observation.hpp"

namespace wres {

namespace {

std::vector<Band> senior_bands(const YearData& y, BandGroup group) {
  auto rows = bands_in_group(y.bands, group);
  std::erase_if(rows, [](const Band& b) { return !is_senior_band(b.band); });
  return rows;
}

std::optional<double> base_share(const Board& board, const YearData& latest) {
  if (board.targets.base == TargetBase::population) return board.local_population_bme_pct;
  if (auto o = observe(latest, IndicatorKey::workforce)) return o->value;
  return std::nullopt;
}

std::vector<TrajectoryPoint> path(long long from, long long to, int from_year, int to_year) {
  std::vector<TrajectoryPoint> out;
  for (int y = from_year; y <= to_year; ++y) {
    double f = to_year == from_year ? 1.0 : static_cast<double>(y - from_year) / (to_year - from_year);
    out.push_back({y, std::llround(static_cast<double>(from) + static_cast<double>(to - from) * f)});
  }
  return out;
}

BandTarget band_target(const Band& b, double base_pct, const std::vector<Band>* baseline, int baseline_year,
                       int latest_year, int target_year) {
  BandTarget bt;
  bt.band = b.band;
  bt.current = b.bme;
  bt.total = b.bme + b.white + b.unknown;
  bt.target = std::llround(static_cast<double>(bt.total) * base_pct / 100.0);
  bt.needed = std::max(0LL, bt.target - bt.current);
  if (!baseline) return bt;
  auto then = std::find_if(baseline->begin(), baseline->end(), [&](const Band& x) { return x.band == b.band; });
  long long start = then == baseline->end() ? bt.current : then->bme;  // a band new since: starts now
  int start_year = then == baseline->end() ? latest_year : baseline_year;
  bt.trajectory = path(start, bt.target, start_year, target_year);
  for (const auto& p : bt.trajectory)
    if (p.year == latest_year) bt.on_path = bt.current >= p.target;
  return bt;
}

}  // namespace

std::optional<Targets> aspirational_targets(const Board& board) {
  const TargetSettings& s = board.targets;
  std::vector<const YearData*> with_bands;
  for (const auto& y : board.years)
    if (!senior_bands(y, s.group).empty()) with_bands.push_back(&y);
  if (with_bands.empty()) return std::nullopt;
  const YearData& latest = *with_bands.back();
  auto base = base_share(board, latest);
  if (!base) return std::nullopt;
  // A line only from the board's own baseline year (the loader checks it has bands).
  const YearData* first = nullptr;
  for (const YearData* y : with_bands)
    if (s.baseline_year && y->wres_year == *s.baseline_year) first = y;
  Targets t;
  t.year = latest.wres_year, t.group = s.group, t.base = s.base, t.base_pct = *base;
  if (first) t.baseline_year = first->wres_year;
  t.target_year = std::max(s.target_year, latest.wres_year);
  const auto baseline = first ? senior_bands(*first, s.group) : std::vector<Band>{};
  for (const auto& b : senior_bands(latest, s.group)) {
    t.bands.push_back(
        band_target(b, *base, first ? &baseline : nullptr, first ? first->wres_year : 0, t.year, t.target_year));
    t.needed += t.bands.back().needed;
  }
  return t;
}

}  // namespace wres
