#pragma once
// An action's due date, lateness and quiet in words: one home for the wall's
// pages and the accessible twin. Pure text.
#include <optional>
#include <string>

#include "wres/model/snapshot.hpp"

namespace wres {

std::string days_text(int days);                               // "3 days", "5 wk", "7 mo"
std::string late_text(int days);                               // "3 days late"
std::string due_in_text(int days_left);                        // "due today", "due in 5 wk"
std::string due_in_short(int days_left);                       // "due today", "in 5 wk": where "due" heads the column
std::string quiet_text(std::optional<int> days_since_update);  // "no update for 3 mo", "never updated"
std::string due_label(const ActionView& a);                    // "Sep 2024", "30 Sep 2024", "Ongoing", "TBC"
std::string short_time(const std::string& iso_timestamp);      // "Mon 14:02"

}  // namespace wres
