#pragma once
// The walls connected to wresd: what each says it shows, the shown history
// they write (one row per view, and a gap row when a wall goes quiet or away),
// and screenshots asked of them for wresctl. A session becomes a wall with its
// first frame report.
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>

#include <nlohmann/json.hpp>

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "client_session.hpp"
#include "history_store.hpp"
#include "wres/model/frame_report.hpp"

namespace wresd {

struct WallOptions {
  // A wall presents a frame at least once a minute (its clock): one silent
  // for this long is stuck, and says so in status and the log.
  std::chrono::seconds stale_after{150};
  std::chrono::seconds capture_timeout{15};  // PNG encoding of a 4K frame on a Pi takes seconds
  ShownLimits shown;                         // wresd --shown-days
};

class Walls {
 public:
  Walls(boost::asio::io_context& io, HistoryStore& store, WallOptions options);
  // Request handlers (Daemon's table): each returns the reply, or "" for none now.
  std::string report(ClientSession& from, const nlohmann::json& message);  // frame_shown
  std::string screenshot(ClientSession& from, const nlohmann::json& request, std::optional<long long> id);
  std::string captured(ClientSession& from, const nlohmann::json& message);
  void closed(ClientSession& session, const std::string& why);
  void stop();
  nlohmann::json status() const;  // each wall, for get_health
  std::size_t count() const { return walls_.size(); }
  const std::string& storage_error() const { return storage_error_; }

 private:
  struct Wall {
    std::weak_ptr<ClientSession> session;
    wres::FrameReport last;                     // the newest report
    std::optional<wres::FrameReport> recorded;  // the view last written to the shown history
    std::chrono::steady_clock::time_point heard;
    bool quiet = false;  // no frame for stale_after: logged, and a gap row written
  };
  struct Capture {
    std::weak_ptr<ClientSession> asker;
    std::optional<long long> asker_id;
    ClientSession* wall = nullptr;
    std::string wall_name;
    std::unique_ptr<boost::asio::steady_timer> timer;
  };
  Wall* pick(const std::string& name, std::string* why);
  void finish_capture(long long id, const std::string& reply);
  void record(const wres::FrameReport& row);
  void record_gap(const Wall& w, const std::string& why);
  void arm_check();
  void check();

  boost::asio::io_context& io_;
  HistoryStore& store_;
  WallOptions options_;
  boost::asio::steady_timer check_timer_;
  std::map<ClientSession*, Wall> walls_;
  std::map<std::string, std::chrono::steady_clock::time_point> left_;  // wall name -> when it went away
  std::map<long long, Capture> captures_;
  long long next_capture_ = 1;
  bool checking_ = false;
  std::string storage_error_;
};

}  // namespace wresd
