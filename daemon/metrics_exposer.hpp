#pragma once
// HTTP /metrics for a Prometheus that scrapes wresd directly, through
// prometheus-cpp's exposer (civetweb, on threads of its own). A scrape reads
// the families the event loop last handed over, under a lock held only to copy
// them, so a slow, huge or hostile request never reaches the loop, the socket
// clients or the wall.
#include <prometheus/collectable.h>
#include <prometheus/exposer.h>
#include <prometheus/metric_family.h>

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace wresd {

// "9464" is 127.0.0.1:9464; "ADDR:PORT" as given. `remote` is set when ADDR
// is not this machine's loopback (the daemon says so in the log).
struct MetricsListen {
  std::string address;
  bool remote = false;
};
[[nodiscard]] std::optional<MetricsListen> parse_metrics_listen(const std::string& given, std::string& error);

class MetricsExposer {
 public:
  // nullptr with `error` when it cannot listen there.
  static std::unique_ptr<MetricsExposer> start(const MetricsListen& listen, std::string& error);
  void update(std::vector<prometheus::MetricFamily> families);
  int port() const;

 private:
  class Cache : public prometheus::Collectable {
   public:
    std::vector<prometheus::MetricFamily> Collect() const override;
    void set(std::vector<prometheus::MetricFamily> families);

   private:
    mutable std::mutex mu_;
    std::vector<prometheus::MetricFamily> families_;
  };
  std::shared_ptr<Cache> cache_ = std::make_shared<Cache>();
  std::unique_ptr<prometheus::Exposer> exposer_;
};

}  // namespace wresd
