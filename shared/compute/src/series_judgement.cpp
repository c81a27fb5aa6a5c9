#include "wres/compute/series_judgement.hpp"

#include "wres/compute/comparators.hpp"
#include "wres/compute/disclosure.hpp"
#include "wres/compute/indicator_judgement.hpp"

namespace wres {

namespace {

std::optional<BoardShare> share(const std::optional<Observation::Members>& m, std::optional<double> workforce_pct) {
  if (!m || m->focus + m->reference == 0) return std::nullopt;
  BoardShare s;
  s.pct = percent(m->focus, m->focus + m->reference);
  if (workforce_pct) s.diff_pts = s.pct - *workforce_pct, s.has_diff = true;
  return s;
}

// A board gap: the voting (or all-member) share against the workforce share, and the executive.
void judge_board(IndicatorResult& r, const Observation& now, const Rules& rules) {
  auto wf = now.workforce_pct;
  if (wf) r.gap_pts = r.value - *wf;
  r.board_all = share(now.all_members, wf);
  r.board_voting = share(now.voting, wf);
  r.board_exec = share(now.exec, wf);
  if (r.board_exec) {
    r.exec_pct = r.board_exec->pct;
    if (wf) r.exec_gap_pts = r.board_exec->diff_pts;
  }
  auto rag = board_rag(r.gap_pts, r.basis, r.year, rules);
  r.rag = rag.rag, r.rag_reason = rag.reason;
}

void judge_kind(IndicatorResult& r, const Observation& now, const Board& board, std::optional<double> reference_share) {
  const MetricSpec& m = r.spec();
  const Rules& rules = board.rules;
  const FamilySpec& f = r.family();
  switch (m.kind) {
    case MetricKind::ratio: {
      if (now.log_ratio) r.ci = ratio_interval(*now.log_ratio, z_for_confidence(rules.confidence));
      r.small_numbers = small_numbers(now.value, r.ci, rules);
      r.favours = favours(now.value, r.ci);
      auto rag = ratio_rag(now.value, r.ci, rules, std::string(focus_word(f, board.term)));
      r.rag = rag.rag, r.rag_reason = rag.reason;
      break;
    }
    case MetricKind::survey_gap: {
      r.ref_pct = now.ref_pct;
      r.focus_n = now.focus_n, r.ref_n = now.ref_n;
      r.gap = adverse_gap(now.value, *now.ref_pct, m.direction);
      r.gap_significant = survey_gap_significant(now.value, now.focus_n, *now.ref_pct, now.ref_n, rules.confidence);
      auto rag = survey_rag(*r.gap, rules, std::string(f.reference), r.gap_significant);
      r.rag = rag.rag, r.rag_reason = rag.reason;
      r.vs_parity = compare(m, now.value, *now.ref_pct);
      break;
    }
    case MetricKind::board_gap: judge_board(r, now, rules); break;
    case MetricKind::share: {
      if (f.share_reference.empty()) {  // no reference share: words only (WDES 1)
        r.rag_reason = "not rated: no national reference for this share";
        break;
      }
      r.reference_share = reference_share;
      auto rag = representation_rag(now.value, r.reference_share, rules);
      r.rag = rag.rag, r.rag_reason = rag.reason;
      if (r.reference_share) r.vs_parity = compare(m, now.value, *r.reference_share);
      break;
    }
    case MetricKind::score: {
      r.ref_pct = now.ref_pct;
      if (now.ref_pct) r.gap = adverse_gap(now.value, *now.ref_pct, m.direction);
      auto rag = score_rag(r.gap, rules, reference_of(r));
      r.rag = rag.rag, r.rag_reason = rag.reason;
      break;
    }
    case MetricKind::single_group:
      r.focus_n = now.focus_n;
      r.rag_reason = "not rated: asked of " + std::string(focus_word(f, board.term)) + " staff only";
      break;
    case MetricKind::yes_no: r.rag_reason = "not rated: a yes or no"; break;
    case MetricKind::pay_gap: {
      r.pay = now.pay;
      auto rag =
          pay_gap_rag(now.value, rules, group_people(focus_of(r, board.term), m), group_people(reference_of(r), m));
      r.rag = rag.rag, r.rag_reason = rag.reason;
      break;
    }
  }
}

void add_previous(IndicatorResult& r, const Observation& now, const Observation& before, double confidence) {
  r.previous = before.value, r.previous_year = before.year;
  auto t = judge_trend(r.spec(), now, before, confidence);
  r.trend = t.trend, r.significant = t.significant;
  if (t.trend != Trend::not_compared) r.delta = now.value - before.value;  // no ratio points from 0.00
  if (now.people && before.people) r.delta_people = *now.people - *before.people;
}

// What each year's figure is made from, for disclosure control.
std::vector<FigureBasis> basis_of(const std::vector<Observation>& series) {
  std::vector<FigureBasis> out;
  for (const auto& o : series) out.push_back({o.focus_n, o.ref_n, o.counts, o.counted});
  return out;
}

}  // namespace

std::optional<IndicatorResult> judge_series(const MetricSpec& m, const std::vector<Observation>& series,
                                            const Board& board, const PrivacySettings* privacy,
                                            std::optional<double> reference_share) {
  if (series.empty()) return std::nullopt;
  const Observation& now = series.back();
  IndicatorResult r;
  r.metric = &m;
  r.year = now.year;
  r.as_at = now.as_at;
  r.survey_year = now.survey_year;
  r.source = now.source;
  r.value = now.value;
  r.basis = now.basis;
  r.rolling_years = now.rolling_years;
  r.declared_pct = now.declared_pct;
  r.note = now.note;
  r.focus = now.focus_word, r.reference = now.reference_word;
  for (const auto& o : series) {
    HistoryPoint h;
    h.year = o.year, h.value = o.value, h.ref_pct = o.ref_pct;
    r.history.push_back(h);
  }
  if (series.size() >= 2) add_previous(r, now, series[series.size() - 2], board.rules.confidence);
  judge_kind(r, now, board, reference_share);
  add_comparators(r, series);
  if (privacy) {
    withhold_indicator(r, basis_of(series), *privacy);
    withhold_member_shares(r, now, *privacy);
  }
  return r;
}

}  // namespace wres
