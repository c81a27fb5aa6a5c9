#include <gtest/gtest.h>

#include "wres/model/date.hpp"

using namespace wres;

TEST(Date, ParsesRealDaysOnly) {
  EXPECT_EQ(parse_iso_date("2024-09-30"), (Date{2024, 9, 30}));
  EXPECT_EQ(parse_iso_date("2024-02-29"), (Date{2024, 2, 29}));  // leap year
  EXPECT_FALSE(parse_iso_date("2023-02-29"));
  EXPECT_FALSE(parse_iso_date("2024-13-40"));
  EXPECT_FALSE(parse_iso_date("2024-00-10"));
  EXPECT_FALSE(parse_iso_date("2024-9-30"));
  EXPECT_FALSE(parse_iso_date("30/09/2024"));
  EXPECT_FALSE(parse_iso_date(""));
  EXPECT_FALSE(parse_iso_date("0000-01-01"));
}

TEST(Date, EndOfMonthAndArithmetic) {
  EXPECT_EQ(end_of_month(2024, 2), (Date{2024, 2, 29}));
  EXPECT_EQ(end_of_month(2025, 2), (Date{2025, 2, 28}));
  EXPECT_EQ(end_of_month(2024, 12), (Date{2024, 12, 31}));
  EXPECT_EQ(add_days(Date{2024, 12, 31}, 1), (Date{2025, 1, 1}));
  EXPECT_EQ(days_between(Date{2024, 9, 30}, Date{2024, 10, 31}), 31);
  EXPECT_EQ(days_between(Date{2024, 10, 31}, Date{2024, 9, 30}), -31);
  EXPECT_EQ(to_iso(Date{2024, 3, 5}), "2024-03-05");
}
