#pragma once
// Who is on the other end of a Unix socket (SO_PEERCRED), and may they read
// the board? Root, the daemon's own user, and members of the allowed group.
#include <sys/socket.h>

#include <optional>
#include <string>

namespace wresd {

using PeerCredentials = ucred;  // SO_PEERCRED's own record: pid, uid, gid

[[nodiscard]] std::optional<PeerCredentials> peer_credentials(int fd);
[[nodiscard]] bool peer_allowed(const PeerCredentials& peer, uid_t self_uid, std::optional<gid_t> allowed_gid);
[[nodiscard]] std::optional<gid_t> group_id(const std::string& name);

}  // namespace wresd
