#pragma once
// Counts that add up can give a withheld count back: with 8A-9 shown and
// every senior band but 8B shown, 8B is the difference. This audits a table
// of counts and the sums it publishes as a reader with a calculator would,
// and withholds further counts (secondary suppression) until no withheld
// count follows exactly from what is shown. Pure; compute/disclosure.cpp
// builds the tables and decides what is withheld first.
#include <cstddef>
#include <utility>
#include <vector>

namespace wres {

struct AuditCell {
  long long value = 0;       // the true count
  long long lo = 0, hi = 0;  // what a reader knows of it when withheld ("fewer than 5": 0-4)
  bool shown = true;
  bool may_withhold = true;  // false for a headline that is shown whatever (the whole workforce)
  bool protect = false;      // withheld for privacy: a reader must not be able to work it out
};

// cells[total] = the sum of cells[parts].
struct AuditSum {
  std::size_t total = 0;
  std::vector<std::size_t> parts;
};

using Bounds = std::pair<long long, long long>;

// What a reader can work out of each cell from the shown cells, the sums and
// the bounds of the withheld ones: an interval, a single value when the cell
// is pinned. Combines exact linear elimination (a withheld count equal to a
// combination of shown ones) with interval reasoning (two withheld counts
// that add up to 0 are both 0).
std::vector<Bounds> reader_bounds(const std::vector<AuditCell>& cells, const std::vector<AuditSum>& sums);

// Withholds further shown cells, smallest first, until no cell marked
// `protect` is pinned. Returns the cells it withheld, in order.
std::vector<std::size_t> protect_withheld(std::vector<AuditCell>& cells, const std::vector<AuditSum>& sums);

}  // namespace wres
