#include "wres/compute/comparators.hpp"

#include <algorithm>

#include "wres/compute/indicator_judgement.hpp"

namespace wres {

namespace {

// The keys a comparator holds this metric's figures under: a survey gap's
// focus group figure as "<key>_<focus>" (a bare "<key>" is read as it, by the
// reader), the reference group's as "<key>_<reference>".
std::string value_key(const MetricSpec& m) {
  const FamilySpec& f = family_of(m);
  return std::string(m.key) + (m.kind == MetricKind::survey_gap ? "_" + std::string(f.focus_key) : "");
}
std::string reference_key(const MetricSpec& m) {
  return std::string(m.key) + "_" + std::string(family_of(m).reference_key);
}

std::optional<double> value_of(const Comparator& c, const std::string& key) {
  auto it = c.values.find(key);
  return it == c.values.end() ? std::nullopt : std::optional{it->second};
}

const std::vector<Comparator>& of(const Observation& o) {
  static const std::vector<Comparator> none;
  return o.comparators ? *o.comparators : none;
}

const Comparator* labelled(const Observation& o, const std::string& label) {
  for (const auto& c : of(o))
    if (c.label == label) return &c;
  return nullptr;
}

}  // namespace

void add_comparators(IndicatorResult& r, const std::vector<Observation>& series) {
  if (series.empty()) return;
  const MetricSpec& m = r.spec();
  const std::string key = value_key(m), ref_key = reference_key(m);
  const Observation& latest = series.back();
  for (const auto& c : of(latest)) {
    auto v = value_of(c, key);
    if (!v) continue;
    // No side claimed for a year with no cases in one group, here or there; nor
    // for a share, whose comparator counts another population (all trusts'
    // staff, not this trust's area): it is benchmarked on the local population.
    std::optional<Comparison> vs;
    if (!no_cases(m, r.value) && !no_cases(m, *v) && m.kind != MetricKind::share) vs = compare(m, r.value, *v);
    r.comparators.push_back({c.label, c.year, v, value_of(c, ref_key), vs});
  }
  if (series.size() >= 2)
    for (const auto& c : of(series[series.size() - 2])) {
      if (!value_of(c, key)) continue;
      bool listed = std::any_of(r.comparators.begin(), r.comparators.end(),
                                [&](const ComparatorResult& x) { return x.label == c.label; });
      if (!listed) r.comparators.push_back({c.label, latest.year, std::nullopt, std::nullopt, std::nullopt});
    }
  auto primary =
      std::find_if(r.comparators.begin(), r.comparators.end(), [](const auto& c) { return c.value.has_value(); });
  if (primary == r.comparators.end()) return;
  r.history_comparator = primary->label;
  for (auto& h : r.history) {
    auto o = std::find_if(series.begin(), series.end(), [&](const Observation& x) { return x.year == h.year; });
    if (o == series.end()) continue;
    const Comparator* c = labelled(*o, r.history_comparator);
    if (c && c->year == h.year) h.comparator = value_of(*c, key);
  }
}

}  // namespace wres
