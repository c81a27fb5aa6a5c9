// The head of every family's year table: which year it is, and the day its
// figures describe (31 March of that year, the standards' snapshot date, unless given).
#include "readers.hpp"

namespace wres::config {

bool read_year_head(TableReader& t, const char* year_key, int& year, Date& as_at) {
  auto y = t.integer(year_key, Need::required, 1990, 2200);
  auto at = t.date("as_at", Need::optional);
  if (!y) return false;
  year = static_cast<int>(*y);
  as_at = at.value_or(*make_date(year, 3, 31));
  return true;
}

std::optional<int> read_survey_year(TableReader& t, std::optional<int> year) {
  auto v = t.integer("survey_year", Need::optional, 1990, 2200);
  if (!v) return std::nullopt;
  if (year && *v > *year) {
    t.error_at("survey_year", t.child_path("survey_year") + ": " + std::to_string(*v) + " is after the year " +
                                  std::to_string(*year) + " it reports in (the WRES 2024 uses the 2023 survey)");
    return std::nullopt;
  }
  return static_cast<int>(*v);
}

}  // namespace wres::config
