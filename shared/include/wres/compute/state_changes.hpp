#pragma once
// Which actions changed their effective status ("overdue" included) between
// what was last recorded and the snapshot now. Pure; the daemon stores them.
#include <string>
#include <vector>

#include "wres/model/snapshot.hpp"

namespace wres {

struct StatusEntry {
  std::string plan, action, title, status;
};

struct StateChange {
  std::string plan, action, title;
  std::string from;  // "" when the action is new
  std::string to;    // "removed" when the action left the board
};

inline constexpr const char* kRemoved = "removed";

std::vector<StatusEntry> statuses_of(const Snapshot& s);
// Both lists in any order; the result follows `current`'s order, then removals.
std::vector<StateChange> diff_statuses(const std::vector<StatusEntry>& previous,
                                       const std::vector<StatusEntry>& current);

}  // namespace wres
