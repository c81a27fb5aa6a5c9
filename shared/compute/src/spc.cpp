#include "wres/compute/spc.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace wres {

namespace spc {

std::vector<int> run_flags(const std::vector<int>& side) {
  std::vector<int> out(side.size(), 0);
  std::size_t from = 0;  // the stretch [from, i) on side[from]
  for (std::size_t i = 1; i <= side.size(); ++i) {
    if (i < side.size() && side[i] != 0 && side[i] == side[from]) continue;
    if (side[from] != 0 && i - from >= 7)
      for (std::size_t k = from; k < i; ++k) out[k] = side[from];
    from = i;
  }
  return out;
}

std::vector<int> trend_flags(const std::vector<double>& v) {
  std::vector<int> out(v.size(), 0);
  std::size_t from = 0;  // the stretch [from, i) whose every step goes `dir`
  int dir = 0;
  for (std::size_t i = 1; i <= v.size(); ++i) {
    const int step = i < v.size() ? (v[i] > v[i - 1] ? 1 : v[i] < v[i - 1] ? -1 : 0) : 0;
    if (i < v.size() && step != 0 && (dir == 0 || step == dir)) {
      dir = step;
      continue;
    }
    if (dir != 0 && i - from >= 7)
      for (std::size_t k = from; k < i; ++k) out[k] = dir;
    // A turn starts the next stretch at the turning point; an equal value after it.
    from = step == 0 ? i : i - 1;
    dir = step;
  }
  return out;
}

std::vector<int> two_of_three_flags(const std::vector<int>& near) {
  std::vector<int> out(near.size(), 0);
  for (std::size_t i = 0; i + 2 < near.size(); ++i)
    for (int s : {1, -1}) {
      int hits = (near[i] == s) + (near[i + 1] == s) + (near[i + 2] == s);
      if (hits < 2) continue;
      for (std::size_t k = i; k < i + 3; ++k)
        if (near[k] == s) out[k] = s;
    }
  return out;
}

Limits limits_of(const std::vector<double>& values, std::size_t baseline, bool screen_outliers) {
  Limits l;
  const std::size_t n = std::min(baseline, values.size());
  if (n == 0) return l;
  l.mean =
      std::accumulate(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(n), 0.0) / static_cast<double>(n);
  std::vector<double> mr;
  for (std::size_t i = 1; i < n; ++i) mr.push_back(std::abs(values[i] - values[i - 1]));
  if (mr.empty()) return l;
  l.amr = std::accumulate(mr.begin(), mr.end(), 0.0) / static_cast<double>(mr.size());
  if (screen_outliers) {
    const double cap = 3.267 * l.amr;
    std::erase_if(mr, [&](double r) { return r > cap; });
    if (!mr.empty()) l.amr = std::accumulate(mr.begin(), mr.end(), 0.0) / static_cast<double>(mr.size());
  }
  return l;
}

std::optional<SpcAssurance> assurance(double lower, double upper, Direction d, std::optional<double> target) {
  if (!target || d == Direction::neither) return std::nullopt;
  const bool higher = d == Direction::higher_is_better;
  auto meets = [&](double x) { return higher ? x >= *target : x <= *target; };
  if (meets(higher ? lower : upper)) return SpcAssurance::pass;  // the whole process is on the good side
  if (!meets(higher ? upper : lower)) return SpcAssurance::fail;
  return SpcAssurance::hit_and_miss;
}

}  // namespace spc

