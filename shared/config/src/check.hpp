#pragma once
// Checks across sections and files: things no single table can see.
#include "wres/model/board.hpp"

namespace wres::config {

void check_unique_ids(const Board& board, Diagnostics& diags);
// [targets] against the years: a group with bands, a base with a figure.
void check_targets(const Board& board, Diagnostics& diags);

}  // namespace wres::config
