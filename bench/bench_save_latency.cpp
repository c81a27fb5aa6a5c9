// Save-to-snapshot latency: edit a board file the way an admin's editor does
// and time until wresd's new snapshot has fully arrived at a subscriber.
// Baseline in the same run: when a bare inotify watch in this process sees
// the same save (the floor no daemon can beat).
// Alongside, a second client asks get_health every 20 ms: its round trips
// while the daemon is idle (the baseline) and while it reloads are printed,
// with wresd's peak memory and how much each save grew the history database.
//   bench_save_latency WRESD BOARD_DIR FILE_IN_BOARD EDITS [SETTLE_MS]
// WRES_BENCH_MAX_GAP_MS=N waits a random 30..N ms before each save instead of
// 30 ms, so saves land anywhere in a polling daemon's interval (poll_cost.sh).
#include <poll.h>
#include <signal.h>
#include <sys/inotify.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <thread>
#include <vector>

#include <sqlite3.h>
#include <nlohmann/json.hpp>

#include "connection.hpp"
#include "wres/protocol/frame.hpp"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

struct Stats {
  std::vector<double> v;
  double pct(double p) {
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5))];
  }
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Reads whole frames from a subscribed socket until one contains `marker`.
bool wait_for(int fd, wres::protocol::FrameDecoder& dec, const std::string& marker, int timeout_ms) {
  auto deadline = Clock::now() + std::chrono::milliseconds(timeout_ms);
  static std::vector<char> buf(1 << 20);
  for (;;) {
    while (auto f = dec.next())
      if (f->find(marker) != std::string::npos) return true;
    int left = static_cast<int>(std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count());
    if (left <= 0) return false;
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, left) <= 0) return false;
    ssize_t n = ::recv(fd, buf.data(), buf.size(), 0);
    if (n <= 0) return false;
    dec.feed(std::string_view(buf.data(), static_cast<std::size_t>(n)));
  }
}

// Round trips of get_health every 20 ms until `stop`, from a second client.
struct HealthProbe {
  Stats rtt;
  std::atomic<bool> stop{false};
  std::thread thread;
  void start(const std::string& socket) {
    thread = std::thread([this, socket] {
      wres::client::Connection h;
      if (!h.open(socket, "bench-health", std::chrono::milliseconds(5000))) return;
      while (!stop) {
        auto t0 = Clock::now();
        if (!h.request({{"type", "get_health"}}, std::chrono::milliseconds(30000))) return;
        rtt.v.push_back(ms(Clock::now() - t0));
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
      }
    });
  }
  Stats finish() {
    stop = true;
    thread.join();
    return rtt;
  }
};

long status_kib(pid_t pid, const std::string& key) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/status");
  std::string k;
  long v = 0;
  while (in >> k) {
    if (k == key + ":") return (in >> v) ? v : 0;
    in.ignore(4096, '\n');
  }
  return 0;
}

