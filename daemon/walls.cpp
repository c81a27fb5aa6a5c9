#include "walls.hpp"

#include <set>

#include <spdlog/spdlog.h>
#include <nlohmann/json.hpp>

#include "wres/model/clock.hpp"
#include "wres/protocol/messages.hpp"
#include "wres/protocol/wall_messages.hpp"

namespace wresd {
namespace proto = wres::protocol;
using nlohmann::json;
using SteadyClock = std::chrono::steady_clock;

namespace {
long long seconds_since(SteadyClock::time_point t) {
  return std::chrono::duration_cast<std::chrono::seconds>(SteadyClock::now() - t).count();
}
constexpr std::size_t kHashesKept = 8;  // a capture's frame must be one of a wall's last few
}  // namespace

bool Budget::take(SteadyClock::time_point now) {
  if (at_ != SteadyClock::time_point{})
    tokens_ = std::min(burst_, tokens_ + rate_ * std::chrono::duration<double>(now - at_).count());
  at_ = now;
  if (tokens_ < 1) return false;
  tokens_ -= 1;
  return true;
}

Walls::Walls(boost::asio::io_context& io, HistoryStore& store, WallOptions options)
    : io_(io), store_(store), options_(options), check_timer_(io), flush_timer_(io) {}

Walls::~Walls() { checker_.join(); }

Walls::Wall* Walls::find(ClientSession* s) {
  auto it = walls_.find(s);
  return it == walls_.end() ? nullptr : &it->second;
}

// The name a new wall gets: the one it asked for, unless a live wall holds
// it; then "lobby (2)", and status and the log say so.
std::string Walls::held_name(const std::string& asked) const {
  auto taken = [&](const std::string& n) {
    return std::any_of(walls_.begin(), walls_.end(), [&](const auto& e) { return e.second.name == n; });
  };
  if (!taken(asked)) return asked;
  for (int k = 2;; ++k)
    if (std::string n = asked + " (" + std::to_string(k) + ")"; !taken(n)) return n;
}

// A session's first report makes it a wall, if its name can be kept; later
// reports must keep the name and the pace of a real wall. Why not, or nullopt.
std::optional<std::string> Walls::admit(ClientSession& from, const wres::FrameReport& f, Wall*& w) {
  if ((w = find(&from))) {
    if (f.wall != w->asked) return "a wall's name cannot change on one connection ('" + w->asked + "')";
    if (!w->reports.take(SteadyClock::now())) return "frame reports faster than any wall draws";
    return std::nullopt;
  }
  std::string name = held_name(f.wall);
  if (!store_.shown_name_allowed(name, options_.max_names))
    return "too many wall names: the shown history keeps " + std::to_string(options_.max_names);
  Wall& nw = walls_
                 .emplace(&from, Wall{from.weak_from_this(),
                                      name,
                                      f.wall,
                                      f,
                                      std::nullopt,
                                      std::nullopt,
                                      {},
                                      SteadyClock::now(),
                                      false,
                                      Budget(options_.rows_per_second, options_.row_burst),
                                      Budget(options_.reports_per_second, options_.report_burst)})
                 .first->second;
  w = &nw;
  from.mark_wall();
  if (name != f.wall)
    spdlog::warn("wall '{}' (pid {}) named itself as the live wall '{}' does: it is '{}' until it reconnects", f.wall,
                 from.pid(), f.wall, name);
  auto left = left_.find(name);
  if (left != left_.end())
    spdlog::info("wall {} is back (pid {}), {} s after its last display went away", name, from.pid(),
                 seconds_since(left->second));
  else
    spdlog::info("wall {} connected (pid {}), showing {}", name, from.pid(), f.page);
  arm_check();
  return std::nullopt;
}

// A frame report: the wall's view now, stamped with wresd's clock. A row in
// the shown history only when the view changed (page, screen, snapshot,
// night, panel), not per frame, and at most as fast as the row budget.
std::string Walls::report(ClientSession& from, const json& message) {
  std::string error;
  auto it = message.find("frame");
  auto frame = it != message.end() ? proto::frame_report_from(*it, &error) : std::nullopt;
  Wall* w = nullptr;
  if (frame)
    if (auto why = admit(from, *frame, w)) error = *why, frame.reset();
  if (!frame) {
    spdlog::warn("client {} (uid {}) dropped: malformed frame report: {}", from.name(), from.uid(),
                 error.empty() ? "no \"frame\"" : error);
    from.refuse(proto::error_message(error.empty() ? "frame_shown needs a \"frame\"" : error));
    return {};
  }
  if (w->quiet) spdlog::info("wall {}: frames again after {} s", w->name, seconds_since(w->heard));
  w->quiet = false;
  w->heard = SteadyClock::now();
  frame->wall = w->name;
  frame->at = wres::local_timestamp_now(), frame->at_unix = std::time(nullptr);
  w->last = *frame;
  w->hashes.push_back(frame->hash);
  if (w->hashes.size() > kHashesKept) w->hashes.pop_front();
  note_view(*w, *frame);
  return {};
}

void Walls::note_view(Wall& w, const wres::FrameReport& f) {
  if (w.pending && w.recorded && w.recorded->same_view(f)) {  // back within the second: nothing new to write
    w.pending.reset();
    return;
  }
  const wres::FrameReport& before = w.pending ? *w.pending : w.recorded ? *w.recorded : f;
  bool changed = (!w.pending && !w.recorded) || !before.same_view(f);
  if (!changed) return;
  if (w.rows.take(SteadyClock::now())) {
    record(f);
    w.recorded = f, w.pending.reset();
  } else {
    w.pending = f;  // written when the budget allows: the last view of a burst, with its own time
    arm_flush();
  }
}

void Walls::arm_flush() {
  if (flushing_) return;
  flushing_ = true;
  flush_timer_.expires_after(std::chrono::seconds(1));
  flush_timer_.async_wait([this](const boost::system::error_code& ec) {
    flushing_ = false;
    if (ec) return;
    bool more = false;
    for (auto& [session, w] : walls_) {
      if (!w.pending) continue;
      if (w.rows.take(SteadyClock::now())) {
        record(*w.pending);
        w.recorded = std::move(w.pending), w.pending.reset();
      } else {
        more = true;
      }
    }
    if (more) arm_flush();
  });
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
  record({.wall = w.name, .at = wres::local_timestamp_now(), .at_unix = std::time(nullptr), .gap = why});
}

void Walls::closed(ClientSession& session, const std::string& why) {
  for (auto it = captures_.begin(); it != captures_.end();) {
    auto next = std::next(it);
    if (it->second.wall == &session)
      finish_capture_error(it->first, "wall " + it->second.wall_name + " went away (" + why + ")");
    it = next;
  }
  auto it = walls_.find(&session);
  if (it == walls_.end()) return;
  const Wall& w = it->second;
  spdlog::warn("wall {} (pid {}) disconnected ({}); its last frame was {} s ago, page {}", w.name, session.pid(), why,
               seconds_since(w.heard), w.last.page);
  if (w.pending) record(*w.pending);  // it was on screen: a row, before the gap
  record_gap(w, why == "daemon stopping" ? "wresd stopped" : "disconnected");
  left_[w.name] = SteadyClock::now();
  while (left_.size() > options_.max_names)  // the names of walls long gone go first
    left_.erase(
        std::min_element(left_.begin(), left_.end(), [](const auto& a, const auto& b) { return a.second < b.second; }));
  walls_.erase(it);
}

void Walls::stop() {
  check_timer_.cancel();
  flush_timer_.cancel();
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
    if (w.quiet || SteadyClock::now() - w.heard < options_.stale_after) continue;
    w.quiet = true;
    spdlog::warn("wall {}: no frame for {} s (last: page {} at {}); stale: its watchdog should restart it", w.name,
                 seconds_since(w.heard), w.last.page, w.last.at);
    if (w.pending) record(*w.pending), w.pending.reset();
    record_gap(w, "no frame for " + std::to_string(seconds_since(w.heard)) + " s");
    w.recorded.reset();  // its next frame is a new view, whatever it shows
  }
}

