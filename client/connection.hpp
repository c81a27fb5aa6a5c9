#pragma once
// A blocking client connection to wresd, with timeouts on every wait. Used by
// wresctl and by the display's connection thread. Socket code lives here, not
// in shared/.
#include <chrono>
#include <optional>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "wres/protocol/frame.hpp"
#include "wres/protocol/protocol.hpp"

namespace wres::client {

using Millis = std::chrono::milliseconds;

class Connection {
 public:
  Connection() = default;
  ~Connection();
  Connection(Connection&& o) noexcept;
  Connection& operator=(Connection&& o) noexcept;
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // Connects and greets. On failure returns false and sets error(); status()
  // tells a refused handshake (version, permission) from an absent daemon.
  [[nodiscard]] bool open(const std::string& socket_path, const std::string& client_name, Millis timeout);
  [[nodiscard]] bool is_open() const { return fd_ >= 0; }
  protocol::HandshakeStatus status() const { return status_; }
  const std::string& error() const { return error_; }
  // After a failed open(): no daemon was there (no socket file, or nobody
  // listening on it), as against one that answered badly or not in time.
  [[nodiscard]] bool daemon_absent() const { return absent_; }

  [[nodiscard]] bool send(const nlohmann::json& message, Millis timeout);
  // The next message, or nullopt on timeout (error() empty) or failure (set).
  // A readable `wake_fd` ends the wait early, as a timeout does.
  [[nodiscard]] std::optional<nlohmann::json> receive(Millis timeout, int wake_fd = -1);
  // send + receive until a reply carrying this id arrives.
  [[nodiscard]] std::optional<nlohmann::json> request(nlohmann::json message, Millis timeout);
  void close();
  int fd() const { return fd_; }

 private:
  [[nodiscard]] bool write_all(const std::string& bytes, Millis timeout);
  int fd_ = -1;
  protocol::HandshakeStatus status_ = protocol::HandshakeStatus::pending;
  protocol::FrameDecoder decoder_{protocol::kMaxSnapshotBytes};
  std::string error_;
  bool absent_ = false;
  bool peer_hung_up_ = false;  // the last write met a closed peer: its answer may still be readable
  long long next_id_ = 1;
};

}  // namespace wres::client
