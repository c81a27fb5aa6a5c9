#pragma once
// Watches the board file and everything it includes with inotify, through an
// Asio descriptor on the daemon's one event loop. Directories are watched, not
// files, so editors that save by renaming a temporary file, and included files
// that appear later, are both seen. Bursts are debounced into one reload.
// A watch is on a folder's inode: when a file system is mounted over a
// watched folder (a share back after an outage) inotify would hear nothing
// from it again. So while a folder is suspect — one of ours was unmounted,
// or the board lost the files of an include — each watched folder's identity
// is checked every `recheck`, and a folder that is another one now is
// watched again.
#include <sys/types.h>
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
                bool enabled = true, std::chrono::milliseconds recheck = std::chrono::seconds(5));
  ~ConfigWatcher();
  ConfigWatcher(const ConfigWatcher&) = delete;
  ConfigWatcher& operator=(const ConfigWatcher&) = delete;

  // Replaces the watch set. A missing directory is watched through its parent
  // until it appears.
  void watch(const std::vector<std::string>& files, const std::vector<std::string>& dirs);
  std::size_t watch_count() const { return wd_dir_.size(); }
  [[nodiscard]] bool available() const { return fd_ >= 0; }
  // The board is missing files it had (an outage): check for mounts until it is not.
  void board_lost_files(bool lost) {
    lost_files_ = lost;
    suspect(lost || unmounted_);
  }
  void stop();

 private:
  struct Watched {
    std::string dir;
    dev_t dev = 0;
    ino_t ino = 0;
  };
  void arm();
  void suspect(bool on);
  void arm_recheck();
  void recheck();
  void drain();
  [[nodiscard]] bool relevant(const std::string& name) const;
  void trigger();
  [[nodiscard]] bool add_dir(const std::string& dir);

  int fd_ = -1;
  boost::asio::posix::stream_descriptor stream_;
  boost::asio::steady_timer debounce_timer_, recheck_timer_;
  std::chrono::milliseconds debounce_, recheck_;
  std::function<void()> on_change_;
  std::map<int, Watched> wd_dir_;
  std::vector<std::string> files_, dirs_;  // the last watch() asked for
  bool suspect_ = false, lost_files_ = false, unmounted_ = false;
  std::set<int> removed_;        // watches we dropped: their IN_IGNORED is not news
  std::set<std::string> names_;  // base names that matter besides *.toml
};

}  // namespace wresd
