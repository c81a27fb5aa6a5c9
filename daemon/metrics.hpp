#pragma once
// wresd's state for Prometheus. Every wres_* metric is one row of one table
// (metrics.cpp: name, help, labels), filled from what wresd knows now. Pure:
// no clock and no I/O; the daemon gathers MetricsInput on its event loop and
// hands the result to the text file (node_exporter's textfile collector) and
// to the HTTP exposer (metrics_exposer.hpp).
#include <prometheus/metric_family.h>

#include <cstddef>
#include <string>
#include <vector>

namespace wresd {

struct WallMetrics {
  std::string wall;
  bool connected = false;  // false: it went away since wresd started
  // The rest only when connected.
  std::string page, freshness, panel, state;
  bool night = false;
  double seconds_since_frame = 0;
  long long snapshot_revision = 0;
  bool operator==(const WallMetrics&) const = default;
};

struct MetricsInput {
  std::string version;
  double start_time = 0;            // unix seconds
  long long snapshot_revision = 0;  // snapshots published since start
  double last_good_load = 0;        // unix seconds a valid board was last applied; 0: never
  std::size_t board_errors = 0, board_warnings = 0;
  double snapshot_build_seconds = 0;  // reading and computing the last board
  std::size_t clients = 0;
  std::vector<WallMetrics> walls;
  bool history_ok = false;
  double history_bytes = 0;  // the database and its WAL
  bool data_overdue = false, survey_embargoed = false;
  bool operator==(const MetricsInput&) const = default;
};

std::vector<prometheus::MetricFamily> collect_metrics(const MetricsInput& in);
// The text exposition format (prometheus-cpp's serializer).
std::string metrics_text(const std::vector<prometheus::MetricFamily>& families);

}  // namespace wresd
