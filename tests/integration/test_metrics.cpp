// wresd's metrics for Prometheus, against real parts: the metrics file read as
// node_exporter would (and checked by promtool), the HTTP /metrics under
// hostile scrapers while a socket client times its answers, the alert rules
// under promtool's unit tests, and a real Prometheus scraping wresd.
#include <gtest/gtest.h>

#include <signal.h>
#include <sys/wait.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <thread>

#include "board_text.hpp"
#include "connection.hpp"
#include "daemon_fixture.hpp"
#include "http_get.hpp"
#include "metrics.hpp"
#include "run_process.hpp"
#include "wres/protocol/messages.hpp"
#include "wres/protocol/wall_messages.hpp"

using namespace wres::test;
using namespace std::chrono_literals;
namespace proto = wres::protocol;
using nlohmann::json;

namespace {

const std::string kBoard =
    board_head("Metrics Trust", "Metrics test") + plan_text({{"1", "First", "2025-12", "green"}});

bool have(const char* program) { return run(std::string("command -v ") + program).exit_code == 0; }

// The value of one series (name with its labels, as printed), or nullopt.
std::optional<double> sample(const std::string& text, const std::string& series) {
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    if (line.rfind(series + " ", 0) == 0) return std::stod(line.substr(series.size() + 1));
  return std::nullopt;
}

// promtool's verdict on a metrics text: "" when it is valid exposition.
std::string promtool_problems(const std::string& text) {
  TempDir d;
  auto r = run("promtool check metrics < " + d.write("m.prom", text));
  return r.exit_code == 0 ? "" : r.out + r.err;
}

wres::client::Connection wall_named(const std::string& socket, const std::string& name) {
  wres::client::Connection c;
  EXPECT_TRUE(c.open(socket, "test-wall", 2s)) << c.error();
  wres::FrameReport f{.wall = name,
                      .page = "overview",
                      .revision = 1,
                      .at = "2026-03-12T09:00:00+00:00",
                      .at_unix = std::time(nullptr),
                      .hash = "00000000000000ff",
                      .width = 1920,
                      .height = 1080,
                      .freshness = "live"};
  EXPECT_TRUE(c.send(json::parse(proto::frame_shown_message(f)), 2s)) << c.error();
  return c;
}

int metrics_port(const DaemonProcess& d) {
  std::smatch m;
  std::string log = d.log();
  static const std::regex port(R"(metrics served on \S+ \(port (\d+)\))");
  return std::regex_search(log, m, port) ? std::stoi(m[1]) : 0;
}

}  // namespace

// deploy/prometheus: the rules load, and each alert fires and stays quiet when
// it should (a wall dark at night, a board fixed in time, a wall back).
TEST(Metrics, AlertRulesFireAndStayQuietAsTheyShould) {
  if (!have("promtool")) GTEST_SKIP() << "needs promtool (Debian's prometheus; CI installs it)";
  const std::string dir = source_path("deploy/prometheus");
  auto check = run("cd " + dir + " && promtool check rules wres-alerts.yml");
  EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
  auto test = run("cd " + dir + " && promtool test rules wres-alerts.test.yml");
  EXPECT_EQ(test.exit_code, 0) << test.out << test.err;
}

