#include "history_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

namespace wresd {

ExclusiveLock::~ExclusiveLock() {
  if (fd_ >= 0) ::close(fd_);
}

std::optional<std::string> ExclusiveLock::take(const std::string& path, const std::string& what) {
  busy_ = false;
  int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0640);
  if (fd < 0) return "cannot open lock file " + path + ": " + std::strerror(errno);
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    int err = errno;
    char buf[32] = {};
    ssize_t n = ::pread(fd, buf, sizeof buf - 1, 0);
    ::close(fd);
    if (err != EWOULDBLOCK) return "cannot lock " + path + ": " + std::strerror(err);
    busy_ = true;
    std::string pid = n > 0 ? std::string(buf, static_cast<std::size_t>(n)) : std::string{};
    while (!pid.empty() && (pid.back() == '\n' || pid.back() == ' ')) pid.pop_back();
    return "another wresd" + (pid.empty() ? std::string{} : " (pid " + pid + ")") + " is already using " + what +
           " (locked: " + path + ")";
  }
  std::string me = std::to_string(::getpid()) + "\n";
  if (::ftruncate(fd, 0) == 0 && ::pwrite(fd, me.data(), me.size(), 0) < 0) {
    // The pid is only a courtesy for the message above; the lock is what counts.
  }
  if (fd_ >= 0) ::close(fd_);
  fd_ = fd;
  return std::nullopt;
}

}  // namespace wresd
