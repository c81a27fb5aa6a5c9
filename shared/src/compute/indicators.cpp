#include "wres/compute/indicators.hpp"

#include "wres/compute/comparators.hpp"
#include "wres/compute/disclosure.hpp"
#include "wres/compute/indicator_judgement.hpp"
#include "wres/compute/observation.hpp"
#include "wres/compute/representation.hpp"

namespace wres {

namespace {

double pct(long long part, long long whole) { return 100.0 * static_cast<double>(part) / static_cast<double>(whole); }

struct YearObservation {
  const YearData* year;
  Observation obs;
};

std::optional<BoardShare> share(std::optional<long long> bme, std::optional<long long> white,
                                std::optional<double> workforce_pct) {
  if (!bme || !white || *bme + *white == 0) return std::nullopt;
  BoardShare s;
  s.pct = pct(*bme, *bme + *white);
  if (workforce_pct) s.diff_pts = s.pct - *workforce_pct, s.has_diff = true;
  return s;
}

std::optional<double> workforce_pct(const YearData& y) {
  if (auto o = observe(y, IndicatorKey::workforce)) return o->value;
  return std::nullopt;
}

// 9: the voting (or all-member) share against the workforce share, and the executive.
void judge_board(IndicatorResult& r, const YearData& y, const Rules& rules) {
  auto wf = workforce_pct(y);
  if (wf) r.gap_pts = r.value - *wf;
  if (y.board) {
    const auto& b = *y.board;
    r.board_all = share(b.bme, b.white, wf);
    r.board_voting = share(b.voting_bme, b.voting_white, wf);
    r.board_exec = share(b.exec_bme, b.exec_white, wf);
    if (r.board_exec) {
      r.exec_pct = r.board_exec->pct;
      if (wf) r.exec_gap_pts = r.board_exec->diff_pts;
    }
  }
  auto rag = board_rag(r.gap_pts, r.basis, r.year, rules);
  r.rag = rag.rag, r.rag_reason = rag.reason;
}

void judge_kind(IndicatorResult& r, const Observation& now, const YearData& y, const Board& board) {
  const IndicatorInfo& i = info(r.key);
  const Rules& rules = board.rules;
  switch (i.kind) {
    case IndicatorKind::ratio: {
      if (now.log_ratio) r.ci = ratio_interval(*now.log_ratio, z_for_confidence(rules.confidence));
      r.small_numbers = small_numbers(now.value, r.ci, rules);
      r.favours = favours(now.value, r.ci);
      auto rag = ratio_rag(now.value, r.ci, rules, board.term);
      r.rag = rag.rag, r.rag_reason = rag.reason;
      break;
    }
    case IndicatorKind::survey: {
      r.white = now.white;
      r.bme_n = now.bme_n, r.white_n = now.white_n;
      r.gap = adverse_gap(now.value, *now.white, i.direction);
      auto rag = survey_rag(*r.gap, rules);
      r.rag = rag.rag, r.rag_reason = rag.reason;
      r.vs_parity = compare(r.key, now.value, *now.white);
      break;
    }
    case IndicatorKind::representation: {
      if (r.key == IndicatorKey::board) {
        judge_board(r, y, rules);
        break;
      }
      r.reference = board.local_population_bme_pct;
      auto rag = representation_rag(now.value, r.reference, rules);
      r.rag = rag.rag, r.rag_reason = rag.reason;
      if (r.reference) r.vs_parity = compare(r.key, now.value, *r.reference);
      break;
    }
  }
}

// Every year's figure; indicator 3 pooled over two years where the rules ask
// and the year before has counts.
std::vector<YearObservation> observations(const Board& board, const std::vector<YearData>& years, IndicatorKey key) {
  std::vector<YearObservation> out;
  const YearData* before = nullptr;
  for (const auto& y : years) {
    std::optional<Observation> o;
    if (key == IndicatorKey::disciplinary && board.rules.disciplinary_rolling_years == 2 && before &&
        before->wres_year == y.wres_year - 1)
      o = observe_disciplinary_pooled(y, *before);
    if (!o) o = observe(y, key);
    if (o) out.push_back({&y, *o});
    before = &y;
  }
  // 3 pooled over two years: a one-year figure from counts is another quantity,
  // and comparing the two could show a change that never happened.
  if (key == IndicatorKey::disciplinary && board.rules.disciplinary_rolling_years == 2)
    std::erase_if(out,
                  [](const YearObservation& o) { return o.obs.source == Source::counts && o.obs.rolling_years == 1; });
  // 9: one quantity per series; a year of all-member figures is not compared with voting ones.
  if (key == IndicatorKey::board && !out.empty()) {
    std::string basis = out.back().obs.basis;
    std::erase_if(out, [&](const YearObservation& o) { return o.obs.basis != basis; });
  }
  return out;
}

void add_previous(IndicatorResult& r, const Observation& now, const Observation& before, double confidence) {
  r.previous = before.value, r.previous_year = before.year, r.delta = now.value - before.value;
  auto t = judge_trend(r.key, now, before, confidence);
  r.trend = t.trend, r.significant = t.significant;
  if (now.people && before.people) r.delta_people = *now.people - *before.people;
}

// What each year's figure is made from, for disclosure control.
std::vector<FigureBasis> basis_of(const std::vector<YearObservation>& obs) {
  std::vector<FigureBasis> out;
  for (const auto& o : obs) out.push_back({o.obs.bme_n, o.obs.white_n, o.obs.counts, o.obs.counted});
  return out;
}

std::optional<IndicatorResult> compute_one(const Board& board, const std::vector<YearData>& years, IndicatorKey key,
                                           const PrivacySettings* privacy) {
  auto obs = observations(board, years, key);
  if (obs.empty()) return std::nullopt;
  const YearData* year = obs.back().year;
  const Observation& now = obs.back().obs;
  IndicatorResult r;
  r.key = key;
  r.year = now.year;
  r.as_at = now.as_at;
  r.source = std::string(to_string(now.source));
  r.value = now.value;
  r.basis = now.basis;
  r.rolling_years = now.rolling_years;
  for (const auto& o : obs) {
    HistoryPoint h;
    h.year = o.obs.year, h.value = o.obs.value, h.white = o.obs.white;
    r.history.push_back(h);
  }
  if (obs.size() >= 2) add_previous(r, now, obs[obs.size() - 2].obs, board.rules.confidence);
  judge_kind(r, now, *year, board);
  add_comparators(r, years, obs.size() >= 2 ? obs[obs.size() - 2].year : nullptr, *year);
  if (key == IndicatorKey::workforce) add_bands(r, *year);
  if (privacy) withhold_indicator(r, basis_of(obs), *privacy);
  return r;
}

}  // namespace

std::vector<IndicatorResult> compute_indicators(const Board& board, const std::vector<YearData>& years,
                                                const PrivacySettings* privacy) {
  std::vector<IndicatorResult> out;
  for (const auto& i : all_indicators())
    if (auto r = compute_one(board, years, i.key, privacy)) out.push_back(std::move(*r));
  return out;
}

}  // namespace wres