// The textfile collector's file: valid at every read, a broken save in it at
// once, a wall in it while connected and as gone after.
TEST(Metrics, TheFileFollowsTheBoardAndTheWalls) {
  if (!have("promtool")) GTEST_SKIP() << "needs promtool (Debian's prometheus; CI installs it)";
  DaemonFixture f(kBoard);
  const std::string file = f.dir.file("wres.prom");
  auto d = f.start({"--metrics-file", file});
  ASSERT_TRUE(eventually([&] { return std::filesystem::exists(file); }, 3s)) << d->log();
  std::string text = read_file(file);
  EXPECT_EQ(promtool_problems(text), "");
  EXPECT_EQ(sample(text, "wres_board_errors"), 0.0);
  EXPECT_EQ(sample(text, "wres_history_ok"), 1.0);
  EXPECT_GT(sample(text, "wres_board_last_good_load_timestamp_seconds").value_or(0), 0);
  {
    auto wall = wall_named(f.socket, "lobby");
    ASSERT_TRUE(eventually([&] { return sample(read_file(file), "wres_wall_connected{wall=\"lobby\"}") == 1.0; }, 7s));
    text = read_file(file);
    EXPECT_EQ(promtool_problems(text), "");
    EXPECT_NE(
        text.find("wres_wall_view{freshness=\"live\",page=\"overview\",panel=\"on\",state=\"live\",wall=\"lobby\"} 1"),
        std::string::npos)
        << text;
    EXPECT_LT(sample(text, "wres_wall_last_frame_age_seconds{wall=\"lobby\"}").value_or(99), 7);
  }
  ASSERT_TRUE(eventually([&] { return sample(read_file(file), "wres_wall_connected{wall=\"lobby\"}") == 0.0; }, 7s));
  auto broken_at = std::chrono::steady_clock::now();
  std::ofstream(f.board, std::ios::trunc) << "[board\n";
  ASSERT_TRUE(eventually([&] { return sample(read_file(file), "wres_board_errors").value_or(0) > 0; }, 3s));
  EXPECT_LT(std::chrono::steady_clock::now() - broken_at, 1500ms);  // at once, not at the next refresh
  EXPECT_EQ(promtool_problems(read_file(file)), "");
  EXPECT_EQ(d->stop(SIGTERM, 5000ms), 0) << d->log();  // its timer does not keep it from stopping
}

// Scrapers that send garbage, a huge request, or nothing at all, many at once:
// the socket clients and the walls never wait for them, and a good scrape
// still gets its answer.
TEST(Metrics, HostileScrapersNeverDelayTheSocket) {
  DaemonFixture f(kBoard);
  auto d = f.start({"--metrics-listen", "0"});
  int port = metrics_port(*d);
  ASSERT_GT(port, 0) << d->log();
  auto body = http_get(port, "/metrics");
  ASSERT_TRUE(body);
  EXPECT_EQ(sample(*body, "wres_board_errors"), 0.0);
  std::vector<int> hostile;
  for (int i = 0; i < 60; ++i) {
    int fd = connect_local(port);
    if (fd < 0) continue;
    std::string junk = i % 3 == 0   ? std::string("GET /metrics HTTP/1.1\r\nX: ") + std::string(1 << 20, 'a')
                       : i % 3 == 1 ? std::string("\x16\x03\x01 not http at all\r\n\r\n")
                                    : std::string("GET /met");  // and then silence
    (void)::send(fd, junk.data(), junk.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
    hostile.push_back(fd);
  }
  wres::client::Connection c;
  ASSERT_TRUE(c.open(f.socket, "test", 2s));
  std::chrono::milliseconds worst{0};
  for (int i = 0; i < 50; ++i) {
    auto t = std::chrono::steady_clock::now();
    ASSERT_TRUE(c.request(proto::request(proto::MessageType::get_health), 2s)) << c.error();
    worst =
        std::max(worst, std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t));
  }
  EXPECT_LT(worst, 200ms);
  for (int fd : hostile) ::close(fd);
  EXPECT_TRUE(eventually([&] { return http_get(port, "/metrics", 2s).has_value(); }, 15s));
  EXPECT_EQ(d->stop(SIGTERM, 5000ms), 0) << d->log();  // nor do the exposer's threads
}

