#pragma once
// A real wresd process for a test: started with a temp config, DB and socket,
// stopped (or killed) at the end, its log kept for failure messages.
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "connection.hpp"

namespace wres::test {

class DaemonProcess {
 public:
  DaemonProcess(std::string config, std::string db, std::string socket, std::vector<std::string> extra = {},
                std::string log_path = "")
      : socket_(std::move(socket)), log_(log_path.empty() ? db + ".log" : std::move(log_path)) {
    std::vector<std::string> args{WRESD, "--config", config, "--db", db, "--socket", socket_, "--log-level", "debug"};
    // Tests settle faster than the 2 s default; those about settling pass their own.
    if (std::find(extra.begin(), extra.end(), "--settle-ms") == extra.end())
      extra.insert(extra.end(), {"--settle-ms", "300"});
    args.insert(args.end(), extra.begin(), extra.end());
    pid_ = ::fork();
    if (pid_ == 0) {
      FILE* f = std::fopen(log_.c_str(), "a");
      if (f) ::dup2(::fileno(f), 2);
      std::vector<char*> argv;
      for (auto& a : args) argv.push_back(a.data());
      argv.push_back(nullptr);
      ::execv(argv[0], argv.data());
      ::_exit(127);
    }
  }
  ~DaemonProcess() {
    if (pid_ > 0) stop(SIGKILL);
  }
  DaemonProcess(const DaemonProcess&) = delete;
  DaemonProcess& operator=(const DaemonProcess&) = delete;

  // Resident memory in KiB, from /proc.
  long rss_kib() const {
    std::ifstream in("/proc/" + std::to_string(pid_) + "/status");
    std::string key;
    long value = 0;
    while (in >> key) {
      if (key == "VmRSS:") return (in >> value) ? value : 0;
      in.ignore(4096, '\n');
    }
    return 0;
  }
  bool running() {
    int status = 0;
    return ::waitpid(pid_, &status, WNOHANG) == 0;
  }
  // True once the socket accepts a greeting and the first board has settled
  // into history (so a test's edits are changes, not part of the baseline).
  bool wait_ready(std::chrono::milliseconds timeout = std::chrono::milliseconds(10000)) {
    auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
      client::Connection c;
      if (c.open(socket_, "test-probe", std::chrono::milliseconds(500))) {
        auto h = c.request({{"type", "get_health"}}, std::chrono::milliseconds(2000));
        bool settling = h && h->contains("health") && (*h)["health"]["config"].value("settling", false);
        if (!settling) return true;
      }
      int status;
      if (::waitpid(pid_, &status, WNOHANG) == pid_) {
        pid_ = -1;
        return false;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return false;
  }

  // Sends `sig` and waits; returns the exit code (or 128 + signal).
  int stop(int sig = SIGTERM, std::chrono::milliseconds grace = std::chrono::milliseconds(10000)) {
    if (pid_ <= 0) return -1;
    ::kill(pid_, sig);
    auto deadline = std::chrono::steady_clock::now() + grace;
    int status = 0;
    while (::waitpid(pid_, &status, WNOHANG) == 0) {
      if (std::chrono::steady_clock::now() > deadline) {
        ::kill(pid_, SIGKILL);
        ::waitpid(pid_, &status, 0);
        break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    pid_ = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }

  void signal(int sig) const { ::kill(pid_, sig); }
  pid_t pid() const { return pid_; }
  const std::string& socket() const { return socket_; }
  std::string log() const {
    std::ifstream in(log_);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }

 private:
  pid_t pid_ = -1;
  std::string socket_, log_;
};

// A subscribed client, and waiting for the snapshot that satisfies a test.
inline bool subscribe(client::Connection& c, const std::string& socket) {
  return c.open(socket, "test", std::chrono::milliseconds(3000)) &&
         c.send({{"type", "subscribe"}}, std::chrono::milliseconds(3000));
}

template <class Pred>
std::optional<nlohmann::json> wait_snapshot(client::Connection& c, Pred pred,
                                            std::chrono::milliseconds timeout = std::chrono::milliseconds(5000)) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    auto m = c.receive(left);
    if (!m) return std::nullopt;
    if (m->value("type", "") == "snapshot" && pred((*m)["snapshot"])) return (*m)["snapshot"];
  }
  return std::nullopt;
}

inline const nlohmann::json* plan_of(const nlohmann::json& snap, const std::string& id) {
  for (const auto& p : snap["plans"])
    if (p["id"] == id) return &p;
  return nullptr;
}

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Rewrites a file the way an editor that saves in place does.
inline void replace_in_file(const std::string& path, const std::string& from, const std::string& to) {
  std::string text = read_file(path);
  auto pos = text.find(from);
  if (pos == std::string::npos) throw std::runtime_error("'" + from + "' not in " + path);
  text.replace(pos, from.size(), to);
  std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
}

}  // namespace wres::test
