#pragma once
// The walls connected to wresd: what each says it shows, the shown history
// they write (one row per view, and a gap row when a wall goes quiet or away),
// and screenshots asked of them for wresctl. A session becomes a wall with its
// first frame report.
//
// Proof of display is wresd's, not the walls': rows carry wresd's clock (a
// wall's clock may be wrong, or lie), a name belongs to one live connection,
// a wall writes at most a row a second from a budget, the history keeps a
// bounded number of wall names, and a picture is passed on only from the wall
// asked, when its pixels hash to a frame that wall reported.
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/thread_pool.hpp>

#include <nlohmann/json_fwd.hpp>

#include <chrono>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "client_session.hpp"
#include "history_store.hpp"
#include "metrics.hpp"
#include "wres/model/frame_report.hpp"

namespace wresd {

struct WallOptions {
  // A wall presents a frame at least once a minute (its clock): one silent
  // for this long is stuck, and says so in status and the log.
  std::chrono::seconds stale_after{150};
  std::chrono::seconds capture_timeout{15};  // PNG encoding of a 4K frame on a Pi takes seconds
  ShownLimits shown;                         // wresd --shown-days
  // A box has a wall or two; a trust a few dozen on one board. More names
  // than this are refused: invented ones would grow the history without end.
  std::size_t max_names = 100;
  double rows_per_second = 1, row_burst = 30;            // shown rows a wall may write
  double reports_per_second = 100, report_burst = 1000;  // frame reports (a wall redraws on change)
};

// A token bucket: `burst` at once, refilled at `rate` a second.
class Budget {
 public:
  Budget(double rate, double burst) : rate_(rate), burst_(burst), tokens_(burst) {}
  [[nodiscard]] bool take(std::chrono::steady_clock::time_point now);

 private:
  double rate_, burst_, tokens_;
  std::chrono::steady_clock::time_point at_{};
};

class Walls {
 public:
  Walls(boost::asio::io_context& io, HistoryStore& store, WallOptions options);
  ~Walls();
  // Request handlers (Daemon's table): each returns the reply, or "" for none now.
  std::string report(ClientSession& from, const nlohmann::json& message);  // frame_shown
  std::string screenshot(ClientSession& from, const nlohmann::json& request, std::optional<long long> id);
  std::string captured(ClientSession& from, const nlohmann::json& message);
  void closed(ClientSession& session, const std::string& why);
  void stop();
  nlohmann::json status() const;             // each wall, for get_health
  std::vector<WallMetrics> metrics() const;  // each wall, and those gone since start
  std::size_t count() const { return walls_.size(); }
  const std::string& storage_error() const { return storage_error_; }

 private:
  struct Wall {
    std::weak_ptr<ClientSession> session;
    std::string name, asked;                    // held, and asked for ("lobby (2)" when another held "lobby")
    wres::FrameReport last;                     // the newest report
    std::optional<wres::FrameReport> recorded;  // the view last written to the shown history
    std::optional<wres::FrameReport> pending;   // a new view waiting for the row budget
    std::deque<std::string> hashes;             // its last frames' pixel hashes
    std::chrono::steady_clock::time_point heard;
    bool quiet = false;  // no frame for stale_after: logged, and a gap row written
    Budget rows, reports;
  };
  struct Asker {
    std::weak_ptr<ClientSession> session;
    std::optional<long long> id;
  };
  struct Capture {
    std::vector<Asker> askers;  // one capture a wall at a time; later askers share it
    ClientSession* wall = nullptr;
    std::string wall_name;
    std::unique_ptr<boost::asio::steady_timer> timer;
    bool checking = false;  // its picture arrived and is being checked
  };
  // No frame for stale_after (status, metrics; check() logs it and writes the gap).
  [[nodiscard]] bool stale(const Wall& w) const {
    return w.quiet || std::chrono::steady_clock::now() - w.heard >= options_.stale_after;
  }
  Wall* find(ClientSession* s);
  Wall* pick(const std::string& name, std::string* why);
  [[nodiscard]] std::optional<std::string> admit(ClientSession& from, const wres::FrameReport& f, Wall*& w);
  std::string held_name(const std::string& asked) const;
  void note_view(Wall& w, const wres::FrameReport& f);
  void check_picture(long long cid, const nlohmann::json& message, const wres::FrameReport& frame);
  void finish_capture(long long id, const std::function<std::string(const Asker&)>& reply);
  void finish_capture_error(long long id, const std::string& why);
  void record(const wres::FrameReport& row);
  void record_gap(const Wall& w, const std::string& why);
  void arm_flush();
  void arm_check();
  void check();

  boost::asio::io_context& io_;
  HistoryStore& store_;
  WallOptions options_;
  boost::asio::steady_timer check_timer_, flush_timer_;
  std::map<ClientSession*, Wall> walls_;
  std::map<std::string, std::chrono::steady_clock::time_point> left_;  // wall name -> when it went away
  std::map<long long, Capture> captures_;
  long long next_capture_ = 1;
  bool checking_ = false, flushing_ = false;
  std::string storage_error_;
  // Pictures are decoded and hashed here, off the event loop; last, so it is
  // joined before the rest goes.
  boost::asio::thread_pool checker_{1};
};

}  // namespace wresd