namespace {

int sign_of(double d) { return d > 0 ? 1 : d < 0 ? -1 : 0; }

SpcCause cause_of(int side, Direction d) {
  if (d == Direction::neither) return SpcCause::neither;
  return (side > 0) == (d == Direction::higher_is_better) ? SpcCause::improvement : SpcCause::concern;
}

// One period's points flagged, in rule order: the first rule that catches a point names it.
void flag_period(std::vector<SpcPoint>& pts, const spc::Limits& l, Direction d, std::vector<int>& sides) {
  std::vector<double> v;
  std::vector<int> side, near;
  for (const auto& p : pts) {
    v.push_back(p.value);
    side.push_back(sign_of(p.value - l.mean));
    near.push_back(p.value > l.near_upper() ? 1 : p.value < l.near_lower() ? -1 : 0);
  }
  const auto run = spc::run_flags(side), trend = spc::trend_flags(v), two = spc::two_of_three_flags(near);
  for (std::size_t i = 0; i < pts.size(); ++i) {
    int s = 0;
    SpcRule rule = SpcRule::none;
    if (pts[i].value > l.upper() || pts[i].value < l.lower())
      rule = SpcRule::outside_limits, s = side[i];
    else if (run[i] != 0)
      rule = SpcRule::run, s = run[i];
    else if (trend[i] != 0)
      rule = SpcRule::trend, s = trend[i];
    else if (two[i] != 0)
      rule = SpcRule::two_of_three, s = two[i];
    pts[i].rule = rule;
    pts[i].cause = rule == SpcRule::none ? SpcCause::common : cause_of(s, d);
    sides.push_back(s);
  }
}

std::optional<SpcVariation> variation_of(const SpcPoint& last, int side) {
  switch (last.cause) {
    case SpcCause::common: return SpcVariation::common;
    case SpcCause::improvement: return side > 0 ? SpcVariation::improvement_high : SpcVariation::improvement_low;
    case SpcCause::concern: return side > 0 ? SpcVariation::concern_high : SpcVariation::concern_low;
    case SpcCause::neither: return side > 0 ? SpcVariation::neither_high : SpcVariation::neither_low;
  }
  return std::nullopt;
}

// Where each period starts: the first reading and each reading on a rebase date.
std::vector<std::size_t> period_starts(const std::vector<Reading>& rs, const std::vector<Date>& rebase) {
  std::vector<std::size_t> starts{0};
  for (std::size_t i = 1; i < rs.size(); ++i)
    if (std::find(rebase.begin(), rebase.end(), rs[i].date) != rebase.end()) starts.push_back(i);
  return starts;
}

}  // namespace

SpcResult compute_spc(const std::vector<Reading>& rs, const SpcOptions& o, Direction d, std::optional<double> target) {
  SpcResult r;
  if (rs.empty()) return r;
  const auto starts = period_starts(rs, o.rebase);
  std::vector<int> sides;
  for (std::size_t k = 0; k < starts.size(); ++k) {
    const std::size_t from = starts[k], to = k + 1 < starts.size() ? starts[k + 1] : rs.size();
    std::vector<SpcPoint> pts;
    std::vector<double> values;
    for (std::size_t i = from; i < to; ++i) {
      pts.push_back({rs[i].date, rs[i].value, SpcCause::common, SpcRule::none});
      values.push_back(rs[i].value);
    }
    SpcPeriod p;
    p.from = rs[from].date, p.points = static_cast<int>(pts.size());
    const bool limits = p.points >= kSpcMinPoints;
    p.baseline = limits ? std::min(o.baseline.value_or(p.points), p.points) : p.points;
    const auto l = spc::limits_of(values, static_cast<std::size_t>(p.baseline), o.screen_outliers);
    p.mean = l.mean;
    if (limits) {
      p.lower = l.lower(), p.upper = l.upper();
      flag_period(pts, l, d, sides);
    } else {
      sides.resize(sides.size() + pts.size(), 0);
    }
    r.periods.push_back(p);
    r.points.insert(r.points.end(), pts.begin(), pts.end());
  }
  const SpcPeriod& last = r.periods.back();
  r.mean = last.mean, r.lower = last.lower, r.upper = last.upper, r.baseline = last.baseline;
  if (last.lower) {
    const int side = r.points.back().cause == SpcCause::common ? 0 : sides.back();
    r.variation = variation_of(r.points.back(), side);
    r.assurance = spc::assurance(*last.lower, *last.upper, d, target);
  }
  return r;
}

}  // namespace wres
