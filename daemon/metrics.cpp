#include "metrics.hpp"

#include <prometheus/gauge.h>
#include <prometheus/registry.h>
#include <prometheus/text_serializer.h>

#include <functional>

namespace wresd {

namespace {

using prometheus::Labels;

// One row per metric: what it is, and how it is read from the input. A
// metric with labels adds one series per wall.
struct Spec {
  const char* name;
  const char* help;
  std::function<void(const MetricsInput&, prometheus::Family<prometheus::Gauge>&)> fill;
};

void one(prometheus::Family<prometheus::Gauge>& f, double v, const Labels& labels = {}) { f.Add(labels).Set(v); }

// Per connected wall.
void each_wall(const MetricsInput& in, prometheus::Family<prometheus::Gauge>& f,
               const std::function<double(const WallMetrics&)>& value) {
  for (const auto& w : in.walls)
    if (w.connected) one(f, value(w), {{"wall", w.wall}});
}

const std::vector<Spec>& specs() {
  static const std::vector<Spec> table{
      {"wres_build_info", "wresd's version (value 1)",
       [](auto& in, auto& f) {
         one(f, 1, {{"version", in.version}});
       }},
      {"wres_start_time_seconds", "When wresd started (unix time)", [](auto& in, auto& f) { one(f, in.start_time); }},
      {"wres_snapshot_revision", "Snapshots published since wresd started",
       [](auto& in, auto& f) { one(f, static_cast<double>(in.snapshot_revision)); }},
      {"wres_board_last_good_load_timestamp_seconds", "When a valid board was last applied (unix time; 0: never)",
       [](auto& in, auto& f) { one(f, in.last_good_load); }},
      {"wres_board_errors", "Errors in the board files now (the wall shows the last good board meanwhile)",
       [](auto& in, auto& f) { one(f, static_cast<double>(in.board_errors)); }},
      {"wres_board_warnings", "Warnings about the board last applied",
       [](auto& in, auto& f) { one(f, static_cast<double>(in.board_warnings)); }},
      {"wres_snapshot_build_seconds", "Time to read and compute the last board read",
       [](auto& in, auto& f) { one(f, in.snapshot_build_seconds); }},
      {"wres_clients_connected", "Connections to wresd's socket (walls, wresctl)",
       [](auto& in, auto& f) { one(f, static_cast<double>(in.clients)); }},
      {"wres_wall_connected", "1 while the wall is connected, 0 once it has gone away (until wresd restarts)",
       [](auto& in, auto& f) {
         for (const auto& w : in.walls) one(f, w.connected ? 1 : 0, {{"wall", w.wall}});
       }},
      {"wres_wall_last_frame_age_seconds", "Seconds since the wall last presented a frame",
       [](auto& in, auto& f) { each_wall(in, f, [](const WallMetrics& w) { return w.seconds_since_frame; }); }},
      {"wres_wall_night", "1 while the wall is in its night hours (dark on purpose)",
       [](auto& in, auto& f) { each_wall(in, f, [](const WallMetrics& w) { return w.night ? 1.0 : 0.0; }); }},
      {"wres_wall_snapshot_revision", "The snapshot revision the wall last drew",
       [](auto& in, auto& f) {
         each_wall(in, f, [](const WallMetrics& w) { return static_cast<double>(w.snapshot_revision); });
       }},
      {"wres_wall_view", "What the wall shows (value 1): page, data freshness, panel and state as labels",
       [](auto& in, auto& f) {
         for (const auto& w : in.walls)
           if (w.connected)
             one(f, 1,
                 {{"wall", w.wall},
                  {"page", w.page},
                  {"freshness", w.freshness},
                  {"panel", w.panel},
                  {"state", w.state}});
       }},
      {"wres_history_ok", "1 when the history database is being written",
       [](auto& in, auto& f) { one(f, in.history_ok ? 1 : 0); }},
      {"wres_history_database_bytes", "Size of the history database with its write-ahead log",
       [](auto& in, auto& f) { one(f, in.history_bytes); }},
      {"wres_data_overdue", "1 when the board's WRES figures are older than a reporting cycle",
       [](auto& in, auto& f) { one(f, in.data_overdue ? 1 : 0); }},
      {"wres_survey_embargoed", "1 while a year's staff survey results are held back until their publication day",
       [](auto& in, auto& f) { one(f, in.survey_embargoed ? 1 : 0); }},
  };
  return table;
}

}  // namespace

std::vector<prometheus::MetricFamily> collect_metrics(const MetricsInput& in) {
  prometheus::Registry registry;
  for (const auto& s : specs()) s.fill(in, prometheus::BuildGauge().Name(s.name).Help(s.help).Register(registry));
  return registry.Collect();
}

std::string metrics_text(const std::vector<prometheus::MetricFamily>& families) {
  return prometheus::TextSerializer().Serialize(families);
}

}  // namespace wresd
