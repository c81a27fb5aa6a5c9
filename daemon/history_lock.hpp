#pragma once
// One wresd per history database and per socket: an exclusive flock on a
// small file beside each, taken before the board is read or anything is
// written, held for the life of the process (the kernel drops it on exit,
// even after kill -9).
#include <optional>
#include <string>

namespace wresd {

class ExclusiveLock {
 public:
  ExclusiveLock() = default;
  ~ExclusiveLock();
  ExclusiveLock(const ExclusiveLock&) = delete;
  ExclusiveLock& operator=(const ExclusiveLock&) = delete;

  // Locks `path` (created 0640 if missing). On failure returns why, naming
  // the holder's pid when another process has it.
  [[nodiscard]] std::optional<std::string> take(const std::string& path, const std::string& what);
  [[nodiscard]] bool held() const { return fd_ >= 0; }
  // The last take() failed because another process holds the lock (not
  // because the file could not be made, e.g. on a read-only disk).
  [[nodiscard]] bool busy() const { return busy_; }

 private:
  int fd_ = -1;
  bool busy_ = false;
};

}  // namespace wresd
