// wresd: the WRES Kiosk daemon. Reads the admins' board file, keeps history,
// and serves snapshots to the wall display on a local socket.
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <CLI/CLI.hpp>

#include <csignal>
#include <cstdlib>
#include <filesystem>

#include "daemon.hpp"
#include "peer_check.hpp"
#include "wres/protocol/protocol.hpp"

namespace {

std::string default_db_path() {
  if (const char* sd = std::getenv("STATE_DIRECTORY"); sd && *sd) return std::string(sd) + "/history.sqlite3";
  if (const char* x = std::getenv("XDG_STATE_HOME"); x && *x) return std::string(x) + "/wres/history.sqlite3";
  if (const char* h = std::getenv("HOME"); h && *h) return std::string(h) + "/.local/state/wres/history.sqlite3";
  return "history.sqlite3";
}

void setup_logging(const std::string& level) {
  spdlog::set_default_logger(spdlog::stderr_color_mt("wresd"));
  spdlog::flush_on(spdlog::level::info);
  // journald stamps lines itself; a terminal wants the time.
  spdlog::set_pattern(std::getenv("JOURNAL_STREAM") ? "%l: %v" : "%Y-%m-%d %H:%M:%S.%e wresd %l: %v");
  spdlog::set_level(spdlog::level::from_str(level));
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "wresd - the WRES Kiosk daemon: watches the board file, keeps its history in SQLite and\n"
      "publishes snapshots to wall displays on a local Unix socket."};
  app.footer(
      "DESCRIPTION\n"
      "  Loads --config and every file it includes, and reloads within a quarter of a second of a save\n"
      "  (inotify; editors that save by rename are seen), on SIGHUP, and at local midnight so actions\n"
      "  become overdue without an edit. Files on a network share (CIFS/SMB, NFS) are polled instead\n"
      "  (--watch, --poll-seconds): a save there reaches the wall within two poll intervals.\n"
      "  A board with errors is not applied: the last good snapshot stays published with\n"
      "  config.ok=false and the errors, for the wall to show, also after a restart (and when a share\n"
      "  cannot be read). A change reaches history (--db, SQLite, WAL) once the files have been unchanged\n"
      "  for --settle-ms, so a half-finished save is never recorded. A board that lost a whole file or\n"
      "  most of its actions waits for --loss-settle-ms of quiet; an include pattern that matched files\n"
      "  and now matches none (a folder moved away, a share unmounted) is an error until they are back.\n\n"
      "SIGNALS\n"
      "  SIGHUP reload now, taking the files as they are (a removal held as above too).\n"
      "  SIGUSR1, SIGUSR2 log a status line.  SIGTERM, SIGINT stop cleanly.\n\n"
      "FILES\n"
      "  /etc/wres/board.toml               the board (packaged install; see docs/board-file.md)\n"
      "  /var/lib/wres/history.sqlite3      history (packaged install)\n"
      "  /run/wres/wresd.sock               the socket, 0660, for root, this user and --group\n\n"
      "ENVIRONMENT\n"
      "  NOTIFY_SOCKET, WATCHDOG_USEC       set by systemd: READY/STATUS/WATCHDOG are sent\n"
      "  STATE_DIRECTORY, RUNTIME_DIRECTORY default places for --db and --socket\n\n"
      "EXIT STATUS\n"
      "  0 stopped by a signal; 1 could not start (cannot listen on the socket); 2 bad options, or another\n"
      "  wresd already uses this database or socket, or the socket's folder is not safe (owned by another\n"
      "  user, writable by everyone).\n\n"
      "EXAMPLE\n"
      "  wresd --config deploy/examples/nscht/board.toml --db /tmp/h.sqlite3 --socket /tmp/wres.sock");
  wresd::DaemonOptions o;
  std::string group, level = "info";
  // Each option starts from its default in DaemonOptions (daemon.hpp) and SessionLimits.
  long long idle_ms = o.limits.hello_timeout.count(), per_uid = static_cast<long long>(o.max_clients_per_uid);
  long long settle_ms = o.settle.count(), debounce_ms = o.watch.debounce.count(), loss_ms = o.loss_settle.count();
  long long poll_s = o.watch.poll_interval.count() / 1000;
  std::string watch = std::string(wresd::watch_mode_name(o.watch.mode));
  long long write_timeout_ms = o.limits.write_timeout.count(), storage_retry_s = o.storage_retry.count();
  long long shown_days = o.walls.shown.keep_seconds / 86400, wall_stale_s = o.walls.stale_after.count();
  app.add_option("--config", o.config_path, "The board's main TOML file")->required();
  app.add_option("--db", o.db_path,
                 "History database (default: $STATE_DIRECTORY/history.sqlite3, else "
                 "~/.local/state/wres/history.sqlite3)");
  app.add_option("--socket", o.socket_path, "Socket path (default: " + wres::protocol::default_socket_path() + ")");
  app.add_option("--group", group, "Group whose members may connect (besides root and this user)");
  app.add_option("--debounce-ms", debounce_ms, "Quiet time after a file event before reloading")
      ->check(CLI::Range(0, 10000));
  app.add_option("--watch", watch,
                 "How edits are noticed: auto (inotify on local file systems, polling on network shares "
                 "such as CIFS/SMB and NFS, whose other machines' edits inotify never sees), inotify, poll")
      ->capture_default_str()
      ->check(CLI::IsMember({"auto", "inotify", "poll"}));
  app.add_option("--poll-seconds", poll_s,
                 "Polling: how often the board's files are read; a change is loaded once two polls in a row "
                 "agree, so within two intervals of the save")
      ->capture_default_str()
      ->check(CLI::Range(1, 3600));
  app.add_option("--metrics-file", o.metrics_file,
                 "Write metrics for Prometheus to this file (node_exporter's textfile collector: "
                 "/var/lib/prometheus/node-exporter/wres.prom), on every change and at least every 30 s");
  app.add_option("--metrics-listen", o.metrics_listen,
                 "Serve metrics at http://ADDRESS:PORT/metrics; PORT alone is 127.0.0.1:PORT (another address "
                 "is said in the log: anyone who reaches it reads the walls' names)");
  app.add_option("--twin-dir", o.twin_dir,
                 "Write the accessible version of the wall (index.html and CSVs) into this folder on every "
                 "change, where the board sets no [twin] dir. The folder must exist and be writable");
  app.add_option("--settle-ms", settle_ms,
                 "How long the board's files must stay unchanged before a change is "
                 "recorded in history")
      ->capture_default_str()
      ->check(CLI::Range(0, 600000));
  app.add_option("--loss-settle-ms", loss_ms,
                 "How long the files must stay unchanged before a board that lost a whole file or most of its "
                 "actions reaches the wall (a copy or a share can stall for seconds); SIGHUP takes it at once")
      ->capture_default_str()
      ->check(CLI::Range(0, 3600000));
  app.add_option("--client-write-timeout-ms", write_timeout_ms, "Drop a client that takes longer to take one frame")
      ->check(CLI::Range(100, 600000));
  app.add_option("--client-idle-ms", idle_ms, "Drop a client that neither subscribes nor asks within this time")
      ->capture_default_str()
      ->check(CLI::Range(100, 600000));
  app.add_option("--max-clients-per-uid", per_uid,
                 "Connections one user may hold (walls of other users keep "
                 "their places)")
      ->capture_default_str()
      ->check(CLI::Range(std::size_t{1}, wresd::ServerOptions{}.max_clients));
  app.add_option("--storage-retry-s", storage_retry_s,
                 "How often to retry the history database after a failure "
                 "(disk full, read-only)")
      ->check(CLI::Range(1, 3600));
  app.add_option("--shown-days", shown_days,
                 "How long the shown history (what each wall showed when: wresctl shown) is kept")
      ->capture_default_str()
      ->check(CLI::Range(1, 3660));
  app.add_option("--wall-stale-seconds", wall_stale_s,
                 "A wall that sends no frame for this long is reported stale (it draws one a minute at least)")
      ->capture_default_str()
      ->check(CLI::Range(5, 86400));
  app.add_option("--log-level", level, "trace, debug, info, warn, error")
      ->check(CLI::IsMember({"trace", "debug", "info", "warn", "error"}));
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return e.get_exit_code() == 0 ? rc : 2;
  }
  setup_logging(level);
  // A file-size limit (ulimit -f, LimitFSIZE=) must be a storage error the wall
  // shows, like a full disk, not a signal that kills the daemon.
  std::signal(SIGXFSZ, SIG_IGN);
  if (o.db_path.empty()) o.db_path = default_db_path();
  if (o.socket_path.empty()) o.socket_path = wres::protocol::default_socket_path();
  std::error_code ec;
  std::filesystem::create_directories(std::filesystem::path(o.db_path).parent_path(), ec);
  if (!group.empty()) {
    o.allowed_gid = wresd::group_id(group);
    if (!o.allowed_gid) {
      spdlog::critical("--group {}: no such group", group);
      return 2;
    }
  }
  o.watch.debounce = std::chrono::milliseconds(debounce_ms);
  o.watch.mode = *wresd::watch_mode_from_name(watch);
  o.watch.poll_interval = std::chrono::seconds(poll_s);
  o.settle = std::chrono::milliseconds(settle_ms);
  o.loss_settle = std::chrono::milliseconds(loss_ms);
  o.storage_retry = std::chrono::seconds(storage_retry_s);
  o.limits.write_timeout = std::chrono::milliseconds(write_timeout_ms);
  o.limits.hello_timeout = std::chrono::milliseconds(idle_ms);
  o.max_clients_per_uid = static_cast<std::size_t>(per_uid);
  o.walls.shown.keep_seconds = shown_days * 86400;
  o.walls.stale_after = std::chrono::seconds(wall_stale_s);
  try {
    boost::asio::io_context io;
    wresd::Daemon daemon(io, o);
    return daemon.run();
  } catch (const std::exception& e) {
    spdlog::critical("fatal: {}", e.what());
    return 1;
  }
}
