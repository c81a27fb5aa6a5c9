#include "walls.hpp"

#include <spdlog/spdlog.h>

#include "wres/model/clock.hpp"
#include "wres/protocol/messages.hpp"
#include "wres/protocol/wall_messages.hpp"

namespace wresd {
namespace proto = wres::protocol;
using nlohmann::json;
using Clock = std::chrono::steady_clock;

namespace {
long long seconds_since(Clock::time_point t) {
  return std::chrono::duration_cast<std::chrono::seconds>(Clock::now() - t).count();
}
}  // namespace

Walls::Walls(boost::asio::io_context& io, HistoryStore& store, WallOptions options)
    : io_(io), store_(store), options_(options), check_timer_(io) {}

// A frame report: the wall's view now. A row in the shown history only when
// the view changed (page, screen, snapshot, night, panel), not per frame.
std::string Walls::report(ClientSession& from, const json& message) {
  std::string error;
  auto it = message.find("frame");
  auto frame = it != message.end() ? proto::frame_report_from(*it, &error) : std::nullopt;
  if (!frame) {
    spdlog::warn("client {} (uid {}) dropped: malformed frame report: {}", from.name(), from.uid(),
                 error.empty() ? "no \"frame\"" : error);
    from.refuse(proto::error_message(error.empty() ? "frame_shown needs a \"frame\"" : error));
    return {};
  }
  auto [pos, is_new] = walls_.try_emplace(&from);
  Wall& w = pos->second;
  if (is_new) {
    w.session = from.weak_from_this();
    auto left = left_.find(frame->wall);
    if (left != left_.end())
      spdlog::info("wall {} is back (pid {}), {} s after its last display went away", frame->wall, from.pid(),
                   seconds_since(left->second));
    else
      spdlog::info("wall {} connected (pid {}), showing {}", frame->wall, from.pid(), frame->page);
    arm_check();
  } else if (w.quiet) {
    spdlog::info("wall {}: frames again after {} s", frame->wall, seconds_since(w.heard));
  }
  w.quiet = false;
  w.heard = Clock::now();
  w.last = *frame;
  if (!w.recorded || !w.recorded->same_view(*frame) || w.recorded->wall != frame->wall) {
    record(*frame);
    w.recorded = *frame;
  }
  return {};
}

void Walls::record(const wres::FrameReport& row) {
  if (auto err = store_.record_shown(row, options_.shown)) {
    if (storage_error_.empty()) spdlog::error("shown history not written: {}", *err);
    storage_error_ = *err;
  } else if (!storage_error_.empty()) {
    spdlog::info("shown history written again");
    storage_error_.clear();
  }
}

// After a wall goes quiet or away its last row must not read as what it kept
// showing: a gap row says from when nothing is known.
void Walls::record_gap(const Wall& w, const std::string& why) {
  record({.wall = w.last.wall, .at = wres::local_timestamp_now(), .at_unix = std::time(nullptr), .gap = why});
}

void Walls::closed(ClientSession& session, const std::string& why) {
  for (auto it = captures_.begin(); it != captures_.end();) {
    auto next = std::next(it);
    if (it->second.wall == &session)
      finish_capture(it->first, proto::error_message("wall " + it->second.wall_name + " went away (" + why + ")",
                                                     it->second.asker_id));
    it = next;
  }
  auto it = walls_.find(&session);
  if (it == walls_.end()) return;
  const Wall& w = it->second;
  spdlog::warn("wall {} (pid {}) disconnected ({}); its last frame was {} s ago, page {}", w.last.wall, session.pid(),
               why, seconds_since(w.heard), w.last.page);
  record_gap(w, why == "daemon stopping" ? "wresd stopped" : "disconnected");
  left_[w.last.wall] = Clock::now();
  walls_.erase(it);
}

void Walls::stop() {
  check_timer_.cancel();
  captures_.clear();
}

void Walls::arm_check() {
  if (checking_) return;
  checking_ = true;
  check_timer_.expires_after(options_.stale_after / 3);
  check_timer_.async_wait([this](const boost::system::error_code& ec) {
    checking_ = false;
    if (ec) return;
    check();
    if (!walls_.empty()) arm_check();
  });
}

// A wall still connected but silent: its picture is frozen or its loop stuck.
// Its watchdog (WatchdogSec) restarts it; this is what IT reads in the log.
void Walls::check() {
  for (auto& [session, w] : walls_) {
    if (w.quiet || Clock::now() - w.heard < options_.stale_after) continue;
    w.quiet = true;
    spdlog::warn("wall {}: no frame for {} s (last: page {} at {}); stale: its watchdog should restart it", w.last.wall,
                 seconds_since(w.heard), w.last.page, w.last.at);
    record_gap(w, "no frame for " + std::to_string(seconds_since(w.heard)) + " s");
    w.recorded.reset();  // its next frame is a new view, whatever it shows
  }
}

json Walls::status() const {
  json out = json::array();
  for (const auto& [session, w] : walls_) {
    const long long age = seconds_since(w.heard);
    std::string state = w.quiet || age >= options_.stale_after.count() ? "stale"
                        : w.last.panel == wres::PanelState::on         ? "live"
                                                                       : std::string(wres::panel_words(w.last.panel));
    out.push_back({{"wall", w.last.wall},
                   {"pid", session->pid()},
                   {"uid", session->uid()},
                   {"state", state},
                   {"seconds_since_frame", age},
                   {"frame", proto::frame_report_json(w.last)}});
  }
  return out;
}

}  // namespace wresd
