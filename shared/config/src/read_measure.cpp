// [[measure]]: any other number a plan tracks (eLearning completion, ...).
#include <algorithm>

#include "readers.hpp"

namespace wres::config {

std::optional<Measure> read_measure(TableReader& t, Diagnostics& diags) {
  Measure m;
  m.where = t.where();
  bool ok = t.required_text("id", m.id);
  ok = t.required_text("title", m.title) && ok;
  m.unit = t.text("unit", Need::optional).value_or("");
  m.target = t.number("target", Need::optional, -1e12, 1e12);
  if (auto d = t.text("direction", Need::required)) {
    if (*d == "higher_is_better")
      m.direction = Direction::higher_is_better;
    else if (*d == "lower_is_better")
      m.direction = Direction::lower_is_better;
    else
      t.error_at("direction", "measure.direction: '" + *d + "' is not higher_is_better or lower_is_better"), ok = false;
  } else
    ok = false;
  if (const toml::array* arr = t.array("readings", Need::optional)) {
    for (const toml::node& e : *arr) {
      auto tt = e.as_table();
      if (!tt) {
        diags.error(loc(e),
                    "measure.readings: expected { date = 2024-08-01, value = 70 }, got " + std::string(type_word(e)));
        ok = false;
        continue;
      }
      TableReader r(*tt, "measure.readings", diags);
      auto d = r.date("date", Need::required);
      auto v = r.number("value", Need::required, -1e12, 1e12);
      r.finish();
      if (d && v)
        m.readings.push_back(Reading{*d, *v});
      else
        ok = false;
    }
  }
  std::stable_sort(m.readings.begin(), m.readings.end(), [](auto& a, auto& b) { return a.date < b.date; });
  t.finish();
  return ok ? std::optional{m} : std::nullopt;
}

}  // namespace wres::config
