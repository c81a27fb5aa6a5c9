#pragma once
// The daemon <-> client protocol, shared by both ends. Bump kProtocolVersion
// whenever a message changes shape; a mismatch is a state the display shows,
// not a crash.
//
// Transport: a Unix stream socket. Each frame is a 4-byte big-endian length
// followed by that many bytes of UTF-8 JSON (one message object).
//
// Client -> daemon (the first frame must be "hello"):
//   {"type":"hello","protocol":1,"client":"wres-display"}
//   {"type":"subscribe"}                        current snapshot now, then every new one
//   {"type":"get_snapshot","id":N}
//   {"type":"get_history","id":N,"action":"1.1","plan":"ib-2024"}   plan optional
//   {"type":"get_health","id":N}
//   {"type":"get_screenshot","id":N,"wall":"..."}   wall optional: the one connected
//   {"type":"get_shown","id":N,"since":UNIX,"wall":"..."}   both optional
// A wall (wres-display) also sends, unasked and unanswered:
//   {"type":"frame_shown","frame":{wall,page,screen,revision,at,at_unix,hash,width,height,night,panel,freshness}}
// and answers the daemon's capture with what it presented last:
//   {"type":"captured","id":N,"frame":{...},"png":"<base64>"}  or  {"type":"captured","id":N,"error":"..."}
// Daemon -> client:
//   {"type":"welcome","protocol":1,"status":"welcome"|"protocol_mismatch"|"not_permitted","daemon":"..."}
//   {"type":"snapshot","snapshot":{...}}        pushed to subscribers; with "id" as a reply
//   {"type":"history","id":N,"entries":[{"plan","action","title","from","to","at","cause"}]}
//   {"type":"health","id":N,"health":{...}}
//   {"type":"error","id":N,"message":"..."}     id absent when the request had none
//   {"type":"shown","id":N,"entries":[{frame}, ...]}    oldest first
//   {"type":"screenshot","id":N,"wall":"...","frame":{...},"png":"<base64>"}
// Daemon -> wall:
//   {"type":"capture","id":N}                   answered with "captured" (same id)
//   {"type":"snapshot","revision":N,"snapshot":{...}}   pushes carry the revision the wall reports back
#include <sys/types.h>
#include <cstddef>
#include <cstdint>

#include <optional>
#include <string>
#include <string_view>

namespace wres::protocol {

inline constexpr std::uint32_t kProtocolVersion = 1;
inline constexpr std::size_t kHeaderBytes = 4;
// Requests are small; anything larger from a client is hostile or broken.
inline constexpr std::uint32_t kMaxRequestBytes = 64u << 10;
// Snapshots of a generated 100,000-action board stay well under this.
inline constexpr std::uint32_t kMaxSnapshotBytes = 256u << 20;
// A wall's answer to capture: a PNG of a 4K frame in base64, with room to spare.
// Only a wall asked for a capture may send a frame this large.
inline constexpr std::uint32_t kMaxCaptureBytes = 64u << 20;

// Every message's "type", both directions. The names on the wire are
// to_string()'s; a name not listed here is an unknown request.
enum class MessageType {
  // client -> daemon
  hello,
  subscribe,
  get_snapshot,
  get_history,
  get_health,
  // daemon -> client
  welcome,
  snapshot,
  history,
  health,
  error,
  // added with the shown history (a value is only ever appended: the names are a table in value order)
  frame_shown,     // wall -> daemon
  get_screenshot,  // client -> daemon
  get_shown,       // client -> daemon
  capture,         // daemon -> wall
  captured,        // wall -> daemon
  screenshot,      // daemon -> client
  shown            // daemon -> client
};

std::string_view to_string(MessageType t);
[[nodiscard]] std::optional<MessageType> message_type_from_name(std::string_view name);

enum class HandshakeStatus {
  pending,            // connected, no welcome yet
  welcome,            // versions match, peer allowed
  protocol_mismatch,  // daemon and client speak different versions
  not_permitted,      // the peer's user is not in the allowed group
  dropped             // the daemon closed the connection
};

std::string_view to_string(HandshakeStatus s);
[[nodiscard]] std::optional<HandshakeStatus> handshake_from_name(std::string_view s);

// Where daemon and clients meet when no --socket is given: $RUNTIME_DIRECTORY
// (systemd), else $XDG_RUNTIME_DIR/wres, else /run/wres for root, else
// /tmp/wres-<uid> (checked: see socket_folder_problem).
std::string default_socket_path();
// Why the folder holding `socket_path` cannot be trusted, or nullopt: it is a
// symlink, it is writable by others without the sticky bit, or it is owned by
// another user than `owner` or root (someone else made it first and could
// serve a fake board from it). Clients pass no owner except for the /tmp
// fallback: a packaged daemon's folder belongs to its own system user.
[[nodiscard]] std::optional<std::string> socket_folder_problem(const std::string& socket_path,
                                                               std::optional<uid_t> owner);
// True for the /tmp/wres-<uid> fallback, where anyone could have made the folder.
[[nodiscard]] bool is_shared_tmp_socket(const std::string& socket_path);
// For clients: the packaged daemon's /run/wres/wresd.sock when it exists,
// else default_socket_path().
std::string client_socket_path();

}  // namespace wres::protocol
