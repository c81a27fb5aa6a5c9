#include "wres/compute/comparators.hpp"

#include <algorithm>

#include "wres/compute/indicator_judgement.hpp"

namespace wres {

namespace {

// The key a comparator holds this indicator's figure under (the BME figure for 5-8).
std::string value_key(IndicatorKey key) {
  const IndicatorInfo& i = info(key);
  return std::string(i.name) + (i.kind == IndicatorKind::survey ? "_bme" : "");
}

std::optional<double> value_of(const Comparator& c, const std::string& key) {
  auto it = c.values.find(key);
  return it == c.values.end() ? std::nullopt : std::optional{it->second};
}

const Comparator* labelled(const YearData& y, const std::string& label) {
  for (const auto& c : y.comparators)
    if (c.label == label) return &c;
  return nullptr;
}

}  // namespace

void add_comparators(IndicatorResult& r, const std::vector<YearData>& years, const YearData* previous,
                     const YearData& latest) {
  const std::string key = value_key(r.key), white_key = std::string(info(r.key).name) + "_white";
  for (const auto& c : latest.comparators) {
    auto v = value_of(c, key);
    if (!v) continue;
    r.comparators.push_back({c.label, c.year, v, value_of(c, white_key), compare(r.key, r.value, *v)});
  }
  if (previous)
    for (const auto& c : previous->comparators) {
      if (!value_of(c, key)) continue;
      bool listed = std::any_of(r.comparators.begin(), r.comparators.end(),
                                [&](const ComparatorResult& x) { return x.label == c.label; });
      if (!listed) r.comparators.push_back({c.label, latest.wres_year, std::nullopt, std::nullopt, std::nullopt});
    }
  auto primary =
      std::find_if(r.comparators.begin(), r.comparators.end(), [](const auto& c) { return c.value.has_value(); });
  if (primary == r.comparators.end()) return;
  r.history_comparator = primary->label;
  for (auto& h : r.history) {
    const YearData* y = find_year(years, h.year);
    if (!y) continue;
    const Comparator* c = labelled(*y, r.history_comparator);
    if (c && c->year == h.year) h.comparator = value_of(*c, key);
  }
}

}  // namespace wres
