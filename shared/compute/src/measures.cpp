#include "wres/compute/measures.hpp"

#include <algorithm>
#include <cmath>

#include "wres/compute/spc.hpp"

namespace wres {

MeasureResult evaluate_measure(const Measure& m, Date as_of) {
  MeasureResult r;
  r.id = m.id, r.title = m.title, r.unit = m.unit, r.direction = m.direction, r.target = m.target;
  for (const auto& rd : m.readings)
    if (rd.date <= as_of) r.readings.push_back(rd);
  if (r.readings.empty()) return r;
  r.spc = compute_spc(r.readings, m.spc, m.direction, m.target);
  const Reading& last = r.readings.back();
  r.latest = last.value, r.latest_date = last.date;
  r.baseline = r.readings.front().value;
  // No better direction: nothing is better or worse, and there is no target (the loader says so).
  if (m.direction == Direction::neither) return r;
  bool higher = m.direction == Direction::higher_is_better;
  if (r.readings.size() >= 2) {
    r.previous = r.readings[r.readings.size() - 2].value;
    double d = *r.latest - *r.previous;
    r.trend = d == 0 ? Trend::same : ((d > 0) == higher ? Trend::improved : Trend::worse);
  }
  if (!m.target) return r;
  r.met = higher ? *r.latest >= *m.target : *r.latest <= *m.target;
  if (*r.met) {
    r.progress_pct = 100.0;
  } else if (r.readings.size() >= 2 && *m.target != *r.baseline) {
    double p = 100.0 * (*r.latest - *r.baseline) / (*m.target - *r.baseline);
    r.progress_pct = std::clamp(p, 0.0, 100.0);
  }
  return r;
}

}  // namespace wres