// The database's size as committed (WAL included), in pages actually used:
// the WAL file itself only grows until the next checkpoint.
std::uintmax_t db_bytes(const fs::path& db) {
  sqlite3* h = nullptr;
  std::uintmax_t n = 0;
  if (sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* st = nullptr;
    const char* sql =
        "SELECT (SELECT page_count FROM pragma_page_count) - (SELECT freelist_count FROM pragma_freelist_count)";
    if (sqlite3_prepare_v2(h, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
      n = static_cast<std::uintmax_t>(sqlite3_column_int64(st, 0)) * 4096;
    sqlite3_finalize(st);
  }
  sqlite3_close(h);
  return n;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 5 && argc != 6) {
    std::cerr << "usage: bench_save_latency WRESD BOARD_DIR FILE_IN_BOARD EDITS [SETTLE_MS]\n";
    return 2;
  }
  std::string settle = argc == 6 ? argv[5] : "2000";
  std::string wresd = argv[1];
  fs::path work = fs::temp_directory_path() / ("wres-bench-" + std::to_string(::getpid()));
  fs::create_directories(work / "board");
  fs::copy(argv[2], work / "board", fs::copy_options::recursive);
  fs::path file = work / "board" / argv[3];
  int edits = std::stoi(argv[4]);
  std::string socket = (work / "wresd.sock").string();

  pid_t pid = ::fork();
  if (pid == 0) {
    std::string log = (work / "wresd.log").string();
    FILE* f = std::fopen(log.c_str(), "w");
    if (f) ::dup2(::fileno(f), 2);
    std::string cfg = (work / "board" / "board.toml").string(), db = (work / "h.sqlite3").string();
    // WRES_BENCH_TWIN_DIR: wresd also writes the accessible twin there (its cost on the save path).
    const char* twin = std::getenv("WRES_BENCH_TWIN_DIR");
    if (twin)
      ::execl(wresd.c_str(), wresd.c_str(), "--config", cfg.c_str(), "--db", db.c_str(), "--socket", socket.c_str(),
              "--settle-ms", settle.c_str(), "--twin-dir", twin, static_cast<char*>(nullptr));
    else
      ::execl(wresd.c_str(), wresd.c_str(), "--config", cfg.c_str(), "--db", db.c_str(), "--socket", socket.c_str(),
              "--settle-ms", settle.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  wres::client::Connection c;
  for (int i = 0; i < 600 && !c.open(socket, "bench", std::chrono::milliseconds(1000)); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  if (!c.is_open() || !c.send({{"type", "subscribe"}}, std::chrono::milliseconds(5000))) {
    std::cerr << "cannot subscribe: " << c.error() << "\n";
    return 1;
  }
  wres::protocol::FrameDecoder dec(wres::protocol::kMaxSnapshotBytes);
  if (!wait_for(c.fd(), dec, "\"schema\"", 120000)) return 1;

  std::this_thread::sleep_for(std::chrono::milliseconds(std::stoi(settle) + 2000));  // the first board settles
  HealthProbe idle;
  idle.start(socket);
  std::this_thread::sleep_for(std::chrono::milliseconds(3000));
  Stats idle_rtt = idle.finish();
  std::uintmax_t db_before = db_bytes(work / "h.sqlite3");
  HealthProbe busy;
  busy.start(socket);

  int ino = ::inotify_init1(IN_CLOEXEC);
  ::inotify_add_watch(ino, file.parent_path().c_str(), IN_CLOSE_WRITE);
  Stats daemon, floor;
  const char* max_gap = std::getenv("WRES_BENCH_MAX_GAP_MS");
  std::mt19937 rng(42);
  std::uniform_int_distribution<int> gap(30, std::max(30, max_gap ? std::atoi(max_gap) : 30));
  std::string text = slurp(file);
  // The first "title" and "status" keys, however the file aligns its '=' signs.
  auto value_start = [&](const std::string& key) {
    auto k = text.find("\n" + key);
    auto q = k == std::string::npos ? k : text.find('"', k);
    if (q == std::string::npos) throw std::runtime_error("no " + key + " in " + file.string());
    return std::pair{k + 1, q + 1};
  };
  auto [title_key, title_value] = value_start("title");
  auto [status_key, status_value] = value_start("status");
  for (int i = 0; i < edits; ++i) {
    // Mark the title with the edit number and flip the first status.
    std::string marker = "Edit-" + std::to_string(i) + " ";
    std::string t = text.substr(0, title_value) + marker + text.substr(title_value, status_key - title_value) +
                    (i % 2 ? "status = \"blue\" # \"" : "status = \"red\" # \"") + text.substr(status_value);
    auto t0 = Clock::now();
    std::ofstream(file, std::ios::binary | std::ios::trunc) << t;
    char evbuf[4096];
    if (::read(ino, evbuf, sizeof evbuf) > 0) floor.v.push_back(ms(Clock::now() - t0));
    if (!wait_for(c.fd(), dec, marker, 60000)) {
      std::cerr << "no snapshot for edit " << i << "\n";
      return 1;
    }
    daemon.v.push_back(ms(Clock::now() - t0));
    std::this_thread::sleep_for(std::chrono::milliseconds(gap(rng)));
  }
  Stats busy_rtt = busy.finish();
  std::this_thread::sleep_for(std::chrono::milliseconds(std::stoi(settle) + 1000));  // the last save settles
  double growth = static_cast<double>(db_bytes(work / "h.sqlite3") - db_before) / edits;
  std::printf("%-34s %8s %8s %8s  (%d edits)\n", "save -> ...", "p50 ms", "p99 ms", "max ms", edits);
  std::printf("%-34s %8.2f %8.2f %8.2f\n", "inotify event seen (baseline)", floor.pct(0.5), floor.pct(0.99),
              floor.pct(1));
  std::printf("%-34s %8.2f %8.2f %8.2f\n", "wresd snapshot received", daemon.pct(0.5), daemon.pct(0.99), daemon.pct(1));
  std::printf("%-34s %8.2f %8.2f %8.2f  (%zu asks)\n", "get_health, idle (baseline)", idle_rtt.pct(0.5),
              idle_rtt.pct(0.99), idle_rtt.pct(1), idle_rtt.v.size());
  std::printf("%-34s %8.2f %8.2f %8.2f  (%zu asks)\n", "get_health, during the saves", busy_rtt.pct(0.5),
              busy_rtt.pct(0.99), busy_rtt.pct(1), busy_rtt.v.size());
  std::printf("wresd peak RSS %.1f MiB; history grew %.1f KiB per save (settle %s ms; pages in use)\n",
              static_cast<double>(status_kib(pid, "VmHWM")) / 1024.0, growth / 1024.0, settle.c_str());
  ::kill(pid, SIGTERM);
  ::waitpid(pid, nullptr, 0);
  fs::remove_all(work);
  return 0;
}
