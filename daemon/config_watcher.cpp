#include "config_watcher.hpp"

#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cstring>
#include <filesystem>

#include <spdlog/spdlog.h>

namespace wresd {
namespace fs = std::filesystem;

namespace {
constexpr std::uint32_t kDirEvents =
    IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR;
// Where a change to `file` can show: its own folder and name, and for every
// symbolic link on the way to the real file (the file itself, a folder link,
// a ConfigMap's ..data), the link's folder and name, then the target's.
std::vector<std::pair<std::string, std::string>> watch_points(const std::string& file) {
  std::vector<std::pair<std::string, std::string>> out;
  std::error_code ec;
  fs::path p = fs::absolute(file, ec).lexically_normal();
  for (int hop = 0; hop < 40; ++hop) {  // as the kernel's own link limit
    fs::path prefix;
    bool followed = false;
    for (auto it = p.begin(); it != p.end(); ++it) {
      prefix /= *it;
      if (prefix == prefix.root_path() || !fs::is_symlink(prefix, ec)) continue;
      out.emplace_back(prefix.parent_path().string(), prefix.filename().string());
      fs::path target = fs::read_symlink(prefix, ec);
      if (ec) return out;
      fs::path next = target.is_absolute() ? target : prefix.parent_path() / target;
      for (auto rest = std::next(it); rest != p.end(); ++rest) next /= *rest;
      p = next.lexically_normal();
      followed = true;
      break;
    }
    if (!followed) break;
  }
  out.emplace_back(p.parent_path().string(), p.filename().string());
  return out;
}

}  // namespace

ConfigWatcher::ConfigWatcher(boost::asio::io_context& io, std::chrono::milliseconds debounce,
                             std::function<void()> on_change, bool enabled, std::chrono::milliseconds recheck)
    : stream_(io),
      debounce_timer_(io),
      recheck_timer_(io),
      debounce_(debounce),
      recheck_(recheck),
      on_change_(std::move(on_change)) {
  if (!enabled) return;
  fd_ = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (fd_ < 0) {
    spdlog::warn("inotify unavailable ({}): the board's files are polled instead", std::strerror(errno));
    return;
  }
  stream_.assign(fd_);
  arm();
}

ConfigWatcher::~ConfigWatcher() { stop(); }

void ConfigWatcher::stop() {
  boost::system::error_code ec;
  debounce_timer_.cancel();
  recheck_timer_.cancel();
  if (stream_.is_open()) stream_.close(ec);  // closes fd_
  fd_ = -1;
}

bool ConfigWatcher::add_dir(const std::string& dir) {
  struct stat st {};
  int wd = ::inotify_add_watch(fd_, dir.c_str(), kDirEvents);
  if (wd < 0) return false;
  if (::stat(dir.c_str(), &st) != 0) st = {};
  wd_dir_[wd] = {dir, st.st_dev, st.st_ino};
  return true;
}

// Only the difference is applied: removing and re-adding a watch would queue
// IN_IGNORED events, which would look like news and reload again.
void ConfigWatcher::watch(const std::vector<std::string>& files, const std::vector<std::string>& dirs) {
  if (fd_ < 0) return;
  files_ = files, dirs_ = dirs;
  names_.clear();
  std::set<std::string> wanted;
  for (const auto& f : files)
    for (const auto& [dir, name] : watch_points(f)) {
      names_.insert(name);
      std::error_code ec;
      if (fs::is_directory(dir, ec)) wanted.insert(dir);  // a missing folder is watched through `dirs`
    }
  for (const auto& d : dirs) {
    std::error_code ec;
    fs::path p = fs::path(d);
    // Not there yet: watch the nearest existing ancestor for it to appear.
    while (!fs::is_directory(p, ec) && p.has_parent_path() && p != p.parent_path()) {
      names_.insert(p.filename().string());
      p = p.parent_path();
    }
    wanted.insert(fs::absolute(p.empty() ? fs::path(".") : p, ec).lexically_normal().string());
  }
  for (auto it = wd_dir_.begin(); it != wd_dir_.end();) {
    if (wanted.erase(it->second.dir)) {
      ++it;
      continue;
    }
    ::inotify_rm_watch(fd_, it->first);
    removed_.insert(it->first);
    it = wd_dir_.erase(it);
  }
  for (const auto& d : wanted)
    if (!add_dir(d)) spdlog::warn("cannot watch {}: {}", d, std::strerror(errno));
}

// Only while a folder is suspect (one of ours was unmounted, or the daemon
// says the board lost files): a quiet wresd keeps no timer for it.
void ConfigWatcher::suspect(bool on) {
  if (fd_ < 0 || on == suspect_) return;
  suspect_ = on;
  if (on) return arm_recheck();
  recheck_timer_.cancel();
}

void ConfigWatcher::arm_recheck() {
  recheck_timer_.expires_after(recheck_);
  recheck_timer_.async_wait([this](const boost::system::error_code& ec) {
    if (ec || !suspect_) return;  // stopped, or nothing to suspect now
    recheck();
    if (suspect_) arm_recheck();
  });
}

// A folder unmounted, or a file system mounted over it: the watch is on the
// folder that was there and hears nothing from the one there now.
void ConfigWatcher::recheck() {
  bool moved = false;
  for (auto it = wd_dir_.begin(); it != wd_dir_.end();) {
    struct stat st {};
    bool same = ::stat(it->second.dir.c_str(), &st) == 0 && st.st_dev == it->second.dev && st.st_ino == it->second.ino;
    if (same) {
      ++it;
      continue;
    }
    spdlog::info("{} is another folder now (a file system mounted or unmounted there): watching it again",
                 it->second.dir);
    if (::inotify_rm_watch(fd_, it->first) == 0) removed_.insert(it->first);  // else the kernel dropped it
    it = wd_dir_.erase(it);
    moved = true;
  }
  if (!moved) return;
  unmounted_ = false;  // it is another folder now: mounted again, or for good
  suspect_ = lost_files_;
  watch(files_, dirs_);
  trigger();
}

void ConfigWatcher::arm() {
  stream_.async_wait(boost::asio::posix::stream_descriptor::wait_read, [this](const boost::system::error_code& ec) {
    if (ec) return;  // closed
    drain();
    arm();
  });
}

bool ConfigWatcher::relevant(const std::string& name) const {
  if (name.empty()) return true;  // the directory itself
  if (names_.count(name)) return true;
  return name.size() > 5 && name.compare(name.size() - 5, 5, ".toml") == 0 && name[0] != '.';
}

void ConfigWatcher::drain() {
  alignas(inotify_event) std::array<char, 16384> buf;
  bool hit = false;
  for (;;) {
    ssize_t n = ::read(fd_, buf.data(), buf.size());
    if (n <= 0) break;
    for (char* p = buf.data(); p < buf.data() + n;) {
      auto* ev = reinterpret_cast<inotify_event*>(p);
      std::string name = ev->len ? std::string(ev->name) : std::string{};
      if (ev->mask & IN_UNMOUNT) unmounted_ = true;  // watched through its mount point until it is back
      if (ev->mask & IN_IGNORED) {
        // Ours to drop, or a watched directory that went away (that is news).
        if (!removed_.erase(ev->wd)) hit = true;
        wd_dir_.erase(ev->wd);
      } else if (ev->mask & (IN_Q_OVERFLOW | IN_DELETE_SELF | IN_MOVE_SELF) || relevant(name)) {
        hit = true;
      }
      p += sizeof(inotify_event) + ev->len;
    }
  }
  if (unmounted_) suspect(true);
  if (hit) trigger();
}

void ConfigWatcher::trigger() {
  debounce_timer_.expires_after(debounce_);
  debounce_timer_.async_wait([this](const boost::system::error_code& ec) {
    if (!ec) on_change_();
  });
}

}  // namespace wresd
