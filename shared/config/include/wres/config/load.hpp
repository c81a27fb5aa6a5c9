#pragma once
// Loading the admins' board file: everything or nothing. A board is returned
// only when there are no errors, so bad data is never half-applied.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "wres/model/board.hpp"
#include "wres/model/diagnostic.hpp"
#include "wres/model/source_files.hpp"

namespace wres {

struct LoadResult {
  std::optional<Board> board;           // set only when errors is empty
  std::vector<Diagnostic> errors;       // sorted by file, line, column
  std::vector<Diagnostic> warnings;     // the same; never stop a board from loading
  std::vector<std::string> files;       // every file read (main first)
  std::vector<std::string> watch_dirs;  // directories where included files may change or appear
  std::vector<IncludeMatch> includes;   // every include followed, even when there are errors
  std::uint64_t content_hash = 0;       // FNV-1a over every file's path and bytes
  std::size_t content_bytes = 0;
  std::vector<SourceText> texts;  // every file's text, main first (even when there are errors)
  [[nodiscard]] bool ok() const { return board.has_value(); }
};

[[nodiscard]] LoadResult load_board(const std::string& path);
// Why `path` cannot be read as a file ("is a directory", "is a named pipe
// (FIFO), not a file", "Permission denied"), or nullopt when it can.
[[nodiscard]] std::optional<std::string> file_problem(const std::string& path);
// Same, with the main file's text given (tests and fuzzing); includes still
// resolve relative to `path`.
[[nodiscard]] LoadResult load_board_text(const std::string& text, const std::string& path);

}  // namespace wres
