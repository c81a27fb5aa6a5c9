#pragma once
// The accessible twin of the wall (DESIGN 10): an HTML page and CSV files with
// the same figures and words as the screen, for any web server or intranet to
// serve beside it. Made from the snapshot JSON the wall is sent, so whatever
// the wall withholds ([privacy], embargoes) is not there to leak.
#include <ctime>
#include <optional>
#include <string>
#include <vector>

#include "wres/model/snapshot.hpp"

namespace wres::twin {

struct File {
  std::string name;   // "index.html", "indicators.csv", "actions.csv"
  std::string bytes;  // the file, whole
};

struct Twin {
  std::vector<File> files;
  std::string revision;  // 8 hex digits of the content: the same figures, the same revision
};

// The twin of a snapshot as the wall receives it (snapshot JSON text); nullopt,
// with *error, when the text is not a snapshot. `written` is stamped on the page
// and left out of the revision.
[[nodiscard]] std::optional<Twin> twin_of_json(const std::string& snapshot_json, std::time_t written,
                                               std::string* error = nullptr);

// Writes every file into `dir` (which must exist): each beside its name, then
// renamed over it, so a reader never sees half a file. Returns why it failed.
[[nodiscard]] std::optional<std::string> write_twin(const std::string& dir, const Twin& twin);

// A CSV cell: quoted where needed, and text a spreadsheet would run as a
// formula (= + - @, tab, carriage return first) led by an apostrophe.
std::string csv_cell(const std::string& text);

}  // namespace wres::twin