// Debian's prometheus, started on a loopback port with a temporary config,
// scrapes wresd; its HTTP API then answers for a wall's last-frame age and
// for the board's errors after a broken save.
TEST(Metrics, ARealPrometheusScrapesWresd) {
  if (!have("prometheus")) GTEST_SKIP() << "needs Debian's prometheus (CI installs it)";
  DaemonFixture f(kBoard);
  auto d = f.start({"--metrics-listen", "0"});
  int port = metrics_port(*d);
  ASSERT_GT(port, 0) << d->log();
  int web = free_port();
  std::string config = f.dir.write("prometheus.yml",
                                   "global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n"
                                   "scrape_configs:\n  - job_name: wres\n    static_configs:\n"
                                   "      - targets: ['127.0.0.1:" +
                                       std::to_string(port) + "']\n");
  pid_t prom = ::fork();
  if (prom == 0) {
    std::string listen = "--web.listen-address=127.0.0.1:" + std::to_string(web);
    std::string storage = "--storage.tsdb.path=" + f.dir.file("tsdb");
    std::string cfg = "--config.file=" + config;
    FILE* log = std::fopen(f.dir.file("prometheus.log").c_str(), "w");
    if (log) ::dup2(::fileno(log), 2), ::dup2(::fileno(log), 1);
    ::execlp("prometheus", "prometheus", cfg.c_str(), storage.c_str(), listen.c_str(), nullptr);
    ::_exit(127);
  }
  struct Reaped {
    pid_t pid;
    ~Reaped() { ::kill(pid, SIGTERM), ::waitpid(pid, nullptr, 0); }
  } reaped{prom};
  auto value = [&](const std::string& query) -> std::optional<double> {
    auto body = http_get(web, "/api/v1/query?query=" + query, 2s);
    if (!body) return std::nullopt;
    auto j = json::parse(*body, nullptr, false);
    if (j.is_discarded() || j["data"]["result"].empty()) return std::nullopt;
    return std::stod(j["data"]["result"][0]["value"][1].get<std::string>());
  };
  auto wall = wall_named(f.socket, "lobby");
  EXPECT_TRUE(
      eventually([&] { return value("wres_wall_last_frame_age_seconds%7Bwall%3D%22lobby%22%7D").has_value(); }, 30s))
      << slurp(f.dir.file("prometheus.log"));
  EXPECT_LT(value("wres_wall_last_frame_age_seconds%7Bwall%3D%22lobby%22%7D").value_or(99), 15);
  EXPECT_EQ(value("wres_board_errors"), 0.0);
  std::ofstream(f.board, std::ios::trunc) << "[board\n";
  EXPECT_TRUE(eventually([&] { return value("wres_board_errors").value_or(0) > 0; }, 15s));
}

// The shipped rules and dashboard name only metrics wresd writes: a renamed
// metric cannot leave an alert that never fires.
TEST(Metrics, TheRulesAndTheDashboardNameOnlyMetricsWresdWrites) {
  wresd::MetricsInput in;
  in.walls.push_back({.wall = "w",
                      .connected = true,
                      .page = "overview",
                      .freshness = "live",
                      .panel = "on",
                      .state = "live",
                      .night = false,
                      .seconds_since_frame = 1,
                      .snapshot_revision = 1});
  std::set<std::string> written;
  for (const auto& family : wresd::collect_metrics(in)) written.insert(family.name);
  EXPECT_GE(written.size(), 17u);
  static const std::regex name(R"(\bwres_[a-z_]+)");
  for (const char* file : {"deploy/prometheus/wres-alerts.yml", "deploy/prometheus/wres-alerts.test.yml",
                           "deploy/grafana/wres-walls.json"}) {
    std::string text = slurp(source_path(file));
    int named = 0;
    for (std::sregex_iterator it(text.begin(), text.end(), name), end; it != end; ++it, ++named)
      EXPECT_TRUE(written.count(it->str())) << file << " names " << it->str() << ", which wresd does not write";
    EXPECT_GT(named, 3) << file;
  }
}

// A metrics address that cannot be used stops wresd before it serves anything,
// saying why; so does one that is not an address.
TEST(Metrics, AnAddressItCannotUseIsRefusedAtStart) {
  DaemonFixture f(kBoard);
  int taken = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof a;
  ASSERT_EQ(::bind(taken, reinterpret_cast<sockaddr*>(&a), sizeof a), 0);
  ASSERT_EQ(::listen(taken, 1), 0);
  ::getsockname(taken, reinterpret_cast<sockaddr*>(&a), &len);
  const std::string wresd = std::string(WRESD) + " --config " + f.board + " --db " + f.db + " --socket " + f.socket;
  auto r = run(wresd + " --metrics-listen 127.0.0.1:" + std::to_string(ntohs(a.sin_port)));
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("cannot serve metrics on 127.0.0.1:"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(f.socket));
  r = run(wresd + " --metrics-listen localhost:http");
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("expected PORT or ADDRESS:PORT"), std::string::npos) << r.err;
  ::close(taken);
}
