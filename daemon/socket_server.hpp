#pragma once
// The local snapshot service: a Unix stream socket, 0660 in a runtime
// directory, peers checked with SO_PEERCRED. No network listener exists.
#include <boost/asio/io_context.hpp>
#include <boost/asio/local/stream_protocol.hpp>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "client_session.hpp"

namespace wresd {

struct ServerOptions {
  std::string path;
  std::optional<gid_t> allowed_gid;  // members may connect besides root and our own user
  std::size_t max_clients = 256;
  SessionLimits limits;
};

class SocketServer : public SessionHost {
 public:
  using Answer = std::function<std::string(const nlohmann::json&)>;
  SocketServer(boost::asio::io_context& io, ServerOptions options, std::function<Frame()> snapshot_frame,
               Answer answer);
  ~SocketServer() override;

  std::optional<std::string> start();  // error text, or nullopt when listening
  void stop();
  void publish(const Frame& frame);    // to every subscriber
  std::size_t client_count() const { return sessions_.size(); }
  std::size_t dropped_count() const { return dropped_; }
  const std::string& path() const { return options_.path; }

  Frame current_snapshot_frame() override { return snapshot_frame_(); }
  std::string answer(const nlohmann::json& request) override { return answer_(request); }
  void forget(ClientSession* s, const std::string& why) override;

 private:
  void accept();
  boost::asio::io_context& io_;
  ServerOptions options_;
  std::function<Frame()> snapshot_frame_;
  Answer answer_;
  boost::asio::local::stream_protocol::acceptor acceptor_;
  std::map<ClientSession*, std::shared_ptr<ClientSession>> sessions_;
  std::size_t next_id_ = 1, dropped_ = 0;
  bool listening_ = false;
};

}  // namespace wresd
