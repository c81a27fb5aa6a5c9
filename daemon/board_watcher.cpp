#include "board_watcher.hpp"

#include <set>

#include <spdlog/spdlog.h>

namespace wresd {

std::string_view watch_mode_name(WatchMode m) {
  switch (m) {
    case WatchMode::automatic: return "auto";
    case WatchMode::inotify: return "inotify";
    case WatchMode::poll: return "poll";
  }
  return "?";
}

std::optional<WatchMode> watch_mode_from_name(std::string_view name) {
  for (auto m : {WatchMode::automatic, WatchMode::inotify, WatchMode::poll})
    if (watch_mode_name(m) == name) return m;
  return std::nullopt;
}

bool polls(WatchMode mode, const std::optional<FsType>& fs, bool inotify_available) {
  switch (mode) {
    case WatchMode::poll: return true;
    case WatchMode::inotify: return !inotify_available;  // a wall that never updates is worse than a poll
    case WatchMode::automatic: return !inotify_available || !fs || !fs->local;
  }
  return true;
}

BoardWatcher::BoardWatcher(boost::asio::io_context& io, WatchOptions options, std::function<void()> on_change,
                           FsProbe probe)
    : options_(options),
      probe_(std::move(probe)),
      inotify_(io, options.debounce, on_change, options.mode != WatchMode::poll, options.poll_interval),
      poller_(io, options.poll_interval, on_change) {}

bool BoardWatcher::poll_this(const std::string& path) {
  std::optional<FsType> fs;
  if (auto magic = probe_(path)) fs = fs_type_from_magic(*magic);
  return polls(options_.mode, fs, inotify_.available());
}

// Each path goes to one of the two; the split is logged when it changes, with
// the file system that decided it.
void BoardWatcher::watch(const std::vector<std::string>& files, const std::vector<std::string>& dirs) {
  std::vector<std::string> nf, nd, pf, pd;
  std::set<std::string> polled_fs;
  auto sort_into = [&](const std::string& p, std::vector<std::string>& by_inotify, std::vector<std::string>& by_poll) {
    if (!poll_this(p)) return by_inotify.push_back(p);
    by_poll.push_back(p);
    auto magic = probe_(p);
    polled_fs.insert(magic ? fs_type_from_magic(*magic).name : "unreadable");
  };
  for (const auto& f : files) sort_into(f, nf, pf);
  for (const auto& d : dirs) sort_into(d, nd, pd);
  inotify_.watch(nf, nd);
  poller_.watch(pf, pd);
  std::string summary = std::to_string(nf.size() + nd.size()) + " path(s) by inotify, " +
                        std::to_string(pf.size() + pd.size()) + " by polling every " +
                        std::to_string(options_.poll_interval.count()) + " ms";
  if (!polled_fs.empty()) {
    summary += " (";
    for (const auto& n : polled_fs) summary += (summary.back() == '(' ? "" : ", ") + n;
    summary += options_.mode == WatchMode::poll ? ": --watch poll)" : ": not a local file system)";
  }
  if (summary != last_summary_) spdlog::info("watching the board's {}", summary);
  last_summary_ = std::move(summary);
}

void BoardWatcher::stop() {
  inotify_.stop();
  poller_.stop();
}

}  // namespace wresd
