#pragma once
// The whole picture of a board on one day. Pure: history ("changes") and the
// config status are filled in by whoever has them (the daemon).
#include "wres/model/board.hpp"
#include "wres/model/snapshot.hpp"

namespace wres {

// as_of: the board's own as_of if set, else `today`.
Date effective_as_of(const Board& board, Date today);
Snapshot build_snapshot(const Board& board, Date as_of);

}  // namespace wres
