#pragma once
// Every number, date and "late / due in" phrase the pages draw, as text. Pure:
// no ImGui, unit tested (tests/unit/test_display_format.cpp).
#include <optional>
#include <string>

#include "wres/model/action_wording.hpp"
#include "wres/model/date.hpp"
#include "wres/model/measure_wording.hpp"
#include "wres/model/snapshot.hpp"

namespace display {

std::string format_value(const wres::IndicatorResult& r, double v);  // as the indicator's own unit
std::string format_date(const wres::Date& d);                        // "30 Sep 2024"

// An action's dates in words live with the other words (model/action_wording.cpp).
using wres::days_text;
using wres::due_in_short;
using wres::due_in_text;
using wres::due_label;
using wres::late_text;
using wres::quiet_text;
using wres::short_time;

using wres::number_text;  // the measure words live with the others (model/measure_wording.cpp)
using wres::with_unit;
std::string percent_one_place(double v);  // "12.3%"
std::string points_signed(double v);      // "+1.2 pts"

}  // namespace display
