#include "layout.hpp"

#include <algorithm>
#include <cmath>

namespace display {

std::pair<Rect, Rect> Rect::split_x(float frac, float gap) const {
  float left = (w - gap) * frac;
  return {{x, y, left, h}, {x + left + gap, y, w - left - gap, h}};
}

std::pair<Rect, Rect> Rect::split_y(float frac, float gap) const {
  float top = (h - gap) * frac;
  return {{x, y, w, top}, {x, y + top + gap, w, h - top - gap}};
}

Scale scale_for(int fb_width, int fb_height) {
  Scale s;
  float u = std::min(static_cast<float>(fb_width) / 1920.0f, static_cast<float>(fb_height) / 1080.0f);
  s.u = std::max(u, 0.25f);
  // Whole pixels keep text crisp: fonts are rasterised at exactly these sizes.
  auto px = [&](float base) { return std::round(base * s.u); };
  s.tiny = px(20), s.small = px(24), s.body = px(30), s.heading = px(40), s.big = px(58), s.huge = px(96);
  s.margin = px(36), s.gap = px(20), s.radius = px(14);
  return s;
}

std::vector<Rect> grid(const Rect& a, int cols, int rows, float gap) {
  std::vector<Rect> out;
  if (cols <= 0 || rows <= 0) return out;
  float cw = (a.w - gap * static_cast<float>(cols - 1)) / static_cast<float>(cols);
  float ch = (a.h - gap * static_cast<float>(rows - 1)) / static_cast<float>(rows);
  for (int r = 0; r < rows; ++r)
    for (int c = 0; c < cols; ++c)
      out.push_back({a.x + static_cast<float>(c) * (cw + gap), a.y + static_cast<float>(r) * (ch + gap), cw, ch});
  return out;
}

int rows_that_fit(float height, float row_height, float gap) {
  if (row_height <= 0 || height < row_height) return 0;
  return static_cast<int>(std::floor((height + gap) / (row_height + gap)));
}

ScreenLayout screen_layout(const Scale& s, int fb_width, int fb_height, int banner_lines, float dx, float dy,
                           float header_min) {
  Rect screen{dx, dy, static_cast<float>(fb_width), static_cast<float>(fb_height)};
  Rect inner = screen.inset(s.margin, s.margin * 0.6f);
  ScreenLayout l;
  float header_h = std::max(std::round(110 * s.u), std::ceil(header_min)), footer_h = std::round(56 * s.u);
  l.header = inner.take_top(header_h);
  l.footer = {inner.x, inner.bottom() - footer_h, inner.w, footer_h};
  float banner_h = banner_lines > 0 ? std::round((24 + 42 * static_cast<float>(banner_lines)) * s.u) : 0;
  l.banner = {inner.x, l.footer.y - s.gap - banner_h, inner.w, banner_h};
  float body_top = l.header.bottom() + s.gap;
  float body_bottom = (banner_lines > 0 ? l.banner.y : l.footer.y) - s.gap;
  l.body = {inner.x, body_top, inner.w, body_bottom - body_top};
  return l;
}

}  // namespace display
