#include "widgets.hpp"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <ctime>

#include "bidi.hpp"

namespace display {

void draw_shape(ImDrawList* dl, Shape shape, ImVec2 c, float r, ImU32 col) {
  switch (shape) {
    case Shape::circle: dl->AddCircleFilled(c, r, col, 32); break;
    case Shape::ring: dl->AddCircle(c, r * 0.85f, col, 32, std::max(2.0f, r * 0.3f)); break;
    case Shape::half:  // a ring, half filled: started
      dl->AddCircle(c, r * 0.85f, col, 32, std::max(2.0f, r * 0.3f));
      dl->PathArcTo(c, r * 0.85f, -1.5707963f, 1.5707963f, 16);
      dl->PathFillConvex(col);
      break;
    case Shape::triangle:
      dl->AddTriangleFilled(v2(c.x, c.y - r * 1.05f), v2(c.x + r * 1.1f, c.y + r * 0.85f),
                            v2(c.x - r * 1.1f, c.y + r * 0.85f), col);
      break;
    case Shape::square:
      dl->AddRectFilled(v2(c.x - r * 0.85f, c.y - r * 0.85f), v2(c.x + r * 0.85f, c.y + r * 0.85f), col);
      break;
    case Shape::diamond: {
      ImVec2 p[4] = {v2(c.x, c.y - r * 1.1f), v2(c.x + r * 1.1f, c.y), v2(c.x, c.y + r * 1.1f),
                     v2(c.x - r * 1.1f, c.y)};
      dl->AddConvexPolyFilled(p, 4, col);
      break;
    }
    case Shape::check: {
      dl->AddCircleFilled(c, r, col, 32);
      ImVec2 p[3] = {v2(c.x - r * 0.5f, c.y), v2(c.x - r * 0.12f, c.y + r * 0.4f),
                     v2(c.x + r * 0.52f, c.y - r * 0.38f)};
      dl->AddPolyline(p, 3, colour::background, 0, std::max(2.0f, r * 0.28f));
      break;
    }
    case Shape::dash:
      dl->AddRectFilled(v2(c.x - r, c.y - r * 0.22f), v2(c.x + r, c.y + r * 0.22f), col, r * 0.2f);
      break;
  }
}

namespace {
ImVec2 measure_visual(ImFont* font, std::string_view v) {
  return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, v.data(), v.data() + v.size());
}
}  // namespace

// Right-to-left text is measured as drawn: shaped letters have their own widths.
ImVec2 measure(ImFont* font, std::string_view t) { return measure_visual(font, visual_order(t)); }

namespace {
Drawing* g_sink = nullptr;
}  // namespace

void record_drawing(Drawing* sink) { g_sink = sink; }

float text(Canvas& c, ImFont* font, ImVec2 pos, ImU32 col, std::string_view t) {
  std::string v = visual_order(t);
  ImVec2 size = measure_visual(font, v);
  ImVec2 at = v2(std::round(pos.x), std::round(pos.y));
  if (g_sink && !t.empty())
    g_sink->texts.push_back({std::string(t), Rect{at.x, at.y, size.x, font->FontSize}, v == t ? "" : v});
  c.dl->AddText(font, font->FontSize, at, col, v.data(), v.data() + v.size());
  return size.x;
}

float text_right(Canvas& c, ImFont* font, float right_x, float y, ImU32 col, std::string_view t) {
  float w = measure(font, t).x;
  text(c, font, v2(right_x - w, y), col, t);
  return w;
}

void text_centred(Canvas& c, ImFont* font, const Rect& r, ImU32 col, std::string_view t) {
  ImVec2 m = measure(font, t);
  text(c, font, v2(r.x + (r.w - m.x) / 2, r.y + (r.h - m.y) / 2), col, t);
}

namespace {
// Byte length of the UTF-8 sequence starting with b.
std::size_t utf8_len(unsigned char b) { return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4; }
}  // namespace

