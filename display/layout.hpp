#pragma once
// Layout maths for the wall, computed from the framebuffer size alone. Pure:
// unit tested without a window.
#include <utility>
#include <vector>

namespace display {

struct Rect {
  float x = 0, y = 0, w = 0, h = 0;
  float right() const { return x + w; }
  float bottom() const { return y + h; }
  Rect inset(float d) const { return {x + d, y + d, w - 2 * d, h - 2 * d}; }
  Rect inset(float dx, float dy) const { return {x + dx, y + dy, w - 2 * dx, h - 2 * dy}; }
  // Left part `frac` of the width, right part the rest, `gap` between.
  std::pair<Rect, Rect> split_x(float frac, float gap) const;
  std::pair<Rect, Rect> split_y(float frac, float gap) const;
  Rect take_top(float height) const { return {x, y, w, height}; }
  Rect below(float height, float gap = 0) const { return {x, y + height + gap, w, h - height - gap}; }
};

// Every size on the wall is a multiple of u: 1.0 at 1920x1080, 2.0 at 4K.
struct Scale {
  float u = 1;
  float tiny = 20, small = 24, body = 30, heading = 40, big = 58, huge = 96;  // font pixel sizes
  float margin = 36, gap = 20, radius = 14;
};
Scale scale_for(int fb_width, int fb_height);

// Rows of `cols` cells, left to right then top to bottom.
std::vector<Rect> grid(const Rect& area, int cols, int rows, float gap);
// How many rows of `row_height` (plus gap) fit in `height`.
int rows_that_fit(float height, float row_height, float gap);

struct ScreenLayout {
  Rect header, body, banner, footer;
};
// banner_lines: 0 for none; the banner sits between body and footer.
// header_min: the header's least height (a QR code's side), taken from the body.
ScreenLayout screen_layout(const Scale& s, int fb_width, int fb_height, int banner_lines, float shift_x, float shift_y,
                           float header_min = 0);

}  // namespace display
