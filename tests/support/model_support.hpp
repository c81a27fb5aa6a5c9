#pragma once
// Model values the unit tests build by hand: an action, the illustrative
// board and its snapshot, one metric of a family. One home, so that test
// files built together (a unity build) share them rather than clash.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "temp_dir.hpp"
#include "wres/compute/snapshot_builder.hpp"
#include "wres/config/due.hpp"
#include "wres/config/load.hpp"

namespace wres::test {

// The as-of date of the example boards and of most tests.
inline const Date kAsOf{2024, 9, 30};

inline Action action(std::string id, Status s, std::string due, std::string theme = "", std::vector<int> inds = {}) {
  Action a;
  a.id = std::move(id);
  a.status = s;
  a.due = *parse_due(due);
  a.theme = std::move(theme);
  a.indicators = std::move(inds);
  return a;
}

inline Board illustrative_board() {
  auto r = load_board(source_path("deploy/examples/illustrative/board.toml"));
  EXPECT_TRUE(r.ok()) << (r.errors.empty() ? "" : format(r.errors.front()));
  return r.board ? *r.board : Board{};
}

// The board as published on its own as_of, judged on `today` (as_of when not given).
inline Snapshot published(const Board& b, std::optional<Date> today = std::nullopt) {
  return build_snapshot(b, *b.as_of, SnapshotOptions{today.value_or(*b.as_of), false});
}

inline const IndicatorResult* find_metric(const Snapshot& s, const std::string& family, const char* key) {
  for (const auto& r : s.indicators)
    if (r.family().id == family && r.spec().key == key) return &r;
  return nullptr;
}

// The metric, or a failure and an empty result.
inline const IndicatorResult& metric_of(const Snapshot& s, const std::string& family, const char* key) {
  if (const auto* r = find_metric(s, family, key)) return *r;
  ADD_FAILURE() << "no " << family << " metric " << key;
  static IndicatorResult none;
  return none;
}

}  // namespace wres::test
