#pragma once
// Whether a newly read board looks like a save caught half-way: an included
// file emptied, a whole file's plans gone, or most actions gone at once. Such
// a board waits for the files to settle before it reaches the wall; an admin
// who really did remove them sees it a couple of seconds later. Pure.
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "wres/model/board.hpp"
#include "wres/model/source_files.hpp"

namespace wres {

struct BoardShape {
  std::map<std::string, std::size_t> plans_per_file;  // by the file each plan is written in
  std::vector<std::string> action_keys;               // "plan/action", sorted
};

BoardShape shape_of(const Board& board);
// "PATH is empty" for the first file among `texts` with nothing but
// whitespace, if any.
[[nodiscard]] std::optional<std::string> empty_file(const std::vector<SourceText>& texts);
// Why the board shaped `after` should wait for the files to settle, or nullopt.
[[nodiscard]] std::optional<std::string> suspicious_drop(const BoardShape& before, const BoardShape& after,
                                                         const std::vector<SourceText>& texts);
// Include patterns that match no file now although the board on the wall
// (its files: `files_before`) has files they match: a folder moved away, a
// share unmounted, a glob emptied. Each is an error at the include, held
// until the files are back or an admin accepts the board without them.
[[nodiscard]] std::vector<Diagnostic> lost_includes(const std::vector<std::string>& files_before,
                                                    const std::vector<IncludeMatch>& now);

}  // namespace wres
