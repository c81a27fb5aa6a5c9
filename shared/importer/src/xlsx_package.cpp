#include "xlsx_package.hpp"

#include <memory>

namespace wres::xlsx {

namespace {
// An encrypted workbook is not a zip at all: Excel wraps it in an OLE compound
// file (the same container as an old .xls).
bool is_ole_compound(std::string_view b) {
  return b.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
}
}  // namespace

Package::Package(std::string_view bytes, std::string& error) {
  if (is_ole_compound(bytes)) {
    error =
        "it is password-protected (encrypted) or an old .xls workbook: save it from Excel as .xlsx without a password";
    return;
  }
  if (bytes.substr(0, 2) != "PK") {
    error = "not an .xlsx workbook (not a zip archive); save it from Excel as \"Excel Workbook (.xlsx)\"";
    return;
  }
  zip_error_t ze;
  zip_error_init(&ze);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &ze);
  if (src) zip_ = zip_open_from_source(src, ZIP_RDONLY, &ze);
  if (!zip_) {
    if (src) zip_source_free(src);
    error = std::string("the workbook is damaged: ") + zip_error_strerror(&ze);
  }
  zip_error_fini(&ze);
}

Package::~Package() {
  if (zip_) zip_discard(zip_);
}

bool Package::has(const std::string& name) const { return zip_ && zip_name_locate(zip_, name.c_str(), 0) >= 0; }

std::optional<std::string> Package::read(const std::string& name, std::size_t cap, std::string& error) const {
  zip_stat_t st;
  zip_stat_init(&st);
  if (!zip_ || zip_stat(zip_, name.c_str(), 0, &st) != 0) {
    error = "the workbook has no " + name;
    return std::nullopt;
  }
  if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
    error = "it is password-protected: save it from Excel without a password";
    return std::nullopt;
  }
  const std::string too_big =
      name + " unpacks to more than " + std::to_string(cap >> 20) + " MB: not an action plan (or a zip bomb)";
  if ((st.valid & ZIP_STAT_SIZE) && st.size > cap) {
    error = too_big;
    return std::nullopt;
  }
  std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> f(zip_fopen(zip_, name.c_str(), 0), zip_fclose);
  if (!f) {
    error = name + ": " + zip_strerror(zip_);
    return std::nullopt;
  }
  std::string out;
  if (st.valid & ZIP_STAT_SIZE) out.reserve(static_cast<std::size_t>(st.size));  // a hint: growth would double
  char buf[65536];
  for (;;) {  // the stated size is not trusted: count what actually comes out
    zip_int64_t n = zip_fread(f.get(), buf, sizeof buf);
    if (n < 0) {
      error = name + " is damaged: " + zip_file_strerror(f.get());
      return std::nullopt;
    }
    if (n == 0) break;
    if (out.size() + static_cast<std::size_t>(n) > cap) {
      error = too_big;
      return std::nullopt;
    }
    out.append(buf, static_cast<std::size_t>(n));
  }
  return out;
}

}  // namespace wres::xlsx
