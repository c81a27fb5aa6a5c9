// Header: organisation and board title on the left, the time and the board's
// "as of" date on the right.
#include "chrome.hpp"

namespace display {

void draw_header(Canvas& c, const Rect& r, const wres::Snapshot& s, std::time_t now) {
  std::string clock = clock_text(now);
  float clock_w = measure(c.fonts.big, clock).x;
  text(c, c.fonts.big, v2(r.right() - clock_w, r.y - c.s.u * 6), colour::text, clock);
  std::string as_of = s.as_of ? "Board as of " + format_date(*s.as_of) : "";
  text_right(c, c.fonts.small, r.right(), r.y + c.fonts.big->FontSize * 1.02f, colour::muted, as_of);
  float w = r.w - std::max(clock_w, measure(c.fonts.small, as_of).x) - c.s.gap * 2;
  text(c, c.fonts.heading, v2(r.x, r.y), colour::text, fit(c.fonts.heading, s.organisation, w));
  // An illustrative board says so before its title, on every page.
  if (!s.illustrative.empty())
    text(c, c.fonts.body_bold, v2(r.x, r.y + c.fonts.heading->FontSize * 1.25f), colour::yellow,
         fit(c.fonts.body_bold, "ILLUSTRATIVE: " + s.illustrative + " \xC2\xB7 " + s.title, w));
  else
    text(c, c.fonts.body, v2(r.x, r.y + c.fonts.heading->FontSize * 1.25f), colour::muted,
         fit(c.fonts.body, s.title, w));
  c.dl->AddLine(v2(r.x, r.bottom()), v2(r.right(), r.bottom()), colour::panel_edge, std::max(1.0f, c.s.u * 2));
}

}  // namespace display
