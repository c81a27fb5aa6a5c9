// Other tracked numbers from the plans (eLearning completion, ...), with
// progress towards their targets.
#include <algorithm>

#include "pages.hpp"

namespace display {

namespace {

// One measure: its latest figure at the right, the title (two lines where the
// card has room), target and date under it, progress to the target at the bottom.
void measure_card(PageContext& p, const Rect& r, const wres::MeasureResult& m) {
  Canvas& c = p.c;
  const Scale& s = c.s;
  panel(c, r);
  Rect in = r.inset(s.gap, s.gap * 0.8f);
  std::string latest = m.latest ? with_unit(*m.latest, m.unit) : "no reading yet";
  ImFont* lf = m.latest ? c.fonts.big : c.fonts.body;  // "no reading yet" is not a figure: no figure's size
  float lw = text_right(c, lf, in.right(), in.y - (m.latest ? s.u * 6 : 0),
                        m.met && *m.met ? colour::blue
                        : m.latest      ? colour::text
                                        : colour::muted,
                        latest);
  // The title has all the width the figure leaves, and a second line where the card has room for it.
  const float title_w = in.w - lw - s.gap, tl = c.fonts.body_bold->FontSize * 1.25f;
  const float below = in.bottom() - (m.progress_pct ? std::round(18 * s.u) : 0) -
                      (m.met && *m.met ? c.fonts.small->FontSize * 1.4f : 0);
  const int title_lines = in.y + tl * 2 + c.fonts.small->FontSize * 1.2f <= below ? 2 : 1;
  float ty = in.y;
  for (const auto& l : wrap(c.fonts.body_bold, m.title, title_w, title_lines))
    text(c, c.fonts.body_bold, v2(in.x, ty), colour::text, l), ty += tl;
  std::string sub = m.target ? "target " + with_unit(*m.target, m.unit) : "no target set";
  if (m.latest_date) sub += " \xC2\xB7 " + format_date(*m.latest_date);
  text(c, c.fonts.small, v2(in.x, ty), colour::muted, fit(c.fonts.small, sub, title_w));
  if (m.progress_pct) {
    Rect bar{in.x, in.bottom() - std::round(18 * s.u), in.w, std::round(18 * s.u)};
    c.dl->AddRectFilled(v2(bar.x, bar.y), v2(bar.right(), bar.bottom()), colour::panel_edge, bar.h / 2);
    float w = bar.w * static_cast<float>(std::clamp(*m.progress_pct, 0.0, 100.0) / 100.0);
    c.dl->AddRectFilled(v2(bar.x, bar.y), v2(bar.x + w, bar.bottom()), *m.met ? colour::blue : colour::green,
                        bar.h / 2);
    if (*m.met)
      badge(c, c.fonts.small, in.x, bar.y - c.fonts.small->FontSize * 0.8f, {colour::blue, Shape::check, "Target met"});
  }
}

}  // namespace

void draw_measures(PageContext& p, const Rect& area) {
  Canvas& c = p.c;
  const Scale& s = c.s;
  float top = page_heading(p, area, "Measures");
  Rect list = area.below(top);
  float rh = std::round(150 * s.u);
  int fit_n = std::max(1, rows_that_fit(list.h, rh, s.gap));
  // Few measures: taller cards, so that a long title has its second line rather than be cut.
  const int n = static_cast<int>(p.snap.measures.size());
  if (n > 0 && n <= fit_n)
    rh = std::min(std::round(190 * s.u),
                  std::floor((list.h - s.gap * static_cast<float>(n - 1)) / static_cast<float>(n)));
  rh = std::max(rh, std::round(150 * s.u));
  int shown = std::min(fit_n, n);
  for (int i = 0; i < shown; ++i)
    measure_card(p, Rect{list.x, list.y + static_cast<float>(i) * (rh + s.gap), list.w, rh},
                 p.snap.measures[static_cast<std::size_t>(i)]);
}

}  // namespace display
