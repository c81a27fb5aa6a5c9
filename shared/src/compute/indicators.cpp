#include "wres/compute/indicators.hpp"

#include "wres/compute/indicator_judgement.hpp"
#include "wres/compute/observation.hpp"

namespace wres {

namespace {

double pct(long long part, long long whole) {
  return 100.0 * static_cast<double>(part) / static_cast<double>(whole);
}

std::optional<BoardShare> share(std::optional<long long> bme, std::optional<long long> white,
                                std::optional<double> workforce_pct) {
  if (!bme || !white || *bme + *white == 0) return std::nullopt;
  BoardShare s;
  s.pct = pct(*bme, *bme + *white);
  if (workforce_pct) s.diff_pts = s.pct - *workforce_pct, s.has_diff = true;
  return s;
}

void add_board_detail(IndicatorResult& r, const YearData& y) {
  if (!y.board) return;
  std::optional<double> wf;
  if (auto o = observe(y, IndicatorKey::workforce)) wf = o->value;
  const auto& b = *y.board;
  r.board_all = share(b.bme, b.white, wf);
  r.board_voting = share(b.voting_bme, b.voting_white, wf);
  r.board_exec = share(b.exec_bme, b.exec_white, wf);
}

void add_bands(IndicatorResult& r, const YearData& y) {
  for (const auto& band : y.bands) {
    long long total = band.bme + band.white + band.unknown;
    r.bands.push_back({band.band, band.bme, total, total ? pct(band.bme, total) : 0.0});
  }
}

void judge_kind(IndicatorResult& r, const Observation& now, const Board& board) {
  const IndicatorInfo& i = info(r.key);
  const Rules& rules = board.rules;
  switch (i.kind) {
    case IndicatorKind::ratio: {
      if (now.log_ratio) r.ci = ratio_interval(*now.log_ratio, z_for_confidence(rules.confidence));
      r.small_numbers = small_numbers(now.value, r.ci, rules);
      bool sig_worse = r.significant.value_or(false) && r.trend == Trend::worse;
      auto rag = ratio_rag(now.value, r.small_numbers, sig_worse, rules);
      r.rag = rag.rag, r.rag_reason = rag.reason;
      r.vs_parity = compare(now.value, 1.0, i.direction);
      break;
    }
    case IndicatorKind::survey: {
      r.white = now.white;
      r.bme_n = now.bme_n, r.white_n = now.white_n;
      r.gap = adverse_gap(now.value, *now.white, i.direction);
      auto rag = survey_rag(*r.gap, rules);
      r.rag = rag.rag, r.rag_reason = rag.reason;
      r.vs_parity = compare(now.value, *now.white, i.direction);
      break;
    }
    case IndicatorKind::representation: {
      r.reference = board.local_population_bme_pct;
      auto rag = representation_rag(now.value, r.reference, rules);
      r.rag = rag.rag, r.rag_reason = rag.reason;
      if (r.reference) r.vs_parity = compare(now.value, *r.reference, i.direction);
      break;
    }
  }
}

std::optional<IndicatorResult> compute_one(const Board& board, IndicatorKey key) {
  std::vector<std::pair<const YearData*, Observation>> obs;
  for (const auto& y : board.years)
    if (auto o = observe(y, key)) obs.emplace_back(&y, *o);
  if (obs.empty()) return std::nullopt;
  const IndicatorInfo& i = info(key);
  const auto& [year, now] = obs.back();
  IndicatorResult r;
  r.key = key;
  r.year = now.year;
  r.source = std::string(to_string(now.source));
  r.value = now.value;
  for (const auto& [y, o] : obs) r.history.push_back({o.year, o.value, o.white, o.national});
  if (obs.size() >= 2) {
    const Observation& before = obs[obs.size() - 2].second;
    r.previous = before.value, r.previous_year = before.year, r.delta = now.value - before.value;
    auto t = judge_trend(now, before, i.direction, board.rules.confidence);
    r.trend = t.trend, r.significant = t.significant;
  }
  if (now.national) r.national = now.national, r.vs_national = compare(now.value, *now.national, i.direction);
  judge_kind(r, now, board);
  if (key == IndicatorKey::board) add_board_detail(r, *year);
  if (key == IndicatorKey::workforce) add_bands(r, *year);
  return r;
}

}  // namespace

std::vector<IndicatorResult> compute_indicators(const Board& board) {
  std::vector<IndicatorResult> out;
  for (const auto& i : all_indicators())
    if (auto r = compute_one(board, i.key)) out.push_back(std::move(*r));
  return out;
}

}  // namespace wres
