// A measure's XmR chart (DESIGN 9): each period's mean (solid) and process
// limits (dashed), the target (solid, labelled), and every reading as a shape
// in Making Data Count's colours, so that special cause reads without colour.
#include <algorithm>

#include "pages.hpp"

namespace display {

namespace {

struct YScale {
  float bottom, height;
  double lo, hi;
  float y(double v) const { return bottom - static_cast<float>((v - lo) / (hi - lo)) * height; }
};

// Every value the chart must show: the readings, the limits and the target.
YScale y_scale(const wres::MeasureResult& m, const Rect& r) {
  double lo = m.spc->points.front().value, hi = lo;
  auto take = [&](double v) { lo = std::min(lo, v), hi = std::max(hi, v); };
  for (const auto& p : m.spc->points) take(p.value);
  for (const auto& p : m.spc->periods) {
    take(p.mean);
    if (p.lower) take(*p.lower);
    if (p.upper) take(*p.upper);
  }
  if (m.target) take(*m.target);
  const double pad = hi > lo ? (hi - lo) * 0.08 : std::max(1.0, std::abs(hi) * 0.1);
  return {r.bottom(), r.h, lo - pad, hi + pad};
}

struct EndLabel {
  float y;
  ImU32 colour;
  std::string text;
};

// Each line's value at its right end, moved apart where lines run close
// (a target just above the upper limit) so that no label covers another.
void end_labels(PageContext& p, const Rect& r, std::vector<EndLabel> labels) {
  ImFont* f = p.c.fonts.tiny;
  const float h = f->FontSize * 1.05f;
  std::sort(labels.begin(), labels.end(), [](auto& a, auto& b) { return a.y < b.y; });
  for (std::size_t i = 1; i < labels.size(); ++i) labels[i].y = std::max(labels[i].y, labels[i - 1].y + h);
  // Pushed past the bottom: move the stack back up from there.
  float limit = r.bottom();
  for (std::size_t i = labels.size(); i-- > 0;) {
    labels[i].y = std::min(labels[i].y, limit);
    limit = labels[i].y - h;
  }
  for (const auto& l : labels) text(p.c, f, v2(r.right() + p.c.s.gap * 0.4f, l.y - f->FontSize / 2), l.colour, l.text);
}

void period_lines(PageContext& p, const Rect& r, const YScale& ys, const wres::MeasureResult& m, float step) {
  const Scale& s = p.c.s;
  std::size_t first = 0;
  for (std::size_t k = 0; k < m.spc->periods.size(); ++k) {
    const auto& per = m.spc->periods[k];
    const float x0 = r.x + static_cast<float>(first) * step - (k ? step / 2 : 0);
    first += static_cast<std::size_t>(per.points);
    const float x1 = k + 1 < m.spc->periods.size() ? r.x + static_cast<float>(first) * step - step / 2 : r.right();
    p.c.dl->AddLine(v2(x0, ys.y(per.mean)), v2(x1, ys.y(per.mean)), colour::muted, std::max(1.5f, s.u * 2));
    for (auto lim : {per.lower, per.upper})
      if (lim) dashed_line(p.c.dl, x0, x1, ys.y(*lim), colour::faint, std::max(1.5f, s.u * 2), s.u * 7);
  }
}

}  // namespace

void measure_chart(PageContext& p, const Rect& area, const wres::MeasureResult& m) {
  if (!m.spc || m.spc->points.empty()) return;
  Canvas& c = p.c;
  const Scale& s = c.s;
  const std::string top_label = m.target ? "target " + wres::with_unit(*m.target, m.unit) : "";
  const float label_w = std::max({measure(c.fonts.tiny, "upper " + wres::number_text(m.spc->upper.value_or(0))).x,
                                  measure(c.fonts.tiny, top_label).x, measure(c.fonts.tiny, "mean 000.00").x});
  const float month_h = c.fonts.tiny->FontSize * 1.3f;
  Rect r{area.x, area.y + c.fonts.tiny->FontSize * 0.5f, area.w - label_w - s.gap * 0.6f,
         area.h - month_h - c.fonts.tiny->FontSize * 0.5f};
  const YScale ys = y_scale(m, r);
  const auto& pts = m.spc->points;
  const float step = pts.size() > 1 ? r.w / static_cast<float>(pts.size() - 1) : 0;
  period_lines(p, r, ys, m, step);
  std::vector<EndLabel> labels{{ys.y(m.spc->mean), colour::muted, "mean " + wres::number_text(m.spc->mean)}};
  if (m.target) {
    const float ty = ys.y(*m.target);
    c.dl->AddLine(v2(r.x, ty), v2(r.right(), ty), colour::green, std::max(2.0f, s.u * 2.5f));
    labels.push_back({ty, colour::green, top_label});
  }
  if (m.spc->upper) labels.push_back({ys.y(*m.spc->upper), colour::muted, "upper " + wres::number_text(*m.spc->upper)});
  if (m.spc->lower) labels.push_back({ys.y(*m.spc->lower), colour::muted, "lower " + wres::number_text(*m.spc->lower)});
  end_labels(p, r, std::move(labels));
  for (std::size_t i = 1; i < pts.size(); ++i)
    c.dl->AddLine(v2(r.x + step * static_cast<float>(i - 1), ys.y(pts[i - 1].value)),
                  v2(r.x + step * static_cast<float>(i), ys.y(pts[i].value)), colour::faint, std::max(1.5f, s.u * 2));
  for (std::size_t i = 0; i < pts.size(); ++i) {
    const bool special = pts[i].cause != wres::SpcCause::common;
    draw_shape(c.dl, spc_look(pts[i].cause).shape, v2(r.x + step * static_cast<float>(i), ys.y(pts[i].value)),
               s.u * (special ? 8.0f : 5.0f), spc_look(pts[i].cause).colour);
  }
  const float my = area.bottom() - c.fonts.tiny->FontSize * 1.1f;
  text(c, c.fonts.tiny, v2(r.x, my), colour::muted, wres::month_year(pts.front().date));
  text_right(c, c.fonts.tiny, r.right(), my, colour::muted, wres::month_year(pts.back().date));
}

}  // namespace display
