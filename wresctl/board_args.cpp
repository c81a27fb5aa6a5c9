#include "board_args.hpp"

#include "wres/compute/snapshot_builder.hpp"
#include "wres/model/diagnostic.hpp"

namespace wresctl {

bool parse_as_of(const std::string& text, std::optional<wres::Date>& out, const char* command, std::ostream& err) {
  if (text.empty()) return true;
  out = wres::parse_iso_date(text);
  if (!out) err << "wresctl " << command << ": --as-of '" << text << "' is not a date (YYYY-MM-DD)\n";
  return out.has_value();
}

bool readable_or_report(const std::string& path, const char* command, std::ostream& err) {
  auto problem = wres::file_problem(path);
  if (problem) err << "wresctl " << command << ": " << path << ": " << *problem << "\n";
  return !problem;
}

std::optional<wres::Board> load_or_report(const std::string& path, std::ostream& err) {
  wres::LoadResult r = wres::load_board(path);
  for (const auto& e : r.errors) err << wres::format(e) << "\n";
  return std::move(r.board);
}

wres::Date day_for(const wres::Board& board, const std::optional<wres::Date>& as_of) {
  return as_of ? *as_of : wres::effective_as_of(board, wres::today_local());
}

}  // namespace wresctl
