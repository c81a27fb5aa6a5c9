// Targets: the WRES aspirational target by band. One dot per BME colleague the
// band would have at the local population's share; filled dots are there now.
#include <cstdio>

#include "pages.hpp"

namespace wall {

namespace {

void band_row(PageContext& p, const Rect& r, const wres::BandTarget& b) {
  Canvas& c = p.c;
  const Scale& s = c.s;
  panel(c, r);
  Rect in = r.inset(s.gap, 0);
  float mid = r.y + r.h / 2;
  text(c, c.fonts.big, v2(in.x, mid - c.fonts.big->FontSize * 0.55f), colour::text, b.band);
  float x = in.x + std::round(150 * s.u);
  float rad = std::min(r.h * 0.22f, s.u * 22);
  long long dots = std::max(b.target, b.current);
  for (long long i = 0; i < dots && i < 24; ++i) {
    ImVec2 at = v2(x + rad, mid);
    if (i < b.current) c.dl->AddCircleFilled(at, rad, colour::blue, 32);
    else c.dl->AddCircle(at, rad * 0.88f, colour::orange, 32, std::max(2.0f, rad * 0.25f));
    x += rad * 2.6f;
  }
  char line[128];
  double pct = b.total ? 100.0 * static_cast<double>(b.current) / static_cast<double>(b.total) : 0.0;
  std::snprintf(line, sizeof line, "%lld of %lld staff (%.1f%%) \xC2\xB7 target %lld", b.current, b.total, pct, b.target);
  float info_x = in.x + std::round(150 * s.u) + std::round(380 * s.u);
  text(c, c.fonts.body, v2(info_x, mid - c.fonts.body->FontSize * 0.55f), colour::muted, line);
  if (b.needed > 0) {
    std::string need = "+" + std::to_string(b.needed) + " needed";
    text_right(c, c.fonts.heading, in.right(), mid - c.fonts.heading->FontSize * 0.55f, colour::orange, need);
  } else {
    float w = measure(c.fonts.heading, "At target").x;
    badge(c, c.fonts.heading, in.right() - w - c.fonts.heading->FontSize * 1.1f, mid, {colour::blue, Shape::check, ""}, false);
    text_right(c, c.fonts.heading, in.right(), mid - c.fonts.heading->FontSize * 0.55f, colour::blue, "At target");
  }
}

}  // namespace

void draw_targets(PageContext& p) {
  Canvas& c = p.c;
  const Scale& s = c.s;
  if (!p.snap.targets) return;
  const wres::Targets& t = *p.snap.targets;
  char note[96];
  std::snprintf(note, sizeof note, "WRES %d \xC2\xB7 local population %.2f%% BME", t.year, t.population_pct);
  float top = page_heading(p, p.area, "Aspirational target: senior bands", note);
  Rect body = p.area.below(top);
  auto [left, right] = body.split_x(0.27f, s.gap * 2);
  // The headline number.
  panel(c, left);
  Rect in = left.inset(s.gap * 1.5f);
  std::string big = t.needed > 0 ? "+" + std::to_string(t.needed) : "0";
  text(c, c.fonts.huge, v2(in.x, in.y), t.needed > 0 ? colour::orange : colour::blue, big);
  auto lines = wrap(c.fonts.body, t.needed > 0 ? "Global Majority colleagues to appoint or develop into these bands to match the local population"
                                               : "Every band matches the local population share", in.w, 5);
  float y = in.y + c.fonts.huge->FontSize * 1.2f;
  for (const auto& l : lines) text(c, c.fonts.body, v2(in.x, y), colour::text, l), y += c.fonts.body->FontSize * 1.3f;
  long long now_n = 0, staff = 0, target_n = 0;
  for (const auto& b : t.bands) now_n += b.current, staff += b.total, target_n += b.target;
  y += s.gap * 0.5f;
  char totals[128];
  std::snprintf(totals, sizeof totals, "%lld of %lld staff now (%.1f%%); %lld at the target", now_n, staff,
                staff ? 100.0 * static_cast<double>(now_n) / static_cast<double>(staff) : 0.0, target_n);
  for (const auto& l : wrap(c.fonts.small, totals, in.w, 3)) text(c, c.fonts.small, v2(in.x, y), colour::muted, l), y += c.fonts.small->FontSize * 1.3f;
  y += s.gap;
  float ly = y + c.fonts.small->FontSize / 2;
  c.dl->AddCircleFilled(v2(in.x + s.u * 10, ly), s.u * 10, colour::blue, 24);
  text(c, c.fonts.small, v2(in.x + s.u * 30, y), colour::muted, "BME colleague in post");
  ly += c.fonts.small->FontSize * 1.5f;
  c.dl->AddCircle(v2(in.x + s.u * 10, ly), s.u * 9, colour::orange, 24, s.u * 3);
  text(c, c.fonts.small, v2(in.x + s.u * 30, ly - c.fonts.small->FontSize / 2), colour::muted, "still to reach the target");
  // One row per band.
  int n = static_cast<int>(t.bands.size());
  float row_h = std::min((right.h - s.gap * static_cast<float>(n - 1)) / static_cast<float>(std::max(1, n)), std::round(150 * s.u));
  for (int i = 0; i < n; ++i)
    band_row(p, Rect{right.x, right.y + static_cast<float>(i) * (row_h + s.gap), right.w, row_h}, t.bands[static_cast<std::size_t>(i)]);
}

}  // namespace wall
