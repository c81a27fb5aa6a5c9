#include <gtest/gtest.h>

#include "wres/config/due.hpp"

using namespace wres;

TEST(Due, MonthMeansItsLastDay) {
  auto d = parse_due("2024-10");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->kind, DueKind::date);
  EXPECT_EQ(d->date, (Date{2024, 10, 31}));
  EXPECT_EQ(d->text, "2024-10");
  EXPECT_EQ(parse_due("2025-02")->date, (Date{2025, 2, 28}));
}

TEST(Due, FullDateAndKeywords) {
  EXPECT_EQ(parse_due("2021-11-30")->date, (Date{2021, 11, 30}));
  EXPECT_EQ(parse_due("ongoing")->kind, DueKind::ongoing);
  EXPECT_EQ(parse_due("annually")->kind, DueKind::annually);
  EXPECT_EQ(parse_due("quarterly")->kind, DueKind::quarterly);
  EXPECT_EQ(parse_due("tbc")->kind, DueKind::tbc);
  EXPECT_FALSE(parse_due("ongoing")->date);
}

TEST(Due, RejectsOtherForms) {
  for (const char* bad : {"2024-13-40", "2024-13", "Jan-25", "2024", "Ongoing", "soon", "", "2024-1"})
    EXPECT_FALSE(parse_due(bad)) << bad;
}

TEST(Start, MonthMeansItsFirstDay) {
  EXPECT_EQ(parse_start("2024-04"), (Date{2024, 4, 1}));
  EXPECT_EQ(parse_start("2024-04-15"), (Date{2024, 4, 15}));
  EXPECT_FALSE(parse_start("ongoing"));
}
