// [[measure]]: any other number a plan tracks (eLearning completion, ...), and
// its monthly readings as an XmR chart (DESIGN 9).
#include <algorithm>

#include "readers.hpp"

namespace wres::config {

namespace {

bool same_month(Date a, Date b) { return a.year == b.year && a.month == b.month; }

// One reading without a date may come last: the source's latest figure "to date".
bool read_undated(TableReader& r, Measure& m, bool last) {
  auto v = r.number("value", Need::required, -1e12, 1e12);
  auto word = r.text("word", Need::optional);
  r.finish();
  if (!last) {
    r.error(
        "measure.readings: a reading without a date must come last (it is the source's latest, \"to date\"); "
        "give it date = ... or move it to the end");
    return false;
  }
  if (!v) return false;
  m.undated = UndatedReading{*v, word.value_or("")};
  return true;
}

// The readings in the order written: a reading out of date order or a second
// one for a month is an error at the reading, not sorted away or kept twice.
bool read_readings(TableReader& t, Measure& m, Diagnostics& diags) {
  bool ok = true;
  const auto& all = t.elements("readings");
  for (const toml::node& e : all) {
    auto tt = e.as_table();
    if (!tt) {
      diags.error(loc(e),
                  "measure.readings: expected { date = 2024-08-01, value = 70 }, got " + std::string(type_word(e)));
      ok = false;
      continue;
    }
    TableReader r(*tt, "measure.readings", diags);
    if (!tt->contains("date")) {
      ok = read_undated(r, m, &e == &*std::prev(all.end())) && ok;
      continue;
    }
    auto d = r.date("date", Need::required);
    auto v = r.number("value", Need::required, -1e12, 1e12);
    r.finish();
    if (!d || !v) {
      ok = false;
      continue;
    }
    if (!m.readings.empty() && same_month(m.readings.back().date, *d)) {
      r.error_at("date", "measure.readings: a second reading for " + to_iso(*d).substr(0, 7) +
                             " (one reading per month; the first is " + to_iso(m.readings.back().date) + ")");
      ok = false;
    } else if (!m.readings.empty() && *d < m.readings.back().date) {
      r.error_at("date", "measure.readings: " + to_iso(*d) + " comes after " + to_iso(m.readings.back().date) +
                             " (readings in date order, oldest first)");
      ok = false;
    } else {
      m.readings.push_back(Reading{*d, *v});
    }
  }
  return ok;
}

Direction read_direction(TableReader& t, bool& ok) {
  auto d = t.text("direction", Need::required);
  if (!d) return ok = false, Direction::higher_is_better;
  if (auto dir = direction_from_name(*d)) return *dir;
  t.error_at("direction", "measure.direction: '" + *d + "' is not higher_is_better, lower_is_better or neither");
  ok = false;
  return Direction::higher_is_better;
}

// spc = { baseline = 12, rebase = [2024-04-01], screen_outliers = false }
bool read_spc(TableReader& t, Measure& m) {
  auto s = t.child("spc", Need::optional);
  if (!s) return true;
  bool ok = true;
  const long long points = static_cast<long long>(m.readings.size());
  if (auto b = s->integer("baseline", Need::optional, 1, 100000)) {
    if (*b < kSpcMinPoints)
      s->error_at("baseline", "measure.spc.baseline: " + std::to_string(*b) +
                                  " points are too few for limits (at least " + std::to_string(kSpcMinPoints) +
                                  ", as Making Data Count asks)"),
          ok = false;
    else if (*b > points)
      s->error_at("baseline", "measure.spc.baseline: " + std::to_string(*b) + " points, but the measure has " +
                                  std::to_string(points) + " readings"),
          ok = false;
    else
      m.spc.baseline = static_cast<int>(*b);
  } else if (s->get("baseline")) {
    ok = false;
  }
  for (const toml::node& e : s->elements("rebase")) {
    auto d = date_value(e, "measure.spc.rebase", t.diags());
    if (!d) {
      ok = false;
      continue;
    }
    if (std::none_of(m.readings.begin(), m.readings.end(), [&](const Reading& r) { return r.date == *d; })) {
      t.diags().error(loc(e), "measure.spc.rebase: no reading dated " + to_iso(*d) +
                                  " (a new period starts at one of the measure's readings)");
      ok = false;
      continue;
    }
    m.spc.rebase.push_back(*d);
  }
  m.spc.screen_outliers = s->boolean("screen_outliers", Need::optional).value_or(false);
  s->finish();
  return ok;
}

}  // namespace

std::optional<Measure> read_measure(TableReader& t, Diagnostics& diags) {
  Measure m;
  m.where = t.where();
  bool ok = t.required_text("id", m.id);
  ok = t.required_text("title", m.title) && ok;
  m.unit = t.text("unit", Need::optional).value_or("");
  m.target = t.number("target", Need::optional, -1e12, 1e12);
  m.direction = read_direction(t, ok);
  if (m.target && m.direction == Direction::neither)
    t.error_at("target",
               "measure.target: a measure with direction = \"neither\" has no target (which side would meet it?)"),
        ok = false;
  ok = read_readings(t, m, diags) && ok;
  ok = read_spc(t, m) && ok;
  t.finish();
  return ok ? std::optional{m} : std::nullopt;
}

}  // namespace wres::config
