#pragma once
// The local snapshot service: a Unix stream socket, 0660 in a runtime
// directory, peers checked with SO_PEERCRED. No network listener exists.
#include <boost/asio/io_context.hpp>
#include <boost/asio/local/stream_protocol.hpp>
#include <boost/asio/steady_timer.hpp>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "client_session.hpp"
#include "history_lock.hpp"

namespace wresd {

struct ServerOptions {
  std::string path;
  std::optional<gid_t> allowed_gid;  // members may connect besides root and our own user
  std::size_t max_clients = 256;
  std::size_t max_per_uid = 64;  // one user cannot take every place; walls keep theirs
  SessionLimits limits;
};

class SocketServer : public SessionHost {
 public:
  using Answer = std::function<std::string(ClientSession&, const nlohmann::json&)>;
  using Closed = std::function<void(ClientSession&, const std::string& why)>;
  SocketServer(boost::asio::io_context& io, ServerOptions options, std::function<Frame()> snapshot_frame,
               Answer answer);
  ~SocketServer() override;

  // Checks (or creates) the socket's folder and takes the socket's lock: to
  // be done before the board is read or history touched.
  [[nodiscard]] std::optional<std::string> prepare();
  [[nodiscard]] std::optional<std::string> start();  // error text, or nullopt when listening
  void stop();
  void publish(const Frame& frame);  // to every subscriber
  void on_close(Closed closed) { closed_ = std::move(closed); }
  std::size_t client_count() const { return sessions_.size(); }
  std::size_t dropped_count() const { return dropped_; }
  const std::string& path() const { return options_.path; }

  Frame current_snapshot_frame() override { return snapshot_frame_(); }
  std::string answer(ClientSession& from, const nlohmann::json& request) override { return answer_(from, request); }
  void forget(ClientSession* s, const std::string& why) override;

 private:
  void accept();
  void accepted(boost::asio::local::stream_protocol::socket socket);
  void accept_failed(const boost::system::error_code& ec);
  [[nodiscard]] bool make_room();
  [[nodiscard]] bool make_room_for(long uid);
  std::size_t sessions_of(long uid) const;
  [[nodiscard]] bool log_now(const std::string& key);
  boost::asio::io_context& io_;
  ServerOptions options_;
  std::function<Frame()> snapshot_frame_;
  Answer answer_;
  Closed closed_;
  boost::asio::local::stream_protocol::acceptor acceptor_;
  std::map<ClientSession*, std::shared_ptr<ClientSession>> sessions_;
  boost::asio::steady_timer accept_retry_;
  std::chrono::milliseconds accept_backoff_{0};
  std::map<std::string, std::chrono::steady_clock::time_point> logged_;  // rate limit per kind of message
  ExclusiveLock lock_;
  std::size_t next_id_ = 1, dropped_ = 0;
  bool listening_ = false;
};

}  // namespace wresd
