#pragma once
// A snapshot as a terminal table, for `wresctl snapshot` and `wresctl status`.
#include <ostream>

#include "wres/model/snapshot.hpp"

namespace wresctl {

void print_snapshot_table(std::ostream& out, const wres::Snapshot& s);

}  // namespace wresctl
