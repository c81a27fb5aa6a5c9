#include "metrics_exposer.hpp"

#include <charconv>
#include <exception>

namespace wresd {

std::optional<MetricsListen> parse_metrics_listen(const std::string& given, std::string& error) {
  auto colon = given.rfind(':');
  std::string host = colon == std::string::npos ? "127.0.0.1" : given.substr(0, colon);
  std::string port = colon == std::string::npos ? given : given.substr(colon + 1);
  int p = 0;
  auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), p);
  if (ec != std::errc{} || end != port.data() + port.size() || p < 0 || p > 65535 || host.empty()) {
    error = "--metrics-listen '" + given + "': expected PORT or ADDRESS:PORT, e.g. 9464 or 127.0.0.1:9464";
    return std::nullopt;
  }
  bool loopback = host.rfind("127.", 0) == 0 || host == "localhost" || host == "[::1]";
  return MetricsListen{host + ":" + port, !loopback};
}

std::unique_ptr<MetricsExposer> MetricsExposer::start(const MetricsListen& listen, std::string& error) {
  auto m = std::unique_ptr<MetricsExposer>(new MetricsExposer);
  try {
    // Two threads, a request that must arrive within 5 s: a scraper needs no more.
    m->exposer_ = std::make_unique<prometheus::Exposer>(
        std::vector<std::string>{"listening_ports", listen.address, "num_threads", "2", "request_timeout_ms", "5000"});
    m->exposer_->RegisterCollectable(m->cache_);
  } catch (const std::exception& e) {
    error = "cannot serve metrics on " + listen.address + ": " + e.what();
    return nullptr;
  }
  return m;
}

void MetricsExposer::update(std::vector<prometheus::MetricFamily> families) { cache_->set(std::move(families)); }

int MetricsExposer::port() const {
  auto ports = exposer_->GetListeningPorts();
  return ports.empty() ? 0 : ports.front();
}

std::vector<prometheus::MetricFamily> MetricsExposer::Cache::Collect() const {
  std::lock_guard lock(mu_);
  return families_;
}

void MetricsExposer::Cache::set(std::vector<prometheus::MetricFamily> families) {
  std::lock_guard lock(mu_);
  families_ = std::move(families);
}

}  // namespace wresd
