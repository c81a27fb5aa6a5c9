// The pay gap family's reader side of the compute: each [[pay_gap]] report
// observed as its mean and median gap, from hourly pay where given, else the
// published percentage.
#include "wres/compute/pay_gap.hpp"

#include "wres/compute/disclosure.hpp"
#include "wres/compute/observation.hpp"
#include "wres/compute/representation.hpp"
#include "wres/compute/series_judgement.hpp"

namespace wres {

double pay_gap_pct(const HourlyPay& pay) { return (pay.reference - pay.focus) / pay.reference * 100.0; }

namespace {

bool is_median(const MetricSpec& m) { return m.key.ends_with(".median"); }

std::optional<Observation> observe_pay_gap(const PayGapReport& p, const MetricSpec& m) {
  const auto& hourly = is_median(m) ? p.median : p.mean;
  const auto published = is_median(m) ? p.published_median_pct : p.published_mean_pct;
  Observation o;
  if (hourly) {  // hourly pay wins over a published figure (validate warns when they part)
    o.value = pay_gap_pct(*hourly), o.source = Source::hourly, o.pay = hourly;
  } else if (published) {
    o.value = *published, o.source = Source::published;
  } else {
    return std::nullopt;
  }
  o.year = p.year, o.as_at = p.as_at, o.declared_pct = p.declared_pct;
  o.focus_word = p.focus, o.reference_word = p.reference;
  if (!p.quartiles.empty()) {  // each group's headcount: an average of a few people's pay is theirs
    long long focus = 0, reference = 0;
    for (const auto& q : p.quartiles) focus += q.focus, reference += q.reference;
    o.counts = {focus, reference}, o.counted = "staff in a group";
  }
  return o;
}

// The focus group's share of each quartile, against its share of all four.
void add_quartiles(IndicatorResult& r, const PayGapReport& p, const PrivacySettings* privacy) {
  long long focus = 0, all = 0;
  for (const auto& q : p.quartiles) focus += q.focus, all += q.focus + q.reference;
  if (all == 0) return;
  const double overall = percent(focus, all);
  for (const auto& q : p.quartiles)
    r.bands.push_back(share_of(std::to_string(q.quartile), BandGroup::all, q.focus, q.focus + q.reference, overall));
  if (privacy) withhold_parts_together(r.bands, *privacy, "staff in a quartile");
}

}  // namespace

std::vector<IndicatorResult> compute_pay_gaps(const Board& board, const PrivacySettings* privacy) {
  std::vector<IndicatorResult> out;
  for (const auto& m : pay_gap_family().metrics) {
    std::vector<Observation> series;
    const PayGapReport* latest = nullptr;
    for (const auto& p : board.pay_gaps) {  // sorted by year within a kind
      if (p.kind != key_stem(m)) continue;
      if (auto o = observe_pay_gap(p, m)) series.push_back(std::move(*o)), latest = &p;
    }
    auto r = judge_series(m, series, board, privacy);
    if (!r) continue;
    if (!r->figure_withheld()) add_quartiles(*r, *latest, privacy);
    out.push_back(std::move(*r));
  }
  return out;
}

}  // namespace wres
