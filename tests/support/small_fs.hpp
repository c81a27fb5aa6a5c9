#pragma once
// A small file system of a test's own: a tmpfs in a mount namespace only the
// test process (and the daemon it starts) sees, for real ENOSPC and EROFS.
// Needs root (CI has it); each helper says why when it cannot.
#include <sched.h>
#include <sys/mount.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>

namespace wres::test {

// A tmpfs of its own at `dir`, in a mount namespace only this process (and the
// daemon it starts) sees. Empty string when it worked, else why not.
inline std::string mount_small_fs(const std::string& dir, bool read_only) {
  if (::unshare(CLONE_NEWNS) != 0) return std::string("unshare: ") + std::strerror(errno);
  if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
    return std::string("private /: ") + std::strerror(errno);
  std::filesystem::create_directories(dir);
  if (::mount("tmpfs", dir.c_str(), "tmpfs", read_only ? MS_RDONLY : 0, "size=1m") != 0)
    return std::string("mount tmpfs: ") + std::strerror(errno);
  return "";
}

inline bool remount(const std::string& dir, bool read_only) {
  return ::mount(nullptr, dir.c_str(), nullptr, MS_REMOUNT | (read_only ? MS_RDONLY : 0), "size=1m") == 0;
}

// Fills the file system with one file until it refuses more.
inline void fill(const std::string& path) {
  std::ofstream out(path, std::ios::binary);
  std::string block(4096, 'x');
  while (out.write(block.data(), static_cast<std::streamsize>(block.size())) && out.flush()) {
  }
}

}  // namespace wres::test
