#include "check.hpp"

#include <map>

namespace wres::config {

namespace {
std::string at(const SourceLoc& l) { return l.file + ":" + std::to_string(l.line); }

template <class Items, class KeyFn>
void unique(const Items& items, KeyFn key, const std::string& what, Diagnostics& diags) {
  std::map<std::string, SourceLoc> first;
  for (const auto& it : items) {
    auto [pos, inserted] = first.emplace(key(it), it.where);
    if (!inserted) diags.error(it.where, what + " '" + key(it) + "' is defined twice; first at " + at(pos->second));
  }
}
}  // namespace

void check_unique_ids(const Board& b, Diagnostics& diags) {
  unique(
      b.years, [](const YearData& y) { return std::to_string(y.wres_year); }, "[[year]] wres_year", diags);
  unique(
      b.wdes_years, [](const WdesYear& y) { return std::to_string(y.wdes_year); }, "[[wdes_year]] wdes_year", diags);
  unique(
      b.pay_gaps, [](const PayGapReport& p) { return p.kind + " " + std::to_string(p.year); }, "[[pay_gap]]", diags);
  unique(
      b.plans, [](const Plan& p) { return p.id; }, "plan id", diags);
  for (const auto& p : b.plans)
    unique(
        p.actions, [](const Action& a) { return a.id; }, "action id in plan '" + p.id + "':", diags);
  unique(
      b.measures, [](const Measure& m) { return m.id; }, "measure id", diags);
}

namespace {
bool has_senior_bands(const YearData& y, BandGroup g) {
  for (const auto& b : bands_in_group(y.bands, g))
    if (is_senior_band(b.band)) return true;
  return false;
}
}  // namespace

void check_targets(const Board& b, Diagnostics& diags) {
  const TargetSettings& t = b.targets;
  if (t.where.line == 0) return;  // no [targets]: the defaults, used only when they can be
  std::string group(to_string(t.group));
  if (t.base == TargetBase::population && !b.local_population_bme_pct)
    diags.error(t.where,
                "targets.base = \"population\" needs local_population_bme_pct in [board], "
                "or base = \"workforce\" (the Model Employer goal)");
  const YearData* latest = nullptr;
  for (const auto& y : b.years)
    if (has_senior_bands(y, t.group)) latest = &y;
  if (!latest) {
    diags.error(t.where, "targets.group = \"" + group + "\": no [[year]] lists bands 8A and above" +
                             (t.group == BandGroup::all ? "" : " with group = \"" + group + "\""));
    return;
  }
  if (t.baseline_year) {
    const YearData* y = find_year(b.years, *t.baseline_year);
    if (!y || !has_senior_bands(*y, t.group))
      diags.error(t.where, "targets.baseline_year = " + std::to_string(*t.baseline_year) +
                               ": that [[year]] lists no bands 8A and above for group \"" + group + "\"");
  }
  if (t.target_year <= latest->wres_year)
    diags.error(t.where, "targets.target_year = " + std::to_string(t.target_year) + " is not after " +
                             std::to_string(latest->wres_year) + ", the latest year with bands");
  if (t.base == TargetBase::workforce && !latest->workforce && !latest->published.count(IndicatorKey::workforce))
    diags.error(t.where, "targets.base = \"workforce\" needs the workforce figure of " +
                             std::to_string(latest->wres_year) +
                             ", the latest year with bands: give workforce = {...} "
                             "or published = { workforce = ... } there");
}

}  // namespace wres::config
