#include "socket_server.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include <spdlog/spdlog.h>

#include "peer_check.hpp"
#include "wres/protocol/messages.hpp"

namespace wresd {
namespace asio = boost::asio;
namespace fs = std::filesystem;
using local = asio::local::stream_protocol;

SocketServer::SocketServer(asio::io_context& io, ServerOptions options, std::function<Frame()> snapshot_frame,
                           Answer answer)
    : io_(io), options_(std::move(options)), snapshot_frame_(std::move(snapshot_frame)), answer_(std::move(answer)),
      acceptor_(io) {}

SocketServer::~SocketServer() { stop(); }

namespace {

std::optional<std::string> prepare_directory(const fs::path& dir, std::optional<gid_t> gid) {
  std::error_code ec;
  if (fs::exists(dir, ec)) return std::nullopt;
  fs::create_directories(dir, ec);
  if (ec) return "cannot create " + dir.string() + ": " + ec.message();
  ::chmod(dir.c_str(), gid ? 0750 : 0700);
  if (gid && ::chown(dir.c_str(), static_cast<uid_t>(-1), *gid) != 0)
    spdlog::warn("cannot give {} to group {}: {}", dir.string(), *gid, std::strerror(errno));
  return std::nullopt;
}

// A socket file left by a crashed daemon is removed; a live one is not ours to take.
std::optional<std::string> clear_stale(asio::io_context& io, const std::string& path) {
  std::error_code ec;
  if (!fs::exists(fs::symlink_status(path, ec))) return std::nullopt;
  local::socket probe(io);
  boost::system::error_code bec;
  probe.connect(local::endpoint(path), bec);
  if (!bec) return "another wresd is already serving " + path;
  if (!fs::is_socket(fs::symlink_status(path, ec))) return path + " exists and is not a socket";
  fs::remove(path, ec);
  return std::nullopt;
}

}  // namespace

std::optional<std::string> SocketServer::start() {
  const std::string& path = options_.path;
  if (path.size() >= sizeof(sockaddr_un::sun_path)) return "socket path is too long: " + path;
  if (auto err = prepare_directory(fs::path(path).parent_path(), options_.allowed_gid)) return err;
  if (auto err = clear_stale(io_, path)) return err;
  boost::system::error_code ec;
  mode_t old = ::umask(0117);  // the socket is born 0660: no window where others could connect
  acceptor_.open(local(), ec);
  if (!ec) acceptor_.bind(local::endpoint(path), ec);
  ::umask(old);
  if (!ec) acceptor_.listen(asio::socket_base::max_listen_connections, ec);
  if (ec) return "cannot listen on " + path + ": " + ec.message();
  ::chmod(path.c_str(), 0660);
  if (options_.allowed_gid && ::chown(path.c_str(), static_cast<uid_t>(-1), *options_.allowed_gid) != 0)
    spdlog::warn("cannot give {} to group {}: {}", path, *options_.allowed_gid, std::strerror(errno));
  listening_ = true;
  accept();
  return std::nullopt;
}

void SocketServer::stop() {
  if (!listening_) return;
  listening_ = false;
  boost::system::error_code ec;
  acceptor_.close(ec);
  auto sessions = sessions_;  // close() calls forget(), which edits the map
  for (auto& [raw, s] : sessions) s->close("daemon stopping");
  std::error_code fec;
  fs::remove(options_.path, fec);
}

void SocketServer::accept() {
  acceptor_.async_accept([this](const boost::system::error_code& ec, local::socket socket) {
    if (!listening_) return;
    if (!ec) {
      std::string name = "#" + std::to_string(next_id_++);
      auto peer = peer_credentials(socket.native_handle());
      bool allowed = peer && peer_allowed(*peer, ::getuid(), options_.allowed_gid);
      auto session = std::make_shared<ClientSession>(std::move(socket), *this, options_.limits, name);
      sessions_[session.get()] = session;
      namespace proto = wres::protocol;
      if (!allowed) {
        spdlog::warn("client {} refused: uid {} is not allowed", name, peer ? static_cast<long>(peer->uid) : -1L);
        session->refuse(proto::welcome_message(proto::HandshakeStatus::not_permitted, "wresd"));
      } else if (sessions_.size() > options_.max_clients) {
        session->refuse(proto::error_message("too many clients"));
      } else {
        session->start();
      }
    } else if (ec != asio::error::operation_aborted) {
      spdlog::warn("accept failed: {}", ec.message());
    }
    accept();
  });
}

void SocketServer::publish(const Frame& frame) {
  auto sessions = sessions_;  // a push may drop a stuck client, editing the map
  for (auto& [raw, s] : sessions) s->push(frame);
}

void SocketServer::forget(ClientSession* s, const std::string& why) {
  auto it = sessions_.find(s);
  if (it == sessions_.end()) return;
  if (why.rfind("not reading", 0) == 0) ++dropped_;
  // Keep the session alive until its pending handlers finish.
  asio::post(io_, [keep = it->second] {});
  sessions_.erase(it);
}

}  // namespace wresd
