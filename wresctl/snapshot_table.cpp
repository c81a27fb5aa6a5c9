#include "snapshot_table.hpp"

#include <cstdio>
#include <string>

namespace wresctl {

namespace {

std::string fmt(const char* f, double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, f, v);
  return buf;
}

std::string figure(const wres::IndicatorResult& r, double v) {
  return wres::info(r.key).kind == wres::IndicatorKind::ratio ? fmt("%.2f", v) : fmt("%.2f%%", v);
}

std::string pad(std::string s, std::size_t w) {
  if (s.size() < w) s.append(w - s.size(), ' ');
  return s;
}

void print_indicators(std::ostream& out, const wres::Snapshot& s) {
  out << "\nWRES indicators\n";
  out << pad(" #", 4) << pad("Indicator", 24) << pad("Year", 6) << pad("Value", 10) << pad("Previous", 10)
      << pad("Trend", 11) << pad("Tested", 16) << pad("RAG", 7) << "National\n";
  for (const auto& r : s.indicators) {
    std::string tested = !r.significant ? "no test" : (*r.significant ? "significant" : "not significant");
    if (r.small_numbers) tested = "small numbers";
    out << pad(" " + std::to_string(wres::info(r.key).number), 4) << pad(std::string(wres::info(r.key).label), 24)
        << pad(std::to_string(r.year), 6) << pad(figure(r, r.value), 10)
        << pad(r.previous ? figure(r, *r.previous) : "-", 10) << pad(std::string(to_string(r.trend)), 11)
        << pad(tested, 16) << pad(std::string(to_string(r.rag)), 7)
        << (r.national ? figure(r, *r.national) + " (" + std::string(to_string(*r.vs_national)) + ")" : "-")
        << "\n";
  }
  if (s.targets) {
    out << "\nAspirational target (" << s.targets->year << ", local population "
        << fmt("%.2f%%", s.targets->population_pct) << "):";
    for (const auto& b : s.targets->bands)
      out << "  " << b.band << " " << b.current << "->" << b.target << (b.needed ? " (+" + std::to_string(b.needed) + ")" : "");
    out << "  | appointments needed: " << s.targets->needed << "\n";
  }
}

void print_plans(std::ostream& out, const wres::Snapshot& s) {
  for (const auto& p : s.plans) {
    const auto& c = p.counts;
    out << "\nPlan " << p.id << ": " << p.title << "\n  " << p.total << " actions, "
        << fmt("%.0f%%", p.percent_complete) << " complete | not started " << c.not_started
        << ", on track " << c.on_track << ", at risk " << c.at_risk << ", off track " << c.off_track
        << ", complete " << c.complete << ", overdue " << c.overdue << "\n";
    auto list = [&](const char* name, const std::vector<std::string>& ids) {
      if (ids.empty()) return;
      out << "  " << name << ":";
      for (const auto& id : ids) out << " " << id;
      out << "\n";
    };
    list("overdue", p.overdue);
    list("due soon", p.due_soon);
    list("quiet", p.quiet);
  }
}

}  // namespace

void print_snapshot_table(std::ostream& out, const wres::Snapshot& s) {
  out << s.organisation << "\n" << s.title << "\nAs of " << s.as_of;
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
