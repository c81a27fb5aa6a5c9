// Writing the twin into its folder: each file beside its name, then renamed
// over it (rename is atomic within a folder), so a web server never serves
// half a page; a failure leaves the files that were there.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "wres/twin/twin.hpp"

namespace wres::twin {

namespace {

std::optional<std::string> replace(const std::filesystem::path& path, const std::string& bytes) {
  std::filesystem::path tmp = path;
  tmp += ".tmp";
  std::FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) return "cannot create " + tmp.string() + ": " + std::strerror(errno);
  bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  int err = errno;
  if (std::fclose(f) != 0 && ok) ok = false, err = errno;
  if (!ok) {
    std::remove(tmp.c_str());
    return "cannot write " + tmp.string() + ": " + std::strerror(err ? err : ENOSPC);
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    err = errno;
    std::remove(tmp.c_str());
    return "cannot save " + path.string() + ": " + std::strerror(err);
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> write_twin(const std::string& dir, const Twin& twin) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return "the twin folder " + dir + " does not exist";
  // The CSVs first, the page last: a page never links to files older than itself.
  for (auto it = twin.files.rbegin(); it != twin.files.rend(); ++it)
    if (auto err = replace(std::filesystem::path(dir) / it->name, it->bytes)) return err;
  return std::nullopt;
}

}  // namespace wres::twin
