#include "snapshot_table.hpp"

#include <algorithm>
#include <cstdio>
#include <string>

#include "wres/model/measure_wording.hpp"
#include "wres/model/printf_text.hpp"
#include "wres/model/wording.hpp"

namespace wresctl {

namespace {

std::string fmt(const char* f, double v) { return wres::detail::fmt(f, v); }  // rounded as the wall rounds

std::string pad(std::string s, std::size_t w) {
  if (s.size() < w) s.append(w - s.size(), ' ');
  return s;
}

std::string comparators_text(const wres::IndicatorResult& r) {
  std::string out = wres::comparators_phrase(r);
  return out.empty() ? "-" : out;
}

void print_targets(std::ostream& out, const wres::Snapshot& s) {
  const wres::Targets& t = *s.targets;
  out << "\nAspirational target, " << wres::group_label(t.group) << " bands 8A and above (" << t.year
      << ", base: " << (t.base == wres::TargetBase::workforce ? "workforce " : "local population ")
      << fmt("%.2f%%", t.base_pct)
      << (t.baseline_year ? ", the board's line " + std::to_string(*t.baseline_year) + "-" : ", target ")
      << t.target_year << "):";
  for (const auto& b : t.bands) {
    if (b.is_withheld()) {
      out << "  " << b.band << " withheld (" << b.withheld << ")";
      continue;
    }
    out << "  " << b.band << " " << b.current << "->" << b.target
        << (b.needed ? " (+" + std::to_string(b.needed) + ")" : "")
        << (b.on_path == false ? " behind the board's line" : "");
  }
  out << "  | appointments needed: "
      << (t.needed_withheld ? "withheld (the total would give a withheld band away)" : std::to_string(t.needed))
      << "\n";
}

struct Widths {
  std::size_t number = 4, label = 22;
};

// Each family's columns as wide as its longest number and label.
Widths widths_of(const wres::FamilySpec& f) {
  Widths w;
  for (const auto& m : f.metrics)
    w.number = std::max(w.number, m.number.size() + 2), w.label = std::max(w.label, m.label.size() + 1);
  return w;
}

void print_metric_row(std::ostream& out, const wres::IndicatorResult& r, const Widths& w, const std::string& term) {
  std::string trend = r.trend_withheld ? "withheld" : wres::trend_phrase(r);
  if (r.trend == wres::Trend::not_compared) trend += " (" + wres::delta_phrase(r) + ")";  // which year had none
  if (r.small_numbers) trend += " (few cases)";
  std::string value = r.figure_withheld() ? "withheld" : wres::format_figure(r.spec(), r.value);
  std::string reason = r.rag_reason;
  if (r.embargo && !r.figure_withheld()) reason += " [" + wres::embargo_text(*r.embargo) + "]";
  out << pad(" " + std::string(r.spec().number), w.number) << pad(wres::metric_label(r, term), w.label)
      << pad(std::to_string(r.year), 6) << pad(value, 10)
      << pad(r.previous ? wres::format_figure(r.spec(), *r.previous) : "-", 10) << pad(trend, 34)
      << pad(std::string(to_string(r.rag)), 7) << reason << " | " << comparators_text(r) << "\n";
  if (std::string q = wres::quartile_phrase(r, term); !q.empty() && r.spec().key.ends_with(".mean"))
    out << pad("", w.number) << "quartiles: " << q << "\n";
  if (!r.note.empty() && r.spec().kind != wres::MetricKind::yes_no)  // the trust's own reading, as on the wall
    out << pad("", w.number) << "note: " << r.note << "\n";
}

// Who a family's figures are about: its focus group, or for a family whose
// metrics name their own groups (pay gaps), what its figures are.
std::string family_heading(const wres::FamilySpec& f, const std::string& term) {
  if (f.id == "wres") return "WRES indicators (" + term + " staff)";
  if (f.focus.empty() && f.reference.empty())
    return std::string(f.title) +
           " (the difference in hourly pay as a % of the second group's; above 0, the first "
           "group is paid less)";
  return std::string(f.title) + " metrics (" + std::string(wres::focus_word(f, term)) + " staff)";
}

// One table per family the board has (the WRES's is printed even when empty).
void print_family(std::ostream& out, const wres::Snapshot& s, const wres::FamilySpec& f) {
  const bool any = std::any_of(s.indicators.begin(), s.indicators.end(),
                               [&](const wres::IndicatorResult& r) { return &r.family() == &f; });
  if (!any) {
    if (f.id == "wres") out << "\nWRES indicators: none on this board\n";
    return;
  }
  out << "\n" << family_heading(f, s.term);
  if (f.id == "wres" && s.data_as_at) out << ", data as at " << wres::format_day(*s.data_as_at);
  if (f.id == "wres") out << (s.data_overdue ? ": OUT OF DATE, the next WRES year is due" : "");
  for (const auto& r : s.indicators)  // the survey's own year, once: every survey figure of a family shares it
    if (&r.family() == &f && r.survey_year) {
      out << "; survey figures from the " << wres::data_date_phrase(r);
      break;
    }
  out << "\n";
  Widths w = widths_of(f);
  for (const auto& r : s.indicators)  // a pay gap's label names its groups, in the board's words
    if (&r.family() == &f) w.label = std::max(w.label, wres::metric_label(r, s.term).size() + 1);
  out << pad(" #", w.number) << pad(f.id == "wres" ? "Indicator" : "Metric", w.label) << pad("Year", 6)
      << pad("Value", 10) << pad("Previous", 10) << pad("Trend", 34) << pad("RAG", 7) << "Reason | comparators\n";
  for (const auto& r : s.indicators)
    if (&r.family() == &f) print_metric_row(out, r, w, s.term);
  if (f.id == "wres" && s.targets) print_targets(out, s);
}

void print_indicators(std::ostream& out, const wres::Snapshot& s) {
  for (const wres::FamilySpec* f : wres::all_families()) print_family(out, s, *f);
}

void print_plans(std::ostream& out, const wres::Snapshot& s) {
  for (const auto& p : s.plans) {
    out << "\nPlan " << p.id << ": " << p.title << "\n  " << wres::plan_caption(p) << " | "
        << wres::counts_phrase(p.counts) << "\n";
    if (std::string r = wres::reported_phrase(p, s.rules.report_stale_days); !r.empty()) out << "  " << r << "\n";
    for (const auto& m : p.palette)
      if (!m.plan_word.empty())
        out << "  " << wres::mark_word(m.mark) << " is the plan's " << wres::plan_colour_word(m) << "\n";
    for (const auto& m : p.marks)
      out << "  " << wres::status_word(m.status) << " is the report's mark " << m.mark << " (" << m.counted << ")\n";
    auto list = [&](const char* name, const std::vector<std::string>& ids) {
      if (ids.empty()) return;
      out << "  " << name << ":";
      for (const auto& id : ids) out << " " << id;
      out << "\n";
    };
    list("overdue", wres::action_ids(p, &wres::ActionView::overdue));
    list("due soon", wres::action_ids(p, &wres::ActionView::due_soon));
    list("due soon, status not reported", wres::action_ids(p, &wres::ActionView::due_soon_unreported));
    list("quiet", wres::action_ids(p, &wres::ActionView::quiet));
  }
}

// Each measure's latest reading and, from a year of readings, its chart's verdicts (DESIGN 9).
void print_measures(std::ostream& out, const wres::Snapshot& s) {
  if (s.measures.empty()) return;
  out << "\nMeasures\n";
  for (const auto& m : s.measures) {
    out << "  " << m.id << ": " << m.title << " | "
        << (m.latest ? wres::latest_text(m) + " (" + (m.latest_date ? wres::to_iso(*m.latest_date) : "undated") + ")"
                     : "no reading yet");
    if (m.target) out << ", target " << wres::with_unit(*m.target, m.unit);
    if (std::string p = wres::previous_phrase(m); !p.empty()) out << "; " << p;
    out << "\n";
    if (std::string v = wres::spc_verdict(m); !v.empty()) out << "    " << v << "\n";
    if (std::string l = wres::spc_limits_phrase(m); !l.empty()) out << "    " << l << "\n";
  }
}

}  // namespace

void print_snapshot_table(std::ostream& out, const wres::Snapshot& s) {
  if (s.unredacted) out << "UNREDACTED: includes figures the wall withholds ([privacy]); not for display\n";
  out << s.organisation << "\n" << s.title << "\nAs of " << (s.as_of ? wres::to_iso(*s.as_of) : "not given");
  if (!s.generated_at.empty()) out << " (computed " << s.generated_at << ")";
  out << "\n";
  if (!s.config.ok) {
    out << "CONFIG ERRORS: the last good data is shown\n";
    for (const auto& e : s.config.errors) out << "  " << wres::format(e) << "\n";
  }
  if (!s.storage_error.empty()) out << "STORAGE ERROR: " << s.storage_error << "\n";
  print_indicators(out, s);
  print_plans(out, s);
  print_measures(out, s);
  if (!s.changes.empty()) {
    out << "\nChanges\n";
    for (const auto& c : s.changes)
      out << "  " << c.at << "  " << c.plan << " " << c.action << ": " << wres::names_of(c) << "\n";
  }
}

}  // namespace wresctl
