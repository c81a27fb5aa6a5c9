// The twin's CSV files: the indicators of every family and the actions, in
// the wall's words, safe to open in a spreadsheet.
#include <cstdlib>

#include "twin_data.hpp"
#include "wres/model/action_wording.hpp"
#include "wres/model/card_wording.hpp"
#include "wres/model/wording.hpp"
#include "wres/twin/twin.hpp"

namespace wres::twin {

namespace {

bool is_number(const std::string& s) {
  if (s.empty() || s.find_first_not_of("0123456789.+-") != std::string::npos) return false;  // not "-inf"
  char* end = nullptr;
  std::strtod(s.c_str(), &end);
  return end == s.c_str() + s.size();
}

std::string csv_row(const std::vector<std::string>& cells) {
  std::string out;
  for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + csv_cell(cells[i]);
  return out + "\r\n";  // RFC 4180
}

}  // namespace

std::string csv_cell(const std::string& text) {
  std::string s = text;
  // A spreadsheet runs a cell starting = + - @ (or tab, CR) as a formula
  // (OWASP "CSV injection"); a plain negative number stays a number.
  if (!s.empty() && std::string_view("=+-@\t\r").find(s.front()) != std::string_view::npos && !is_number(s))
    s.insert(0, 1, '\'');
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string indicators_csv(const Snapshot& s) {
  std::string out = csv_row({"family", "number", "metric", "year", "figure", "withheld", "previous", "trend", "rating",
                             "reason", "compared with", "data from", "note"});
  for (const auto& r : s.indicators) {
    const bool w = r.figure_withheld();
    out += csv_row({std::string(r.family().title), std::string(printed_number(r.spec())), metric_label(r, s.term),
                    std::to_string(r.year), w ? "" : format_figure(r.spec(), r.value), r.withheld,
                    w || !r.previous ? "" : format_figure(r.spec(), *r.previous), w ? "" : trend_heading(r),
                    w ? "" : rag_word(r.rag), w ? "" : r.rag_reason, w ? "" : comparators_line(r), data_date_phrase(r),
                    w ? "" : r.note});
  }
  return out;
}

std::string actions_csv(const Snapshot& s) {
  std::string out = csv_row(
      {"plan", "id", "action", "theme", "lead", "status", "due", "overdue", "latest update", "latest update text"});
  for (const auto& p : s.plans)
    for (const auto& a : p.actions)
      out += csv_row({p.title, a.id, a.title, a.theme, a.lead, status_text(p, a), due_label(a),
                      a.overdue && a.days_overdue ? late_text(*a.days_overdue) : "",
                      a.last_update ? to_iso(*a.last_update) : "", a.last_update_text});
  return out;
}

}  // namespace wres::twin
