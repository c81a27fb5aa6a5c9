#pragma once
// wresd: one Asio event loop tying the watcher, the board service, the
// history store and the socket server together, with signals and timers.
#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/system_timer.hpp>
#include <boost/asio/thread_pool.hpp>

#include <chrono>
#include <optional>
#include <string>

#include "board_service.hpp"
#include "board_watcher.hpp"
#include "history_store.hpp"
#include "metrics.hpp"
#include "metrics_exposer.hpp"
#include "socket_server.hpp"
#include "systemd_notify.hpp"
#include "twin_writer.hpp"
#include "walls.hpp"

namespace wresd {

struct DaemonOptions {
  std::string config_path, db_path, socket_path;
  std::optional<gid_t> allowed_gid;
  WatchOptions watch;  // --watch, --poll-seconds, --debounce-ms
  // History records a board only once its files have been unchanged this
  // long, so a save caught half-way is never recorded.
  std::chrono::milliseconds settle{2000};
  // A board that looks like a save or a copy caught half-way (a file emptied,
  // a whole file's plans or most actions gone) reaches the wall only once the
  // files have been unchanged this long: a stalled copy can pause for seconds.
  std::chrono::milliseconds loss_settle{60000};
  std::size_t max_clients_per_uid = 64;
  SessionLimits limits;
  std::chrono::minutes date_check{5};  // catches clock jumps (no RTC on a Pi)
  std::chrono::seconds storage_retry{10};
  WallOptions walls;  // --shown-days, --wall-stale-seconds
  // Prometheus (daemon_metrics.cpp): node_exporter's textfile collector, and/or HTTP /metrics.
  std::string metrics_file, metrics_listen;
  // The accessible twin's folder (DESIGN 10) where the board sets no [twin] dir; empty: none.
  std::string twin_dir;
};

class Daemon {
 public:
  Daemon(boost::asio::io_context& io, DaemonOptions options);
  int run();  // returns the exit code

 private:
  // Reads and computes on the loader thread, applies here.
  void reload(const char* why, ReloadMode mode = ReloadMode::prompt);
  void apply_reload(PreparedBoard& prepared, const char* why, ReloadMode mode = ReloadMode::prompt);
  void reevaluate(const char* why);
  void arm_settle(std::chrono::milliseconds quiet);
  void settled();
  void schedule_store_check();
  void publish_frame();
  void published(const ReloadReport& report);
  void schedule_midnight();
  void schedule_date_check();
  void schedule_storage_retry();
  void wait_for_signals();
  void wait_for_status_signals();
  void shutdown();
  // One handler per request type, dispatched from the table in daemon.cpp.
  std::string answer(ClientSession& from, const nlohmann::json& request);
  std::string answer_snapshot(ClientSession& from, const nlohmann::json& request, std::optional<long long> id);
  std::string answer_history(ClientSession& from, const nlohmann::json& request, std::optional<long long> id);
  std::string answer_health(ClientSession& from, const nlohmann::json& request, std::optional<long long> id);
  std::string answer_shown(ClientSession& from, const nlohmann::json& request, std::optional<long long> id);
  std::string answer_frame(ClientSession& from, const nlohmann::json& request, std::optional<long long> id);
  std::string answer_screenshot(ClientSession& from, const nlohmann::json& request, std::optional<long long> id);
  std::string answer_captured(ClientSession& from, const nlohmann::json& request, std::optional<long long> id);
  nlohmann::json health() const;
  std::string twin_dir() const;
  std::string status_line() const;
  // daemon_metrics.cpp
  [[nodiscard]] bool start_metrics();
  void refresh_metrics();
  void arm_metrics();
  MetricsInput metrics_input() const;
  void write_metrics_file(const std::string& text);

  boost::asio::io_context& io_;
  DaemonOptions options_;
  HistoryStore store_;
  BoardService service_;
  BoardWatcher watcher_;
  SocketServer server_;
  Walls walls_;
  SystemdNotifier notifier_;
  boost::asio::signal_set signals_, status_signals_;
  boost::asio::system_timer midnight_;
  boost::asio::steady_timer date_check_, storage_retry_, settle_, store_check_, metrics_timer_;
  Frame frame_;
  long long revision_ = 0;  // of the snapshot published last: walls report which one they drew
  wres::Date evaluated_date_;
  std::time_t started_ = 0;
  bool retry_scheduled_ = false;
  bool loading_ = false;                // a board is being read on the loader thread
  const char* reload_again_ = nullptr;  // asked for while loading: why
  ReloadMode again_mode_ = ReloadMode::prompt;
  // What the metrics say besides the services' own state.
  double last_good_load_ = 0, build_seconds_ = 0;
  std::size_t warnings_ = 0;
  std::unique_ptr<MetricsExposer> exposer_;
  MetricsInput metrics_written_for_;  // as the file last had it, ages left out: a change writes it at once
  std::chrono::steady_clock::time_point metrics_written_{};
  TwinWriter twin_;  // its own thread: a slow disk never holds the wall up
  // Last, so it is joined first: a board being read finishes before the rest goes.
  boost::asio::thread_pool loader_{1};
};

}  // namespace wresd
