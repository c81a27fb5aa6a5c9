// Targets: the WRES aspirational target by band, for the group and base the
// board names (both in the title). One dot per colleague of the board's term
// the band would have at the base share; filled dots are there now. Trusts
// publish the end state only: a straight line to it, and where each band
// stands against the line, are shown only from the board's own baseline_year
// and called the board's line.
#include <cstdio>

#include "pages.hpp"
#include "wres/model/printf_text.hpp"

namespace display {

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
  float info_x = in.x + std::round(150 * s.u) + std::round(380 * s.u);
  if (b.is_withheld()) {  // compute/disclosure.cpp: no dots, no count, no gap to the target; why
    std::string line = "Withheld: " + b.withheld;
    if (!b.total_withheld)
      line += " \xC2\xB7 " + std::to_string(b.total) + " staff in the band \xC2\xB7 target " +
              std::to_string(b.target) + " by " + std::to_string(p.snap.targets->target_year);
    auto lines = wrap(c.fonts.body, line, in.right() - x, 2);
    float lh = c.fonts.body->FontSize * 1.25f;
    float y = mid - lh * static_cast<float>(lines.size()) / 2;
    for (const auto& l : lines) text(c, c.fonts.body, v2(x, y), colour::muted, l), y += lh;
    return;
  }
  long long dots = std::max(b.target, b.current);
  for (long long i = 0; i < dots && i < 24; ++i) {
    ImVec2 at = v2(x + rad, mid);
    if (i < b.current)
      c.dl->AddCircleFilled(at, rad, colour::blue, 32);
    else
      c.dl->AddCircle(at, rad * 0.88f, colour::orange, 32, std::max(2.0f, rad * 0.25f));
    x += rad * 2.6f;
  }
  char line[160];
  double pct = b.total ? 100.0 * static_cast<double>(b.current) / static_cast<double>(b.total) : 0.0;
  std::snprintf(line, sizeof line, "%lld of %lld staff (%.1f%%) \xC2\xB7 target %lld by %d", b.current, b.total,
                wres::detail::round_half_away(pct, 1), b.target, p.snap.targets->target_year);
  float need_w = measure(c.fonts.heading, "+00 needed").x + s.gap;
  float lh = c.fonts.body->FontSize * 1.25f;
  const bool line_below = !b.trajectory.empty();  // else one line, centred
  text(c, c.fonts.body, v2(info_x, line_below ? mid - lh : mid - lh * 0.5f), colour::muted,
       fit(c.fonts.body, line, in.right() - need_w - info_x));
  for (const auto& t : b.trajectory)
    if (t.year == p.snap.targets->year) {
      std::string path = "board's line: " + std::to_string(t.target) + " by " + std::to_string(t.year) + " \xC2\xB7 " +
                         (b.on_path != false ? "on the line" : "behind the line");
      text(c, c.fonts.body, v2(info_x, mid + lh * 0.05f), b.on_path != false ? colour::muted : colour::vermillion,
           fit(c.fonts.body, path, in.right() - need_w - info_x));
    }
  if (b.needed > 0) {
    std::string need = "+" + std::to_string(b.needed) + " needed";
    text_right(c, c.fonts.heading, in.right(), mid - c.fonts.heading->FontSize * 0.55f, colour::orange, need);
  } else {
    float w = measure(c.fonts.heading, "At target").x;
    badge(c, c.fonts.heading, in.right() - w - c.fonts.heading->FontSize * 1.1f, mid, {colour::blue, Shape::check, ""},
          false);
    text_right(c, c.fonts.heading, in.right(), mid - c.fonts.heading->FontSize * 0.55f, colour::blue, "At target");
  }
}

// "8A-8D", "8A-8D, VSM": the bands the page covers, as a title names them.
std::string band_range(const wres::Targets& t) {
  std::string afc, rest;
  std::string first, last;
  for (const auto& b : t.bands) {
    if (b.band == "VSM")
      rest = ", VSM";
    else
      (first.empty() ? first : last) = b.band, last = b.band;
  }
  afc = first == last ? first : first + "-" + last;
  return afc.empty() ? "VSM" : afc + rest;
}

// Where the bands stand against the board's own line; nothing without one.
std::string line_verdict(const wres::Targets& t, int behind) {
  if (!t.baseline_year) return "";
  if (!behind) return "Every band is on the board's line.";
  return std::to_string(behind) + (behind == 1 ? " band is" : " bands are") + " behind the board's line.";
}

std::string base_text(const wres::Targets& t) {
  char buf[96];
  std::snprintf(buf, sizeof buf,
                t.base == wres::TargetBase::workforce ? "own workforce %.2f%%" : "local population %.2f%%",
                wres::detail::round_half_away(t.base_pct, 2));
  return buf;
}

}  // namespace

