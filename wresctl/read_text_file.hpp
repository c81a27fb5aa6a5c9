#pragma once
// Whole small files in and out, with the reason on failure.
#include <ostream>
#include <string>

namespace wresctl {

// Refuses files over 16 MiB: no action plan is that big, and a wrong path
// (a disk image, a log) should not be read into memory.
[[nodiscard]] bool read_text_file(const std::string& path, std::string& out, std::ostream& err);
// Writes to a temporary file beside `path` and renames it over, so a reader
// (wresd watching the directory) never sees half a file.
[[nodiscard]] bool write_text_file(const std::string& path, const std::string& text, std::ostream& err);

}  // namespace wresctl
