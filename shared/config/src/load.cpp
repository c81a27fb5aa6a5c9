#include "wres/config/load.hpp"

#include <algorithm>
#include <tuple>

#include "check.hpp"
#include "parser.hpp"
#include "readers.hpp"

namespace wres {
namespace config {
namespace {

void read_main_sections(TableReader& root, Board& board, bool is_main) {
  static constexpr const char* kMainOnly[] = {"board", "display", "rules", "targets", "privacy", "twin"};
  if (!is_main) {
    for (const char* key : kMainOnly)
      if (root.get(key))
        root.error_at(key, std::string("[") + key + "] belongs in the main board file, not an included one");
    return;
  }
  if (!root.get("board")) {
    root.error("missing [board] section: a board file starts with [board] giving organisation and title");
    return;
  }
  if (auto t = root.child("board", Need::required)) read_board_section(*t, board);
  if (auto t = root.child("display", Need::optional)) read_display_section(*t, board.display);
  if (auto t = root.child("rules", Need::optional)) read_rules_section(*t, board.rules);
  if (auto t = root.child("targets", Need::optional)) read_targets_section(*t, board.targets);
  if (auto t = root.child("privacy", Need::optional)) read_privacy_section(*t, board.privacy);
  if (auto t = root.child("twin", Need::optional)) read_twin_section(*t, board.twin);
}

void read_file(const ParsedFile& f, Board& board, Diagnostics& diags) {
  TableReader root(f.root, "", diags);
  root.get("include");  // followed by the parser
  read_main_sections(root, board, f.is_main);
  for (const toml::table* t : root.tables("year", Need::optional)) {
    TableReader y(*t, "year", diags);
    if (auto yd = read_year(y)) board.years.push_back(std::move(*yd));
  }
  for (const toml::table* t : root.tables("wdes_year", Need::optional)) {
    TableReader y(*t, "wdes_year", diags);
    if (auto yd = read_wdes_year(y)) board.wdes_years.push_back(std::move(*yd));
  }
  for (const toml::table* t : root.tables("pay_gap", Need::optional)) {
    TableReader y(*t, "pay_gap", diags);
    if (auto p = read_pay_gap(y)) board.pay_gaps.push_back(std::move(*p));
  }
  for (const toml::table* t : root.tables("plan", Need::optional)) {
    TableReader p(*t, "plan", diags);
    if (auto plan = read_plan(p, diags)) board.plans.push_back(std::move(*plan));
  }
  for (const toml::table* t : root.tables("measure", Need::optional)) {
    TableReader m(*t, "measure", diags);
    if (auto meas = read_measure(m, diags)) board.measures.push_back(std::move(*meas));
  }
  root.finish();
}

LoadResult load(const std::string& path, const std::string* text) {
  Diagnostics diags;
  ParseOutput parsed = parse_with_includes(path, diags, text);
  Board board;
  bool main_parsed = !parsed.files.empty() && parsed.files.front().is_main;
  for (const auto& f : parsed.files) read_file(f, board, diags);
  std::stable_sort(board.years.begin(), board.years.end(),
                   [](const YearData& a, const YearData& b) { return a.wres_year < b.wres_year; });
  std::stable_sort(board.wdes_years.begin(), board.wdes_years.end(),
                   [](const WdesYear& a, const WdesYear& b) { return a.wdes_year < b.wdes_year; });
  std::stable_sort(board.pay_gaps.begin(), board.pay_gaps.end(), [](const PayGapReport& a, const PayGapReport& b) {
    return std::tie(a.kind, a.year) < std::tie(b.kind, b.year);
  });
  check_unique_ids(board, diags);
  if (diags.empty()) check_targets(board, diags);
  LoadResult r;
  r.errors = diags.sorted();
  r.warnings = diags.sorted_warnings();
  r.files = std::move(parsed.read_paths);
  r.watch_dirs = std::move(parsed.watch_dirs);
  r.includes = std::move(parsed.includes);
  r.content_hash = parsed.content_hash;
  r.content_bytes = parsed.content_bytes;
  r.texts = std::move(parsed.texts);
  if (r.errors.empty() && main_parsed) r.board = std::move(board);
  return r;
}

}  // namespace
}  // namespace config

LoadResult load_board(const std::string& path) { return config::load(path, nullptr); }
LoadResult load_board_text(const std::string& text, const std::string& path) { return config::load(path, &text); }

}  // namespace wres
