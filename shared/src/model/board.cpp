#include "wres/model/board.hpp"

#include <array>

namespace wres {

namespace {
constexpr std::array<std::pair<State, std::string_view>, 5> kStates{{
    {State::not_started, "not_started"},
    {State::on_track, "on_track"},
    {State::at_risk, "at_risk"},
    {State::off_track, "off_track"},
    {State::complete, "complete"},
}};
}  // namespace

std::string_view to_string(State s) {
  for (auto& [st, name] : kStates)
    if (st == s) return name;
  return "not_started";
}

std::optional<State> state_from_name(std::string_view name) {
  for (auto& [st, n] : kStates)
    if (n == name) return st;
  return std::nullopt;
}

std::string_view to_string(Priority p) {
  switch (p) {
    case Priority::must: return "must";
    case Priority::should: return "should";
    case Priority::could: return "could";
    case Priority::none: break;
  }
  return "";
}

std::string_view to_string(DueKind k) {
  switch (k) {
    case DueKind::date: return "date";
    case DueKind::ongoing: return "ongoing";
    case DueKind::annually: return "annually";
    case DueKind::quarterly: return "quarterly";
    case DueKind::tbc: return "tbc";
  }
  return "tbc";
}

const std::vector<std::string>& known_pages() {
  static const std::vector<std::string> pages{"overview", "indicators", "plans",
                                              "overdue",  "changes",    "targets"};
  return pages;
}

}  // namespace wres
