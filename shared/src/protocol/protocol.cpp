#include "wres/protocol/protocol.hpp"

#include <unistd.h>

#include <array>
#include <cstdlib>

namespace wres::protocol {

std::string_view to_string(MessageType t) {
  switch (t) {
    case MessageType::hello: return "hello";
    case MessageType::subscribe: return "subscribe";
    case MessageType::get_snapshot: return "get_snapshot";
    case MessageType::get_history: return "get_history";
    case MessageType::get_health: return "get_health";
    case MessageType::welcome: return "welcome";
    case MessageType::snapshot: return "snapshot";
    case MessageType::history: return "history";
    case MessageType::health: return "health";
    case MessageType::error: break;
  }
  return "error";
}

std::optional<MessageType> message_type_from_name(std::string_view name) {
  for (auto t : {MessageType::hello, MessageType::subscribe, MessageType::get_snapshot, MessageType::get_history,
                 MessageType::get_health, MessageType::welcome, MessageType::snapshot, MessageType::history,
                 MessageType::health, MessageType::error})
    if (to_string(t) == name) return t;
  return std::nullopt;
}

namespace {
constexpr std::array<std::pair<HandshakeStatus, std::string_view>, 5> kNames{{
    {HandshakeStatus::pending, "pending"},
    {HandshakeStatus::welcome, "welcome"},
    {HandshakeStatus::protocol_mismatch, "protocol_mismatch"},
    {HandshakeStatus::not_permitted, "not_permitted"},
    {HandshakeStatus::dropped, "dropped"},
}};
}  // namespace

std::string_view to_string(HandshakeStatus s) {
  for (auto& [k, n] : kNames)
    if (k == s) return n;
  return "pending";
}

std::optional<HandshakeStatus> handshake_from_name(std::string_view s) {
  for (auto& [k, n] : kNames)
    if (n == s) return k;
  return std::nullopt;
}

std::string default_socket_path() {
  if (const char* rd = std::getenv("RUNTIME_DIRECTORY"); rd && *rd) return std::string(rd) + "/wresd.sock";
  if (const char* xdg = std::getenv("XDG_RUNTIME_DIR"); xdg && *xdg) return std::string(xdg) + "/wres/wresd.sock";
  return "/tmp/wres-" + std::to_string(::getuid()) + "/wresd.sock";
}

std::string client_socket_path() {
  const char* installed = "/run/wres/wresd.sock";  // wresd.service's RuntimeDirectory
  if (::access(installed, F_OK) == 0) return installed;
  return default_socket_path();
}

}  // namespace wres::protocol
