#include "socket_server.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
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
    : io_(io),
      options_(std::move(options)),
      snapshot_frame_(std::move(snapshot_frame)),
      answer_(std::move(answer)),
      acceptor_(io),
      accept_retry_(io) {}

SocketServer::~SocketServer() { stop(); }

namespace {

// The folder the socket is in: the allowed group must be able to enter it and
// nobody else. A folder made for us (systemd's RuntimeDirectory belongs to
// wresd's own group) is given to the allowed group, so that a display in
// that group alone reaches the socket and nothing else of wresd's.
void give_to_group(const fs::path& dir, gid_t gid) {
  struct stat st {};
  if (::stat(dir.c_str(), &st) != 0 || st.st_uid != ::geteuid() || st.st_gid != ::getegid()) return;
  if (::chown(dir.c_str(), static_cast<uid_t>(-1), gid) != 0)
    spdlog::warn("cannot give {} to group {}: {}", dir.string(), gid, std::strerror(errno));
  else
    ::chmod(dir.c_str(), 0750);
}

std::optional<std::string> prepare_directory(const std::string& socket, std::optional<gid_t> gid) {
  fs::path dir = fs::path(socket).parent_path();
  if (dir.empty()) dir = ".";
  std::error_code ec;
  if (fs::exists(fs::symlink_status(dir, ec))) {
    if (auto problem = wres::protocol::socket_folder_problem(socket, ::geteuid())) return problem;
    if (gid && dir != "." && dir != "/") give_to_group(dir, *gid);
    return std::nullopt;
  }
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

std::optional<std::string> SocketServer::prepare() {
  const std::string& path = options_.path;
  if (path.size() >= sizeof(sockaddr_un::sun_path)) return "socket path is too long: " + path;
  if (auto err = prepare_directory(path, options_.allowed_gid)) return "refusing the socket folder: " + *err;
  return lock_.take(path + ".lock", "the socket " + path);
}

std::optional<std::string> SocketServer::start() {
  const std::string& path = options_.path;
  if (!lock_.held())
    if (auto err = prepare()) return err;
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
  accept_retry_.cancel();
  auto sessions = sessions_;  // close() calls forget(), which edits the map
  for (auto& [raw, s] : sessions) s->close("daemon stopping");
  std::error_code fec;
  fs::remove(options_.path, fec);
}

void SocketServer::accept() {
  acceptor_.async_accept([this](const boost::system::error_code& ec, local::socket socket) {
    if (!listening_) return;
    if (ec) return accept_failed(ec);
    if (accept_backoff_.count()) spdlog::info("accepting clients again");
    accept_backoff_ = std::chrono::milliseconds(0);
    accepted(std::move(socket));
    accept();
  });
}

// Out of descriptors (EMFILE) accept fails at once, every time: wait before
// trying again, and say so once, not a line per attempt.
void SocketServer::accept_failed(const boost::system::error_code& ec) {
  if (ec == asio::error::operation_aborted) return;
  if (!accept_backoff_.count()) spdlog::error("cannot accept clients: {}; retrying, up to once a second", ec.message());
  accept_backoff_ = std::clamp(accept_backoff_ * 2, std::chrono::milliseconds(50), std::chrono::milliseconds(1000));
  accept_retry_.expires_after(accept_backoff_);
  accept_retry_.async_wait([this](const boost::system::error_code& e) {
    if (!e && listening_) accept();
  });
}

void SocketServer::accepted(local::socket socket) {
  namespace proto = wres::protocol;
  std::string name = "#" + std::to_string(next_id_++);
  auto peer = peer_credentials(socket.native_handle());
  bool allowed = peer && peer_allowed(*peer, ::getuid(), options_.allowed_gid);
  long uid = peer ? static_cast<long>(peer->uid) : -1L;
  auto session = std::make_shared<ClientSession>(std::move(socket), *this, options_.limits, name);
  session->set_peer(uid, peer ? static_cast<long>(peer->pid) : -1L);
  if (!allowed) {
    spdlog::warn("client {} refused: uid {} is not allowed", name, uid);
    sessions_[session.get()] = session;
    return session->refuse(proto::welcome_message(proto::HandshakeStatus::not_permitted, "wresd"));
  }
  if (sessions_of(uid) >= options_.max_per_uid && !make_room_for(uid)) {
    if (log_now("uid" + std::to_string(uid)))
      spdlog::warn("refusing clients of uid {}: its {} connections are all walls (the limit)", uid,
                   options_.max_per_uid);
    sessions_[session.get()] = session;
    return session->refuse(proto::error_message("too many connections from uid " + std::to_string(uid)));
  }
  if (sessions_.size() >= options_.max_clients && !make_room()) {
    if (log_now("full")) spdlog::warn("refusing clients: {} connections, all subscribed", sessions_.size());
    sessions_[session.get()] = session;
    return session->refuse(proto::error_message("too many clients"));
  }
  sessions_[session.get()] = session;
  session->start();
}

// Full: the oldest connection that has not subscribed gives its place (a
// wall subscribes at once; a one-off request has had its answer).
bool SocketServer::make_room() {
  ClientSession* oldest = nullptr;
  for (auto& [raw, s] : sessions_)
    if (!s->subscribed() && (!oldest || s->name().size() < oldest->name().size() ||
                             (s->name().size() == oldest->name().size() && s->name() < oldest->name())))
      oldest = raw;
  if (!oldest) return false;
  if (log_now("evict"))
    spdlog::warn("{} connections: closing the oldest that has not subscribed to make room", sessions_.size());
  oldest->close("evicted: the server is full");
  return true;
}

// One user at its limit: its oldest connection that is not a wall gives its
// place (one that has not subscribed first), so that a flood of that user's
// connections (a careless script as root, say) never locks out its own
// wresctl, and other users' walls are never touched.
bool SocketServer::make_room_for(long uid) {
  ClientSession* oldest = nullptr;
  auto older = [](const ClientSession* a, const ClientSession* b) {
    if (a->subscribed() != b->subscribed()) return !a->subscribed();
    return a->name().size() != b->name().size() ? a->name().size() < b->name().size() : a->name() < b->name();
  };
  for (auto& [raw, s] : sessions_)
    if (s->uid() == uid && !s->wall() && (!oldest || older(raw, oldest))) oldest = raw;
  if (!oldest) return false;
  if (log_now("uid-evict" + std::to_string(uid)))
    spdlog::warn(
        "uid {} has {} connections (the limit): closing its oldest that is not a wall to make room "
        "(logged once a minute)",
        uid, options_.max_per_uid);
  oldest->close("evicted: its user has too many connections");
  return true;
}

std::size_t SocketServer::sessions_of(long uid) const {
  std::size_t n = 0;
  for (const auto& [raw, s] : sessions_) n += s->uid() == uid;
  return n;
}

bool SocketServer::log_now(const std::string& key) {
  auto now = std::chrono::steady_clock::now();
  auto& last = logged_[key];
  if (last.time_since_epoch().count() && now - last < std::chrono::minutes(1)) return false;
  last = now;
  return true;
}

void SocketServer::publish(const Frame& frame) {
  auto sessions = sessions_;  // a push may drop a stuck client, editing the map
  for (auto& [raw, s] : sessions) s->push(frame);
}

void SocketServer::forget(ClientSession* s, const std::string& why) {
  auto it = sessions_.find(s);
  if (it == sessions_.end()) return;
  if (why.rfind("not reading", 0) == 0) ++dropped_;
  if (why.rfind("idle", 0) == 0 && log_now("idle"))
    spdlog::warn("client {} (uid {}) dropped: {} (logged once a minute)", s->name(), s->uid(), why);
  if (closed_) closed_(*s, why);
  // Keep the session alive until its pending handlers finish.
  asio::post(io_, [keep = it->second] {});
  sessions_.erase(it);
}

}  // namespace wresd
