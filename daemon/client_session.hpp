#pragma once
// One connected client. Reads length-prefixed requests (capped), answers them,
// and pushes snapshots to subscribers through a bounded queue: a client that
// stops reading is dropped, never waited for.
#include <boost/asio/local/stream_protocol.hpp>
#include <boost/asio/steady_timer.hpp>

#include <nlohmann/json_fwd.hpp>

#include <chrono>
#include <deque>
#include <memory>
#include <optional>
#include <string>

#include "wres/protocol/frame.hpp"

namespace wresd {

using Frame = std::shared_ptr<const std::string>;

struct SessionLimits {
  std::size_t max_queued_frames = 8;
  std::size_t max_queued_bytes = 512u << 20;
  std::chrono::milliseconds write_timeout{15000};  // one frame must drain in this time
  // A client must subscribe or ask something within this time of connecting,
  // or it is dropped: idle connections must not use up the wall's places.
  std::chrono::milliseconds hello_timeout{10000};
};

class SessionHost {  // what a session needs from the server
 public:
  virtual ~SessionHost() = default;
  virtual Frame current_snapshot_frame() = 0;
  // The reply payload; empty when there is none now: a frame report is not
  // answered, a screenshot is answered when the wall has sent it. A handler
  // drops a hostile client with from.refuse().
  virtual std::string answer(class ClientSession& from, const nlohmann::json& request) = 0;
  virtual void forget(class ClientSession* s, const std::string& why) = 0;
};

class ClientSession : public std::enable_shared_from_this<ClientSession> {
 public:
  ClientSession(boost::asio::local::stream_protocol::socket socket, SessionHost& host, SessionLimits limits,
                std::string name);
  void start();
  void refuse(const std::string& welcome_payload);  // send one message, then close
  void push(const Frame& frame);                    // only if subscribed
  void reply(const std::string& payload) { send_payload(payload); }
  // Lets the client send frames up to `bytes` (a wall asked for a capture);
  // kMaxRequestBytes again afterwards.
  void allow_frames_up_to(std::uint32_t bytes) { decoder_.set_max(bytes); }
  void close(const std::string& why);
  [[nodiscard]] bool subscribed() const { return subscribed_; }
  // A wall (it has reported a frame): the last to be closed to make room.
  void mark_wall() { wall_ = true; }
  [[nodiscard]] bool wall() const { return wall_; }
  void set_peer(long uid, long pid) { uid_ = uid, pid_ = pid; }
  long uid() const { return uid_; }
  long pid() const { return pid_; }
  const std::string& name() const { return name_; }

 private:
  void read_more();
  void pump();
  void handle(const std::string& payload);
  void send(Frame frame);
  void send_payload(const std::string& payload) {
    send(std::make_shared<const std::string>(wres::protocol::encode_frame(payload)));
  }
  void write_next();

  boost::asio::local::stream_protocol::socket socket_;
  SessionHost& host_;
  SessionLimits limits_;
  std::string name_;
  boost::asio::steady_timer write_deadline_, hello_deadline_;
  wres::protocol::FrameDecoder decoder_;
  std::array<char, 8192> read_buf_{};
  std::deque<Frame> queue_;
  std::optional<std::string> held_;  // a request read but not yet handled: the queue is full
  std::size_t queued_bytes_ = 0;
  long uid_ = -1, pid_ = -1;
  bool writing_ = false, greeted_ = false, asked_ = false, subscribed_ = false, closed_ = false,
       close_after_write_ = false, wall_ = false, paused_ = false;
};

}  // namespace wresd
