#include "read_text_file.hpp"

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "wres/config/load.hpp"

namespace wresctl {

bool read_text_file(const std::string& path, std::string& out, std::ostream& err) {
  if (auto problem = wres::file_problem(path)) {
    err << path << ": cannot read: " << *problem << "\n";
    return false;
  }
  std::error_code ec;
  auto size = std::filesystem::file_size(path, ec);
  if (ec) {
    err << path << ": cannot read: " << ec.message() << "\n";
    return false;
  }
  if (size > (16u << 20)) {
    err << path << ": " << size << " bytes is too big for a table (the limit is 16 MiB)\n";
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  if (!in && !in.eof()) {
    err << path << ": cannot read: " << std::strerror(errno) << "\n";
    return false;
  }
  out = ss.str();
  return true;
}

namespace {
// Into something that is not a regular file (a terminal, a pipe,
// /dev/stdout): write as it is, never replacing it.
bool write_into(const std::string& path, const std::string& text, std::ostream& err) {
  std::ofstream o(path, std::ios::binary);
  o << text;
  o.flush();
  if (!o) err << path << ": cannot write: " << std::strerror(errno) << "\n";
  return static_cast<bool>(o);
}

// The file a path names through its symbolic links (the link stays a link),
// also when that file is not there yet: the path itself when it is no link.
std::string link_target(const std::string& given, std::error_code& ec) {
  namespace fs = std::filesystem;
  fs::path p = given;
  for (int hops = 0; fs::is_symlink(fs::symlink_status(p, ec)); ++hops) {
    if (hops == 40) {
      ec = std::make_error_code(std::errc::too_many_symbolic_link_levels);
      return {};
    }
    fs::path to = fs::read_symlink(p, ec);
    if (ec) return {};
    p = to.is_absolute() ? to : p.parent_path() / to;
  }
  ec.clear();  // a file not there yet is fine: it is made
  return p.string();
}
}  // namespace

bool write_text_file(const std::string& given, const std::string& text, std::ostream& err) {
  struct stat st {};
  bool system_path = given.rfind("/dev/", 0) == 0 || given.rfind("/proc/", 0) == 0;  // /dev/stdout: a stream
  if (system_path || (::stat(given.c_str(), &st) == 0 && !S_ISREG(st.st_mode))) return write_into(given, text, err);
  std::error_code ec;
  std::string path = link_target(given, ec);
  if (ec) {
    err << given << ": cannot follow the link: " << ec.message() << "\n";
    return false;
  }
  std::string tmp = path + ".tmp";
  {
    std::ofstream o(tmp, std::ios::binary | std::ios::trunc);
    o << text;
    o.flush();
    if (!o) {
      err << tmp << ": cannot write: " << std::strerror(errno) << "\n";
      std::remove(tmp.c_str());
      return false;
    }
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    err << path << ": cannot write: " << std::strerror(errno) << "\n";
    std::remove(tmp.c_str());
    return false;
  }
  return true;
}

}  // namespace wresctl
