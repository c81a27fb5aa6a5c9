// HDMI-CEC standby through cec-client (Debian's cec-utils): the Pi's usual
// way to switch a TV-type panel off, where DPMS only blanks the signal.
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <mutex>
#include <thread>

#include "panel_power.hpp"

extern char** environ;

namespace display {

namespace {

// Runs `program -s -d 1` with `command` on its input; true when it exits 0
// within 20 s (cec-client finds the adapter in a few). `stop` ends the wait
// early, killing it: the wall is closing.
bool run_cec(const std::string& program, const std::string& command, const std::atomic<bool>& stop) {
  int in[2];
  if (::pipe2(in, O_CLOEXEC) != 0) return false;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in[0], STDIN_FILENO);
  const char* argv[] = {program.c_str(), "-s", "-d", "1", nullptr};
  pid_t pid = 0;
  int rc = posix_spawnp(&pid, program.c_str(), &actions, nullptr, const_cast<char**>(argv), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(in[0]);
  if (rc != 0) {
    ::close(in[1]);
    std::fprintf(stderr, "wres-display: cannot run %s for HDMI-CEC: drawing black instead\n", program.c_str());
    return false;
  }
  std::string line = command + "\n";
  (void)!::write(in[1], line.data(), line.size());
  ::close(in[1]);
  int status = 0;
  for (int waited = 0; waited < 200 && !stop; ++waited) {
    if (::waitpid(pid, &status, WNOHANG) == pid) return WIFEXITED(status) && WEXITSTATUS(status) == 0;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  ::kill(pid, SIGKILL);
  ::waitpid(pid, &status, 0);
  if (!stop) std::fprintf(stderr, "wres-display: %s did not finish '%s' in 20 s\n", program.c_str(), command.c_str());
  return false;
}

// One worker thread runs cec-client; the render thread only leaves it the
// latest wish and never waits (a hung cec-client froze the wall for 20 s at
// a night change). A wish overtaken by a newer one does not set the state.
class CecPanel : public PanelPower {
 public:
  explicit CecPanel(std::string program) : program_(std::move(program)), worker_([this] { work(); }) {}
  ~CecPanel() override {
    {
      std::lock_guard lock(mu_);
      stop_ = true;
    }
    wake_.notify_one();
    worker_.join();
  }
  CecPanel(const CecPanel&) = delete;
  CecPanel& operator=(const CecPanel&) = delete;

  void set_night(bool night) override {
    {
      std::lock_guard lock(mu_);
      wish_ = night;
      ++wishes_;
      state_ = night ? wres::PanelState::black : wres::PanelState::on;  // until cec-client says otherwise
    }
    wake_.notify_one();
  }
  wres::PanelState state() const override { return state_; }

 private:
  void work() {
    std::uint64_t done = 0;
    std::unique_lock lock(mu_);
    while (true) {
      wake_.wait(lock, [&] { return stop_ || wishes_ != done; });
      if (stop_) return;
      bool night = wish_;
      done = wishes_;
      lock.unlock();
      bool ok = run_cec(program_, night ? "standby 0" : "on 0", stop_);
      lock.lock();
      if (night && done == wishes_) state_ = ok ? wres::PanelState::standby : wres::PanelState::black;
    }
  }

  std::string program_;
  std::atomic<wres::PanelState> state_{wres::PanelState::on};
  std::mutex mu_;
  std::condition_variable wake_;
  bool wish_ = false;
  std::uint64_t wishes_ = 0;
  std::atomic<bool> stop_{false};
  std::thread worker_;  // last: started once the rest is made
};

}  // namespace

std::unique_ptr<PanelPower> make_cec_panel(std::string program) {
  return std::make_unique<CecPanel>(std::move(program));
}

}  // namespace display
