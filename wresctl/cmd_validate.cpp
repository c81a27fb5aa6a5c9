// wresctl validate FILE: exit 0 if the board is valid, else print every error
// as file:line:col: message and exit 1. Warnings are printed either way, as
// file:line:col: warning: message, and never change the exit code.
#include <algorithm>
#include <iostream>
#include <tuple>

#include "board_args.hpp"
#include "commands.hpp"
#include "wres/config/glyph_check.hpp"
#include "wres/config/load.hpp"

namespace wresctl {

namespace {
// "1 file, 9 WRES years, 2 plans, 61 actions, 1 measures, 1 warning"
std::string summary(const wres::LoadResult& r) {
  const wres::Board& b = *r.board;
  std::size_t actions = 0;
  for (const auto& p : b.plans) actions += p.actions.size();
  auto some = [](std::size_t n, const char* what) { return std::to_string(n) + " " + what; };
  std::string out =
      some(r.files.size(), r.files.size() == 1 ? "file" : "files") + ", " + some(b.years.size(), "WRES years") + ", ";
  if (!b.wdes_years.empty()) out += some(b.wdes_years.size(), "WDES years") + ", ";
  if (!b.pay_gaps.empty())
    out += some(b.pay_gaps.size(), b.pay_gaps.size() == 1 ? "pay gap report" : "pay gap reports") + ", ";
  out += some(b.plans.size(), "plans") + ", " + some(actions, "actions") + ", " + some(b.measures.size(), "measures");
  if (!r.warnings.empty()) out += ", " + some(r.warnings.size(), r.warnings.size() == 1 ? "warning" : "warnings");
  return out;
}
}  // namespace

void add_validate(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand("validate", "Check a board file and everything it includes");
  auto file = std::make_shared<std::string>();
  cmd->add_option("FILE", *file, "The board's main TOML file")->required();
  cmd->callback([file, &exit_code] {
    if (!readable_or_report(*file, "validate", std::cerr)) return void(exit_code = kExitUsage);
    wres::LoadResult r = wres::load_board(*file);
    if (r.ok()) {  // text the wall would draw as a box, said with the others
      wres::GlyphCoverage fonts(wres::wall_font_faces());
      auto boxes = wres::undrawable_text(r, fonts);
      r.warnings.insert(r.warnings.end(), boxes.begin(), boxes.end());
      std::stable_sort(r.warnings.begin(), r.warnings.end(), [](const auto& a, const auto& b) {
        return std::tie(a.where.file, a.where.line, a.where.column) <
               std::tie(b.where.file, b.where.line, b.where.column);
      });
    }
    for (const auto& e : r.errors) std::cout << wres::format(e) << "\n";
    // Warnings: what a source may have got wrong. They never fail validation.
    for (const auto& w : r.warnings) std::cout << wres::format_warning(w) << "\n";
    if (!r.ok()) {
      if (r.errors.empty()) std::cout << *file << ":1:1: board could not be read\n";
      std::cerr << r.errors.size() << " error" << (r.errors.size() == 1 ? "" : "s") << " in " << *file << "\n";
      exit_code = kExitInvalid;
      return;
    }
    std::cerr << *file << ": ok (" << summary(r) << ")\n";
    exit_code = kExitOk;
  });
}

}  // namespace wresctl
