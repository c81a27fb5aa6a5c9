#pragma once
// Every number, date and "late / due in" phrase the pages draw, as text. Pure:
// no ImGui, unit tested (tests/unit/test_display_format.cpp).
#include <optional>
#include <string>

#include "wres/model/date.hpp"
#include "wres/model/measure_wording.hpp"
#include "wres/model/snapshot.hpp"

namespace display {

std::string format_value(const wres::IndicatorResult& r, double v);  // as the indicator's own unit
std::string format_date(const wres::Date& d);                        // "30 Sep 2024"
std::string short_time(const std::string& iso_timestamp);            // "Mon 14:02"

std::string days_text(int days);                               // "3 days", "5 wk", "7 mo"
std::string late_text(int days);                               // "3 days late"
std::string due_in_text(int days_left);                        // "due today", "due in 5 wk"
std::string due_in_short(int days_left);                       // "due today", "in 5 wk": where "due" heads the column
std::string quiet_text(std::optional<int> days_since_update);  // "no update for 3 mo", "never updated"
std::string due_label(const wres::ActionView& a);              // "Sep 2024", "30 Sep 2024", "Ongoing", "TBC"

using wres::number_text;  // the measure words live with the others (model/measure_wording.cpp)
using wres::with_unit;
std::string percent_one_place(double v);  // "12.3%"
std::string points_signed(double v);      // "+1.2 pts"

}  // namespace display
