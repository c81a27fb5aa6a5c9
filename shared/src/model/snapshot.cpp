#include "wres/model/snapshot.hpp"

namespace wres {

namespace {
constexpr Hue kAllHues[] = {Hue::red,    Hue::amber, Hue::yellow, Hue::green, Hue::blue,
                            Hue::purple, Hue::grey,  Hue::silver, Hue::faint};
}  // namespace

bool has_content(const Snapshot& s) { return !s.plans.empty() || !s.indicators.empty() || !s.measures.empty(); }

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

std::string_view to_string(Hue h) {
  switch (h) {
    case Hue::red:
      return "red";
    case Hue::amber:
      return "amber";
    case Hue::yellow:
      return "yellow";
    case Hue::green:
      return "green";
    case Hue::blue:
      return "blue";
    case Hue::purple:
      return "purple";
    case Hue::grey:
      return "grey";
    case Hue::silver:
      return "silver";
    case Hue::faint:
      return "faint";
  }
  return "silver";
}

std::optional<Hue> hue_from_name(std::string_view s) {
  for (Hue h : kAllHues)
    if (to_string(h) == s) return h;
  return std::nullopt;
}

std::string_view to_string(Trend t) {
  switch (t) {
    case Trend::improved:
      return "improved";
    case Trend::worse:
      return "worse";
    case Trend::same:
      return "same";
    case Trend::first_year:
      break;
  }
  return "first_year";
}

std::string_view to_string(Rag r) {
  switch (r) {
    case Rag::red:
      return "red";
    case Rag::amber:
      return "amber";
    case Rag::green:
      return "green";
    case Rag::none:
      break;
  }
  return "none";
}

std::string_view to_string(Comparison c) {
  switch (c) {
    case Comparison::better:
      return "better";
    case Comparison::worse:
      return "worse";
    case Comparison::same:
      break;
  }
  return "same";
}

std::optional<Trend> trend_from_name(std::string_view s) {
  for (Trend t : {Trend::improved, Trend::worse, Trend::same, Trend::first_year})
    if (to_string(t) == s) return t;
  return std::nullopt;
}

std::string_view to_string(Favours f) {
  switch (f) {
    case Favours::white:
      return "white";
    case Favours::bme:
      return "bme";
    case Favours::neither:
      break;
  }
  return "neither";
}

std::optional<Favours> favours_from_name(std::string_view s) {
  for (Favours f : {Favours::white, Favours::bme, Favours::neither})
    if (to_string(f) == s) return f;
  return std::nullopt;
}

std::optional<Rag> rag_from_name(std::string_view s) {
  for (Rag r : {Rag::red, Rag::amber, Rag::green, Rag::none})
    if (to_string(r) == s) return r;
  return std::nullopt;
}

std::optional<Comparison> comparison_from_name(std::string_view s) {
  for (Comparison c : {Comparison::better, Comparison::worse, Comparison::same})
    if (to_string(c) == s) return c;
  return std::nullopt;
}

}  // namespace wres
