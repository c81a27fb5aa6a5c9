// Header: organisation and board title on the left, the time and the board's
// "as of" date on the right; between them, with [twin] url set, the QR code to
// the accessible version of the screen.
#include "chrome.hpp"

namespace display {

namespace {

// Dark modules on white, the quiet zone included: a phone reads it as printed.
void draw_qr(Canvas& c, float x, float y, const QrCode& q) {
  const float m = qr_module(c.s), side = qr_side(c.s, q);
  c.dl->AddRectFilled(v2(x, y), v2(x + side, y + side), colour::rgb(0xff, 0xff, 0xff));
  const float x0 = x + m * kQrQuiet, y0 = y + m * kQrQuiet;
  for (int row = 0; row < q.size; ++row)
    for (int col = 0; col < q.size; ++col)
      if (q.at(col, row))
        c.dl->AddRectFilled(v2(x0 + static_cast<float>(col) * m, y0 + static_cast<float>(row) * m),
                            v2(x0 + static_cast<float>(col + 1) * m, y0 + static_cast<float>(row + 1) * m),
                            colour::rgb(0, 0, 0));
}

// The code, and to its left what it is: returns the left edge of both.
float draw_twin_code(Canvas& c, float right, float top, const QrCode& q, const std::string& url) {
  const float side = qr_side(c.s, q), x = right - side;
  draw_qr(c, x, top, q);
  const std::string lines[] = {"Accessible version", "of this screen"};
  float w = std::max(measure(c.fonts.small, lines[0]).x, measure(c.fonts.small, lines[1]).x);
  const std::string address = fit(c.fonts.small, short_address(url), w * 1.6f);
  w = std::max(w, measure(c.fonts.small, address).x);
  const float tx = x - c.s.gap * 0.6f, lh = c.fonts.small->FontSize * 1.2f;
  float y = top + side - lh * 3;
  text_right(c, c.fonts.small, tx, y, colour::text, lines[0]);
  text_right(c, c.fonts.small, tx, y + lh, colour::text, lines[1]);
  text_right(c, c.fonts.small, tx, y + lh * 2, colour::muted, address);
  return tx - w;
}

}  // namespace

std::optional<QrCode> twin_code(const wres::Snapshot& s) {
  return s.twin_url.empty() ? std::nullopt : encode_qr(s.twin_url);
}

void draw_header(Canvas& c, const Rect& r, const wres::Snapshot& s, std::time_t now, const QrCode* qr) {
  std::string clock = clock_text(now);
  float clock_w = measure(c.fonts.big, clock).x;
  text(c, c.fonts.big, v2(r.right() - clock_w, r.y - c.s.u * 6), colour::text, clock);
  std::string as_of = s.as_of ? "Board as of " + format_date(*s.as_of) : "";
  text_right(c, c.fonts.small, r.right(), r.y + c.fonts.big->FontSize * 1.02f, colour::muted, as_of);
  float right = r.right() - std::max(clock_w, measure(c.fonts.small, as_of).x) - c.s.gap * 2;
  if (qr) right = draw_twin_code(c, right, r.y, *qr, s.twin_url) - c.s.gap * 2;
  float w = right - r.x;
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
