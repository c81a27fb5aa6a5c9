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

}  // namespace wres::config
