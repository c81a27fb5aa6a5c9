#include "wres/compute/disclosure.hpp"

#include <algorithm>

#include "wres/compute/observation.hpp"
#include "wres/model/wording.hpp"

namespace wres {

namespace {

bool embargoed(const YearData& y, Date today) { return y.survey_published && today < *y.survey_published; }

void drop_surveys(YearData& y) {
  y.hba_public.reset(), y.hba_staff.reset(), y.equal_opps.reset(), y.discrimination.reset();
  // National survey results come out on the same day as the trust's.
  for (auto& c : y.comparators)
    std::erase_if(c.values, [](const auto& kv) {
      for (const auto& i : all_indicators())
        if (i.kind == IndicatorKind::survey && kv.first.rfind(std::string(i.name) + "_", 0) == 0) return true;
      return false;
    });
}

std::string fewer_than(int n, const char* what) { return "fewer than " + std::to_string(n) + " " + what; }

bool small(long long v, const PrivacySettings& p) { return p.min_count > 0 && v < p.min_count; }

// The counts a ratio or a share of indicators 2-4 and 9 is made from, for min_count_hides_ratios.
std::vector<long long> counts_behind(const IndicatorResult& r, const YearData& y) {
  switch (r.key) {
    case IndicatorKey::recruitment:
      if (y.recruitment) return {y.recruitment->bme_appointed, y.recruitment->white_appointed};
      break;
    case IndicatorKey::disciplinary:
      if (y.disciplinary) return {y.disciplinary->bme_cases, y.disciplinary->white_cases};
      break;
    case IndicatorKey::training:
      if (y.training) return {y.training->bme_accessed, y.training->white_accessed};
      break;
    case IndicatorKey::board:
      if (y.board)
        return {y.board->bme, y.board->voting_bme.value_or(y.board->bme), y.board->exec_bme.value_or(y.board->bme)};
      break;
    default: break;
  }
  return {};
}

void withhold(IndicatorResult& r, std::string why) {
  IndicatorResult w;
  w.key = r.key, w.year = r.year, w.as_at = r.as_at, w.source = r.source;
  w.suppressed = true, w.withheld = std::move(why), w.trend_withheld = true;
  w.rag_reason = "withheld: " + w.withheld;
  for (const auto& c : r.comparators) w.comparators.push_back({c.label, c.year, c.value, c.white, std::nullopt});
  r = std::move(w);
}

void hide_band(BandShare& b, const PrivacySettings& p) {
  b.bme_hidden = small(b.bme, p), b.total_hidden = small(b.total, p);
  b.pct_hidden = p.min_count_hides_ratios && (b.bme_hidden || b.total_hidden);
  if (b.bme_hidden) b.bme = 0;
  if (b.total_hidden) b.total = 0;
  if (b.pct_hidden) b.bme_pct = 0, b.vs_overall_pts = 0;
}

void hide_targets(Targets& t, const PrivacySettings& p) {
  for (auto& b : t.bands) {
    if (!small(b.current, p) && !small(b.total, p)) continue;
    b.hidden = true, t.needed_hidden = true;
    b.current = 0, b.needed = 0, b.trajectory.clear(), b.on_path = true;
    if (small(b.total, p)) b.total = 0, b.target = 0;  // the target would give the headcount away
  }
  if (t.needed_hidden) t.needed = 0;
}

}  // namespace

std::vector<YearData> years_before_embargo(const Board& board, Date today, std::map<IndicatorKey, Embargo>& embargoes) {
  std::vector<YearData> years = board.years;
  for (auto& y : years) {
    if (!embargoed(y, today)) continue;
    for (const auto& i : all_indicators()) {
      if (i.kind != IndicatorKind::survey) continue;
      if (survey_of(y, i.key) && !embargoes.count(i.key)) embargoes[i.key] = Embargo{y.wres_year, *y.survey_published};
    }
    drop_surveys(y);
  }
  return years;
}

IndicatorResult embargoed_only(IndicatorKey key, const Embargo& e) {
  IndicatorResult r;
  r.key = key, r.year = e.year, r.source = "survey";
  r.suppressed = true, r.trend_withheld = true, r.embargo = e;
  r.withheld = embargo_text(e);
  r.rag_reason = "withheld: " + r.withheld;
  return r;
}

namespace {
// The small counts an indicator shows beside its figure.
void hide_counts(IndicatorResult& r, const PrivacySettings& p) {
  if (r.delta_people && small(std::llabs(*r.delta_people), p)) r.delta_people.reset();
  if (r.bme_n && small(*r.bme_n, p)) r.bme_n.reset();
  if (r.white_n && small(*r.white_n, p)) r.white_n.reset();
  for (auto& b : r.bands) hide_band(b, p);
  if (r.senior) hide_band(*r.senior, p);
}

// A figure worked out from small counts ([privacy] min_count_hides_ratios).
void withhold_if_from_small_counts(IndicatorResult& r, const std::vector<YearData>& years, const PrivacySettings& p) {
  if (r.suppressed || !p.min_count_hides_ratios || r.source != "counts") return;
  const YearData* y = find_year(years, r.year);
  if (!y) return;
  auto counts = counts_behind(r, *y);
  if (std::any_of(counts.begin(), counts.end(), [&](long long c) { return small(c, p); }))
    withhold(r, fewer_than(p.min_count, r.key == IndicatorKey::board ? "members" : "people"));
}
}  // namespace

void hide_small_counts(Snapshot& s, const std::vector<YearData>& years, const PrivacySettings& p) {
  if (p.min_count <= 0) return;
  for (auto& r : s.indicators) {
    hide_counts(r, p);
    withhold_if_from_small_counts(r, years, p);
  }
  if (s.targets) hide_targets(*s.targets, p);
}

}  // namespace wres
