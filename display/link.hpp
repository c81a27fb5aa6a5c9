#pragma once
// The display's line to wresd, on its own thread so a slow or absent daemon
// never freezes the picture. Reconnects forever (reconnect.hpp), pings so that
// "no news" and "no daemon" can be told apart, parses snapshots off the render
// thread, and keeps the latest one on disk so a restarted display is never blank.
#include <condition_variable>
#include <ctime>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include <nlohmann/json_fwd.hpp>

#include "presented_frame.hpp"
#include "reconnect.hpp"
#include "wres/model/snapshot.hpp"

namespace wres::client {
class Connection;
}

namespace display {

struct LinkStatus {
  bool connected = false;
  bool refused = false;        // protocol mismatch or not permitted: retrying will not help
  std::string detail;          // last error, for the banner
  std::time_t last_heard = 0;  // last message from the daemon
};

class Link {
 public:
  Link(std::string socket_path, std::string cache_path, std::function<void()> wake);
  ~Link();
  Link(const Link&) = delete;
  Link& operator=(const Link&) = delete;

  void start();
  void stop();
  // The newest snapshot, if one arrived since the last call.
  [[nodiscard]] std::optional<wres::Snapshot> take();
  // wresd's revision of the snapshot take() returned last (0 before any).
  long long taken_revision() const;
  LinkStatus status() const;
  // The frame now on screen: reported to wresd, and kept to answer its
  // capture requests (wresctl screenshot). Never blocks the render thread.
  void shown(std::shared_ptr<PresentedFrame> frame);
  // The frame given to shown(), back for the next one to be read into, so
  // the wall keeps one frame's pixels, not two; null while it is being
  // encoded for a capture (then the caller makes another). Until shown() is
  // called again, a capture request waits.
  std::shared_ptr<PresentedFrame> reclaim();

 private:
  void run();
  Attempt connect_once();
  void session(wres::client::Connection& c);
  void on_message(const nlohmann::json& msg, bool& ping_outstanding);
  void on_snapshot(const nlohmann::json& snapshot, long long revision);
  void send_reports(wres::client::Connection& c);
  [[nodiscard]] bool flush_reports(wres::client::Connection& c);  // false when the connection failed
  void answer_capture(wres::client::Connection& c, long long id);
  void answer_waiting_capture(wres::client::Connection& c);
  [[nodiscard]] bool stopping() const;
  void set_status(bool connected, bool refused, const std::string& detail);
  void heard();
  void wait_backoff(std::chrono::milliseconds d);

  std::string socket_path_, cache_path_;
  bool cache_failing_ = false;  // the link thread's own
  std::function<void()> wake_;
  std::thread thread_;
  mutable std::mutex mu_;
  std::condition_variable cv_;
  bool stop_ = false;
  int live_fd_ = -1;  // shut down by stop() to end a blocking wait
  std::optional<wres::Snapshot> pending_;
  long long pending_revision_ = 0, taken_revision_ = 0;
  LinkStatus status_;
  int wake_fd_ = -1;  // eventfd: a frame report to send
  std::shared_ptr<PresentedFrame> presented_;
  std::optional<long long> capture_waiting_;  // asked while the frame was being replaced
  bool ever_shown_ = false;
  std::deque<std::string> reports_;  // frame_shown payloads not yet sent
};

// The last snapshot seen, kept across display restarts. Both return false on failure.
[[nodiscard]] bool save_snapshot_cache(const std::string& path, const std::string& json_text);
[[nodiscard]] std::optional<wres::Snapshot> load_snapshot_cache(const std::string& path, std::time_t* saved_at);
std::string default_cache_path();

}  // namespace display
