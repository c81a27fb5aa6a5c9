// HDMI-CEC standby through cec-client (Debian's cec-utils): the Pi's usual
// way to switch a TV-type panel off, where DPMS only blanks the signal.
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <thread>

#include "panel_power.hpp"

extern char** environ;

namespace wall {

namespace {

// Runs `program -s -d 1` with `command` on its input; true when it exits 0
// within the time. cec-client -s runs one command and exits.
bool run_cec(const std::string& program, const std::string& command) {
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
  for (int waited = 0; waited < 200; ++waited) {  // 20 s: cec-client finds the adapter in a few
    if (::waitpid(pid, &status, WNOHANG) == pid) return WIFEXITED(status) && WEXITSTATUS(status) == 0;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  ::kill(pid, SIGKILL);
  ::waitpid(pid, &status, 0);
  std::fprintf(stderr, "wres-display: %s did not finish '%s' in 20 s\n", program.c_str(), command.c_str());
  return false;
}

class CecPanel : public PanelPower {
 public:
  explicit CecPanel(std::string program) : program_(std::move(program)) {}
  ~CecPanel() override {
    if (worker_.joinable()) worker_.join();
  }
  void set_night(bool night) override {
    if (worker_.joinable()) worker_.join();                           // the last command has had 20 s at most
    state_ = night ? wres::PanelState::black : wres::PanelState::on;  // until cec-client says otherwise
    worker_ = std::thread([this, night] {
      bool ok = run_cec(program_, night ? "standby 0" : "on 0");
      if (night) state_ = ok ? wres::PanelState::standby : wres::PanelState::black;
    });
  }
  wres::PanelState state() const override { return state_; }

 private:
  std::string program_;
  std::atomic<wres::PanelState> state_{wres::PanelState::on};
  std::thread worker_;
};

}  // namespace

std::unique_ptr<PanelPower> make_cec_panel(std::string program) {
  return std::make_unique<CecPanel>(std::move(program));
}

}  // namespace wall
