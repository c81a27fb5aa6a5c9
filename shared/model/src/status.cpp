#include "wres/model/status.hpp"

namespace wres {

namespace {
struct StatusNames {
  std::string_view name, word;
};

// A switch without a default, so that a new status is a compiler warning here.
StatusNames names_of(Status s) {
  switch (s) {
    case Status::not_reported: return {"not_reported", "Not reported"};
    case Status::not_started: return {"not_started", "Not started"};
    case Status::in_progress: return {"in_progress", "In progress"};
    case Status::on_track: return {"on_track", "On track"};
    case Status::at_risk: return {"at_risk", "At risk"};
    case Status::off_track: return {"off_track", "Off track"};
    case Status::complete: return {"complete", "Complete"};
  }
  return {"not_reported", "Not reported"};
}
}  // namespace

std::string_view to_string(Status s) { return names_of(s).name; }
std::string_view status_word(Status s) { return names_of(s).word; }

std::optional<Status> status_from_name(std::string_view name) {
  for (Status s : kAllStatuses)
    if (to_string(s) == name) return s;
  return std::nullopt;
}

}  // namespace wres
