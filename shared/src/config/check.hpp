#pragma once
// Checks across sections and files: things no single table can see.
#include "wres/model/board.hpp"

namespace wres::config {

void check_unique_ids(const Board& board, Diagnostics& diags);

}  // namespace wres::config
