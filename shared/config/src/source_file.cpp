#include "source_file.hpp"

#include "wres/config/load.hpp"

#include <sys/stat.h>
#include <unistd.h>
#include <cerrno>
#include <cstring>
#include <fstream>

namespace wres {

std::optional<std::string> file_problem(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return std::string(std::strerror(errno));
  if (S_ISDIR(st.st_mode)) return "is a directory, not a file";
  if (S_ISFIFO(st.st_mode)) return "is a named pipe (FIFO), not a file";
  if (S_ISSOCK(st.st_mode)) return "is a socket, not a file";
  if (!S_ISREG(st.st_mode)) return "is a device, not a file";
  if (::access(path.c_str(), R_OK) != 0) return std::string(std::strerror(errno));
  return std::nullopt;
}

}  // namespace wres

namespace wres::config {

std::optional<std::string> read_source(const std::string& path, const std::string& shown_path, Diagnostics& diags) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    diags.error({shown_path, 1, 1}, std::string("cannot open file: ") + std::strerror(errno));
    return std::nullopt;
  }
  if (!S_ISREG(st.st_mode)) {
    diags.error({shown_path, 1, 1}, *file_problem(path));
    return std::nullopt;
  }
  if (static_cast<std::size_t>(st.st_size) > kMaxFileBytes) {
    diags.error({shown_path, 1, 1}, "file is " + std::to_string(st.st_size >> 20) + " MiB; the limit is " +
                                        std::to_string(kMaxFileBytes >> 20) + " MiB");
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diags.error({shown_path, 1, 1}, std::string("cannot open file: ") + std::strerror(errno));
    return std::nullopt;
  }
  std::string text;
  text.resize(static_cast<std::size_t>(st.st_size));
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<std::size_t>(in.gcount()));
  if (!check_text(text, shown_path, diags)) return std::nullopt;
  return text;
}

bool check_text(const std::string& text, const std::string& shown_path, Diagnostics& diags) {
  if (text.size() > kMaxFileBytes) {
    diags.error({shown_path, 1, 1}, "file is larger than " + std::to_string(kMaxFileBytes >> 20) + " MiB");
    return false;
  }
  auto nul = text.find('\0');
  if (nul == std::string::npos) return true;
  int line = 1, col = 1;
  for (std::size_t i = 0; i < nul; ++i) {
    if (text[i] == '\n')
      ++line, col = 1;
    else
      ++col;
  }
  diags.error({shown_path, line, col}, "file contains a NUL byte: expected TOML text, this looks like a binary file");
  return false;
}

}  // namespace wres::config
