#include "pages.hpp"

#include <algorithm>

namespace display {

namespace {
bool always(const wres::Snapshot&) { return true; }
int one(PageContext&) { return 1; }
bool has_indicators(const wres::Snapshot& s) { return has_family(s, wres::wres_family()); }
bool has_wdes(const wres::Snapshot& s) { return has_family(s, wres::wdes_family()); }
void draw_wdes(PageContext& p) { draw_family(p, wres::wdes_family(), "WDES over time"); }
bool has_pay_gaps(const wres::Snapshot& s) { return has_family(s, wres::pay_gap_family()); }
bool has_plans(const wres::Snapshot& s) { return !s.plans.empty(); }
bool has_targets(const wres::Snapshot& s) { return s.targets && !s.targets->bands.empty(); }
// Pages with nothing to say are skipped in the rotation, not shown empty.
bool has_changes(const wres::Snapshot& s) { return !s.changes.empty(); }
bool has_chasing(const wres::Snapshot& s) {
  for (const auto& p : s.plans)
    for (const auto& a : p.actions)
      if (a.overdue || a.due_soon || a.due_soon_unreported || a.quiet) return true;
  return false;
}
// Without indicators the overview shows the measures itself.
bool has_measures_apart(const wres::Snapshot& s) { return !s.measures.empty() && !s.indicators.empty(); }
void draw_measures_page(PageContext& p) { draw_measures(p, p.area, false); }
}  // namespace

bool has_family(const wres::Snapshot& s, const wres::FamilySpec& f) {
  return std::any_of(s.indicators.begin(), s.indicators.end(),
                     [&](const wres::IndicatorResult& r) { return &r.family() == &f; });
}

const std::vector<Page>& all_pages() {
  static const std::vector<Page> pages{
      {"overview", "Overview", always, one, draw_overview},
      {"indicators", "Indicators", has_indicators, one, draw_indicators},
      {"wdes", "WDES", has_wdes, one, draw_wdes},
      {"pay_gaps", "Pay gaps", has_pay_gaps, one, draw_pay_gaps},
      {"plans", "Plans", has_plans, plans_screens, draw_plans},
      {"overdue", "Overdue", has_chasing, one, draw_overdue},
      {"changes", "Changes", has_changes, one, draw_changes},
      {"representation", "Bands", has_bands, one, draw_representation},
      {"targets", "Targets", has_targets, one, draw_targets},
      {"measures", "Measures", has_measures_apart, measures_screens, draw_measures_page},
  };
  return pages;
}

const Page* find_page(std::string_view name) {
  for (const auto& p : all_pages())
    if (name == p.name) return &p;
  return nullptr;
}

float page_heading(PageContext& p, const Rect& r, std::string_view title, std::string_view note) {
  Canvas& c = p.c;
  text(c, c.fonts.heading, v2(r.x, r.y), colour::text, title);
  if (!note.empty()) {
    float y = r.y + (c.fonts.heading->FontSize - c.fonts.small->FontSize) * 0.7f;
    text_right(c, c.fonts.small, r.right(), y, colour::muted, note);
  }
  return heading_height(c);
}

float heading_height(const Canvas& c) { return c.fonts.heading->FontSize * 1.35f; }

const wres::IndicatorResult* find_indicator(const wres::Snapshot& s, const wres::MetricSpec& m) {
  for (const auto& i : s.indicators)
    if (i.metric == &m) return &i;
  return nullptr;
}

std::vector<const wres::MetricSpec*> shown_metrics(const wres::Snapshot& s, const wres::FamilySpec& f) {
  std::vector<const wres::MetricSpec*> out;
  for (const auto& m : f.metrics)
    if (!f.partial || find_indicator(s, m)) out.push_back(&m);
  return out;
}

}  // namespace display
