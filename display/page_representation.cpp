// Representation by pay band (WRES indicator 1): each band's share of the
// board's term against the organisation's overall share, clinical and
// non-clinical apart, and bands 8A-9 together. Percentages only: headcounts
// of a band can point at a person.
#include <algorithm>

#include "pages.hpp"

namespace display {

namespace {

std::vector<wres::BandGroup> groups_of(const wres::IndicatorResult& r) {
  std::vector<wres::BandGroup> out;
  for (auto g :
       {wres::BandGroup::clinical, wres::BandGroup::non_clinical, wres::BandGroup::medical, wres::BandGroup::all})
    if (std::any_of(r.bands.begin(), r.bands.end(), [&](const wres::BandShare& b) { return b.group == g; }))
      out.push_back(g);
  return out;
}

std::vector<std::string> bands_of(const wres::IndicatorResult& r) {
  std::vector<std::string> out;
  for (const auto& name : wres::pay_bands())
    if (std::any_of(r.bands.begin(), r.bands.end(), [&](const wres::BandShare& b) { return b.band == name; }))
      out.push_back(name);
  return out;
}

const wres::BandShare* find_band(const wres::IndicatorResult& r, const std::string& band, wres::BandGroup g) {
  for (const auto& b : r.bands)
    if (b.band == band && b.group == g) return &b;
  return nullptr;
}

// One cell: a bar of the band's share, the overall share dashed across it.
void cell(PageContext& p, const Rect& r, const wres::BandShare& b, double overall, double top) {
  Canvas& c = p.c;
  const Scale& s = c.s;
  ImFont* f = c.fonts.small;
  if (b.is_withheld()) {  // compute/disclosure.cpp: no bar, no share, and why
    std::string why = "withheld: " + b.withheld;
    // "fewer than 5 Global Majority staff" in a narrow cell: "fewer than 5", whole, rather than cut.
    if (measure(f, why).x > r.w && b.withheld.rfind("fewer than ", 0) == 0)
      why = "withheld: " + b.withheld.substr(0, b.withheld.find(' ', std::string("fewer than ").size()));
    text(c, f, v2(r.x, r.y + (r.h - f->FontSize) / 2), colour::muted, fit(f, why, r.w));
    return;
  }
  std::string label = percent_one_place(b.focus_pct) + "  " + points_signed(b.vs_overall_pts);
  float label_w = measure(f, "00.0%  +00.0 pts").x + s.gap * 0.5f;
  float bar_w = std::max(0.0f, r.w - label_w);
  float bh = std::min(r.h * 0.5f, s.u * 26), mid = r.y + r.h / 2;
  c.dl->AddRectFilled(v2(r.x, mid - bh / 2), v2(r.x + bar_w, mid + bh / 2), colour::panel_edge, s.u * 3);
  float w = bar_w * static_cast<float>(std::min(1.0, b.focus_pct / top));
  c.dl->AddRectFilled(v2(r.x, mid - bh / 2), v2(r.x + w, mid + bh / 2), colour::blue, s.u * 3);
  float ox = r.x + bar_w * static_cast<float>(overall / top);
  for (float y = mid - bh; y < mid + bh; y += s.u * 8)
    c.dl->AddLine(v2(ox, y), v2(ox, std::min(y + s.u * 4, mid + bh)), colour::text, std::max(1.5f, s.u * 2));
  ImU32 col = b.vs_overall_pts < 0 ? colour::orange : colour::text;
  text(c, f, v2(r.x + bar_w + s.gap * 0.5f, mid - f->FontSize / 2), col, fit(f, label, label_w));
}

void summary(PageContext& p, const Rect& r, const wres::IndicatorResult& ind) {
  Canvas& c = p.c;
  panel(c, r);
  Rect in = r.inset(c.s.gap, c.s.gap * 0.6f);
  const std::string& term = p.snap.term;
  // Two decimals, as WRES reports print them (3.74% against 11.11%).
  std::string line = ind.senior && ind.senior->is_withheld() ? "Bands 8A-9 withheld: " + ind.senior->withheld
                     : ind.senior
                         ? "Bands 8A-9: " + wres::format_figure(ind.spec(), ind.senior->focus_pct) + " " + term +
                               " staff against " + wres::format_figure(ind.spec(), ind.value) + " overall (" +
                               points_signed(ind.senior->vs_overall_pts) + ")"
                         : term + " staff: " + wres::format_figure(ind.spec(), ind.value) + " of the whole workforce";
  text(c, c.fonts.body_bold, v2(in.x, in.y),
       ind.senior && !ind.senior->is_withheld() && ind.senior->vs_overall_pts < 0 ? colour::orange : colour::text,
       fit(c.fonts.body_bold, line, in.w));
  std::string sub = "Each bar: the band's " + term + " share. Dashed: the overall share, " +
                    percent_one_place(ind.value) + ". Orange figures are below it.";
  // A narrow cell says "withheld: fewer than 5": of whom, said once here.
  auto small = std::find_if(ind.bands.begin(), ind.bands.end(),
                            [](const wres::BandShare& b) { return b.withheld.rfind("fewer than ", 0) == 0; });
  sub +=
      small != ind.bands.end() ? " Withheld: " + small->withheld + "." : " Bands with no staff recorded are left out.";
  text(c, c.fonts.small, v2(in.x, in.y + c.fonts.body_bold->FontSize * 1.3f), colour::muted,
       fit(c.fonts.small, sub, in.w));
}

}  // namespace

bool has_bands(const wres::Snapshot& s) {
  const wres::IndicatorResult* r = find_indicator(s, wres::info(wres::IndicatorKey::workforce));
  return r && !r->bands.empty();
}

void draw_representation(PageContext& p) {
  Canvas& c = p.c;
  const Scale& s = c.s;
  const wres::IndicatorResult* ind = find_indicator(p.snap, wres::info(wres::IndicatorKey::workforce));
  if (!ind || ind->bands.empty()) return;
  std::string note = "WRES " + std::to_string(ind->year) + " \xC2\xB7 " + wres::as_at_phrase(*ind);
  float top = page_heading(p, p.area, "Representation by pay band \xC2\xB7 indicator 1", note);
  Rect body = p.area.below(top);
  float summary_h = c.fonts.body_bold->FontSize * 1.3f + c.fonts.small->FontSize * 1.3f + s.gap * 1.2f;
  summary(p, body.take_top(summary_h), *ind);
  Rect table = body.below(summary_h, s.gap);
  auto groups = groups_of(*ind);
  auto bands = bands_of(*ind);
  double top_pct = ind->value;
  for (const auto& b : ind->bands) top_pct = std::max(top_pct, b.focus_pct);
  top_pct = std::max(1.0, top_pct * 1.05);
  float band_w = 0;
  for (const auto& b : bands) band_w = std::max(band_w, measure(c.fonts.small, wres::band_label(b)).x);
  band_w += s.gap * 1.5f;
  float head_h = c.fonts.small->FontSize * 1.5f;
  float col_w = (table.w - band_w) / static_cast<float>(groups.size());
  float row_h = std::min((table.h - head_h) / static_cast<float>(std::max<std::size_t>(1, bands.size())), s.u * 70);
  for (std::size_t g = 0; g < groups.size(); ++g) {
    std::string name(groups[g] == wres::BandGroup::all ? "Whole organisation" : wres::group_label(groups[g]));
    text(c, c.fonts.small, v2(table.x + band_w + col_w * static_cast<float>(g), table.y), colour::muted,
         fit(c.fonts.small, name, col_w));
  }
  for (std::size_t i = 0; i < bands.size(); ++i) {
    float y = table.y + head_h + row_h * static_cast<float>(i);
    if (i % 2 == 0) c.dl->AddRectFilled(v2(table.x, y), v2(table.right(), y + row_h), colour::panel, s.u * 4);
    std::string label = wres::band_label(bands[i]);
    text(c, c.fonts.small, v2(table.x + s.u * 8, y + (row_h - c.fonts.small->FontSize) / 2), colour::text,
         fit(c.fonts.small, label, band_w));
    for (std::size_t g = 0; g < groups.size(); ++g)
      if (const auto* b = find_band(*ind, bands[i], groups[g]))
        cell(p, Rect{table.x + band_w + col_w * static_cast<float>(g), y, col_w - s.gap, row_h}, *b, ind->value,
             top_pct);
  }
}

}  // namespace display
