#include "wres/compute/measures.hpp"

#include <algorithm>
#include <cmath>

#include "wres/compute/spc.hpp"

namespace wres {

namespace {

// The latest figure and the one before it: the last dated readings, or an
// undated "to date" figure after them. An undated figure of another noun
// (attendees against a target of completions) is shown, never judged.
bool set_latest(MeasureResult& r, const Measure& m) {
  const auto n = r.readings.size();
  if (m.undated) {
    r.latest = m.undated->value, r.latest_word = m.undated->word;
    if (n >= 1) r.previous = r.readings[n - 1].value, r.previous_date = r.readings[n - 1].date;
    r.baseline = n ? r.readings.front().value : m.undated->value;
    return m.undated->word.empty() || m.undated->word == m.unit;
  }
  if (n == 0) return false;
  r.latest = r.readings.back().value, r.latest_date = r.readings.back().date;
  if (n >= 2) r.previous = r.readings[n - 2].value, r.previous_date = r.readings[n - 2].date;
  r.baseline = r.readings.front().value;
  return true;
}

}  // namespace

MeasureResult evaluate_measure(const Measure& m, Date as_of) {
  MeasureResult r;
  r.id = m.id, r.title = m.title, r.unit = m.unit, r.direction = m.direction, r.target = m.target;
  for (const auto& rd : m.readings)
    if (rd.date <= as_of) r.readings.push_back(rd);
  if (!r.readings.empty()) r.spc = compute_spc(r.readings, m.spc, m.direction, m.target);
  const bool comparable = set_latest(r, m);
  // No better direction: nothing is better or worse, and there is no target (the loader says so).
  if (!r.latest || !comparable || m.direction == Direction::neither) return r;
  bool higher = m.direction == Direction::higher_is_better;
  if (r.previous) {
    double d = *r.latest - *r.previous;
    r.trend = d == 0 ? Trend::same : ((d > 0) == higher ? Trend::improved : Trend::worse);
  }
  if (!m.target) return r;
  r.met = higher ? *r.latest >= *m.target : *r.latest <= *m.target;
  if (*r.met) {
    r.progress_pct = 100.0;
  } else if (r.previous && *m.target != *r.baseline) {
    double p = 100.0 * (*r.latest - *r.baseline) / (*m.target - *r.baseline);
    r.progress_pct = std::clamp(p, 0.0, 100.0);
  }
  return r;
}

}  // namespace wres
