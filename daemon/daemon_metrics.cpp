// wresd's metrics for Prometheus (DESIGN 11): gathered on the event loop when
// a snapshot is published and every few seconds, then written to
// --metrics-file (node_exporter's textfile collector) and handed to the
// --metrics-listen exposer.
#include <sys/stat.h>

#include <spdlog/spdlog.h>

#include "atomic_file.hpp"
#include "daemon.hpp"

#ifndef WRES_VERSION
#define WRES_VERSION "unknown"
#endif

namespace wresd {

namespace {
// A board published, a wall come or gone: refreshed at once. Ages move every
// second: they are refreshed this often (a wakeup twice a minute at idle),
// and the file is written when anything but an age changed, or for the ages.
constexpr std::chrono::seconds kFileAtLeastEvery{30};
constexpr std::chrono::seconds kRefresh{30};

double file_bytes(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 ? static_cast<double>(st.st_size) : 0;
}
}  // namespace

bool Daemon::start_metrics() {
  if (!options_.metrics_listen.empty()) {
    std::string error;
    auto listen = parse_metrics_listen(options_.metrics_listen, error);
    if (listen) exposer_ = MetricsExposer::start(*listen, error);
    if (!exposer_) {
      spdlog::critical("{}", error);
      return false;
    }
    if (listen->remote)
      spdlog::warn(
          "metrics served on {} (port {}): anyone who can reach it reads the walls' names and the board's "
          "state; a loopback address keeps them on this machine",
          listen->address, exposer_->port());
    else
      spdlog::info("metrics served on http://{}/metrics (port {})", listen->address, exposer_->port());
  }
  if (!options_.metrics_file.empty()) spdlog::info("metrics written to {}", options_.metrics_file);
  if (exposer_ || !options_.metrics_file.empty()) {
    refresh_metrics();
    arm_metrics();
  }
  return true;
}

void Daemon::arm_metrics() {
  metrics_timer_.expires_after(kRefresh);
  metrics_timer_.async_wait([this](const boost::system::error_code& ec) {
    if (ec) return;
    refresh_metrics();
    arm_metrics();
  });
}

MetricsInput Daemon::metrics_input() const {
  MetricsInput in;
  in.version = WRES_VERSION;
  in.start_time = static_cast<double>(started_);
  in.snapshot_revision = revision_;
  in.last_good_load = last_good_load_;
  in.board_errors = service_.errors().size();
  in.board_warnings = warnings_;
  in.snapshot_build_seconds = build_seconds_;
  in.clients = server_.client_count();
  in.walls = walls_.metrics();
  in.history_ok = store_.is_open() && service_.storage_error().empty();
  in.history_bytes = file_bytes(store_.path()) + file_bytes(store_.path() + "-wal");
  in.data_overdue = service_.data_overdue();
  in.survey_embargoed = service_.survey_embargoed();
  return in;
}

void Daemon::refresh_metrics() {
  if (!exposer_ && options_.metrics_file.empty()) return;
  MetricsInput in = metrics_input();
  auto families = collect_metrics(in);
  if (!options_.metrics_file.empty()) {
    for (auto& w : in.walls) w.seconds_since_frame = 0;
    auto now = std::chrono::steady_clock::now();
    if (in != metrics_written_for_ || now - metrics_written_ >= kFileAtLeastEvery) {
      write_metrics_file(metrics_text(families));
      metrics_written_for_ = std::move(in);
      metrics_written_ = now;
    }
  }
  if (exposer_) exposer_->update(std::move(families));
}

// Whole or not at all: node_exporter may read it at any moment. Readable by
// all (node_exporter runs as its own user); not synced: it is rewritten soon.
void Daemon::write_metrics_file(const std::string& text) {
  if (auto err = replace_file(options_.metrics_file, text, 0644, false)) spdlog::error("metrics: {}", *err);
}

}  // namespace wresd
