#include "peer_check.hpp"

#include <grp.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <vector>

namespace wresd {

std::optional<PeerCredentials> peer_credentials(int fd) {
  ucred cred{};
  socklen_t len = sizeof cred;
  if (::getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) != 0) return std::nullopt;
  return cred;
}

namespace {
bool user_in_group(uid_t uid, gid_t primary, gid_t wanted) {
  std::vector<char> buf(16384);
  passwd pw{};
  passwd* found = nullptr;
  if (::getpwuid_r(uid, &pw, buf.data(), buf.size(), &found) != 0 || !found) return false;
  int n = 64;
  std::vector<gid_t> groups(static_cast<std::size_t>(n));
  if (::getgrouplist(pw.pw_name, primary, groups.data(), &n) < 0) {
    groups.resize(static_cast<std::size_t>(n));
    if (::getgrouplist(pw.pw_name, primary, groups.data(), &n) < 0) return false;
  }
  for (int i = 0; i < n; ++i)
    if (groups[static_cast<std::size_t>(i)] == wanted) return true;
  return false;
}
}  // namespace

bool peer_allowed(const PeerCredentials& peer, uid_t self_uid, std::optional<gid_t> allowed_gid) {
  if (peer.uid == 0 || peer.uid == self_uid) return true;
  if (!allowed_gid) return false;
  return peer.gid == *allowed_gid || user_in_group(peer.uid, peer.gid, *allowed_gid);
}

std::optional<gid_t> group_id(const std::string& name) {
  std::vector<char> buf(16384);
  group g{};
  group* found = nullptr;
  if (::getgrnam_r(name.c_str(), &g, buf.data(), buf.size(), &found) != 0 || !found) return std::nullopt;
  return g.gr_gid;
}

}  // namespace wresd