void draw_targets(PageContext& p) {
  Canvas& c = p.c;
  const Scale& s = c.s;
  if (!p.snap.targets) return;
  const wres::Targets& t = *p.snap.targets;
  const std::string& term = p.snap.term;
  std::string group(wres::group_label(t.group));
  if (t.group == wres::BandGroup::all) group = "All staff:";
  std::string title = "Aspirational target \xC2\xB7 " + group + " bands " + band_range(t) + " \xC2\xB7 " + base_text(t);
  std::string note = "WRES " + std::to_string(t.year) + " \xC2\xB7 " +
                     (t.baseline_year ? "the board's line " + std::to_string(*t.baseline_year) + "-" : "target ") +
                     std::to_string(t.target_year);
  float top =
      page_heading(p, p.area, fit(c.fonts.heading, title, p.area.w - measure(c.fonts.small, note).x - s.gap), note);
  Rect body = p.area.below(top);
  auto [left, right] = body.split_x(0.27f, s.gap * 2);
  // The headline number.
  panel(c, left);
  Rect in = left.inset(s.gap * 1.5f);
  // Withheld: the word, not a dash, which reads as a figure (and may not be in the atlas).
  ImFont* big_font = t.needed_withheld ? c.fonts.heading : c.fonts.huge;
  std::string big = t.needed_withheld ? "Withheld" : t.needed > 0 ? "+" + std::to_string(t.needed) : "0";
  text(c, big_font, v2(in.x, in.y),
       t.needed_withheld ? colour::muted
       : t.needed > 0    ? colour::orange
                         : colour::blue,
       big);
  std::string base_words =
      t.base == wres::TargetBase::workforce ? "the trust's own workforce share" : "the local population share";
  std::string what = t.needed_withheld ? "The total to appoint is withheld: it would give a withheld band's count away"
                     : t.needed > 0    ? term + " colleagues to appoint or develop into these bands by " +
                                          std::to_string(t.target_year) + " to match " + base_words
                                    : "Every band matches " + base_words;
  auto lines = wrap(c.fonts.body, what, in.w, 5);
  float y = in.y + big_font->FontSize * 1.2f;
  for (const auto& l : lines) text(c, c.fonts.body, v2(in.x, y), colour::text, l), y += c.fonts.body->FontSize * 1.3f;
  long long now_n = 0, staff = 0, target_n = 0;
  int behind = 0;
  for (const auto& b : t.bands)
    now_n += b.current, staff += b.total, target_n += b.target, behind += b.on_path == false;
  y += s.gap * 0.5f;
  if (t.needed_withheld) now_n = 0, staff = 0;
  char totals[160];
  const std::string verdict = line_verdict(t, behind);
  std::snprintf(
      totals, sizeof totals, "%lld of %lld staff now (%.1f%%); %lld at the target. %s", now_n, staff,
      wres::detail::round_half_away(staff ? 100.0 * static_cast<double>(now_n) / static_cast<double>(staff) : 0.0, 1),
      target_n, verdict.c_str());
  if (!t.needed_withheld)
    for (const auto& l : wrap(c.fonts.small, totals, in.w, 4))
      text(c, c.fonts.small, v2(in.x, y), colour::muted, l), y += c.fonts.small->FontSize * 1.3f;
  y += s.gap;
  float ly = y + c.fonts.small->FontSize / 2;
  c.dl->AddCircleFilled(v2(in.x + s.u * 10, ly), s.u * 10, colour::blue, 24);
  text(c, c.fonts.small, v2(in.x + s.u * 30, y), colour::muted,
       fit(c.fonts.small, term + " colleague in post", in.w - s.u * 30));
  ly += c.fonts.small->FontSize * 1.5f;
  c.dl->AddCircle(v2(in.x + s.u * 10, ly), s.u * 9, colour::orange, 24, s.u * 3);
  text(c, c.fonts.small, v2(in.x + s.u * 30, ly - c.fonts.small->FontSize / 2), colour::muted,
       "still to reach the target");
  // One row per band.
  int n = static_cast<int>(t.bands.size());
  float row_h = std::min((right.h - s.gap * static_cast<float>(n - 1)) / static_cast<float>(std::max(1, n)),
                         std::round(150 * s.u));
  for (int i = 0; i < n; ++i)
    band_row(p, Rect{right.x, right.y + static_cast<float>(i) * (row_h + s.gap), right.w, row_h},
             t.bands[static_cast<std::size_t>(i)]);
}

}  // namespace display
