#include "poll_watcher.hpp"

#include <boost/asio/post.hpp>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include <spdlog/spdlog.h>

namespace wresd {
namespace fs = std::filesystem;

namespace {

// FNV-1a: enough to tell two versions of a file apart, and dependency-free.
struct Fnv1a {
  std::uint64_t h = 14695981039346656037ULL;
  void add(const char* p, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) h = (h ^ static_cast<unsigned char>(p[i])) * 1099511628211ULL;
  }
};

int errno_of(const std::error_code& ec) {
  return ec.category() == std::generic_category() || ec.category() == std::system_category() ? ec.value() : EIO;
}

long long mtime_ns(const fs::path& p, std::error_code& ec) {
  auto t = fs::last_write_time(p, ec);
  return std::chrono::duration_cast<std::chrono::nanoseconds>(t.time_since_epoch()).count();
}

// Names that matter in an included folder, as for inotify: *.toml, not hidden
// (an editor's temporary file is not news).
bool counts_in_folder(const std::string& name) {
  return name.size() > 5 && name.compare(name.size() - 5, 5, ".toml") == 0 && name[0] != '.';
}

std::string paths_key(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::string k;
  for (const auto* v : {&a, &b})
    for (const auto& p : *v) k += p + '\n';
  return k;
}

}  // namespace

PolledState poll_file(const std::string& path) {
  PolledState s;
  std::error_code ec;
  s.size = fs::file_size(path, ec);
  if (!ec) s.mtime_ns = mtime_ns(path, ec);
  if (ec) return {.error = errno_of(ec)};
  std::ifstream in(path, std::ios::binary);
  if (!in) return {.error = errno ? errno : EIO};
  Fnv1a h;
  std::array<char, 65536> buf;
  while (in.read(buf.data(), buf.size()) || in.gcount() > 0) h.add(buf.data(), static_cast<std::size_t>(in.gcount()));
  if (in.bad()) return {.error = EIO};
  s.hash = h.h;
  return s;
}

PolledState poll_folder(const std::string& path) {
  std::error_code ec;
  std::vector<std::string> names;
  for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
    std::string n = it->path().filename().string();
    if (counts_in_folder(n)) names.push_back(std::move(n));
  }
  if (ec) return {.error = errno_of(ec)};
  std::sort(names.begin(), names.end());
  Fnv1a h;
  for (const auto& n : names) h.add(n.c_str(), n.size() + 1);  // with the NUL, so names do not run together
  return {.size = names.size(), .hash = h.h};
}

void ChangeSettler::rebase(const PollSnapshot& baseline) {
  PollSnapshot next;
  for (const auto& [path, state] : baseline) {
    auto it = loaded_.find(path);
    next.emplace(path, it != loaded_.end() ? it->second : state);
  }
  loaded_ = std::move(next);
  pending_.reset();
}

bool ChangeSettler::observe(const PollSnapshot& now) {
  if (now == loaded_) {
    pending_.reset();
    return false;
  }
  if (pending_ && *pending_ == now) {
    loaded_ = now;
    pending_.reset();
    return true;
  }
  pending_ = now;  // changed, maybe still changing: wait for the next poll to agree
  return false;
}

PollWatcher::PollWatcher(boost::asio::io_context& io, std::chrono::milliseconds interval,
                         std::function<void()> on_change)
    : io_(io), timer_(io), interval_(interval), on_change_(std::move(on_change)) {}

PollWatcher::~PollWatcher() { stop(); }

void PollWatcher::stop() {
  stopped_ = true;
  timer_.cancel();
}

// The first set is read here, as the board was just read: what is there now
// is what was loaded. A path added later (a new include) starts as unknown, so
// the next two polls load it once more: it may have changed since the load.
void PollWatcher::watch(const std::vector<std::string>& files, const std::vector<std::string>& dirs) {
  if (paths_key(files, dirs) == paths_key(files_, dirs_)) return;
  const bool first = files_.empty() && dirs_.empty();
  files_ = files;
  dirs_ = dirs;
  PollSnapshot baseline;
  const PolledState unknown{.error = -1};
  for (const auto& f : files_) baseline[f] = first ? poll_file(f) : unknown;
  for (const auto& d : dirs_) baseline[d + "/"] = first ? poll_folder(d) : unknown;
  settler_.rebase(baseline);
  if (!armed_ && !stopped_ && watch_count() > 0) arm();
}

void PollWatcher::arm() {
  armed_ = true;
  timer_.expires_after(interval_);
  timer_.async_wait([this](const boost::system::error_code& ec) {
    if (ec || stopped_) return;
    poll();
    arm();
  });
}

void PollWatcher::poll() {
  if (polling_) return;  // the last poll has not come back: the share is slow
  polling_ = true;
  boost::asio::post(reader_, [this, files = files_, dirs = dirs_] {
    auto start = std::chrono::steady_clock::now();
    PollSnapshot now;
    for (const auto& f : files) now[f] = poll_file(f);
    for (const auto& d : dirs) now[d + "/"] = poll_folder(d);
    auto took = std::chrono::steady_clock::now() - start;
    boost::asio::post(io_, [this, now = std::move(now), took] { polled(now, took); });
  });
}

void PollWatcher::polled(const PollSnapshot& now, std::chrono::steady_clock::duration took) {
  polling_ = false;
  if (stopped_) return;
  if (took > interval_ && !slow_logged_) {
    spdlog::warn("polling the board's files took {} ms (every {} ms): the share is slow to answer",
                 std::chrono::duration_cast<std::chrono::milliseconds>(took).count(), interval_.count());
  }
  slow_logged_ = took > interval_;
  // Read for a set of paths that has since been replaced: the next poll counts.
  if (now.size() != files_.size() + dirs_.size()) return;
  for (const auto& f : files_)
    if (!now.count(f)) return;
  if (settler_.observe(now)) on_change_();
}

}  // namespace wresd
