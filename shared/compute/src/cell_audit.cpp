#include "wres/compute/cell_audit.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

namespace wres {

namespace {

constexpr long double kEps = 1e-9L;

// One sum as a linear equation over the withheld cells: sum(coef * x) = rhs.
struct Equation {
  std::vector<long double> coef;
  long double rhs = 0;
};

std::vector<Equation> equations(const std::vector<Bounds>& known, const std::vector<std::size_t>& unknown_col,
                                std::size_t n_unknown, const std::vector<AuditSum>& sums) {
  std::vector<Equation> out;
  for (const auto& s : sums) {
    Equation e{std::vector<long double>(n_unknown, 0), 0};
    auto add = [&](std::size_t cell, long double sign) {
      if (known[cell].first == known[cell].second)
        e.rhs -= sign * static_cast<long double>(known[cell].first);
      else
        e.coef[unknown_col[cell]] += sign;
    };
    add(s.total, 1);
    for (std::size_t p : s.parts) add(p, -1);
    out.push_back(std::move(e));
  }
  return out;
}

using Pivots = std::vector<std::optional<std::size_t>>;  // per column, the row it leads

// Gauss-Jordan elimination of `rows` over `n` unknowns, in place.
Pivots reduce(std::vector<Equation>& rows, std::size_t n) {
  Pivots pivot_row(n);
  std::size_t r = 0;
  for (std::size_t c = 0; c < n && r < rows.size(); ++c) {
    auto best = std::max_element(rows.begin() + static_cast<long>(r), rows.end(), [&](const auto& a, const auto& b) {
      return std::fabs(a.coef[c]) < std::fabs(b.coef[c]);
    });
    if (std::fabs(best->coef[c]) < kEps) continue;
    std::swap(rows[r], *best);
    const long double div = rows[r].coef[c];
    for (auto& v : rows[r].coef) v /= div;
    rows[r].rhs /= div;
    for (std::size_t o = 0; o < rows.size(); ++o) {
      if (o == r || std::fabs(rows[o].coef[c]) < kEps) continue;
      const long double f = rows[o].coef[c];
      for (std::size_t k = 0; k < n; ++k) rows[o].coef[k] -= f * rows[r].coef[k];
      rows[o].rhs -= f * rows[r].rhs;
    }
    pivot_row[c] = r++;
  }
  return pivot_row;
}

// A pivot whose row has nothing else left: that unknown is fixed.
bool alone_in_row(const Equation& row, std::size_t c) {
  for (std::size_t k = 0; k < row.coef.size(); ++k)
    if (k != c && std::fabs(row.coef[k]) > kEps) return false;
  return true;
}

// A withheld cell is fixed by the sums alone when, after elimination, its
// column is a pivot whose row has nothing in the free columns.
void pin_by_elimination(const std::vector<AuditSum>& sums, std::vector<Bounds>& known) {
  std::vector<std::size_t> unknown_col(known.size(), 0), cell_of;
  for (std::size_t i = 0; i < known.size(); ++i)
    if (known[i].first != known[i].second) unknown_col[i] = cell_of.size(), cell_of.push_back(i);
  const std::size_t n = cell_of.size();
  if (n == 0) return;
  auto rows = equations(known, unknown_col, n, sums);
  const Pivots pivots = reduce(rows, n);
  for (std::size_t c = 0; c < n; ++c) {
    if (!pivots[c] || !alone_in_row(rows[*pivots[c]], c)) continue;
    auto v = static_cast<long long>(std::llround(rows[*pivots[c]].rhs));
    known[cell_of[c]] = {v, v};
  }
}

// Interval reasoning: each part lies between the total's bounds minus the
// other parts' bounds, and the total between the parts' sums.
bool tighten(const AuditSum& s, std::vector<Bounds>& b) {
  bool changed = false;
  auto set = [&](std::size_t i, long long lo, long long hi) {
    lo = std::max(lo, b[i].first), hi = std::min(hi, b[i].second);
    if (lo > hi) return;  // inconsistent data: leave the reader's bounds as they were
    if (lo != b[i].first || hi != b[i].second) b[i] = {lo, hi}, changed = true;
  };
  long long sum_lo = 0, sum_hi = 0;
  for (std::size_t p : s.parts) sum_lo += b[p].first, sum_hi += b[p].second;
  set(s.total, sum_lo, sum_hi);
  for (std::size_t p : s.parts)
    set(p, b[s.total].first - (sum_hi - b[p].second), b[s.total].second - (sum_lo - b[p].first));
  return changed;
}

long long pinned_count(const std::vector<Bounds>& b) {
  return std::count_if(b.begin(), b.end(), [](const Bounds& x) { return x.first == x.second; });
}

}  // namespace

std::vector<Bounds> reader_bounds(const std::vector<AuditCell>& cells, const std::vector<AuditSum>& sums) {
  std::vector<Bounds> b;
  b.reserve(cells.size());
  for (const auto& c : cells) b.push_back(c.shown ? Bounds{c.value, c.value} : Bounds{c.lo, c.hi});
  // Each round can fix cells that let the other method go further.
  for (long long before = -1; before != pinned_count(b);) {
    before = pinned_count(b);
    pin_by_elimination(sums, b);
    for (int round = 0; round < 64; ++round) {
      bool changed = false;
      for (const auto& s : sums) changed = tighten(s, b) || changed;
      if (!changed) break;
    }
  }
  return b;
}

namespace {

// A withheld cell that the reader can work out, skipping cells whose own
// bounds already say all there is ("fewer than 1" is 0) and those nothing
// more can protect.
std::optional<std::size_t> first_pinned(const std::vector<AuditCell>& cells, const std::vector<Bounds>& b,
                                        const std::vector<bool>& hopeless) {
  for (std::size_t i = 0; i < cells.size(); ++i)
    if (cells[i].protect && !hopeless[i] && !cells[i].shown && cells[i].lo != cells[i].hi && b[i].first == b[i].second)
      return i;
  return std::nullopt;
}

// The cell to withhold next for `victim`: the smallest shown part of a sum it
// is in, else a shown total of one.
std::optional<std::size_t> cover_for(std::size_t victim, const std::vector<AuditCell>& cells,
                                     const std::vector<AuditSum>& sums) {
  std::optional<std::size_t> part, total;
  auto better = [&](std::optional<std::size_t> cur, std::size_t c) {
    return !cur || cells[c].value < cells[*cur].value;
  };
  for (const auto& s : sums) {
    bool in = s.total == victim || std::find(s.parts.begin(), s.parts.end(), victim) != s.parts.end();
    if (!in) continue;
    for (std::size_t p : s.parts)
      if (p != victim && cells[p].shown && cells[p].may_withhold && better(part, p)) part = p;
    if (s.total != victim && cells[s.total].shown && cells[s.total].may_withhold && better(total, s.total))
      total = s.total;
  }
  return part ? part : total;
}

}  // namespace

std::vector<std::size_t> protect_withheld(std::vector<AuditCell>& cells, const std::vector<AuditSum>& sums) {
  std::vector<std::size_t> added;
  std::vector<bool> hopeless(cells.size(), false);
  for (std::size_t guard = 0; guard <= 2 * cells.size(); ++guard) {
    auto victim = first_pinned(cells, reader_bounds(cells, sums), hopeless);
    if (!victim) break;
    auto cover = cover_for(*victim, cells, sums);
    if (!cover) {  // nothing left to withhold around it: the caller's checks must catch this
      hopeless[*victim] = true;
      continue;
    }
    cells[*cover].shown = false;
    added.push_back(*cover);
  }
  return added;
}

}  // namespace wres
