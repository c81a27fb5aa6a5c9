#include "wres/model/status.hpp"

namespace wres {

// Switches without a default, so that a new status is a compiler warning here.
std::string_view to_string(Status s) {
  switch (s) {
    case Status::not_reported:
      return "not_reported";
    case Status::not_started:
      return "not_started";
    case Status::in_progress:
      return "in_progress";
    case Status::on_track:
      return "on_track";
    case Status::at_risk:
      return "at_risk";
    case Status::off_track:
      return "off_track";
    case Status::complete:
      return "complete";
  }
  return "not_reported";
}

std::string_view status_word(Status s) {
  switch (s) {
    case Status::not_reported:
      return "Not reported";
    case Status::not_started:
      return "Not started";
    case Status::in_progress:
      return "In progress";
    case Status::on_track:
      return "On track";
    case Status::at_risk:
      return "At risk";
    case Status::off_track:
      return "Off track";
    case Status::complete:
      return "Complete";
  }
  return "Not reported";
}

std::optional<Status> status_from_name(std::string_view name) {
  for (Status s : kAllStatuses)
    if (to_string(s) == name) return s;
  return std::nullopt;
}

std::string_view mark_name(Status s, bool overdue) { return overdue ? kOverdueName : to_string(s); }

}  // namespace wres
