#pragma once
// Watches files by reading them every few seconds: for boards on network
// shares (CIFS/SMB, NFS), where inotify never hears of another machine's
// edit. A file's size, mtime and a hash of its content are compared (a
// share's mtime can be too coarse to see two saves in one second), and a
// change is loaded only when two polls in a row agree, so a file still being
// copied onto the share is not read half-way.
//
// The reading happens on the poller's own thread: a share that stops
// answering holds up the poller, never the daemon's event loop.
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/thread_pool.hpp>

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace wresd {

// A watched file or folder as one poll saw it.
struct PolledState {
  int error = 0;  // errno of reading it; 0 when it was read
  std::uintmax_t size = 0;
  long long mtime_ns = 0;
  std::uint64_t hash = 0;  // of the content, or of a folder's *.toml names
  bool operator==(const PolledState&) const = default;
};
using PollSnapshot = std::map<std::string, PolledState>;  // path -> state

PolledState poll_file(const std::string& path);
PolledState poll_folder(const std::string& path);

// Decides, poll by poll, when a change is safe to load: when the state
// differs from what was last loaded and the previous poll saw the same.
class ChangeSettler {
 public:
  // The watched paths are now `baseline`'s: a path already known keeps what
  // was loaded, a new one starts from its state in `baseline`.
  void rebase(const PollSnapshot& baseline);
  [[nodiscard]] bool observe(const PollSnapshot& now);  // true: load now
  [[nodiscard]] bool pending() const { return pending_.has_value(); }

 private:
  PollSnapshot loaded_;
  std::optional<PollSnapshot> pending_;
};

class PollWatcher {
 public:
  PollWatcher(boost::asio::io_context& io, std::chrono::milliseconds interval, std::function<void()> on_change);
  ~PollWatcher();
  PollWatcher(const PollWatcher&) = delete;
  PollWatcher& operator=(const PollWatcher&) = delete;

  // Replaces the watched set; polling starts with the first non-empty set.
  void watch(const std::vector<std::string>& files, const std::vector<std::string>& dirs);
  std::size_t watch_count() const { return files_.size() + dirs_.size(); }
  void stop();

 private:
  void arm();
  void poll();
  void polled(const PollSnapshot& now, std::chrono::steady_clock::duration took);

  boost::asio::io_context& io_;
  boost::asio::steady_timer timer_;
  std::chrono::milliseconds interval_;
  std::function<void()> on_change_;
  std::vector<std::string> files_, dirs_;
  ChangeSettler settler_;
  bool armed_ = false, polling_ = false, stopped_ = false, slow_logged_ = false;
  boost::asio::thread_pool reader_{1};  // last: joined first
};

}  // namespace wresd
