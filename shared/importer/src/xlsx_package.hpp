#pragma once
// The zip container of an .xlsx, read from memory with libzip: its parts by
// name, each unpacked only up to a cap (a zip bomb's sizes are not trusted).
#include <zip.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace wres::xlsx {

class Package {
 public:
  // `error` says why it is not a workbook: not a zip, password-protected, damaged.
  Package(std::string_view bytes, std::string& error);
  ~Package();
  Package(const Package&) = delete;
  Package& operator=(const Package&) = delete;

  bool open() const { return zip_ != nullptr; }
  bool has(const std::string& name) const;
  // The unpacked part, or nullopt with `error` set (missing, too large, damaged).
  std::optional<std::string> read(const std::string& name, std::size_t cap, std::string& error) const;

 private:
  zip_t* zip_ = nullptr;
};

}  // namespace wres::xlsx
