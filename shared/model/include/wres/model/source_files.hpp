#pragma once
// What a board was read from: each file's text and each include as it was
// followed. Model types, so that compute (reload_guard.hpp) judges a reload
// without reaching up into the config layer that produces them.
#include <cstddef>
#include <string>

#include "wres/model/diagnostic.hpp"

namespace wres {

// One file as read: kept per file so history stores each changed file once.
struct SourceText {
  std::string path;
  std::string text;
};

// One include pattern as it was followed: what it matched this time. A
// pattern that matched files before and none now is more often a folder
// moved away or a share unmounted than a decision (reload_guard.hpp).
struct IncludeMatch {
  std::string pattern;  // as written
  std::string full;     // resolved against the including file's folder
  SourceLoc at;         // where it is written
  bool wildcard = false;
  bool folder_exists = false;
  std::size_t matched = 0;
};

}  // namespace wres
