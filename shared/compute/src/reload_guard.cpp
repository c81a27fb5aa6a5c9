#include "wres/compute/reload_guard.hpp"

#include <fnmatch.h>

#include <algorithm>

namespace wres {

namespace {
bool blank(const std::string& text) {
  return std::all_of(text.begin(), text.end(),
                     [](unsigned char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}
}  // namespace

BoardShape shape_of(const Board& board) {
  BoardShape s;
  for (const auto& p : board.plans) {
    ++s.plans_per_file[p.where.file];
    for (const auto& a : p.actions) s.action_keys.push_back(p.id + '/' + a.id);
  }
  std::sort(s.action_keys.begin(), s.action_keys.end());
  return s;
}

std::optional<std::string> empty_file(const std::vector<SourceText>& texts) {
  for (const auto& t : texts)
    if (blank(t.text)) return t.path + " is empty";
  return std::nullopt;
}

std::optional<std::string> suspicious_drop(const BoardShape& before, const BoardShape& now,
                                           const std::vector<SourceText>& texts) {
  if (auto empty = empty_file(texts)) return empty;
  for (const auto& [file, count] : before.plans_per_file)
    if (count > 0 && !now.plans_per_file.count(file))
      return "every plan in " + file + " is gone (" + std::to_string(count) + (count == 1 ? " plan)" : " plans)");
  std::vector<std::string> gone;
  std::set_difference(before.action_keys.begin(), before.action_keys.end(), now.action_keys.begin(),
                      now.action_keys.end(), std::back_inserter(gone));
  if (gone.size() * 2 > before.action_keys.size())
    return std::to_string(gone.size()) + " of " + std::to_string(before.action_keys.size()) + " actions are gone";
  return std::nullopt;
}

std::vector<Diagnostic> lost_includes(const std::vector<std::string>& files_before,
                                      const std::vector<IncludeMatch>& now) {
  std::vector<Diagnostic> lost;
  for (const auto& inc : now) {
    if (!inc.wildcard || inc.matched > 0) continue;
    // As glob(3) matched them: '*' stops at '/' and skips dot files.
    auto had = std::count_if(files_before.begin(), files_before.end(), [&](const std::string& f) {
      return ::fnmatch(inc.full.c_str(), f.c_str(), FNM_PATHNAME | FNM_PERIOD) == 0;
    });
    if (had == 0) continue;
    std::string folder = inc.full.substr(0, inc.full.find_last_of('/') + 1);
    std::string files = std::to_string(had) + (had == 1 ? " file" : " files");
    Diagnostic d;
    d.where = inc.at;
    d.message =
        "include '" + inc.pattern + "' " +
        (inc.folder_exists ? "matches no file now (the wall's board has " + files + " from it)"
                           : "finds no folder " + folder + " now (the wall's board has " + files + " from it)") +
        ": the wall keeps its last good board until they are back; to take the board without them, run "
        "'systemctl reload wresd'";
    lost.push_back(std::move(d));
  }
  return lost;
}

}  // namespace wres
