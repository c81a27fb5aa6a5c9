// Other tracked numbers from the plans (eLearning completion, ...), with
// progress towards their targets.
#include <algorithm>

#include "pages.hpp"

namespace wall {

void draw_measures(PageContext& p, const Rect& area) {
  Canvas& c = p.c;
  const Scale& s = c.s;
  float top = page_heading(p, area, "Measures");
  Rect list = area.below(top);
  float rh = std::round(150 * s.u);
  int fit_n = std::max(1, rows_that_fit(list.h, rh, s.gap));
  int shown = std::min(fit_n, static_cast<int>(p.snap.measures.size()));
  for (int i = 0; i < shown; ++i) {
    const wres::MeasureResult& m = p.snap.measures[static_cast<std::size_t>(i)];
    Rect r{list.x, list.y + static_cast<float>(i) * (rh + s.gap), list.w, rh};
    panel(c, r);
    Rect in = r.inset(s.gap, s.gap * 0.8f);
    std::string latest = m.latest ? with_unit(*m.latest, m.unit) : "no reading yet";
    ImFont* lf = m.latest ? c.fonts.big : c.fonts.body;  // "no reading yet" is not a figure: no figure's size
    float lw = text_right(c, lf, in.right(), in.y - (m.latest ? s.u * 6 : 0),
                          m.met && *m.met ? colour::blue
                          : m.latest      ? colour::text
                                          : colour::muted,
                          latest);
    float title_w = std::min(in.w * 0.6f, in.w - lw - s.gap);
    text(c, c.fonts.body_bold, v2(in.x, in.y), colour::text, fit(c.fonts.body_bold, m.title, title_w));
    std::string sub = m.target ? "target " + with_unit(*m.target, m.unit) : "no target set";
    if (m.latest_date) sub += " \xC2\xB7 " + format_date(*m.latest_date);
    text(c, c.fonts.small, v2(in.x, in.y + c.fonts.body_bold->FontSize * 1.25f), colour::muted,
         fit(c.fonts.small, sub, title_w));
    if (m.progress_pct) {
      Rect bar{in.x, in.bottom() - std::round(18 * s.u), in.w, std::round(18 * s.u)};
      c.dl->AddRectFilled(v2(bar.x, bar.y), v2(bar.right(), bar.bottom()), colour::panel_edge, bar.h / 2);
      float w = bar.w * static_cast<float>(std::clamp(*m.progress_pct, 0.0, 100.0) / 100.0);
      c.dl->AddRectFilled(v2(bar.x, bar.y), v2(bar.x + w, bar.bottom()), *m.met ? colour::blue : colour::green,
                          bar.h / 2);
      if (*m.met)
        badge(c, c.fonts.small, in.x, bar.y - c.fonts.small->FontSize * 0.8f,
              {colour::blue, Shape::check, "Target met"});
    }
  }
}

}  // namespace wall