std::string fit(ImFont* font, std::string_view t, float max_width) {
  if (measure(font, t).x <= max_width) return std::string(t);
  const std::string ellipsis = "\xE2\x80\xA6";
  std::string out;
  for (std::size_t i = 0; i < t.size();) {
    std::size_t n = std::min(utf8_len(static_cast<unsigned char>(t[i])), t.size() - i);
    std::string next = out + std::string(t.substr(i, n));
    if (measure(font, next + ellipsis).x > max_width) break;
    out = std::move(next);
    i += n;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out + ellipsis;
}

std::vector<std::string> wrap(ImFont* font, std::string_view t, float width, int max_lines) {
  std::vector<std::string> lines;
  std::string line;
  for (std::size_t i = 0; i < t.size();) {
    std::size_t sp = std::min(t.find(' ', i), t.size());
    std::string word(t.substr(i, sp - i));
    std::string candidate = line.empty() ? word : line + " " + word;
    if (!line.empty() && measure(font, candidate).x > width) {
      lines.push_back(line);
      line = word;
    } else {
      line = candidate;
    }
    i = sp + 1;
  }
  if (!line.empty()) lines.push_back(line);
  for (auto& l : lines)
    if (measure(font, l).x > width) l = fit(font, l, width);  // one very long word
  if (max_lines > 0 && static_cast<int>(lines.size()) > max_lines) {
    lines.resize(static_cast<std::size_t>(max_lines));
    lines.back() = fit(font, lines.back() + " \xE2\x80\xA6", width);
  }
  return lines;
}

std::vector<std::string> wrap_phrases(ImFont*& font, ImFont* smaller, std::string t, float width, int max_lines) {
  const std::string sep = " \xC2\xB7 ";
  auto whole = [&](ImFont* f) {
    auto lines = wrap(f, t, width, 0);
    bool cut = static_cast<int>(lines.size()) > max_lines;
    for (const auto& l : lines) cut = cut || l.find("\xE2\x80\xA6") != std::string::npos;
    return cut ? std::vector<std::string>{} : lines;
  };
  while (true) {
    for (ImFont* f : {font, smaller})
      if (auto lines = whole(f); !lines.empty()) return font = f, lines;
    auto last = t.rfind(sep);
    if (last == std::string::npos) break;
    t.erase(last);
  }
  return wrap(font, t, width, max_lines);  // one part too long for any font: shortened, as fit() does
}

float badge(Canvas& c, ImFont* font, float x, float mid_y, const Look& look, bool word) {
  float r = font->FontSize * 0.36f;
  draw_shape(c.dl, look.shape, v2(x + r * 1.15f, mid_y), r, look.colour);
  float w = r * 2.3f;
  if (word) {
    ImVec2 m = measure(font, look.word);
    w += font->FontSize * 0.3f +
         text(c, font, v2(x + w + font->FontSize * 0.3f, mid_y - m.y / 2), look.colour, look.word);
  }
  return w;
}

void panel(Canvas& c, const Rect& r, ImU32 fill, ImU32 edge) {
  if (g_sink) g_sink->panels.push_back(r);
  c.dl->AddRectFilled(v2(r.x, r.y), v2(r.right(), r.bottom()), fill, c.s.radius);
  c.dl->AddRect(v2(r.x, r.y), v2(r.right(), r.bottom()), edge, c.s.radius, 0, std::max(1.0f, c.s.u * 1.5f));
}

void dashed_line(ImDrawList* dl, float x0, float x1, float y, ImU32 col, float thickness, float dash) {
  for (float x = x0; x < x1; x += dash * 2) dl->AddLine(v2(x, y), v2(std::min(x + dash, x1), y), col, thickness);
}

void arrow(ImDrawList* dl, ImVec2 c, float size, int dir, ImU32 col) {
  float h = size / 2, t = std::max(2.0f, size * 0.16f);
  if (dir == 0) {
    dl->AddLine(v2(c.x - h, c.y), v2(c.x + h * 0.35f, c.y), col, t);
    dl->AddTriangleFilled(v2(c.x + h, c.y), v2(c.x + h * 0.2f, c.y - h * 0.55f), v2(c.x + h * 0.2f, c.y + h * 0.55f),
                          col);
    return;
  }
  float s = static_cast<float>(-dir);  // screen y grows downwards
  dl->AddLine(v2(c.x, c.y - s * h), v2(c.x, c.y + s * h * 0.35f), col, t);
  dl->AddTriangleFilled(v2(c.x, c.y + s * h), v2(c.x - h * 0.55f, c.y + s * h * 0.2f),
                        v2(c.x + h * 0.55f, c.y + s * h * 0.2f), col);
}

void state_bar(Canvas& c, const Rect& r, const wres::PlanSummary& plan) {
  using wres::Status;
  const wres::StatusCounts& k = plan.counts;
  struct Seg {
    int n;
    wres::Mark mark;
    bool faded;
  };
  // Done first, then by how far from done; the two that say nothing of pace faded, last.
  auto of = [&k](Status s, bool faded) { return Seg{k[s], s, faded}; };
  const Seg segs[] = {of(Status::complete, false),    of(Status::on_track, false),
                      of(Status::in_progress, false), of(Status::at_risk, false),
                      of(Status::off_track, false),   {k.overdue, wres::Mark::overdue(), false},
                      of(Status::not_started, true),  of(Status::not_reported, true)};
  int total = k.total();
  c.dl->AddRectFilled(v2(r.x, r.y), v2(r.right(), r.bottom()), colour::panel_edge, r.h * 0.25f);
  if (total == 0) return;
  float x = r.x, gap = std::max(1.0f, c.s.u * 2);
  for (const auto& seg : segs) {
    if (seg.n == 0) continue;
    float w = r.w * static_cast<float>(seg.n) / static_cast<float>(total);
    Look look = mark_look(&plan, seg.mark);
    c.dl->AddRectFilled(v2(x, r.y), v2(x + w - gap, r.bottom()),
                        seg.faded ? with_alpha(look.colour, 0.45f) : look.colour);
    std::string n = std::to_string(seg.n);
    ImFont* f = c.fonts.small;
    if (measure(f, n).x + c.s.u * 8 < w)
      text_centred(c, f, Rect{x, r.y, w - gap, r.h}, seg.faded ? colour::text : colour::background, n);
    x += w;
  }
}

}  // namespace display
