#pragma once
// The messages about what a wall shows (protocol.hpp lists them): frame
// reports, the shown history, and a capture of the presented frame.
#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <vector>

#include "wres/model/frame_report.hpp"

namespace wres::protocol {

nlohmann::json frame_report_json(const FrameReport& f);
// Reads and checks a frame report (from a wall: untrusted). nullopt and the
// reason when any field is missing, of the wrong type or out of range.
[[nodiscard]] std::optional<FrameReport> frame_report_from(const nlohmann::json& j, std::string* error);

std::string frame_shown_message(const FrameReport& f);
std::string shown_message(long long id, const std::vector<FrameReport>& entries);
// The entries of a shown reply; entries that do not read are left out.
std::vector<FrameReport> shown_entries(const nlohmann::json& message);

// Only a wall's picture may be larger than kMaxRequestBytes: a message that
// size is checked for that shape as it is read, before it is built (a large
// frame of anything else would cost many times its size to parse). Why it
// is not one, or nullopt.
[[nodiscard]] std::optional<std::string> large_message_problem(const std::string& payload);

// A wall's answer to capture: the frame it presented last, as PNG in base64.
std::string captured_message(long long id, const FrameReport& f, const std::string& png_base64);
std::string capture_failed_message(long long id, const std::string& why);
// The daemon's reply to get_screenshot: a wall's checked picture and its frame.
std::string screenshot_message(long long id, const FrameReport& f, const std::string& png_base64);

}  // namespace wres::protocol
