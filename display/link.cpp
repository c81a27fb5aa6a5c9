#include "link.hpp"

#include <sys/eventfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "connection.hpp"
#include "wres/protocol/base64.hpp"
#include "wres/protocol/messages.hpp"
#include "wres/protocol/snapshot_json.hpp"
#include "wres/protocol/wall_messages.hpp"

namespace display {
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {
constexpr auto kPingEvery = 10s;
constexpr std::size_t kMaxReports = 32;  // frame reports waiting for the socket
}  // namespace

Link::Link(std::string socket_path, std::string cache_path, std::function<void()> wake)
    : socket_path_(std::move(socket_path)),
      cache_path_(std::move(cache_path)),
      wake_(std::move(wake)),
      wake_fd_(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK)) {}

Link::~Link() {
  stop();
  if (wake_fd_ >= 0) ::close(wake_fd_);
}

void Link::start() {
  thread_ = std::thread([this] { run(); });
}

void Link::stop() {
  {
    std::lock_guard lk(mu_);
    if (stop_ && !thread_.joinable()) return;
    stop_ = true;
    if (live_fd_ >= 0) ::shutdown(live_fd_, SHUT_RDWR);
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
}

std::optional<wres::Snapshot> Link::take() {
  std::lock_guard lk(mu_);
  auto out = std::move(pending_);
  if (out) taken_revision_ = pending_revision_;
  pending_.reset();
  return out;
}

long long Link::taken_revision() const {
  std::lock_guard lk(mu_);
  return taken_revision_;
}

std::shared_ptr<PresentedFrame> Link::reclaim() {
  std::lock_guard lk(mu_);
  if (!presented_ || presented_.use_count() > 1) return nullptr;  // being encoded
  return std::move(presented_);
}

void Link::shown(std::shared_ptr<PresentedFrame> frame) {
  {
    std::lock_guard lk(mu_);
    reports_.push_back(wres::protocol::frame_shown_message(frame->report));
    if (reports_.size() > kMaxReports) reports_.pop_front();
    presented_ = std::move(frame);
    ever_shown_ = true;
  }
  const std::uint64_t one = 1;
  if (wake_fd_ >= 0) (void)!::write(wake_fd_, &one, sizeof one);
}

// Sent from the link thread only; while there is no daemon only the frame on
// screen now is kept, so reports never arrive long after the fact.
void Link::send_reports(wres::client::Connection& c) {
  std::uint64_t count = 0;
  if (wake_fd_ >= 0) (void)!::read(wake_fd_, &count, sizeof count);
  if (flush_reports(c)) answer_waiting_capture(c);
}

bool Link::flush_reports(wres::client::Connection& c) {
  std::deque<std::string> out;
  {
    std::lock_guard lk(mu_);
    out.swap(reports_);
  }
  for (const auto& payload : out)
    if (!c.send(nlohmann::json::parse(payload), 5s)) return false;
  return true;
}

void Link::answer_waiting_capture(wres::client::Connection& c) {
  std::optional<long long> id;
  {
    std::lock_guard lk(mu_);
    if (!capture_waiting_ || !presented_) return;
    id = std::exchange(capture_waiting_, std::nullopt);
  }
  answer_capture(c, *id);
}

// wresd asks for the frame on screen (wresctl screenshot): the pixels read
// back when it was presented, as PNG, encoded here, off the render thread.
void Link::answer_capture(wres::client::Connection& c, long long id) {
  std::shared_ptr<const PresentedFrame> frame;
  {
    std::lock_guard lk(mu_);
    frame = presented_;
    if (!frame && ever_shown_) {
      capture_waiting_ = id;  // the render thread is reading the next frame into it: answer once shown
      return;
    }
  }
  namespace proto = wres::protocol;
  // wresd takes a picture only of a frame it was told of: the report of the
  // frame on screen goes first if it is still queued.
  if (!flush_reports(c)) return;
  std::string png = frame ? encode_png(*frame) : std::string{};
  auto reply = !frame        ? proto::capture_failed_message(id, "nothing presented yet")
               : png.empty() ? proto::capture_failed_message(id, "the frame could not be encoded as PNG")
                             : proto::captured_message(id, frame->report, proto::base64_encode(png));
  {  // let go under the lock: reclaim() then sees the encoder's reads happen before it reuses the frame
    std::lock_guard lk(mu_);
    frame.reset();
  }
  (void)c.send(nlohmann::json::parse(reply), 30s);  // a failed send closes c: session() sees it
}

LinkStatus Link::status() const {
  std::lock_guard lk(mu_);
  return status_;
}

void Link::set_status(bool connected, bool refused, const std::string& detail) {
  {
    std::lock_guard lk(mu_);
    status_.connected = connected, status_.refused = refused, status_.detail = detail;
  }
  wake_();
}

void Link::heard() {
  std::lock_guard lk(mu_);
  status_.last_heard = std::time(nullptr);
}

void Link::wait_backoff(std::chrono::milliseconds d) {
  std::unique_lock lk(mu_);
  cv_.wait_for(lk, d, [this] { return stop_; });
}

bool Link::stopping() const {
  std::lock_guard lk(mu_);
  return stop_;
}

// Reconnects forever (the delays: reconnect.hpp).
void Link::run() {
  std::chrono::milliseconds delay = kFirstBackoff;
  while (!stopping()) {
    delay = next_reconnect_delay(delay, connect_once());
    wait_backoff(delay);
  }
}

Attempt Link::connect_once() {
  bool held = false;
  try {
    wres::client::Connection c;
    if (!c.open(socket_path_, "wres-display", 5s)) {
      bool refused = c.status() == wres::protocol::HandshakeStatus::protocol_mismatch ||
                     c.status() == wres::protocol::HandshakeStatus::not_permitted;
      set_status(false, refused, c.error());
      return c.daemon_absent() ? Attempt::daemon_absent : Attempt::daemon_failing;
    }
    held = true;
    session(c);
    set_status(false, false, c.error().empty() ? "connection lost" : c.error());
    return Attempt::session_held;
  } catch (const std::exception& e) {  // nothing may escape the thread
    set_status(false, false, e.what());
    return held ? Attempt::session_held : Attempt::daemon_failing;
  }
}

void Link::session(wres::client::Connection& c) {
  {
    std::lock_guard lk(mu_);
    live_fd_ = c.fd();
    if (stop_) ::shutdown(live_fd_, SHUT_RDWR);
  }
  heard();
  set_status(true, false, "");
  {
    std::lock_guard lk(mu_);  // a new daemon hears what is on screen now, not the frames it missed
    while (reports_.size() > 1) reports_.pop_front();
    if (reports_.empty() && presented_) reports_.push_back(wres::protocol::frame_shown_message(presented_->report));
  }
  (void)c.send(wres::protocol::request(wres::protocol::MessageType::subscribe), 5s);  // failing, it closes c
  send_reports(c);
  auto last_ping = std::chrono::steady_clock::now();
  bool ping_outstanding = false;
  while (c.is_open()) {
    auto msg = c.receive(kPingEvery, wake_fd_);
    if (stopping()) break;
    if (msg && wres::protocol::type_of(*msg) == wres::protocol::MessageType::capture)
      answer_capture(c, msg->value("id", 0LL));
    else if (msg)
      on_message(*msg, ping_outstanding);
    if (c.is_open()) send_reports(c);
    if (!c.is_open()) break;
    if (std::chrono::steady_clock::now() - last_ping >= kPingEvery) {
      if (ping_outstanding) break;  // no answer for a whole interval: reconnect
      (void)c.send(wres::protocol::request(wres::protocol::MessageType::get_health, 1), 5s);  // failing, it closes c
      ping_outstanding = true;
      last_ping = std::chrono::steady_clock::now();
    }
  }
  std::lock_guard lk(mu_);
  live_fd_ = -1;
}

void Link::on_message(const nlohmann::json& msg, bool& ping_outstanding) {
  heard();
  auto type = wres::protocol::type_of(msg);
  if (type == wres::protocol::MessageType::snapshot && msg.contains("snapshot")) {
    auto revision = msg.find("revision");
    on_snapshot(msg["snapshot"],
                revision != msg.end() && revision->is_number_integer() ? revision->get<long long>() : 0);
    wake_();
  } else if (type == wres::protocol::MessageType::health) {
    ping_outstanding = false;
    wake_();
  }
}

void Link::on_snapshot(const nlohmann::json& j, long long revision) {
  std::string error;
  auto snap = wres::snapshot_from_json(j, &error);
  if (!snap) {
    std::lock_guard lk(mu_);
    status_.detail = "unreadable snapshot: " + error;
    return;
  }
  // A picture emptied by errors never overwrites the last good one.
  bool worth_keeping = snap->config.ok || wres::has_content(*snap);
  if (!cache_path_.empty() && worth_keeping) {
    // Said once when saving starts failing (and once when it works again), not per snapshot.
    bool saved = save_snapshot_cache(cache_path_, j.dump());
    if (saved == cache_failing_)
      std::fprintf(stderr,
                   saved ? "wres-display: the snapshot cache %s is saved again\n"
                         : "wres-display: cannot save the snapshot cache %s: a restart without wresd "
                           "will show an older picture\n",
                   cache_path_.c_str());
    cache_failing_ = !saved;
  }
  std::lock_guard lk(mu_);
  pending_ = std::move(snap);
  pending_revision_ = revision;
}

bool save_snapshot_cache(const std::string& path, const std::string& json_text) {
  std::error_code ec;
  fs::create_directories(fs::path(path).parent_path(), ec);
  std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!(out << json_text)) return false;
  }
  fs::rename(tmp, path, ec);  // atomic: a crash leaves the old cache or the new one
  return !ec;
}

std::optional<wres::Snapshot> load_snapshot_cache(const std::string& path, std::time_t* saved_at) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::stringstream ss;
  ss << in.rdbuf();
  auto j = nlohmann::json::parse(ss.str(), nullptr, false);
  if (j.is_discarded()) return std::nullopt;
  struct stat st {};
  if (saved_at && ::stat(path.c_str(), &st) == 0) *saved_at = st.st_mtime;
  return wres::snapshot_from_json(j);
}

std::string default_cache_path() {
  if (const char* x = std::getenv("XDG_CACHE_HOME"); x && *x) return std::string(x) + "/wres/last-snapshot.json";
  if (const char* h = std::getenv("HOME"); h && *h) return std::string(h) + "/.cache/wres/last-snapshot.json";
  return {};
}

}  // namespace display
