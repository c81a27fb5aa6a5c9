// The WDES family's reader side of the compute: a [[wdes_year]] observed as
// each metric's figure, with the groups' words of its config.
#include "wres/compute/wdes.hpp"

#include <algorithm>

#include "wres/compute/disclosure.hpp"
#include "wres/compute/observation.hpp"
#include "wres/compute/representation.hpp"
#include "wres/compute/series_judgement.hpp"

namespace wres {

namespace {

Observation from_survey(double value, std::optional<double> ref, std::optional<long long> n,
                        std::optional<long long> ref_n) {
  Observation o;
  o.value = value, o.source = Source::survey;
  o.ref_pct = ref, o.focus_n = n, o.ref_n = ref_n;
  return o;
}

std::optional<Observation> workforce(const WdesYear& y) {
  if (!y.workforce) return std::nullopt;
  const auto& w = *y.workforce;
  const long long whole = w.disabled + w.non_disabled + w.unknown;
  Observation o = share_from_counts(w.disabled, whole);
  o.declared_pct = percent(w.disabled + w.non_disabled, whole);
  return o;
}

// 3: Disabled staff's rate of formal capability cases over non-disabled staff's.
std::optional<Observation> capability(const WdesYear& y, const WdesYear* before) {
  if (!y.capability || !y.workforce) return std::nullopt;
  long long d = y.capability->disabled, nd = y.capability->non_disabled;
  long long dw = y.workforce->disabled, ndw = y.workforce->non_disabled;
  const bool pooled = before && before->wdes_year == y.wdes_year - 1 && before->capability && before->workforce;
  if (pooled) {
    d += before->capability->disabled, nd += before->capability->non_disabled;
    dw += before->workforce->disabled, ndw += before->workforce->non_disabled;
  }
  if (nd == 0 || dw == 0 || ndw == 0) return std::nullopt;
  Observation o = ratio_from_counts(d, dw, nd, ndw);
  o.rolling_years = pooled ? 2 : 1;
  return o;
}

std::optional<Observation> board(const WdesYear& y) {
  if (!y.board) return std::nullopt;
  const auto& b = *y.board;
  Observation o = share_from_counts(b.voting_disabled, b.voting_total);
  o.basis = BoardBasis::voting, o.counted = "members";
  o.voting = Observation::Members{b.voting_disabled, b.voting_total - b.voting_disabled};
  if (b.exec_disabled && b.exec_total)
    o.exec = Observation::Members{*b.exec_disabled, *b.exec_total - *b.exec_disabled};
  if (auto w = workforce(y)) o.workforce_pct = w->value;
  return o;
}

std::optional<Observation> from_counts(const WdesYear& y, const WdesYear* before, const MetricSpec& m) {
  const std::string_view k = m.key;
  if (k == "workforce") return workforce(y);
  if (k == "recruitment" && y.recruitment) {  // 2: non-disabled appointment rate over Disabled
    const auto& r = *y.recruitment;
    return ratio_from_counts(r.non_disabled_appointed, r.non_disabled_shortlisted, r.disabled_appointed,
                             r.disabled_shortlisted);
  }
  if (k == "capability") return capability(y, before);
  if (k == "board") return board(y);
  if (auto s = y.surveys.find(std::string(k)); s != y.surveys.end())
    return from_survey(s->second.disabled_pct, s->second.non_disabled_pct, s->second.disabled_n,
                       s->second.non_disabled_n);
  if (k == "adjustments" && y.adjustments)
    return from_survey(y.adjustments->disabled_pct, std::nullopt, y.adjustments->disabled_n, std::nullopt);
  if (k == "engagement" && y.engagement)
    return from_survey(y.engagement->disabled, y.engagement->non_disabled, std::nullopt, std::nullopt);
  if (k == "voice" && y.voice) {
    Observation o;
    o.value = y.voice->yes ? 1 : 0, o.note = y.voice->note, o.source = Source::published;
    return o;
  }
  return std::nullopt;
}

std::optional<Observation> observe_wdes(const WdesYear& y, const WdesYear* before, const MetricSpec& m) {
  auto o = from_counts(y, before, m);  // counts win over a published figure
  if (!o) {
    auto p = y.published.find(std::string(m.key));
    if (p == y.published.end()) return std::nullopt;
    o = Observation{};
    o->value = p->second, o->source = Source::published;
    if (m.kind == MetricKind::board_gap) o->basis = BoardBasis::voting;
  }
  o->year = y.wdes_year, o->as_at = y.as_at, o->comparators = &y.comparators;
  add_year_context(*o, y.wdes_year, y.survey_year, y.notes, m.key);
  return o;
}

std::vector<Observation> series_of(const std::vector<WdesYear>& years, const MetricSpec& m) {
  std::vector<Observation> out;
  const WdesYear* before = nullptr;
  for (const auto& y : years) {
    if (auto o = observe_wdes(y, before, m)) out.push_back(std::move(*o));
    before = &y;
  }
  keep_one_basis(out);
  return out;
}

// 1 by cluster, each against the overall share; withheld together (compute/disclosure.hpp).
void add_clusters(IndicatorResult& r, const WdesYear& y, const PrivacySettings* privacy) {
  for (const auto& c : y.clusters) {
    const long long total = c.counts.disabled + c.counts.non_disabled + c.counts.unknown;
    if (total > 0) r.bands.push_back(share_of(c.cluster, c.group, c.counts.disabled, total, r.value));
  }
  if (privacy) withhold_parts_together(r.bands, *privacy, "staff in a cluster");
}

}  // namespace

std::vector<IndicatorResult> compute_wdes(const Board& board, const std::vector<WdesYear>& years,
                                          const PrivacySettings* privacy) {
  std::vector<IndicatorResult> out;
  for (const auto& m : wdes_family().metrics) {
    auto series = series_of(years, m);
    auto r = judge_series(m, series, board, privacy);
    if (!r) continue;
    if (m.kind == MetricKind::share && !r->figure_withheld()) {
      auto y = std::find_if(years.begin(), years.end(), [&](const WdesYear& w) { return w.wdes_year == r->year; });
      if (y != years.end()) add_clusters(*r, *y, privacy);
    }
    out.push_back(std::move(*r));
  }
  return out;
}

std::vector<WdesYear> wdes_years_before_embargo(const Board& board, Date today,
                                                std::map<const MetricSpec*, Embargo>& embargoes) {
  std::vector<WdesYear> years = board.wdes_years;
  for (auto& y : years) {
    if (!y.survey_published || today >= *y.survey_published) continue;
    const WdesYear copy = y;
    for (const auto& m : wdes_family().metrics) {
      if (!is_survey_metric(m) || !observe_wdes(copy, nullptr, m) || embargoes.count(&m)) continue;
      embargoes[&m] = Embargo{y.wdes_year, *y.survey_published};
    }
    y.surveys.clear(), y.adjustments.reset(), y.engagement.reset();
    drop_survey_comparators(y.comparators, wdes_family());
  }
  return years;
}

}  // namespace wres
