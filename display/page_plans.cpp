// Plans: every action by theme with its state (shape and word), lead and due
// date. A long plan takes several screens; every screen of every plan comes
// round (schedule.hpp says within how many rotations).
#include <algorithm>
#include <cstdio>
#include <map>

#include "pages.hpp"

namespace display {

namespace {

struct Row {
  const wres::ActionView* action = nullptr;  // null: a theme heading
  std::string theme;
  bool continued = false;
};
using Column = std::vector<Row>;

struct Chunk {
  std::size_t plan = 0, part = 0, parts = 0;
  Column rows;
};

float row_height(const Canvas& c) { return std::round(c.fonts.body->FontSize * 1.42f); }
float plan_header_height(const Canvas& c) {  // with room for the "statuses as at" line
  return c.fonts.heading->FontSize * 1.3f + c.fonts.small->FontSize * 1.1f + std::round(30 * c.s.u) + c.s.gap * 1.4f;
}

int rows_per_column(PageContext& p) {
  return std::max(3, rows_that_fit(p.area.h - plan_header_height(p.c), row_height(p.c), 0));
}

// Themes in the order admins wrote them; a column that opens mid-theme repeats
// the theme's heading, and a heading never sits alone at a column's foot.
std::vector<Column> columns_of(const wres::PlanSummary& plan, std::size_t rows) {
  std::vector<std::string> order;
  std::map<std::string, std::vector<const wres::ActionView*>> by_theme;
  for (const auto& a : plan.actions) {
    if (!by_theme.count(a.theme)) order.push_back(a.theme);
    by_theme[a.theme].push_back(&a);
  }
  std::vector<Column> cols(1);
  for (const auto& t : order) {
    if (cols.back().size() + 1 >= rows) cols.emplace_back();  // no orphan heading
    cols.back().push_back({nullptr, t, false});
    for (const auto* a : by_theme[t]) {
      if (cols.back().size() >= rows) cols.push_back({{nullptr, t, true}});
      cols.back().push_back({a, t, false});
    }
  }
  if (cols.back().empty()) cols.pop_back();
  return cols;
}

std::vector<Chunk> chunks(PageContext& p) {
  std::vector<Chunk> out;
  auto rows = static_cast<std::size_t>(rows_per_column(p));
  for (std::size_t i = 0; i < p.snap.plans.size(); ++i) {
    // One full-width column per turn: whole titles matter more than density.
    auto cols = columns_of(p.snap.plans[i], rows);
    for (std::size_t k = 0; k < cols.size(); ++k) out.push_back({i, k, cols.size(), std::move(cols[k])});
  }
  return out;
}

Look action_look(const wres::PlanSummary& plan, const wres::ActionView& a) {
  return mark_look(&plan, wres::Mark::effective(a.status, a.overdue));
}

// Wide enough for the longest state word this plan shows ("In progress (Amber)").
float status_width(Canvas& c, const wres::PlanSummary& plan) {
  float w = std::round(190 * c.s.u);
  for (const auto& a : plan.actions)
    w = std::max(w, measure(c.fonts.small, action_look(plan, a).word).x + c.fonts.small->FontSize * 1.4f + c.s.u * 12);
  return w;
}

void action_row(Canvas& c, const Rect& r, const wres::PlanSummary& plan, const wres::ActionView& a, float status_w) {
  const Scale& s = c.s;
  float mid = r.y + r.h / 2;
  Look look = action_look(plan, a);
  badge(c, c.fonts.small, r.x, mid, look);
  float x = r.x + status_w;
  float id_w = std::round(84 * s.u);
  text(c, c.fonts.small, v2(x, mid - c.fonts.small->FontSize / 2), colour::muted,
       fit(c.fonts.small, a.id, id_w - s.u * 6));
  x += id_w;
  std::string due = due_label(a);
  if (a.overdue && a.days_overdue) due = late_text(*a.days_overdue);
  float due_w = std::round(180 * s.u);
  text_right(c, c.fonts.small, r.right(), mid - c.fonts.small->FontSize / 2, a.overdue ? look.colour : colour::muted,
             due);
  float lead_w = a.lead.empty() ? 0 : std::round(300 * s.u);
  if (lead_w > 0)
    text(c, c.fonts.small, v2(r.right() - due_w - lead_w, mid - c.fonts.small->FontSize / 2), colour::muted,
         fit(c.fonts.small, a.lead, lead_w - s.u * 10));
  float title_w = r.right() - due_w - lead_w - x - s.u * 10;
  text(c, c.fonts.body, v2(x, mid - c.fonts.body->FontSize / 2), colour::text, fit(c.fonts.body, a.title, title_w));
}

void theme_row(Canvas& c, const Rect& r, const Row& row) {
  std::string t = row.theme.empty() ? "Actions" : row.theme;
  if (row.continued) t += " (continued)";
  float y = r.bottom() - c.fonts.body_bold->FontSize * 1.15f;
  text(c, c.fonts.body_bold, v2(r.x, y), colour::blue, fit(c.fonts.body_bold, t, r.w));
}

void draw_column(Canvas& c, const Rect& col, const wres::PlanSummary& plan, const Column& rows, float rh) {
  float status_w = status_width(c, plan);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    Rect r{col.x, col.y + static_cast<float>(i) * rh, col.w, rh};
    if (rows[i].action)
      action_row(c, r, plan, *rows[i].action, status_w);
    else
      theme_row(c, r, rows[i]);
  }
}

}  // namespace

int plans_screens(PageContext& p) { return std::max(1, static_cast<int>(chunks(p).size())); }

void draw_plans(PageContext& p) {
  Canvas& c = p.c;
  const Scale& s = c.s;
  auto all = chunks(p);
  if (all.empty()) return;
  const Chunk& ch = all[static_cast<std::size_t>(p.screen) % all.size()];
  const wres::PlanSummary& plan = p.snap.plans[ch.plan];
  std::string note = wres::plan_caption(plan);
  if (ch.parts > 1) note += " \xC2\xB7 part " + std::to_string(ch.part + 1) + " of " + std::to_string(ch.parts);
  float top = page_heading(p, p.area, fit(c.fonts.heading, plan.title, p.area.w * 0.62f), note);
  if (std::string rep = wres::reported_phrase(plan, p.snap.rules.report_stale_days); !rep.empty()) {
    float y = p.area.y + top - c.fonts.small->FontSize * 0.35f;
    text_right(c, c.fonts.small, p.area.right(), y, plan.report_stale ? colour::orange : colour::muted,
               wres::capitalised(rep));
    top += c.fonts.small->FontSize * 1.1f;
  }
  Rect bar{p.area.x, p.area.y + top, p.area.w, std::round(30 * s.u)};
  state_bar(c, bar, plan);
  Rect body = p.area.below(top + bar.h + s.gap * 1.4f);
  draw_column(c, body, plan, ch.rows, row_height(c));
}

}  // namespace display
