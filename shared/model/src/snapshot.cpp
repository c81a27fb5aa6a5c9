#include "wres/model/snapshot.hpp"

#include <algorithm>

#include "wres/model/enum_names.hpp"

namespace wres {

bool has_content(const Snapshot& s) { return !s.plans.empty() || !s.indicators.empty() || !s.measures.empty(); }

const PlanSummary* find_plan(const Snapshot& s, const std::string& id) {
  for (const auto& p : s.plans)
    if (p.id == id) return &p;
  return nullptr;
}

std::vector<ActionInPlan> actions_to_chase(const Snapshot& s, bool overdue) {
  std::vector<ActionInPlan> out;
  for (const auto& plan : s.plans)
    for (const auto& a : plan.actions)
      if (overdue ? a.overdue : a.due_soon || a.due_soon_unreported) out.push_back({&a, &plan});
  if (overdue)
    std::stable_sort(out.begin(), out.end(),
                     [](auto& a, auto& b) { return a.first->days_overdue > b.first->days_overdue; });
  else
    std::stable_sort(out.begin(), out.end(), [](auto& a, auto& b) { return a.first->days_left < b.first->days_left; });
  return out;
}

std::vector<std::string> action_ids(const PlanSummary& p, bool ActionView::*flag) {
  std::vector<std::string> ids;
  for (const auto& a : p.actions)
    if (a.*flag) ids.push_back(a.id);
  return ids;
}

Snapshot keep_last_good(const std::optional<Snapshot>& shown, Snapshot incoming) {
  if (incoming.config.ok || has_content(incoming) || !shown || !has_content(*shown)) return incoming;
  Snapshot kept = *shown;
  kept.config = std::move(incoming.config);
  kept.storage_error = std::move(incoming.storage_error);
  return kept;
}

namespace {
constexpr Named<Hue> kHueNames[] = {{Hue::red, "red"},     {Hue::amber, "amber"},   {Hue::yellow, "yellow"},
                                    {Hue::green, "green"}, {Hue::blue, "blue"},     {Hue::purple, "purple"},
                                    {Hue::grey, "grey"},   {Hue::silver, "silver"}, {Hue::faint, "faint"}};
constexpr Named<Trend> kTrendNames[] = {{Trend::improved, "improved"},
                                        {Trend::worse, "worse"},
                                        {Trend::same, "same"},
                                        {Trend::first_year, "first_year"},
                                        {Trend::not_compared, "not_compared"}};
constexpr Named<Rag> kRagNames[] = {
    {Rag::red, "red"}, {Rag::amber, "amber"}, {Rag::green, "green"}, {Rag::none, "none"}};
constexpr Named<Comparison> kComparisonNames[] = {
    {Comparison::better, "better"}, {Comparison::worse, "worse"}, {Comparison::same, "same"}};
constexpr Named<Favours> kFavoursNames[] = {
    {Favours::reference, "reference"}, {Favours::focus, "focus"}, {Favours::neither, "neither"}};
constexpr Named<Source> kSourceNames[] = {{Source::counts, "counts"},
                                          {Source::published, "published"},
                                          {Source::survey, "survey"},
                                          {Source::hourly, "hourly"}};
constexpr Named<BoardBasis> kBoardBasisNames[] = {
    {BoardBasis::none, ""}, {BoardBasis::voting, "voting"}, {BoardBasis::all_members, "all_members"}};
static_assert(in_value_order(kHueNames) && in_value_order(kTrendNames) && in_value_order(kRagNames) &&
              in_value_order(kComparisonNames) && in_value_order(kFavoursNames) && in_value_order(kSourceNames) &&
              in_value_order(kBoardBasisNames));
}  // namespace

std::string_view to_string(Hue h) { return name_of(kHueNames, h, "silver"); }
std::string_view to_string(Trend t) { return name_of(kTrendNames, t, "first_year"); }
std::string_view to_string(Rag r) { return name_of(kRagNames, r, "none"); }
std::string_view to_string(Comparison c) { return name_of(kComparisonNames, c, "same"); }
std::string_view to_string(Favours f) { return name_of(kFavoursNames, f, "neither"); }
std::string_view to_string(Source s) { return name_of(kSourceNames, s, "published"); }
std::string_view to_string(BoardBasis b) { return name_of(kBoardBasisNames, b, ""); }
std::optional<Source> source_from_name(std::string_view s) { return value_named(kSourceNames, s); }
std::optional<BoardBasis> board_basis_from_name(std::string_view s) { return value_named(kBoardBasisNames, s); }
std::optional<Hue> hue_from_name(std::string_view s) { return value_named(kHueNames, s); }
std::optional<Trend> trend_from_name(std::string_view s) { return value_named(kTrendNames, s); }
std::optional<Rag> rag_from_name(std::string_view s) { return value_named(kRagNames, s); }
std::optional<Comparison> comparison_from_name(std::string_view s) { return value_named(kComparisonNames, s); }
std::optional<Favours> favours_from_name(std::string_view s) { return value_named(kFavoursNames, s); }

}  // namespace wres
