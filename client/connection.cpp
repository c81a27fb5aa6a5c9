#include "connection.hpp"

#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <nlohmann/json.hpp>

#include "wres/protocol/messages.hpp"

namespace wres::client {
using Clock = std::chrono::steady_clock;

namespace {
int remaining_ms(Clock::time_point deadline) {
  auto left = std::chrono::duration_cast<Millis>(deadline - Clock::now()).count();
  return left < 0 ? 0 : static_cast<int>(left);
}
}  // namespace

Connection::~Connection() { close(); }

Connection::Connection(Connection&& o) noexcept
    : fd_(o.fd_),
      status_(o.status_),
      decoder_(std::move(o.decoder_)),
      error_(std::move(o.error_)),
      next_id_(o.next_id_) {
  o.fd_ = -1;
}

Connection& Connection::operator=(Connection&& o) noexcept {
  if (this != &o) {
    close();
    fd_ = o.fd_, status_ = o.status_, decoder_ = std::move(o.decoder_), error_ = std::move(o.error_);
    next_id_ = o.next_id_;
    o.fd_ = -1;
  }
  return *this;
}

void Connection::close() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
}

bool Connection::open(const std::string& path, const std::string& name, Millis timeout) {
  close();
  decoder_ = protocol::FrameDecoder(protocol::kMaxSnapshotBytes);
  status_ = protocol::HandshakeStatus::pending;
  error_.clear();
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  if (path.size() >= sizeof addr.sun_path) {
    error_ = "socket path is too long: " + path;
    return false;
  }
  std::memcpy(addr.sun_path, path.c_str(), path.size() + 1);
  std::optional<uid_t> owner;
  if (protocol::is_shared_tmp_socket(path)) owner = ::geteuid();
  if (auto problem = protocol::socket_folder_problem(path, owner)) {
    error_ = "not connecting to " + path + ": " + *problem;
    return false;
  }
  fd_ = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd_ < 0 || ::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    absent_ = errno == ENOENT || errno == ECONNREFUSED;
    error_ = "cannot reach wresd at " + path + ": " + std::strerror(errno);
    close();
    return false;
  }
  ::fcntl(fd_, F_SETFL, ::fcntl(fd_, F_GETFL) | O_NONBLOCK);
  // A daemon that refuses us answers before reading our hello and hangs up,
  // so a failed hello is not the end: its answer may be waiting to be read.
  (void)write_all(protocol::encode_frame(protocol::hello_message(name)), timeout);
  auto welcome = receive(timeout);
  if (!welcome) {
    if (error_.empty()) error_ = "wresd at " + path + " did not answer in time";
    close();
    return false;
  }
  auto st = welcome->value("status", std::string{});
  status_ = protocol::handshake_from_name(st).value_or(protocol::HandshakeStatus::dropped);
  if (protocol::type_of(*welcome) == protocol::MessageType::welcome && status_ == protocol::HandshakeStatus::welcome)
    return true;
  if (status_ == protocol::HandshakeStatus::protocol_mismatch)
    error_ = "wresd speaks protocol " + std::to_string(welcome->value("protocol", 0)) + ", this program " +
             std::to_string(protocol::kProtocolVersion);
  else if (status_ == protocol::HandshakeStatus::not_permitted)
    error_ = "wresd refused this user: join the group wresd was started with (--group)";
  else
    error_ = "wresd refused the connection: " + welcome->value("message", st);
  close();
  return false;
}

bool Connection::write_all(const std::string& bytes, Millis timeout) {
  auto deadline = Clock::now() + timeout;
  peer_hung_up_ = false;
  std::size_t off = 0;
  while (off < bytes.size()) {
    ssize_t n = ::send(fd_, bytes.data() + off, bytes.size() - off, MSG_NOSIGNAL);
    if (n > 0) {
      off += static_cast<std::size_t>(n);
      continue;
    }
    if (n < 0 && errno != EAGAIN && errno != EINTR) {
      peer_hung_up_ = errno == EPIPE || errno == ECONNRESET;
      error_ = std::string("send failed: ") + std::strerror(errno);
      return false;
    }
    pollfd p{fd_, POLLOUT, 0};
    if (::poll(&p, 1, remaining_ms(deadline)) <= 0) {
      error_ = "send timed out";
      return false;
    }
  }
  return true;
}

bool Connection::send(const nlohmann::json& message, Millis timeout) {
  if (fd_ < 0) return false;
  if (write_all(protocol::encode_frame(message.dump()), timeout)) return true;
  // A daemon that refuses a frame answers and hangs up while we may still be
  // writing: keep the socket so receive() can read what it said before closing.
  if (!peer_hung_up_) close();
  return false;
}

std::optional<nlohmann::json> Connection::receive(Millis timeout, int wake_fd) {
  auto deadline = Clock::now() + timeout;
  char buf[65536];
  for (;;) {
    if (auto payload = decoder_.next()) {
      auto msg = protocol::parse_message(*payload, &error_);
      if (!msg) close();
      return msg;
    }
    if (decoder_.failed()) {
      error_ = decoder_.error();
      close();
      return std::nullopt;
    }
    if (fd_ < 0) return std::nullopt;
    ssize_t n = ::recv(fd_, buf, sizeof buf, 0);
    if (n > 0) {
      decoder_.feed(std::string_view(buf, static_cast<std::size_t>(n)));
      continue;
    }
    if (n == 0) {
      error_ = "wresd closed the connection";
      status_ = protocol::HandshakeStatus::dropped;
      close();
      return std::nullopt;
    }
    if (errno != EAGAIN && errno != EINTR) {
      error_ = std::string("receive failed: ") + std::strerror(errno);
      close();
      return std::nullopt;
    }
    pollfd p[2] = {{fd_, POLLIN, 0}, {wake_fd, POLLIN, 0}};
    int left = remaining_ms(deadline);
    if (left == 0 || ::poll(p, wake_fd >= 0 ? 2 : 1, left) == 0) return std::nullopt;  // timeout: error_ stays empty
    if (wake_fd >= 0 && (p[1].revents & POLLIN) && !(p[0].revents & (POLLIN | POLLHUP | POLLERR)))
      return std::nullopt;  // woken: as a timeout
  }
}

std::optional<nlohmann::json> Connection::request(nlohmann::json message, Millis timeout) {
  long long id = next_id_++;
  message["id"] = id;
  error_.clear();
  if (!send(message, timeout)) return std::nullopt;
  auto deadline = Clock::now() + timeout;
  while (Clock::now() < deadline) {
    auto reply = receive(std::chrono::duration_cast<Millis>(deadline - Clock::now()));
    if (!reply) break;
    auto it = reply->find("id");
    if (it != reply->end() && it->is_number_integer() && it->get<long long>() == id) return reply;
  }
  if (error_.empty()) error_ = "wresd did not answer in time";
  return std::nullopt;
}

}  // namespace wres::client
