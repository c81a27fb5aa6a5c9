#include "metric_rows.hpp"

#include "wres/model/wording.hpp"

namespace wresctl {

std::vector<std::vector<std::string>> family_rows(const wres::Snapshot& s, const wres::FamilySpec& family) {
  std::vector<std::vector<std::string>> rows{{"No.", "Metric", "Year", "Data as at", "Value", "Previous", "Trend",
                                              "Change", "RAG", "Reason", "Withheld", "Comparators"}};
  for (const auto& r : s.indicators) {
    if (&r.family() != &family) continue;
    const bool shown = !r.figure_withheld();
    rows.push_back({std::string(r.spec().number), wres::metric_label(r, s.term), std::to_string(r.year),
                    wres::to_iso(r.as_at), shown ? wres::format_figure(r.spec(), r.value) : "",
                    shown && r.previous ? wres::format_figure(r.spec(), *r.previous) : "",
                    r.trend_withheld ? "" : wres::trend_phrase(r), r.trend_withheld ? "" : wres::delta_phrase(r),
                    std::string(to_string(r.rag)), r.rag_reason, r.withheld, wres::comparators_phrase(r)});
  }
  return rows;
}

}  // namespace wresctl
