#include "daemon.hpp"

#include <malloc.h>
#include <unistd.h>
#include <algorithm>

#include <boost/asio/post.hpp>

#include <utility>

#include <spdlog/spdlog.h>
#include <nlohmann/json.hpp>

#include "wres/model/clock.hpp"
#include "wres/protocol/frame.hpp"
#include "wres/protocol/messages.hpp"
#include "wres/protocol/wall_messages.hpp"

namespace wresd {
namespace asio = boost::asio;
namespace proto = wres::protocol;
using nlohmann::json;

Daemon::Daemon(asio::io_context& io, DaemonOptions options)
    : io_(io),
      options_(std::move(options)),
      service_(options_.config_path, store_, [] { return std::time(nullptr); }),
      watcher_(io, options_.watch, [this] { reload("files changed"); }),
      server_(
          io,
          ServerOptions{.path = options_.socket_path,
                        .allowed_gid = options_.allowed_gid,
                        .max_per_uid = options_.max_clients_per_uid,
                        .limits = options_.limits},
          [this] { return frame_; }, [this](ClientSession& from, const json& r) { return answer(from, r); }),
      walls_(io, store_, options_.walls),
      notifier_(io),
      signals_(io, SIGHUP, SIGTERM, SIGINT),
      status_signals_(io, SIGUSR1, SIGUSR2),
      midnight_(io),
      date_check_(io),
      storage_retry_(io),
      settle_(io),
      store_check_(io),
      metrics_timer_(io),
      // A twin written or failed: systemd's status line says so at once, not at the next publish.
      twin_(std::chrono::milliseconds(200),
            [this](const TwinStatus&) { asio::post(io_, [this] { notifier_.status(status_line()); }); }) {}

int Daemon::run() {
  started_ = std::time(nullptr);
  // Both locks before the board is read or anything written: a second wresd
  // on the same database or socket leaves no trace.
  if (auto err = server_.prepare()) {
    spdlog::critical("{}", *err);
    return 2;
  }
  if (auto err = store_.open(options_.db_path)) {
    if (store_.busy()) {
      spdlog::critical("{}", *err);
      return 2;
    }
    spdlog::error("history database unavailable ({}); serving without history and retrying", *err);
  } else {
    spdlog::info("history in {}", options_.db_path);
    if (!store_.open_note().empty()) spdlog::info("{}", store_.open_note());
    service_.restore_journal();
  }
  PreparedBoard first = BoardService::prepare(options_.config_path, std::time(nullptr));
  apply_reload(first, "start");
  if (service_.files_quiet_for(options_.settle)) settled();  // unchanged for long before we started
  server_.on_close([this](ClientSession& s, const std::string& why) {
    const std::size_t walls = walls_.count();
    walls_.closed(s, why);
    if (walls_.count() != walls) refresh_metrics();
  });
  if (!start_metrics()) return 2;  // a port taken: said before anything is served
  if (auto err = server_.start()) {
    spdlog::critical("{}", *err);
    return 1;
  }
  spdlog::info("serving snapshots on {}", server_.path());
  wait_for_signals();
  wait_for_status_signals();
  schedule_midnight();
  schedule_date_check();
  schedule_store_check();
  notifier_.ready(status_line());
  io_.run();
  spdlog::info("stopped");
  return 0;
}

// Reading and computing a large board takes seconds: it happens on the loader
// thread, which touches nothing shared, so requests are answered meanwhile.
// Requests that arrive during a load are folded into one more load after it.
void Daemon::reload(const char* why, ReloadMode mode) {
  arm_settle(options_.settle);  // the files moved: whatever is on the wall has not settled
  if (loading_) {
    // An admin's confirmation is not lost to a file event folded in with it.
    if (!reload_again_ || mode == ReloadMode::confirmed) reload_again_ = why, again_mode_ = mode;
    return;
  }
  loading_ = true;
  asio::post(loader_, [this, why, mode, path = options_.config_path] {
    auto prepared = std::make_shared<PreparedBoard>(BoardService::prepare(path, std::time(nullptr)));
    asio::post(io_, [this, why, mode, prepared]() mutable {
      loading_ = false;
      apply_reload(*prepared, why, mode);
      // The board it replaced is freed on the loader thread (a million small
      // frees for a large board), then the heap trimmed there too, so the
      // memory goes back to the system and the loop is not held up.
      asio::post(loader_, [old = std::move(prepared)]() mutable {
        old.reset();
        ::malloc_trim(0);
      });
      if (const char* again = std::exchange(reload_again_, nullptr))
        reload(again, std::exchange(again_mode_, ReloadMode::prompt));
    });
  });
}

void Daemon::apply_reload(PreparedBoard& prepared, const char* why, ReloadMode mode) {
  ReloadReport rep = service_.apply(prepared, mode);
  build_seconds_ = prepared.seconds;
  if (rep.applied) last_good_load_ = static_cast<double>(std::time(nullptr)), warnings_ = rep.warnings.size();
  watcher_.watch(service_.watch_files(), service_.watch_dirs());
  watcher_.board_lost_files(service_.missing_files());
  arm_settle(rep.held.empty() ? options_.settle : options_.loss_settle);
  if (!rep.held.empty()) {
    spdlog::info(
        "board change held ({}): {}; it reaches the wall if the files stay so for {} ms, or at once with "
        "'systemctl reload wresd'",
        why, rep.held, options_.loss_settle.count());
    return;
  }
  if (rep.applied) {
    spdlog::info("board reloaded ({}); history follows once the files are unchanged for {} ms", why,
                 options_.settle.count());
    for (const auto& w : rep.warnings) spdlog::info("  {}", wres::format_warning(w));
  } else {
    spdlog::warn("board has {} error{} ({}); {}:", rep.errors, rep.errors == 1 ? "" : "s", why,
                 service_.has_board()              ? "the last good data stays up"
                 : !service_.restored_at().empty() ? "showing the last good data, saved " + service_.restored_at()
                                                   : "there is no good data to show, only the errors");
    for (const auto& e : service_.errors()) spdlog::warn("  {}", wres::format(e));
  }
  published(rep);
}

void Daemon::arm_settle(std::chrono::milliseconds quiet) {
  settle_.expires_after(quiet);
  settle_.async_wait([this](const boost::system::error_code& ec) {
    if (!ec) settled();
  });
}

void Daemon::settled() {
  if (loading_ || !service_.unsettled()) return;  // a load in flight re-arms the timer when it lands
  ReloadReport rep = service_.settle();
  watcher_.watch(service_.watch_files(), service_.watch_dirs());
  watcher_.board_lost_files(service_.missing_files());
  if (rep.applied)
    spdlog::info("history: {} status change{} recorded (files unchanged for {} ms)", rep.changes,
                 rep.changes == 1 ? "" : "s", options_.settle.count());
  published(rep);
}

void Daemon::reevaluate(const char* why) {
  ReloadReport rep = service_.reevaluate();
  if (service_.unsettled())
    spdlog::info("re-evaluated dates ({}); changes are recorded with the edit still settling", why);
  else
    spdlog::info("re-evaluated dates ({}): {} status change{} recorded", why, rep.changes, rep.changes == 1 ? "" : "s");
  published(rep);
}

void Daemon::published(const ReloadReport& rep) {
  evaluated_date_ = wres::local_date(std::time(nullptr));
  publish_frame();
  if (!rep.storage_error.empty()) {
    spdlog::error("{}", rep.storage_error);
    schedule_storage_retry();
  }
}

void Daemon::publish_frame() {
  frame_ = std::make_shared<const std::string>(
      proto::encode_frame(proto::snapshot_message(*service_.snapshot_json(), std::nullopt, ++revision_)));
  server_.publish(frame_);
  twin_.publish(service_.snapshot_json(), twin_dir());
  notifier_.status(status_line());
  refresh_metrics();
}

// A database deleted or replaced under us would take every write with it.
// Checked before every write too; this catches it on a quiet day, at the cost
// of one wakeup a minute.
void Daemon::schedule_store_check() {
  store_check_.expires_after(std::max<std::chrono::seconds>(options_.storage_retry, std::chrono::seconds(60)));
  store_check_.async_wait([this](const boost::system::error_code& ec) {
    if (ec) return;
    if (auto note = service_.check_store()) {
      spdlog::error("{}", *note);
      if (!service_.retry_storage()) schedule_storage_retry();
      publish_frame();
    }
    schedule_store_check();
  });
}

void Daemon::schedule_midnight() {
  std::time_t next = wres::next_local_midnight(std::time(nullptr)) + 1;
  midnight_.expires_at(std::chrono::system_clock::from_time_t(next));
  midnight_.async_wait([this](const boost::system::error_code& ec) {
    if (ec) return;
    reevaluate("midnight");
    schedule_midnight();
  });
}

void Daemon::schedule_date_check() {
  date_check_.expires_after(options_.date_check);
  date_check_.async_wait([this](const boost::system::error_code& ec) {
    if (ec) return;
    if (wres::local_date(std::time(nullptr)) != evaluated_date_) {
      reevaluate("the date changed");
      schedule_midnight();  // the clock jumped: the old midnight is wrong
    }
    schedule_date_check();
  });
}

void Daemon::schedule_storage_retry() {
  if (retry_scheduled_) return;
  retry_scheduled_ = true;
  storage_retry_.expires_after(options_.storage_retry);
  storage_retry_.async_wait([this](const boost::system::error_code& ec) {
    retry_scheduled_ = false;
    if (ec) return;
    if (!store_.is_open()) {
      if (auto err = store_.open(options_.db_path)) {
        spdlog::warn("history database still unavailable: {}", *err);
        return schedule_storage_retry();
      }
    }
    bool ok = service_.retry_storage();
    publish_frame();
    if (ok)
      spdlog::info("history written again");
    else
      schedule_storage_retry();
  });
}

// SIGUSR1 and SIGUSR2 would end the process by default (a stray `kill -USR1`
// must not take the wall's data away): they log the status line instead.
void Daemon::wait_for_status_signals() {
  status_signals_.async_wait([this](const boost::system::error_code& ec, int sig) {
    if (ec) return;
    spdlog::info("{}: {}", sig == SIGUSR1 ? "SIGUSR1" : "SIGUSR2", status_line());
    wait_for_status_signals();
  });
}

void Daemon::wait_for_signals() {
  signals_.async_wait([this](const boost::system::error_code& ec, int sig) {
    if (ec) return;
    if (sig == SIGHUP) {
      reload("SIGHUP", ReloadMode::confirmed);  // an admin's word: the files as they are
      return wait_for_signals();
    }
    spdlog::info("{} received; shutting down", sig == SIGTERM ? "SIGTERM" : "SIGINT");
    shutdown();
  });
}

void Daemon::shutdown() {
  notifier_.stopping();
  boost::system::error_code ec;
  signals_.cancel(ec);
  status_signals_.cancel(ec);
  midnight_.cancel();
  date_check_.cancel();
  storage_retry_.cancel();
  settle_.cancel();
  store_check_.cancel();
  metrics_timer_.cancel();
  exposer_.reset();  // its threads end with it
  for (const auto& line : service_.flush_for_shutdown()) spdlog::error("{}", line);
  watcher_.stop();
  server_.stop();
  walls_.stop();
}

namespace {

// Every request a client may send after hello and subscribe (which the
// session handles itself): one row each, sorted by type, as MPD's command
// table. A new request is a new MessageType, a row here and a method.
struct RequestHandler {
  proto::MessageType type;
  std::string (Daemon::*handle)(ClientSession& from, const json& request, std::optional<long long> id);
};

}  // namespace

std::string Daemon::answer(ClientSession& from, const json& req) {
  static constexpr RequestHandler kHandlers[] = {
      {proto::MessageType::captured, &Daemon::answer_captured},
      {proto::MessageType::frame_shown, &Daemon::answer_frame},
      {proto::MessageType::get_health, &Daemon::answer_health},
      {proto::MessageType::get_history, &Daemon::answer_history},
      {proto::MessageType::get_screenshot, &Daemon::answer_screenshot},
      {proto::MessageType::get_shown, &Daemon::answer_shown},
      {proto::MessageType::get_snapshot, &Daemon::answer_snapshot},
  };
  std::optional<long long> id;
  if (auto it = req.find("id"); it != req.end() && it->is_number_integer()) id = it->get<long long>();
  if (auto type = proto::type_of(req))
    for (const auto& h : kHandlers)
      if (h.type == *type) return (this->*h.handle)(from, req, id);
  return proto::error_message("unknown request type '" + req.value("type", std::string()) + "'", id);
}

std::string Daemon::answer_snapshot(ClientSession&, const json&, std::optional<long long> id) {
  return proto::snapshot_message(*service_.snapshot_json(), id, revision_);
}

std::string Daemon::answer_health(ClientSession&, const json&, std::optional<long long> id) {
  return proto::health_message(health(), id);
}

std::string Daemon::answer_frame(ClientSession& from, const json& req, std::optional<long long>) {
  const std::size_t walls = walls_.count();
  std::string reply = walls_.report(from, req);
  if (walls_.count() != walls) refresh_metrics();  // a wall arrived: the metrics say so now
  return reply;
}

std::string Daemon::answer_screenshot(ClientSession& from, const json& req, std::optional<long long> id) {
  return walls_.screenshot(from, req, id);
}

std::string Daemon::answer_captured(ClientSession& from, const json& req, std::optional<long long>) {
  return walls_.captured(from, req);
}

// What the walls showed from `since` (default: the last 24 hours) to `until`.
std::string Daemon::answer_shown(ClientSession&, const json& req, std::optional<long long> id) {
  auto number = [&](const char* k, std::int64_t fallback) {
    auto it = req.find(k);
    return it != req.end() && it->is_number_integer() ? it->get<std::int64_t>() : fallback;
  };
  const std::int64_t now = std::time(nullptr);
  auto wall = req.find("wall");
  auto rows = store_.shown(number("since", now - 24 * 3600), number("until", now),
                           wall != req.end() && wall->is_string() ? wall->get<std::string>() : std::string{},
                           static_cast<int>(std::clamp<std::int64_t>(number("limit", 10000), 1, 100000)));
  if (!rows) return proto::error_message("shown history is unavailable: " + service_.storage_error(), id);
  return proto::shown_message(id.value_or(0), *rows);
}

std::string Daemon::answer_history(ClientSession&, const json& req, std::optional<long long> id) {
  auto text = [&](const char* k) {
    auto it = req.find(k);
    return it != req.end() && it->is_string() ? it->get<std::string>() : std::string{};
  };
  if (std::string measure = text("measure"); !measure.empty()) {
    auto rows = store_.measure_history(measure);
    if (!rows) return proto::error_message("history is unavailable: " + service_.storage_error(), id);
    return proto::reading_history_message(id.value_or(0), *rows);
  }
  std::string action = text("action");
  if (action.empty()) return proto::error_message("get_history needs an \"action\" or a \"measure\"", id);
  auto entries = store_.history(text("plan"), action);
  if (!entries) return proto::error_message("history is unavailable: " + service_.storage_error(), id);
  return proto::history_message(id.value_or(0), *entries);
}

json Daemon::health() const {
  return {{"pid", ::getpid()},
          {"protocol", proto::kProtocolVersion},
          {"started_at", wres::local_timestamp(started_)},
          {"uptime_s", std::time(nullptr) - started_},
          {"config",
           {{"path", service_.config_path()},
            {"ok", service_.config_ok()},
            {"errors", service_.errors().size()},
            {"last_reload_at", service_.last_reload_at()},
            {"last_applied_at", service_.last_applied_at()},
            {"showing_saved_from", service_.restored_at()},
            {"settling", service_.unsettled()}}},
          {"storage",
           {{"path", store_.path()},
            {"open", store_.is_open()},
            {"ok", service_.storage_error().empty()},
            {"error", service_.storage_error()},
            {"unstored_changes", service_.unstored_changes()}}},
          {"clients", server_.client_count()},
          {"walls", walls_.status()},
          {"shown_error", walls_.storage_error()},
          {"dropped_clients", server_.dropped_count()},
          {"snapshot_bytes", service_.snapshot_json() ? service_.snapshot_json()->size() : 0},
          {"twin", twin_.status().to_json()},
          {"as_of", service_.as_of() ? json(wres::to_iso(*service_.as_of())) : json(nullptr)}};
}

std::string Daemon::status_line() const {
  std::string s = service_.config_ok()       ? "board ok"
                  : service_.has_good_data() ? "board has errors, showing last good data"
                                             : "board has errors, no good data to show";
  if (!service_.storage_error().empty())
    s += "; history not written (" + std::to_string(service_.unstored_changes()) + " changes waiting)";
  if (!twin_.status().error.empty()) s += "; accessible twin not written";
  return s + "; " + std::to_string(server_.client_count()) + " clients, " + std::to_string(walls_.count()) + " walls";
}

// The board's [twin] dir where it sets one, else --twin-dir (the .deb's /var/lib/wres-twin).
std::string Daemon::twin_dir() const {
  std::string board = service_.twin_dir();
  return board.empty() ? options_.twin_dir : board;
}

}  // namespace wresd
