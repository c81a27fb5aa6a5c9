#include "read_text_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace wresctl {

bool read_text_file(const std::string& path, std::string& out, std::ostream& err) {
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

bool write_text_file(const std::string& path, const std::string& text, std::ostream& err) {
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
