#pragma once
// Parsing the main file and everything it includes into TOML tables, in order.
#include <toml++/toml.h>

#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "wres/config/load.hpp"
#include "wres/model/diagnostic.hpp"

namespace wres::config {

struct ParsedFile {
  std::string path;  // as shown in messages
  toml::table root;
  bool is_main = false;
};

struct ParseOutput {
  // main first, then includes depth-first; a deque so references stay valid
  // while included files are appended
  std::deque<ParsedFile> files;
  std::vector<std::string> read_paths;                   // every file opened, for the watcher
  std::vector<std::string> watch_dirs;                   // where included files may appear later
  std::vector<IncludeMatch> includes;                    // every include pattern followed
  std::uint64_t content_hash = 14695981039346656037ull;  // FNV-1a 64 offset basis
  std::size_t content_bytes = 0;
  std::vector<SourceText> texts;  // every file read, for the audit trail and the settle check
};

// `text`, when given, stands in for the main file's contents (tests, fuzzing).
ParseOutput parse_with_includes(const std::string& main_path, Diagnostics& diags, const std::string* text = nullptr);

}  // namespace wres::config
