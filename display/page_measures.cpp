// Monthly measures as XmR charts (DESIGN 9): per measure its latest figure,
// the chart's two verdicts in words and shape, and the chart itself. As many
// as fit, carried across screens like the plans page.
#include <algorithm>

#include "pages.hpp"
#include "wres/model/measure_wording.hpp"

namespace display {

namespace {

struct Grid {
  int cols = 1, rows = 1;
  int per_screen() const { return cols * rows; }
  int screens(int measures) const { return std::max(1, (measures + per_screen() - 1) / per_screen()); }
};

// The chart's verdicts, or why there are none: "Improving · special cause",
// "Hit and miss"; "Too few points for limits (6 of 12)".
float verdict_line(PageContext& p, const Rect& in, float y, const wres::MeasureResult& m) {
  Canvas& c = p.c;
  ImFont* f = c.fonts.small;
  const float mid = y + f->FontSize * 0.6f;
  if (!m.spc || m.spc->points.empty()) {
    text(c, f, v2(in.x, y), colour::muted, "No reading yet");
  } else if (!m.spc->variation) {
    badge(c, f, in.x, mid, {colour::grey, Shape::dash, wres::spc_verdict(m)});
  } else {
    const wres::SpcCause cause = m.spc->points.back().cause;
    Look v = spc_look(cause);
    v.word = fit(f, wres::variation_words(*m.spc->variation), in.w * (m.spc->assurance ? 0.55f : 1.0f));
    float x = in.x + badge(c, f, in.x, mid, v) + c.s.gap;
    if (m.spc->assurance) {
      Look a = assurance_look(*m.spc->assurance);
      a.word = fit(f, a.word, in.right() - x - f->FontSize);
      badge(c, f, x, mid, a);
    }
  }
  return y + f->FontSize * 1.35f;
}

// "target 85% · Sep 2024 · limits from 12 points"
std::string sub_line(const wres::MeasureResult& m) {
  std::string sub = m.target ? "target " + wres::with_unit(*m.target, m.unit) : "no target set";
  if (m.latest) sub += (m.met && *m.met ? " \xC2\xB7 met in " : " \xC2\xB7 ") + wres::latest_when(m);
  if (m.spc && m.spc->upper) sub += " \xC2\xB7 limits from " + std::to_string(m.spc->baseline) + " points";
  if (m.spc && m.spc->periods.size() > 1) sub += ", since " + wres::month_year(m.spc->periods.back().from);
  return sub;
}

void measure_card(PageContext& p, const Rect& r, const wres::MeasureResult& m) {
  Canvas& c = p.c;
  const Scale& s = c.s;
  panel(c, r);
  Rect in = r.inset(s.gap, s.gap * 0.7f);
  const std::string latest = wres::latest_text(m);
  // The latest month meeting its target is a fact of that month, said in blue and in words;
  // whether the process will keep meeting it is the chart's assurance.
  const bool met = m.met && *m.met;
  const float lw = latest.empty() ? 0
                                  : text_right(c, c.fonts.big, in.right(), in.y - s.u * 6,
                                               met ? colour::blue : colour::text, latest);
  float y = in.y;
  // Under the title: the target and when, the reading before the latest (the
  // change the big figure does not show), the chart's verdicts. A second title
  // line where the card has room, rather than cut the title; the previous
  // reading where there is room after that (wresctl and the JSON always give it).
  const std::string prev = wres::previous_phrase(m);
  const float small_line = c.fonts.small->FontSize * 1.35f, title_line = c.fonts.body_bold->FontSize * 1.3f;
  auto fits = [&](int title_lines, bool with_prev) {
    const float words = title_line * static_cast<float>(title_lines) + small_line * (with_prev ? 2.0f : 1.0f);
    return std::max(words, c.fonts.big->FontSize * 0.95f) + small_line <= in.h;
  };
  const auto title = wrap(c.fonts.body_bold, m.title, in.w - lw - s.gap, fits(2, false) ? 2 : 1);
  const bool show_prev = !prev.empty() && fits(static_cast<int>(title.size()), true);
  for (const auto& l : title) text(c, c.fonts.body_bold, v2(in.x, y), colour::text, l), y += title_line;
  text(c, c.fonts.small, v2(in.x, y), colour::muted, fit(c.fonts.small, sub_line(m), in.w - lw - s.gap));
  y += small_line;
  if (show_prev) {
    text(c, c.fonts.small, v2(in.x, y), colour::muted, fit(c.fonts.small, prev, in.w - lw - s.gap));
    y += small_line;
  }
  y = std::max(y, in.y + c.fonts.big->FontSize * 0.95f);
  y = verdict_line(p, in, y, m) + s.gap * 0.3f;
  if (in.bottom() - y > s.u * 60) measure_chart(p, Rect{in.x, y, in.w, in.bottom() - y}, m);
}

// The measures page has two columns on a landscape wall and carries on over
// screens; the overview (a board without indicators) gives them one column
// of shorter cards, every measure if they fit, and says how many do not.
Grid grid_for(const Canvas& c, const Rect& area, bool overview) {
  const Rect list = area.below(c.fonts.heading->FontSize * 1.6f);  // under the page heading
  Grid g;
  g.cols = !overview && list.w > list.h * 1.3f ? 2 : 1;
  g.rows = std::max(1, rows_that_fit(list.h, std::round((overview ? 150 : 300) * c.s.u), c.s.gap));
  return g;
}

bool has_special_cause(const wres::MeasureResult& m) {
  return m.spc && m.spc->variation && *m.spc->variation != wres::SpcVariation::common;
}

}  // namespace

int measures_screens(PageContext& p) {
  return grid_for(p.c, p.area, false).screens(static_cast<int>(p.snap.measures.size()));
}

void draw_measures(PageContext& p, const Rect& area, bool overview) {
  Canvas& c = p.c;
  const int n = static_cast<int>(p.snap.measures.size());
  Grid g = grid_for(c, area, overview);
  const int screens = overview ? 1 : g.screens(n);
  const int screen = p.screen % screens, first = screen * g.per_screen();
  const int shown = std::min(g.per_screen(), n - first);
  std::string note = "XmR charts, as Making Data Count reads them";
  if (screens > 1) note += " \xC2\xB7 part " + std::to_string(screen + 1) + " of " + std::to_string(screens);
  if (overview && shown < n) note = std::to_string(n - shown) + " more not shown";
  const Rect list = area.below(page_heading(p, area, "Measures", note));
  // Fewer measures than places: fewer rows, each taller.
  g.rows = std::min(g.rows, (shown + g.cols - 1) / g.cols);
  if (shown == 1) g.cols = 1;
  const auto cells = grid(list, g.cols, std::max(1, g.rows), c.s.gap);
  for (int i = 0; i < shown; ++i)
    measure_card(p, cells[static_cast<std::size_t>(i)], p.snap.measures[static_cast<std::size_t>(first + i)]);
}

float special_cause_strip_height(const PageContext& p) {
  for (const auto& m : p.snap.measures)
    if (has_special_cause(m)) return std::round(p.c.fonts.small->FontSize * 1.8f);
  return 0;
}

// The overview's line of measures whose latest month is special cause, each
// with its shape and verdict: "◆ Appraisals completed … improving".
void special_cause_strip(PageContext& p, const Rect& r) {
  Canvas& c = p.c;
  ImFont* f = c.fonts.small;
  const float mid = r.y + r.h / 2;
  float x =
      r.x + text(c, f, v2(r.x, mid - f->FontSize * 0.6f), colour::muted, "Measures, special cause now:") + c.s.gap;
  int left = 0;
  for (const auto& m : p.snap.measures) {
    if (!has_special_cause(m)) continue;
    Look l = spc_look(m.spc->points.back().cause);
    l.word = m.title + " (" + std::string(wres::variation_word(*m.spc->variation)) + ")";
    const float w = f->FontSize * 1.2f + measure(f, l.word).x;
    if (x + w > r.right() - measure(f, "and 9 more").x - c.s.gap) {
      ++left;
      continue;
    }
    x += badge(c, f, x, mid, l) + c.s.gap;
  }
  if (left) text(c, f, v2(x, mid - f->FontSize * 0.6f), colour::muted, "and " + std::to_string(left) + " more");
}

}  // namespace display
