// Overdue, due soon and quiet actions across all plans: what needs chasing.
#include <algorithm>

#include "pages.hpp"

namespace display {

namespace {

struct Entry {
  const wres::PlanSummary* plan;
  const wres::ActionView* action;
  int sort_key;
  std::string detail;
};

void column(PageContext& p, const Rect& r, const Look& look, const std::string& title, std::vector<Entry> entries,
            const char* none_text) {
  Canvas& c = p.c;
  const Scale& s = c.s;
  panel(c, r);
  Rect in = r.inset(s.gap, s.gap * 0.8f);
  float mid = in.y + c.fonts.heading->FontSize / 2;
  float x = in.x + badge(c, c.fonts.heading, in.x, mid, {look.colour, look.shape, ""}, false) + s.gap * 0.6f;
  text(c, c.fonts.heading, v2(x, in.y), colour::text, title);
  text_right(c, c.fonts.heading, in.right(), in.y, look.colour, std::to_string(entries.size()));
  Rect list = in.below(c.fonts.heading->FontSize * 1.6f);
  if (entries.empty()) {
    float y = list.y + s.gap;
    badge(c, c.fonts.body, list.x, y + c.fonts.body->FontSize / 2, status_look(wres::Status::complete), false);
    float tx = list.x + c.fonts.body->FontSize * 1.2f;  // wrapped: a narrow column cuts nothing off
    for (const auto& l : wrap(c.fonts.body, none_text, list.right() - tx, 3))
      text(c, c.fonts.body, v2(tx, y), colour::muted, l), y += c.fonts.body->FontSize * 1.25f;
    return;
  }
  std::stable_sort(entries.begin(), entries.end(),
                   [](const Entry& a, const Entry& b) { return a.sort_key > b.sort_key; });
  float rh = c.fonts.body->FontSize * 1.25f + c.fonts.small->FontSize * 1.2f + s.gap * 0.7f;
  int fit_n = std::max(1, rows_that_fit(list.h, rh, 0));
  int n = static_cast<int>(entries.size());
  int shown = n > fit_n ? fit_n - 1 : n;
  for (int i = 0; i < shown; ++i) {
    const Entry& e = entries[static_cast<std::size_t>(i)];
    float y = list.y + static_cast<float>(i) * rh;
    std::string head = e.action->id + "  " + e.action->title;
    text(c, c.fonts.body, v2(list.x, y), colour::text, fit(c.fonts.body, head, list.w));
    std::string sub =
        e.detail + (e.action->lead.empty() ? "" : " \xC2\xB7 " + e.action->lead) + " \xC2\xB7 " + e.plan->title;
    text(c, c.fonts.small, v2(list.x, y + c.fonts.body->FontSize * 1.2f), colour::muted,
         fit(c.fonts.small, sub, list.w));
  }
  if (shown < n)
    text(c, c.fonts.body, v2(list.x, list.y + static_cast<float>(shown) * rh), colour::muted,
         "+ " + std::to_string(n - shown) + " more");
}

}  // namespace

void draw_overdue(PageContext& p) {
  std::vector<Entry> overdue, soon, quiet;
  int window = p.snap.rules.due_soon_days;
  for (const auto& plan : p.snap.plans)
    for (const auto& a : plan.actions) {
      if (a.overdue)
        overdue.push_back(
            {&plan, &a, a.days_overdue.value_or(0), late_text(a.days_overdue.value_or(0)) + ", due " + due_label(a)});
      if (a.due_soon || a.due_soon_unreported)  // a date without a status is a fact; whether it is done is not
        soon.push_back(
            {&plan, &a, -a.days_left.value_or(0),
             due_in_text(a.days_left.value_or(0)) + (a.due_soon_unreported ? " \xC2\xB7 status not reported" : "")});
      if (a.quiet) quiet.push_back({&plan, &a, a.days_since_update.value_or(100000), quiet_text(a.days_since_update)});
    }
  float top = page_heading(p, p.area, "What needs chasing", p.snap.as_of ? "as of " + format_date(*p.snap.as_of) : "");
  // Lists with entries get the width; an empty one only needs room to say so.
  Rect body = p.area.below(top);
  float weights[3] = {overdue.empty() ? 1.0f : 2.2f, soon.empty() ? 1.0f : 2.2f, quiet.empty() ? 1.0f : 2.2f};
  float total = weights[0] + weights[1] + weights[2], gap = p.c.s.gap, x = body.x;
  Rect cols[3];
  for (int i = 0; i < 3; ++i) {
    float w = (body.w - 2 * gap) * weights[i] / total;
    cols[i] = Rect{x, body.y, w, body.h};
    x += w + gap;
  }
  column(p, cols[0], overdue_look(), "Overdue", std::move(overdue), "Nothing overdue");
  column(p, cols[1], {colour::orange, Shape::triangle, ""}, "Due in " + std::to_string(window) + " days",
         std::move(soon), "Nothing due soon");
  column(p, cols[2], {colour::grey, Shape::ring, ""}, "Gone quiet", std::move(quiet),
         "Every recurring action has an update");
}

}  // namespace display
