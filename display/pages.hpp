#pragma once
// The wall's pages, one file each (page_*.cpp), and the registry that rotates
// them. A page draws into its body rectangle; header, footer and banners are
// drawn around it by the app.
#include <ctime>
#include <string_view>
#include <vector>

#include "widgets.hpp"

namespace display {

struct PageContext {
  Canvas& c;
  Rect area;
  const wres::Snapshot& snap;
  std::time_t now;
  int screen = 0;  // which of the page's screens, for pages that need more than one
};

struct Page {
  const char* name;   // as in [display].pages
  const char* title;  // in the footer
  bool (*available)(const wres::Snapshot&);
  // How many different screens it shows (>= 1); the rotation gives it at
  // most kMaxTurnsPerVisit turns a visit and carries on from there the next.
  int (*screens)(PageContext&);
  void (*draw)(PageContext&);
};

const std::vector<Page>& all_pages();
const Page* find_page(std::string_view name);

// Each page's entry points (page_<name>.cpp).
void draw_overview(PageContext& p);
void draw_indicators(PageContext& p);
// A family's page: a card per metric (page_indicators.cpp); the indicators and wdes pages.
void draw_family(PageContext& p, const wres::FamilySpec& family, const std::string& heading);
void draw_plans(PageContext& p);
int plans_screens(PageContext& p);
void draw_overdue(PageContext& p);
void draw_changes(PageContext& p);
void draw_targets(PageContext& p);
void draw_representation(PageContext& p);
void draw_pay_gaps(PageContext& p);
[[nodiscard]] bool has_bands(const wres::Snapshot& s);

// Shared by pages.
float page_heading(PageContext& p, const Rect& r, std::string_view title, std::string_view note = {});
// How far below its top page_heading's title ends; a page that lays out before it draws the heading.
[[nodiscard]] float heading_height(const Canvas& c);
[[nodiscard]] bool has_family(const wres::Snapshot& s, const wres::FamilySpec& f);
// page_measures.cpp: the measures page, or (overview) the overview's half of it on a board without indicators.
void draw_measures(PageContext& p, const Rect& r, bool overview);
int measures_screens(PageContext& p);
// The overview's line of measures that are special cause now; 0 high when there are none.
float special_cause_strip_height(const PageContext& p);
void special_cause_strip(PageContext& p, const Rect& r);
void measure_chart(PageContext& p, const Rect& r, const wres::MeasureResult& m);  // measure_chart.cpp
const wres::IndicatorResult* find_indicator(const wres::Snapshot& s, const wres::MetricSpec& m);
// The family's metrics the wall shows: all of them, or for a family boards
// report only in part (pay gaps) those the snapshot has.
std::vector<const wres::MetricSpec*> shown_metrics(const wres::Snapshot& s, const wres::FamilySpec& f);
// One metric's card (page_indicators.cpp): figure, trend, chart, RAG reason, qualifier, comparators.
void draw_metric_card(PageContext& p, const Rect& r, const wres::MetricSpec& m, const wres::IndicatorResult* ind);
using wres::find_plan;  // null: not on this board (model/snapshot.cpp)

}  // namespace display
