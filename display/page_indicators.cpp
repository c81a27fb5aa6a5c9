// Indicators: each of the nine with its history as bars drawn with ImDrawList,
// the parity line, the non-adverse band, the White and national comparisons,
// and the marks that say how far to trust the figure.
#include <algorithm>
#include <cmath>

#include "pages.hpp"

namespace wall {

namespace {

struct Scaler {
  float bottom, height;
  double top_value;
  float y(double v) const { return bottom - static_cast<float>(v / top_value) * height; }
};

double chart_top(const wres::IndicatorResult& r, const wres::Rules& rules) {
  double top = 0;
  for (const auto& h : r.history) {
    top = std::max(top, h.value);
    if (h.white) top = std::max(top, *h.white);
    if (h.national) top = std::max(top, *h.national);
  }
  if (r.reference) top = std::max(top, *r.reference);
  if (wres::info(r.key).kind == wres::IndicatorKind::ratio) top = std::max(top, rules.ratio_high);
  return top > 0 ? top * 1.12 : 1.0;
}

void dashed_line(ImDrawList* dl, float x0, float x1, float y, ImU32 col, float thickness, float dash) {
  for (float x = x0; x < x1; x += dash * 2) dl->AddLine(v2(x, y), v2(std::min(x + dash, x1), y), col, thickness);
}

void history_chart(PageContext& p, const Rect& r, const wres::IndicatorResult& ind) {
  Canvas& c = p.c;
  const Scale& s = c.s;
  const auto& h = ind.history;
  if (h.empty()) return;
  bool ratio = wres::info(ind.key).kind == wres::IndicatorKind::ratio;
  float label_h = c.fonts.tiny->FontSize * 1.2f;
  const wres::Rules& rules = p.snap.rules;
  Scaler sc{r.bottom() - label_h, r.h - label_h, chart_top(ind, rules)};
  ImDrawList* dl = c.dl;
  if (ratio) {  // non-adverse band, then parity
    dl->AddRectFilled(v2(r.x, sc.y(rules.ratio_high)), v2(r.right(), sc.y(rules.ratio_low)), with_alpha(colour::green, 0.16f));
    dashed_line(dl, r.x, r.right(), sc.y(1.0), colour::text, std::max(1.5f, s.u * 2), s.u * 8);
  }
  if (ind.reference) {
    dashed_line(dl, r.x, r.right(), sc.y(*ind.reference), colour::text, std::max(1.5f, s.u * 2), s.u * 8);
  }
  float slot = r.w / static_cast<float>(h.size());
  float bar_w = std::min(slot * 0.62f, s.u * 46);
  std::vector<ImVec2> white_pts;
  for (std::size_t i = 0; i < h.size(); ++i) {
    float cx = r.x + slot * (static_cast<float>(i) + 0.5f);
    bool last = i + 1 == h.size();
    ImU32 col = last ? rag_look(ind.rag).colour : with_alpha(colour::muted, 0.55f);
    float top = sc.y(h[i].value);
    dl->AddRectFilled(v2(cx - bar_w / 2, top), v2(cx + bar_w / 2, sc.bottom), col, s.u * 3, ImDrawFlags_RoundCornersTop);
    if (h[i].value == 0)  // a zero is a figure too: mark it
      dl->AddLine(v2(cx - bar_w / 2, sc.bottom - s.u), v2(cx + bar_w / 2, sc.bottom - s.u), col, s.u * 3);
    if (h[i].white) white_pts.push_back(v2(cx, sc.y(*h[i].white)));
    if (h[i].national) draw_shape(dl, Shape::diamond, v2(cx, sc.y(*h[i].national)), s.u * 6, colour::yellow);
    std::string yr = std::to_string(h[i].year % 100);
    if (yr.size() < 2) yr = "0" + yr;
    float yw = measure(c.fonts.tiny, yr).x;
    text(c, c.fonts.tiny, v2(cx - yw / 2, sc.bottom + s.u * 3), last ? colour::text : colour::muted, "'" + yr);
  }
  if (white_pts.size() >= 2) dl->AddPolyline(white_pts.data(), static_cast<int>(white_pts.size()), colour::text, 0, s.u * 2.5f);
  for (const auto& pt : white_pts) dl->AddCircleFilled(pt, s.u * 4.5f, colour::text, 16);
  dl->AddLine(v2(r.x, sc.bottom), v2(r.right(), sc.bottom), colour::faint, std::max(1.0f, s.u));
}

std::string trust_note(const wres::IndicatorResult& ind, ImU32& col) {
  col = colour::muted;
  if (ind.small_numbers) {
    col = colour::orange;
    return "? Few cases: the interval spans parity";
  }
  if (wres::info(ind.key).kind == wres::IndicatorKind::representation) return "A count of everyone: no sampling noise";
  if (!ind.significant) return ind.source == "published" ? "Published figure: no test possible" : "No response counts: untested";
  if (*ind.significant) {
    col = colour::text;
    return "Significant change";
  }
  return "\xE2\x89\x88 Change within noise (not significant)";
}

void card(PageContext& p, const Rect& r, const wres::IndicatorInfo& info, const wres::IndicatorResult* ind) {
  Canvas& c = p.c;
  const Scale& s = c.s;
  panel(c, r);
  Rect in = r.inset(s.gap * 0.9f, s.gap * 0.7f);
  std::string title = std::to_string(info.number) + "  " + std::string(info.label);
  if (!ind) {
    text(c, c.fonts.body_bold, v2(in.x, in.y), colour::muted, title);
    text(c, c.fonts.body, v2(in.x, in.y + r.h * 0.4f), colour::faint, "No data for this indicator");
    return;
  }
  Look rag = rag_look(ind->rag);
  float rag_w = badge(c, c.fonts.small, in.right() - (c.fonts.small->FontSize * 1.0f + measure(c.fonts.small, rag.word).x),
                      in.y + c.fonts.body_bold->FontSize / 2, rag);
  text(c, c.fonts.body_bold, v2(in.x, in.y), colour::text, fit(c.fonts.body_bold, title, in.w - rag_w - s.gap));
  // The figure, then its trend and change on the same line: the chart gets the room.
  float vy = in.y + c.fonts.body_bold->FontSize * 1.3f;
  float vw = text(c, c.fonts.heading, v2(in.x, vy), colour::text, format_value(*ind, ind->value));
  Look trend = trend_look(ind->trend);
  float tx = in.x + vw + s.gap;
  float ty = vy + (c.fonts.heading->FontSize - c.fonts.body_bold->FontSize) * 0.6f;
  tx += text(c, c.fonts.body_bold, v2(tx, ty), trend.colour, trend.word) + s.u * 12;
  std::string since = ind->previous ? format_delta(*ind) + " since " + std::to_string(ind->previous_year.value_or(0)) : "first year";
  text(c, c.fonts.small, v2(tx, ty + (c.fonts.body_bold->FontSize - c.fonts.small->FontSize) * 0.7f), colour::muted,
       fit(c.fonts.small, since, in.right() - tx));
  ImU32 note_col;
  std::string note = trust_note(*ind, note_col);
  float note_y = in.bottom() - c.fonts.small->FontSize;
  text(c, c.fonts.small, v2(in.x, note_y), note_col, fit(c.fonts.small, note, in.w));
  float chart_top_y = vy + c.fonts.heading->FontSize * 1.35f;
  history_chart(p, Rect{in.x, chart_top_y, in.w, note_y - chart_top_y - s.u * 8}, *ind);
}

void legend(PageContext& p, float right, float y) {
  Canvas& c = p.c;
  ImFont* f = c.fonts.tiny;
  float mid = y + f->FontSize / 2, x = right;
  auto item = [&](const char* word, auto draw_mark) {
    x -= measure(f, word).x;
    text(c, f, v2(x, y), colour::muted, word);
    x -= c.s.u * 26;
    draw_mark(v2(x + c.s.u * 10, mid));
    x -= c.s.gap;
  };
  item("national", [&](ImVec2 at) { draw_shape(c.dl, Shape::diamond, at, c.s.u * 6, colour::yellow); });
  item("White staff", [&](ImVec2 at) { c.dl->AddCircleFilled(at, c.s.u * 5, colour::text, 16); });
  item("parity (2-4) or local population (1, 9)", [&](ImVec2 at) {
    dashed_line(c.dl, at.x - c.s.u * 12, at.x + c.s.u * 12, at.y, colour::text, std::max(1.5f, c.s.u * 2), c.s.u * 5);
  });
  item("non-adverse range", [&](ImVec2 at) {
    c.dl->AddRectFilled(v2(at.x - c.s.u * 9, at.y - c.s.u * 7), v2(at.x + c.s.u * 9, at.y + c.s.u * 7), with_alpha(colour::green, 0.3f));
  });
}

}  // namespace

void draw_indicators(PageContext& p) {
  int year = 0;
  for (const auto& i : p.snap.indicators) year = std::max(year, i.year);
  float top = page_heading(p, p.area, "Indicators over time" + (year ? " to " + std::to_string(year) : std::string()));
  legend(p, p.area.right(), p.area.y + (p.c.fonts.heading->FontSize - p.c.fonts.tiny->FontSize) * 0.7f);
  auto cells = grid(p.area.below(top), 3, 3, p.c.s.gap);
  const auto& infos = wres::all_indicators();
  for (std::size_t i = 0; i < infos.size(); ++i) card(p, cells[i], infos[i], find_indicator(p.snap, infos[i].key));
}

}  // namespace wall
