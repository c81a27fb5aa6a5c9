// Footer: is the data live, and which page of the rotation this is.
#include "chrome.hpp"

namespace display {

namespace {

Look link_look(const WallStatus& st) {
  if (st.from_file) return {colour::grey, Shape::dash, "Snapshot file"};
  switch (st.freshness) {
    case Freshness::live:
      return st.connected ? Look{colour::green, Shape::circle, "Live"}
                          : Look{colour::orange, Shape::ring, "Reconnecting"};
    case Freshness::stale: return {colour::orange, Shape::triangle, "Stale"};
    case Freshness::refused: return {colour::vermillion, Shape::square, "Refused"};
    case Freshness::waiting: break;
  }
  return {colour::grey, Shape::ring, "Connecting"};
}

}  // namespace

void draw_footer(Canvas& c, const Rect& r, const WallStatus& st, const std::vector<PageTab>& tabs, std::time_t now) {
  const Scale& s = c.s;
  float mid = r.y + r.h / 2;
  float x = r.x + badge(c, c.fonts.small, r.x, mid, link_look(st));
  if (st.data_time)
    text(c, c.fonts.small, v2(x + s.gap, mid - c.fonts.small->FontSize / 2), colour::muted,
         "data from " + clock_text(st.data_time) +
             (now - st.data_time > 3600 ? " (" + ago_text(static_cast<double>(now - st.data_time)) + ")" : ""));
  // Page tabs, right aligned; the current one filled. No mark of how far its
  // turn has run: moving it would redraw the whole wall four times a turn.
  float pad = s.u * 16, tab_h = c.fonts.small->FontSize * 1.55f, right = r.right();
  for (auto it = tabs.rbegin(); it != tabs.rend(); ++it) {
    float w = measure(c.fonts.small, it->title).x + pad * 2;
    Rect tab{right - w, mid - tab_h / 2, w, tab_h};
    if (it->current) {
      c.dl->AddRectFilled(v2(tab.x, tab.y), v2(tab.right(), tab.bottom()), colour::text, tab_h / 2);
      text_centred(c, c.fonts.small, tab, colour::background, it->title);
    } else {
      c.dl->AddRect(v2(tab.x, tab.y), v2(tab.right(), tab.bottom()), colour::panel_edge, tab_h / 2, 0,
                    std::max(1.0f, s.u * 2));
      text_centred(c, c.fonts.small, tab, colour::muted, it->title);
    }
    right -= w + s.u * 10;
  }
}

}  // namespace display
