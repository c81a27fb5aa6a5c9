// The names enums travel by in the board file and the snapshot (DESIGN 4, 7):
// written out here by hand, so a table in the wrong order or missing a value
// fails.
#include <gtest/gtest.h>

#include "wres/model/board.hpp"
#include "wres/model/enum_names.hpp"
#include "wres/model/snapshot.hpp"
#include "wres/model/status_change.hpp"

using namespace wres;

// `names`: every value's name, in the order the enum declares the values.
template <class E>
void expect_names(std::vector<std::string> names, std::optional<E> (*from_name)(std::string_view)) {
  for (std::size_t i = 0; i < names.size(); ++i) {
    auto value = static_cast<E>(i);
    EXPECT_EQ(to_string(value), names[i]);
    EXPECT_EQ(from_name(names[i]), value) << names[i];
  }
  EXPECT_FALSE(from_name("no such name"));
  EXPECT_FALSE(from_name(""));
}

TEST(EnumNames, SnapshotEnumsReadBackByTheirDesignNames) {
  expect_names<Hue>({"red", "amber", "yellow", "green", "blue", "purple", "grey", "silver", "faint"}, hue_from_name);
  expect_names<Trend>({"improved", "worse", "same", "first_year"}, trend_from_name);
  expect_names<Rag>({"red", "amber", "green", "none"}, rag_from_name);
  expect_names<Comparison>({"better", "worse", "same"}, comparison_from_name);
  expect_names<Favours>({"reference", "focus", "neither"}, favours_from_name);  // schema 3 (DESIGN 8.4)
  expect_names<MetricKind>({"ratio", "share", "survey_gap", "score", "board_gap", "pay_gap", "single_group", "yes_no"},
                           metric_kind_from_name);
}

TEST(EnumNames, FigureSourcesAndBasesReadBackByTheirSnapshotNames) {
  expect_names<Source>({"counts", "published", "survey", "hourly"}, source_from_name);
  // "" is a name here: no basis (not a board gap), and a change recorded before causes were kept.
  EXPECT_EQ(to_string(BoardBasis::none), "");
  EXPECT_EQ(board_basis_from_name(""), BoardBasis::none);
  EXPECT_EQ(board_basis_from_name("voting"), BoardBasis::voting);
  EXPECT_EQ(board_basis_from_name("all_members"), BoardBasis::all_members);
  EXPECT_EQ(to_string(BoardBasis::all_members), "all_members");
  EXPECT_FALSE(board_basis_from_name("everyone"));
  EXPECT_EQ(to_string(ChangeCause::unknown), "");
  EXPECT_EQ(to_string(ChangeCause::config), "config");
  EXPECT_EQ(to_string(ChangeCause::date), "date");
  EXPECT_EQ(change_cause_from_name("date"), ChangeCause::date);
  EXPECT_EQ(change_cause_from_name(""), ChangeCause::unknown);
  EXPECT_FALSE(change_cause_from_name("cron"));
}

TEST(EnumNames, BoardEnumsReadBackByTheirFileNames) {
  expect_names<DueKind>({"date", "ongoing", "annually", "quarterly", "tbc"}, due_kind_from_name);
  expect_names<BandGroup>({"all", "clinical", "non_clinical", "medical"}, band_group_from_name);
  expect_names<TargetBase>({"population", "workforce"}, target_base_from_name);
  EXPECT_EQ(to_string(Priority::must), "must");
  EXPECT_EQ(to_string(Priority::none), "");
}

// A value cast from bad data past the table's end gets the fallback, not a read past it.
TEST(EnumNames, AValuePastTheTableGetsTheFallback) {
  constexpr Named<Rag> table[] = {{Rag::red, "red"}};
  EXPECT_EQ(name_of(table, Rag::green, "none"), "none");
  static_assert(in_value_order(table));
  constexpr Named<Rag> swapped[] = {{Rag::amber, "amber"}, {Rag::red, "red"}};
  static_assert(!in_value_order(swapped));
}
