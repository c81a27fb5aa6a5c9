#pragma once
// Which actions changed their effective status ("overdue" included) between
// what was last recorded and the snapshot now. Pure; the daemon stores them.
#include <string>
#include <vector>

#include "wres/model/snapshot.hpp"
#include "wres/model/status_change.hpp"

namespace wres {

std::vector<StatusEntry> statuses_of(const Snapshot& s);
// Both lists in any order; the result follows `current`'s order, then removals.
// The changes have no time yet (at, at_unix, cause are for the caller).
std::vector<StatusChange> diff_statuses(const std::vector<StatusEntry>& previous,
                                        const std::vector<StatusEntry>& current);

}  // namespace wres
