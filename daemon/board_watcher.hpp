#pragma once
// Watches the board's files the way each can be watched: inotify where the
// file system is this machine's own, polling where it is a network share
// (inotify never hears of an edit made on another machine) or unknown.
// --watch chooses: auto (by file system), inotify (everything), poll
// (everything).
#include <boost/asio/io_context.hpp>

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "config_watcher.hpp"
#include "fs_kind.hpp"
#include "poll_watcher.hpp"

namespace wresd {

enum class WatchMode { automatic, inotify, poll };
std::string_view watch_mode_name(WatchMode m);
[[nodiscard]] std::optional<WatchMode> watch_mode_from_name(std::string_view name);

// Pure: whether a path on `fs` (nullopt: could not be told) is polled.
[[nodiscard]] bool polls(WatchMode mode, const std::optional<FsType>& fs, bool inotify_available);

struct WatchOptions {
  WatchMode mode = WatchMode::automatic;
  std::chrono::milliseconds debounce{50};         // inotify: quiet time after an event
  std::chrono::milliseconds poll_interval{5000};  // --poll-seconds; also inotify's check for mounts
};

class BoardWatcher {
 public:
  BoardWatcher(boost::asio::io_context& io, WatchOptions options, std::function<void()> on_change,
               FsProbe probe = statfs_probe());
  void watch(const std::vector<std::string>& files, const std::vector<std::string>& dirs);
  void stop();
  // While the board misses files it had, inotify's folders are checked for mounts.
  void board_lost_files(bool lost) { inotify_.board_lost_files(lost); }
  std::size_t inotify_watches() const { return inotify_.watch_count(); }
  std::size_t polled_paths() const { return poller_.watch_count(); }

 private:
  [[nodiscard]] bool poll_this(const std::string& path);

  WatchOptions options_;
  FsProbe probe_;
  ConfigWatcher inotify_;
  PollWatcher poller_;
  std::string last_summary_;
};

}  // namespace wresd
