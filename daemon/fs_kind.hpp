#pragma once
// Which file systems inotify can be trusted on. inotify reports only changes
// made through this machine's kernel: an edit made on another machine to a
// file on a CIFS/SMB or NFS share never raises an event here, so such files
// are polled. The probe is a function so tests can report any file system.
#include <functional>
#include <optional>
#include <string>

namespace wresd {

struct FsType {
  long magic = 0;    // statfs f_type
  std::string name;  // "cifs", "nfs", "ext4" ... or the magic in hex
  // Known to be this machine's own: every change passes through our kernel,
  // so inotify sees it. Network file systems and unknown ones are polled.
  bool local = false;
};

FsType fs_type_from_magic(long magic);

// statfs of the path, or of its nearest existing ancestor (an included folder
// may not exist yet); nullopt when nothing on the way can be read.
using FsProbe = std::function<std::optional<long>(const std::string& path)>;
FsProbe statfs_probe();

}  // namespace wresd
