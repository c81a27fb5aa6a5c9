#pragma once
// The whole picture of a board on one day. Pure: history ("changes") and the
// config status are filled in by whoever has them (the daemon).
#include "wres/model/board.hpp"
#include "wres/model/snapshot.hpp"

namespace wres {

// as_of: the board's own as_of if set, else `today`.
Date effective_as_of(const Board& board, Date today);
struct SnapshotOptions {
  // The real day, for the survey embargo (publication is a real-world date,
  // whatever as_of the board is viewed at); default: as_of.
  std::optional<Date> today;
  // Full figures for a private meeting (wresctl --unredacted): no disclosure
  // control at all. The daemon never sets it.
  bool unredacted = false;
};

Snapshot build_snapshot(const Board& board, Date as_of, const SnapshotOptions& options = {});

// WRES data describe 31 March and are published by the following autumn; a
// year on, the next cycle's figures are due. Past this many months after the
// latest as_at the wall says the data is out of date (DESIGN 7.8).
inline constexpr int kReportingCycleMonths = 17;
[[nodiscard]] bool wres_data_overdue(Date as_of, Date latest_as_at);
// Pay gaps: the snapshot after `latest_as_at` (a year on) must be published
// within a year of its date, so the figures are overdue 24 months after it.
[[nodiscard]] bool pay_gap_data_overdue(Date as_of, Date latest_as_at);

}  // namespace wres
