#include "snapshot_table.hpp"

#include <algorithm>
#include <cstdio>
#include <string>

#include "wres/model/wording.hpp"

namespace wresctl {

namespace {

std::string fmt(const char* f, double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, f, v);
  return buf;
}

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
      << fmt("%.2f%%", t.base_pct) << ", path " << t.baseline_year << "-" << t.target_year << "):";
  for (const auto& b : t.bands) {
    if (b.is_withheld()) {
      out << "  " << b.band << " withheld (" << b.withheld << ")";
      continue;
    }
    out << "  " << b.band << " " << b.current << "->" << b.target
        << (b.needed ? " (+" + std::to_string(b.needed) + ")" : "") << (b.on_path == false ? " behind path" : "");
  }
  out << "  | appointments needed: "
      << (t.needed_withheld ? "withheld (the total would give a withheld band away)" : std::to_string(t.needed))
      << "\n";
}

void print_metric_row(std::ostream& out, const wres::IndicatorResult& r) {
  std::string trend = r.trend_withheld ? "withheld" : wres::trend_phrase(r);
  if (r.small_numbers) trend += " (few cases)";
  std::string value = r.figure_withheld() ? "withheld" : wres::format_figure(r.spec(), r.value);
  std::string reason = r.rag_reason;
  if (r.embargo && !r.figure_withheld()) reason += " [" + wres::embargo_text(*r.embargo) + "]";
  out << pad(" " + std::string(r.spec().number), r.family().id == "wres" ? 4 : 9)
      << pad(std::string(r.spec().label), r.family().id == "wres" ? 22 : 26) << pad(std::to_string(r.year), 6)
      << pad(value, 10) << pad(r.previous ? wres::format_figure(r.spec(), *r.previous) : "-", 10) << pad(trend, 34)
      << pad(std::string(to_string(r.rag)), 7) << reason << " | " << comparators_text(r) << "\n";
}

// One table per family the board has (the WRES's is printed even when empty).
void print_family(std::ostream& out, const wres::Snapshot& s, const wres::FamilySpec& f) {
  const bool any = std::any_of(s.indicators.begin(), s.indicators.end(),
                               [&](const wres::IndicatorResult& r) { return &r.family() == &f; });
  const std::string name = f.id == "wres" ? "WRES indicators" : std::string(f.title) + " metrics";
  if (!any) {
    if (f.id == "wres") out << "\n" << name << ": none on this board\n";
    return;
  }
  out << "\n" << name << " (" << wres::focus_word(f, s.term) << " staff)";
  if (f.id == "wres" && s.data_as_at) out << ", data as at " << wres::format_day(*s.data_as_at);
  if (f.id == "wres") out << (s.data_overdue ? ": OUT OF DATE, the next WRES year is due" : "");
  out << "\n";
  out << pad(" #", f.id == "wres" ? 4 : 9) << pad(f.id == "wres" ? "Indicator" : "Metric", f.id == "wres" ? 22 : 26)
      << pad("Year", 6) << pad("Value", 10) << pad("Previous", 10) << pad("Trend", 34) << pad("RAG", 7)
      << "Reason | comparators\n";
  for (const auto& r : s.indicators)
    if (&r.family() == &f) print_metric_row(out, r);
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
    auto list = [&](const char* name, const std::vector<std::string>& ids) {
      if (ids.empty()) return;
      out << "  " << name << ":";
      for (const auto& id : ids) out << " " << id;
      out << "\n";
    };
    list("overdue", wres::action_ids(p, &wres::ActionView::overdue));
    list("due soon", wres::action_ids(p, &wres::ActionView::due_soon));
    list("quiet", wres::action_ids(p, &wres::ActionView::quiet));
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
  if (!s.changes.empty()) {
    out << "\nChanges\n";
    for (const auto& c : s.changes)
      out << "  " << c.at << "  " << c.plan << " " << c.action << ": " << c.from << " -> " << c.to << "\n";
  }
}

}  // namespace wresctl
