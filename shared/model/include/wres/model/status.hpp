#pragma once
// An action's status as its plan reports it (DESIGN 7.6). One enum for the
// config reader, the computations, the history store, the protocol and the
// wall; `overdue` is not a status: it is derived from dates (action_status.hpp).
#include <array>
#include <optional>
#include <string_view>

namespace wres {

// not_reported: the source gives no status. in_progress: started, with no
// judgement of pace. Both are neutral: neither counts as on track.
enum class Status { not_reported, not_started, in_progress, on_track, at_risk, off_track, complete };

inline constexpr std::array<Status, 7> kAllStatuses{Status::not_reported, Status::not_started, Status::in_progress,
                                                    Status::on_track,     Status::at_risk,     Status::off_track,
                                                    Status::complete};
inline constexpr std::size_t kStatusCount = kAllStatuses.size();

// The name used in config files, JSON and the history store: "in_progress".
std::string_view to_string(Status s);
[[nodiscard]] std::optional<Status> status_from_name(std::string_view name);
// For people: "In progress".
std::string_view status_word(Status s);

}  // namespace wres
