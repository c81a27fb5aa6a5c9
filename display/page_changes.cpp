// Changes: every status change recorded in the last days, newest first.
#include "pages.hpp"

namespace display {

namespace {

float status_word(Canvas& c, float x, float mid, const wres::PlanSummary* plan, const wres::Mark& status) {
  if (status.is(wres::Mark::Kind::none) || status.is(wres::Mark::Kind::removed))
    return text(c, c.fonts.small, v2(x, mid - c.fonts.small->FontSize / 2), colour::muted, wres::mark_word(status));
  return badge(c, c.fonts.small, x, mid, mark_look(plan, status));
}

}  // namespace

void draw_changes(PageContext& p) {
  Canvas& c = p.c;
  const Scale& s = c.s;
  int days = p.snap.display.changes_days;
  float top =
      page_heading(p, p.area, "Changes in the last " + std::to_string(days) + " days",
                   std::to_string(p.snap.changes.size()) + " status change" + (p.snap.changes.size() == 1 ? "" : "s"));
  Rect list = p.area.below(top);
  if (p.snap.changes.empty()) {
    badge(c, c.fonts.heading, list.x, list.y + s.gap * 2, {colour::grey, Shape::dash, ""}, false);
    text(c, c.fonts.heading,
         v2(list.x + c.fonts.heading->FontSize * 1.3f, list.y + s.gap * 2 - c.fonts.heading->FontSize / 2),
         colour::muted, "No status changes recorded in the last " + std::to_string(days) + " days");
    return;
  }
  float rh = c.fonts.body->FontSize * 1.25f + c.fonts.small->FontSize * 1.15f + s.gap * 0.6f;
  int fit_n = std::max(1, rows_that_fit(list.h, rh, 0));
  int n = static_cast<int>(p.snap.changes.size());
  int shown = n > fit_n ? fit_n - 1 : n;
  float when_w = std::round(200 * s.u), states_w = std::round(470 * s.u);
  for (int i = 0; i < shown; ++i) {
    const wres::StatusChange& ch = p.snap.changes[static_cast<std::size_t>(i)];
    float y = list.y + static_cast<float>(i) * rh;
    if (i % 2 == 0)
      c.dl->AddRectFilled(v2(list.x - s.gap * 0.5f, y - s.gap * 0.3f),
                          v2(list.right() + s.gap * 0.5f, y + rh - s.gap * 0.3f), with_alpha(colour::panel, 0.8f),
                          s.radius * 0.5f);
    text(c, c.fonts.body, v2(list.x, y), colour::muted, short_time(ch.at));
    float tx = list.x + when_w, tw = list.w - when_w - states_w - s.gap;
    text(c, c.fonts.body, v2(tx, y), colour::text, fit(c.fonts.body, ch.action + "  " + ch.title, tw));
    const wres::PlanSummary* plan = find_plan(p.snap, ch.plan);
    text(c, c.fonts.small, v2(tx, y + c.fonts.body->FontSize * 1.2f), colour::muted,
         fit(c.fonts.small, plan ? plan->title : ch.plan, tw));
    float mid = y + c.fonts.body->FontSize / 2 + s.u * 2;
    float x = list.right() - states_w;
    x += status_word(c, x, mid, plan, ch.from) + s.gap * 0.6f;
    arrow(c.dl, v2(x + s.u * 14, mid), s.u * 26, 0, colour::muted);
    status_word(c, x + s.u * 40, mid, plan, ch.to);
  }
  if (shown < n)
    text(c, c.fonts.body, v2(list.x, list.y + static_cast<float>(shown) * rh), colour::muted,
         "+ " + std::to_string(n - shown) + " earlier changes");
}

}  // namespace display
