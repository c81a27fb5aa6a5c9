// The twin's indicator sections: a table per family, representation by band
// and the aspirational target, in the wall's words.
#include <algorithm>

#include "twin_data.hpp"
#include "wres/model/card_wording.hpp"
#include "wres/model/printf_text.hpp"
#include "wres/model/wording.hpp"

namespace wres::twin {

namespace {

using detail::kDot;

void add_if(std::vector<std::string>& out, const std::string& s) {
  if (!s.empty()) out.push_back(s);
}

// What the figure is, then what the wall's card says under it.
Data figure_cell(const IndicatorResult& r, const std::string& term) {
  Data d;
  if (r.figure_withheld()) {
    d.set("figure", "Withheld: " + r.withheld);
    d.set("details",
          list_of(r.embargo ? std::vector<std::string>{embargo_text(*r.embargo)} : std::vector<std::string>{}));
    return d;
  }
  d.set("figure", format_figure(r.spec(), r.value));
  std::vector<std::string> details;
  add_if(details, card_qualifier(r, term));
  if (r.spec().kind == MetricKind::survey_gap || r.spec().kind == MetricKind::board_gap) add_if(details, gap_phrase(r));
  if (r.spec().key.ends_with(".mean")) add_if(details, quartile_phrase(r, term));
  if (!r.note.empty() && r.spec().kind != MetricKind::yes_no) details.push_back("Note: " + r.note);
  d.set("details", list_of(details));
  return d;
}

Data row_of(const IndicatorResult& r, const std::string& term) {
  Data row = figure_cell(r, term);
  row.set("number", std::string(printed_number(r.spec())));
  row.set("label", metric_label(r, term));
  row.set("rating", r.figure_withheld() ? "Not rated: the figure is withheld"
                                        : rag_word(r.rag) + (r.rag_reason.empty() ? "" : ": " + r.rag_reason));
  std::string trend = r.figure_withheld() ? "Not shown: the figure is withheld" : trend_heading(r);
  if (std::string rest = r.figure_withheld() ? "" : trend_rest(r); !rest.empty()) trend += kDot + rest;
  row.set("trend", trend);
  std::string compared = r.figure_withheld() ? "" : comparators_line(r);
  row.set("compared", compared.empty() ? "-" : compared);
  row.set("when", data_date_phrase(r));
  return row;
}

std::string family_heading(const FamilySpec& f, const Snapshot& s, int year) {
  std::string who = f.focus.empty() && f.reference.empty() ? "" : " (" + std::string(focus_word(f, s.term)) + " staff)";
  if (f.id == "wres") return "WRES indicators " + std::to_string(year) + who;
  return std::string(f.title) + (f.id == "pay_gap" ? " " : " metrics ") + std::to_string(year) + who;
}

}  // namespace

Data families_data(const Snapshot& s) {
  Data out{Data::type::list};
  for (const FamilySpec* f : all_families()) {
    Data rows{Data::type::list};
    int year = 0;
    for (const auto& r : s.indicators)
      if (&r.family() == f) rows.push_back(row_of(r, s.term)), year = std::max(year, r.year);
    if (!year) continue;
    Data fam;
    fam.set("id", std::string(f->id));
    fam.set("heading", family_heading(*f, s, year));
    fam.set("metric_word", f->id == "wres" ? "Indicator" : "Metric");
    fam.set("caption", std::string(f->title) + " " + std::to_string(year) +
                           ": each figure with its rating and why, its trend and what it is compared with");
    std::vector<std::string> lines{rules_key(*f, s.rules, s.term)};
    if (f->id == "wres" && s.data_overdue) lines.push_back("Out of date: the next WRES year is due.");
    for (const auto& c : s.calendars)
      if (c.family == f->id && c.overdue)
        lines.push_back("Out of date: the next " + std::string(f->title) + " year is due.");
    fam.set("lines", list_of(lines));
    fam.set("rows", rows);
    out.push_back(fam);
  }
  return out;
}

Data bands_data(const Snapshot& s) {
  auto it = std::find_if(s.indicators.begin(), s.indicators.end(),
                         [](const IndicatorResult& r) { return &r.family() == &wres_family() && !r.bands.empty(); });
  if (it == s.indicators.end()) return Data(false);
  const IndicatorResult& r = *it;
  Data rows{Data::type::list};
  for (const auto& b : r.bands) {
    Data row;
    row.set("band", band_label(b.band));
    row.set("group", std::string(group_label(b.group)));
    row.set("focus", b.is_withheld() ? "withheld: " + b.withheld : std::to_string(b.focus));
    row.set("total", b.total_withheld ? "withheld" : std::to_string(b.total));
    row.set("share", b.is_withheld() ? "-" : format_figure(r.spec(), b.focus_pct));
    row.set("versus", b.is_withheld() ? "-"
                                      : detail::fmt("%+.1f", one_decimal(b.vs_overall_pts)) + " pts against " +
                                            format_figure(r.spec(), r.value) + " overall");
    rows.push_back(row);
  }
  Data d;
  d.set("caption", s.term + " staff by pay band, " + as_at_phrase(r));
  d.set("focus_word", s.term + " staff");
  d.set("rows", rows);
  return d;
}

Data targets_data(const Snapshot& s) {
  if (!s.targets) return Data(false);
  const Targets& t = *s.targets;
  Data rows{Data::type::list};
  for (const auto& b : t.bands) {
    Data row;
    row.set("band", band_label(b.band));
    row.set("current", b.is_withheld() ? "withheld: " + b.withheld : std::to_string(b.current));
    row.set("target", b.total_withheld ? "withheld" : std::to_string(b.target));
    row.set("needed", b.is_withheld() ? "withheld" : std::to_string(b.needed));
    row.set("line", !b.on_path ? "-" : *b.on_path ? "on the board's line" : "behind the board's line");
    rows.push_back(row);
  }
  Data d;
  std::string base = t.base == TargetBase::workforce ? "the workforce" : "the local population";
  d.set("summary",
        std::string(group_label(t.group)) + " bands 8A and above to reflect " + base + " (" +
            detail::fmt("%.2f%%", t.base_pct) + ") by " + std::to_string(t.target_year) +
            (t.baseline_year ? "; the board's line runs from " + std::to_string(*t.baseline_year) : "") +
            ". Appointments still needed: " +
            (t.needed_withheld ? "withheld (the total would give a withheld band away)" : std::to_string(t.needed)) +
            ".");
  d.set("caption", s.term + " staff in each band in " + std::to_string(t.year) + " against the " +
                       std::to_string(t.target_year) + " target");
  d.set("rows", rows);
  return d;
}

}  // namespace wres::twin
