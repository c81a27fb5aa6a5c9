#include "wres/config/due.hpp"

#include <array>
#include <utility>

namespace wres {

namespace {
std::optional<std::pair<int, int>> year_month(std::string_view t) {
  if (t.size() != 7 || t[4] != '-') return std::nullopt;
  int y = 0, m = 0;
  for (int i = 0; i < 4; ++i) {
    if (t[i] < '0' || t[i] > '9') return std::nullopt;
    y = y * 10 + (t[i] - '0');
  }
  for (int i = 5; i < 7; ++i) {
    if (t[i] < '0' || t[i] > '9') return std::nullopt;
    m = m * 10 + (t[i] - '0');
  }
  if (!make_date(y, m, 1)) return std::nullopt;
  return std::pair{y, m};
}
}  // namespace

std::optional<Due> parse_due(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, DueKind>, 4> words{{
      {"ongoing", DueKind::ongoing},
      {"annually", DueKind::annually},
      {"quarterly", DueKind::quarterly},
      {"tbc", DueKind::tbc},
  }};
  for (auto& [w, k] : words)
    if (text == w) return Due{k, std::nullopt, DuePrecision::day, std::string(text)};
  if (auto d = parse_iso_date(text)) return Due{DueKind::date, d, DuePrecision::day, std::string(text)};
  if (auto ym = year_month(text))
    return Due{DueKind::date, end_of_month(ym->first, ym->second), DuePrecision::month, std::string(text)};
  return std::nullopt;
}

std::optional<Date> parse_start(std::string_view text) {
  if (auto d = parse_iso_date(text)) return d;
  if (auto ym = year_month(text)) return make_date(ym->first, ym->second, 1);
  return std::nullopt;
}

}  // namespace wres