std::vector<WallMetrics> Walls::metrics() const {
  std::vector<WallMetrics> out;
  std::set<std::string> live;
  for (const auto& [session, w] : walls_) {
    const long long age = seconds_since(w.heard);
    live.insert(w.name);
    out.push_back({.wall = w.name,
                   .connected = true,
                   .page = w.last.page,
                   .freshness = w.last.freshness,
                   .panel = std::string(wres::panel_words(w.last.panel)),
                   .state = stale(w) ? "stale" : "live",
                   .night = w.last.night,
                   .seconds_since_frame = static_cast<double>(age),
                   .snapshot_revision = w.last.revision});
  }
  for (const auto& [name, when] : left_)
    if (!live.count(name)) {
      WallMetrics gone;
      gone.wall = name;
      out.push_back(std::move(gone));
    }
  return out;
}

json Walls::status() const {
  json out = json::array();
  for (const auto& [session, w] : walls_) {
    const long long age = seconds_since(w.heard);
    std::string state = stale(w)                               ? "stale"
                        : w.last.panel == wres::PanelState::on ? "live"
                                                               : std::string(wres::panel_words(w.last.panel));
    json j = {{"wall", w.name}, {"pid", session->pid()},      {"uid", session->uid()},
              {"state", state}, {"seconds_since_frame", age}, {"frame", proto::frame_report_json(w.last)}};
    if (w.asked != w.name) j["asked_name"] = w.asked;  // another live wall holds the name it asked for
    out.push_back(std::move(j));
  }
  return out;
}

}  // namespace wresd
