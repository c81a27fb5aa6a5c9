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

// Every year's figure; indicator 3 pooled over two years where the rules ask
// and the year before has counts.
std::vector<Observation> observations(const Board& board, const std::vector<YearData>& years, IndicatorKey key) {
  const bool pooled = info(key).rolling && board.rules.disciplinary_rolling_years == 2;
  std::vector<Observation> out;
  out.reserve(years.size());
  const YearData* before = nullptr;
  for (const auto& y : years) {
    std::optional<Observation> o;
    if (pooled && before && before->wres_year == y.wres_year - 1) o = observe_disciplinary_pooled(y, *before);
    if (!o) o = observe(y, key);
    if (o) out.push_back(std::move(*o));
    before = &y;
  }
  keep_one_basis(out);
  return out;
}

// Beside a voting share (9): the all-member share of each earlier year and of this
// one, never compared with it (issue 29.5). A year made from fewer members than
// [privacy] min_count is left out, as this year's is when withheld.
std::vector<HistoryPoint> all_member_series(const std::vector<YearData>& years, const IndicatorResult& r,
                                            const PrivacySettings* privacy) {
  std::vector<HistoryPoint> out;
  if (r.basis != BoardBasis::voting || r.figure_withheld()) return out;
  const long long min = privacy ? privacy->min_count : 0;
  for (const auto& y : years) {
    if (y.wres_year >= r.year) break;
    auto o = observe(y, IndicatorKey::board);
    if (!o || o->basis != BoardBasis::all_members) continue;
    if (o->all_members && min > 0 && (o->all_members->focus < min || o->all_members->reference < min)) continue;
    out.push_back({y.wres_year, false, o->value, std::nullopt, std::nullopt});
  }
  if (r.board_all) out.push_back({r.year, false, r.board_all->pct, std::nullopt, std::nullopt});
  return out.size() >= 2 ? out : std::vector<HistoryPoint>{};
}

}  // namespace

std::vector<IndicatorResult> compute_indicators(const Board& board, const std::vector<YearData>& years,
                                                const PrivacySettings* privacy) {
  std::vector<IndicatorResult> out;
  for (const auto& m : wres_family().metrics) {
    const IndicatorKey key = *wres_key(m);
    auto series = observations(board, years, key);
    if (series.empty()) continue;
    const YearData* latest = find_year(years, series.back().year);
    if (m.kind == MetricKind::board_gap)  // held against the same year's workforce share: only the latest is judged
      if (auto w = observe(*latest, IndicatorKey::workforce)) series.back().workforce_pct = w->value;
    auto reference = m.kind == MetricKind::share ? board.local_population_bme_pct : std::nullopt;
    auto r = judge_series(m, series, board, privacy, reference);
    if (!r) continue;
    if (key == IndicatorKey::workforce && !r->figure_withheld()) add_bands(*r, *latest);
    if (m.kind == MetricKind::board_gap) r->all_member_history = all_member_series(years, *r, privacy);
    out.push_back(std::move(*r));
  }
  return out;
}

}  // namespace wres
