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
    if (!inserted)
      diags.error(it.where, what + " '" + key(it) + "' is defined twice; first at " + at(pos->second));
  }
}
}  // namespace

void check_unique_ids(const Board& b, Diagnostics& diags) {
  unique(b.years, [](const YearData& y) { return std::to_string(y.wres_year); }, "[[year]] wres_year", diags);
  unique(b.plans, [](const Plan& p) { return p.id; }, "plan id", diags);
  for (const auto& p : b.plans)
    unique(p.actions, [](const Action& a) { return a.id; }, "action id in plan '" + p.id + "':", diags);
  unique(b.measures, [](const Measure& m) { return m.id; }, "measure id", diags);
}

}  // namespace wres::config
