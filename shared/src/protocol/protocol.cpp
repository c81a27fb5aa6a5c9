#include "wres/protocol/protocol.hpp"

#include <unistd.h>

#include <array>
#include <cstdlib>

namespace wres::protocol {

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
