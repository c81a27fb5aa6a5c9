#pragma once
// Watches the board file and everything it includes with inotify, through an
// Asio descriptor on the daemon's one event loop. Directories are watched, not
// files, so editors that save by renaming a temporary file, and included files
// that appear later, are both seen. Bursts are debounced into one reload.
#include <boost/asio/io_context.hpp>
#include <boost/asio/posix/stream_descriptor.hpp>
#include <boost/asio/steady_timer.hpp>

#include <chrono>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace wresd {

class ConfigWatcher {
 public:
  // `enabled` false (--watch poll): no inotify instance at all.
  ConfigWatcher(boost::asio::io_context& io, std::chrono::milliseconds debounce, std::function<void()> on_change,
                bool enabled = true);
  ~ConfigWatcher();
  ConfigWatcher(const ConfigWatcher&) = delete;
  ConfigWatcher& operator=(const ConfigWatcher&) = delete;

  // Replaces the watch set. A missing directory is watched through its parent
  // until it appears.
  void watch(const std::vector<std::string>& files, const std::vector<std::string>& dirs);
  std::size_t watch_count() const { return wd_dir_.size(); }
  bool available() const { return fd_ >= 0; }
  void stop();

 private:
  void arm();
  void drain();
  bool relevant(const std::string& name) const;
  void trigger();
  bool add_dir(const std::string& dir);

  int fd_ = -1;
  boost::asio::posix::stream_descriptor stream_;
  boost::asio::steady_timer debounce_timer_;
  std::chrono::milliseconds debounce_;
  std::function<void()> on_change_;
  std::map<int, std::string> wd_dir_;
  std::set<int> removed_;        // watches we dropped: their IN_IGNORED is not news
  std::set<std::string> names_;  // base names that matter besides *.toml
};

}  // namespace wresd
