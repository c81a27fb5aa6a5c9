// The WRES family's compute: its years observed indicator by indicator
// (compute/observation.cpp is its reader's side), each series judged by the
// one path every family shares (compute/series_judgement.cpp), and
// indicator 1's bands added.
#include "wres/compute/indicators.hpp"

#include "wres/compute/observation.hpp"
#include "wres/compute/representation.hpp"
#include "wres/compute/series_judgement.hpp"

namespace wres {

namespace {

struct YearObservation {
  const YearData* year;
  Observation obs;
};

// Every year's figure; indicator 3 pooled over two years where the rules ask
// and the year before has counts.
std::vector<YearObservation> observations(const Board& board, const std::vector<YearData>& years, IndicatorKey key) {
  const bool pooled = info(key).rolling && board.rules.disciplinary_rolling_years == 2;
  std::vector<YearObservation> out;
  const YearData* before = nullptr;
  for (const auto& y : years) {
    std::optional<Observation> o;
    if (pooled && before && before->wres_year == y.wres_year - 1) o = observe_disciplinary_pooled(y, *before);
    if (!o) o = observe(y, key);
    if (o) out.push_back({&y, *o});
    before = &y;
  }
  // Pooled over two years: a one-year figure from counts is another quantity,
  // and comparing the two could show a change that never happened.
  if (pooled)
    std::erase_if(out,
                  [](const YearObservation& o) { return o.obs.source == Source::counts && o.obs.rolling_years == 1; });
  // A board gap: one quantity per series; a year of all-member figures is not compared with voting ones.
  if (info(key).kind == MetricKind::board_gap && !out.empty()) {
    std::string basis = out.back().obs.basis;
    std::erase_if(out, [&](const YearObservation& o) { return o.obs.basis != basis; });
  }
  return out;
}

}  // namespace

std::vector<IndicatorResult> compute_indicators(const Board& board, const std::vector<YearData>& years,
                                                const PrivacySettings* privacy) {
  std::vector<IndicatorResult> out;
  for (const auto& m : wres_family().metrics) {
    const IndicatorKey key = *wres_key(m);
    auto obs = observations(board, years, key);
    std::vector<Observation> series;
    for (const auto& o : obs) series.push_back(o.obs);
    auto reference = m.kind == MetricKind::share ? board.local_population_bme_pct : std::nullopt;
    auto r = judge_series(m, series, board, privacy, reference);
    if (!r) continue;
    if (key == IndicatorKey::workforce && !r->figure_withheld()) add_bands(*r, *obs.back().year);
    out.push_back(std::move(*r));
  }
  return out;
}

}  // namespace wres
