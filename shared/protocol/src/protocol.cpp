#include "wres/protocol/protocol.hpp"

#include <sys/stat.h>

#include <unistd.h>

#include <array>
#include <cstdlib>

#include "wres/model/enum_names.hpp"

namespace wres::protocol {

namespace {
// Packed by hand: clang-format would give each entry a line.
// clang-format off
constexpr Named<MessageType> kMessageNames[] = {{MessageType::hello, "hello"}, {MessageType::subscribe, "subscribe"},
    {MessageType::get_snapshot, "get_snapshot"}, {MessageType::get_history, "get_history"},
    {MessageType::get_health, "get_health"}, {MessageType::welcome, "welcome"}, {MessageType::snapshot, "snapshot"},
    {MessageType::history, "history"}, {MessageType::health, "health"}, {MessageType::error, "error"},
    {MessageType::frame_shown, "frame_shown"}, {MessageType::get_screenshot, "get_screenshot"},
    {MessageType::get_shown, "get_shown"}, {MessageType::capture, "capture"}, {MessageType::captured, "captured"},
    {MessageType::screenshot, "screenshot"}, {MessageType::shown, "shown"}};
constexpr Named<HandshakeStatus> kHandshakeNames[] = {{HandshakeStatus::pending, "pending"},
    {HandshakeStatus::welcome, "welcome"}, {HandshakeStatus::protocol_mismatch, "protocol_mismatch"},
    {HandshakeStatus::not_permitted, "not_permitted"}, {HandshakeStatus::dropped, "dropped"}};
// clang-format on
static_assert(in_value_order(kMessageNames) && in_value_order(kHandshakeNames));
}  // namespace

std::string_view to_string(MessageType t) { return name_of(kMessageNames, t, "error"); }
std::optional<MessageType> message_type_from_name(std::string_view name) { return value_named(kMessageNames, name); }
std::string_view to_string(HandshakeStatus s) { return name_of(kHandshakeNames, s, "pending"); }
std::optional<HandshakeStatus> handshake_from_name(std::string_view s) { return value_named(kHandshakeNames, s); }

std::string default_socket_path() {
  if (const char* rd = std::getenv("RUNTIME_DIRECTORY"); rd && *rd) return std::string(rd) + "/wresd.sock";
  if (const char* xdg = std::getenv("XDG_RUNTIME_DIR"); xdg && *xdg) return std::string(xdg) + "/wres/wresd.sock";
  if (::geteuid() == 0) return "/run/wres/wresd.sock";
  return "/tmp/wres-" + std::to_string(::geteuid()) + "/wresd.sock";
}

bool is_shared_tmp_socket(const std::string& socket_path) { return socket_path.rfind("/tmp/wres-", 0) == 0; }

std::optional<std::string> socket_folder_problem(const std::string& socket_path, std::optional<uid_t> owner) {
  auto slash = socket_path.find_last_of('/');
  std::string dir = slash == std::string::npos ? std::string(".")
                    : slash == 0               ? std::string("/")
                                               : socket_path.substr(0, slash);
  struct stat st {};
  if (::lstat(dir.c_str(), &st) != 0) return std::nullopt;  // not there yet: whoever creates it decides
  if (S_ISLNK(st.st_mode)) return dir + " is a symbolic link; refusing a socket folder that can be redirected";
  if (!S_ISDIR(st.st_mode)) return dir + " is not a folder";
  if (owner && st.st_uid != *owner && st.st_uid != 0)
    return dir + " belongs to uid " + std::to_string(st.st_uid) + ", not to uid " + std::to_string(*owner) +
           " or root; another user may have made it";
  if ((st.st_mode & S_IWOTH) && !(st.st_mode & S_ISVTX))
    return dir + " is writable by every user; use a folder only this user (or its group) can write";
  return std::nullopt;
}

std::string client_socket_path() {
  const char* installed = "/run/wres/wresd.sock";  // wresd.service's RuntimeDirectory
  if (::access(installed, F_OK) == 0) return installed;
  return default_socket_path();
}

}  // namespace wres::protocol
