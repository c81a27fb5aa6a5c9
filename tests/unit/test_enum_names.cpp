// The names enums travel by in the board file and the snapshot (DESIGN 4, 7):
// written out here by hand, so a table in the wrong order or missing a value
// fails.
#include <gtest/gtest.h>

#include "wres/model/board.hpp"
#include "wres/model/enum_names.hpp"
#include "wres/model/snapshot.hpp"

using namespace wres;

template <class E>
void expect_names(std::initializer_list<std::pair<E, const char*>> expected,
                  std::optional<E> (*from_name)(std::string_view)) {
  for (auto [value, name] : expected) {
    EXPECT_EQ(to_string(value), name);
    EXPECT_EQ(from_name(name), value) << name;
  }
  EXPECT_FALSE(from_name("no such name"));
  EXPECT_FALSE(from_name(""));
}

TEST(EnumNames, SnapshotEnumsReadBackByTheirDesignNames) {
  expect_names<Hue>({{Hue::red, "red"},
                     {Hue::amber, "amber"},
                     {Hue::yellow, "yellow"},
                     {Hue::green, "green"},
                     {Hue::blue, "blue"},
                     {Hue::purple, "purple"},
                     {Hue::grey, "grey"},
                     {Hue::silver, "silver"},
                     {Hue::faint, "faint"}},
                    hue_from_name);
  expect_names<Trend>({{Trend::improved, "improved"},
                       {Trend::worse, "worse"},
                       {Trend::same, "same"},
                       {Trend::first_year, "first_year"}},
                      trend_from_name);
  expect_names<Rag>({{Rag::red, "red"}, {Rag::amber, "amber"}, {Rag::green, "green"}, {Rag::none, "none"}},
                    rag_from_name);
  expect_names<Comparison>({{Comparison::better, "better"}, {Comparison::worse, "worse"}, {Comparison::same, "same"}},
                           comparison_from_name);
  expect_names<Favours>({{Favours::white, "white"}, {Favours::bme, "bme"}, {Favours::neither, "neither"}},
                        favours_from_name);
}

TEST(EnumNames, BoardEnumsReadBackByTheirFileNames) {
  expect_names<DueKind>({{DueKind::date, "date"},
                         {DueKind::ongoing, "ongoing"},
                         {DueKind::annually, "annually"},
                         {DueKind::quarterly, "quarterly"},
                         {DueKind::tbc, "tbc"}},
                        due_kind_from_name);
  expect_names<BandGroup>({{BandGroup::all, "all"},
                           {BandGroup::clinical, "clinical"},
                           {BandGroup::non_clinical, "non_clinical"},
                           {BandGroup::medical, "medical"}},
                          band_group_from_name);
  expect_names<TargetBase>({{TargetBase::population, "population"}, {TargetBase::workforce, "workforce"}},
                           target_base_from_name);
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
