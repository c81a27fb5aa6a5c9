// Save-to-snapshot latency: edit a board file the way an admin's editor does
// and time until wresd's new snapshot has fully arrived at a subscriber.
// Baseline in the same run: when a bare inotify watch in this process sees
// the same save (the floor no daemon can beat).
//   bench_save_latency WRESD BOARD_DIR FILE_IN_BOARD EDITS
#include <signal.h>
#include <sys/inotify.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include <poll.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>
#include <vector>

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

}  // namespace

int main(int argc, char** argv) {
  if (argc != 5) {
    std::cerr << "usage: bench_save_latency WRESD BOARD_DIR FILE_IN_BOARD EDITS\n";
    return 2;
  }
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
    ::execl(wresd.c_str(), wresd.c_str(), "--config", cfg.c_str(), "--db", db.c_str(), "--socket", socket.c_str(),
            static_cast<char*>(nullptr));
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

  int ino = ::inotify_init1(IN_CLOEXEC);
  ::inotify_add_watch(ino, file.parent_path().c_str(), IN_CLOSE_WRITE);
  Stats daemon, floor;
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
    std::this_thread::sleep_for(std::chrono::milliseconds(30));
  }
  std::printf("%-34s %8s %8s %8s  (%d edits)\n", "save -> ...", "p50 ms", "p99 ms", "max ms", edits);
  std::printf("%-34s %8.2f %8.2f %8.2f\n", "inotify event seen (baseline)", floor.pct(0.5), floor.pct(0.99), floor.pct(1));
  std::printf("%-34s %8.2f %8.2f %8.2f\n", "wresd snapshot received", daemon.pct(0.5), daemon.pct(0.99), daemon.pct(1));
  ::kill(pid, SIGTERM);
  ::waitpid(pid, nullptr, 0);
  fs::remove_all(work);
  return 0;
}
