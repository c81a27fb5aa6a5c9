#include "fs_kind.hpp"

#include <sys/vfs.h>

#include <array>
#include <cstdio>
#include <filesystem>

namespace wresd {

namespace {
struct Known {
  unsigned long magic;
  const char* name;
  bool local;
};
// From linux/magic.h and the file systems' own headers (not all are there).
constexpr std::array kKnown{
    Known{0xFF534D42UL, "cifs", false}, Known{0xFE534D42UL, "smb2", false},   Known{0x517BUL, "smbfs", false},
    Known{0x6969UL, "nfs", false},      Known{0x65735546UL, "fuse", false},   Known{0x5346414FUL, "afs", false},
    Known{0x6B414653UL, "afs", false},  Known{0x00C36400UL, "ceph", false},   Known{0x01021997UL, "9p", false},
    Known{0x73757245UL, "coda", false}, Known{0x47504653UL, "gpfs", false},   Known{0x0BD00BD0UL, "lustre", false},
    Known{0xEF53UL, "ext4", true},      Known{0x58465342UL, "xfs", true},     Known{0x9123683EUL, "btrfs", true},
    Known{0x01021994UL, "tmpfs", true}, Known{0x794C7630UL, "overlay", true}, Known{0x4D44UL, "vfat", true},
    Known{0x2011BAB0UL, "exfat", true}, Known{0xF2F52010UL, "f2fs", true},    Known{0x5346544EUL, "ntfs", true},
    Known{0x2FC12FC1UL, "zfs", true},   Known{0x9FA0UL, "proc", true},        Known{0x73717368UL, "squashfs", true},
    Known{0x9660UL, "iso9660", true},   Known{0x858458F6UL, "ramfs", true},   Known{0xE0F5E1E2UL, "erofs", true},
};
}  // namespace

FsType fs_type_from_magic(long magic) {
  // f_type is a signed long holding a 32-bit magic: CIFS's 0xFF534D42 can
  // arrive sign-extended.
  const auto m = static_cast<unsigned long>(magic) & 0xFFFFFFFFUL;
  for (const auto& k : kKnown)
    if (k.magic == m) return {magic, k.name, k.local};
  char hex[24];
  std::snprintf(hex, sizeof hex, "0x%lx", m);
  return {magic, hex, false};
}

FsProbe statfs_probe() {
  return [](const std::string& path) -> std::optional<long> {
    std::error_code ec;
    std::filesystem::path p = std::filesystem::absolute(path, ec);
    for (;;) {
      struct statfs s {};
      if (::statfs(p.c_str(), &s) == 0) return static_cast<long>(s.f_type);
      if (!p.has_parent_path() || p == p.parent_path()) return std::nullopt;
      p = p.parent_path();
    }
  };
}

}  // namespace wresd
